namespace Pmo.Workflows.Links;

/// <summary>What a signed link may do; a token signed for one purpose is refused for another.</summary>
public enum LinkPurpose
{
    /// <summary>Open and submit one project's weekly update form.</summary>
    UpdateForm = 1,

    /// <summary>Decide on one escalation as a committee member.</summary>
    Decision = 2,

    /// <summary>Approve one month's review pack as the PMO.</summary>
    PackApproval = 3,

    /// <summary>Vote on a month's arbitration agenda as one committee member; the request is the month ("2027-03"). 4 and 5 are the intake's.</summary>
    ArbitrationVote = 6,
}
