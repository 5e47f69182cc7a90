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

    /// <summary>Open the public intake form and file a new demand; the request is the form's language ("en", "fr").</summary>
    Intake = 4,

    /// <summary>Amend one returned (or still submitted) demand as its requester; the request is the demand's id.</summary>
    IntakeAmend = 5,

    /// <summary>Vote on a month's arbitration agenda as one committee member; the request is the month ("2027-03").</summary>
    ArbitrationVote = 6,
}
