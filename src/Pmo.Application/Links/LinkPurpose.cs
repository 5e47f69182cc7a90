namespace Pmo.Application.Links;

/// <summary>What a signed link may do; a token signed for one purpose is refused for another.</summary>
public enum LinkPurpose
{
    /// <summary>Open and submit one project's weekly update form.</summary>
    UpdateForm = 1,

    /// <summary>Decide on one escalation as a committee member.</summary>
    Decision = 2,

    /// <summary>Approve one month's review pack as the PMO.</summary>
    PackApproval = 3,
}
