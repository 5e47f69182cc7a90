namespace Pmo.Application.Links;

/// <summary>Creates the signed URLs put in e-mails, bound to this store's tenant.</summary>
public sealed class LinkIssuer(LinkSigner signer, IPortfolioStore store, IOptions<WorkflowOptions> options)
{
    private WorkflowOptions Options => options.Value;

    /// <summary>
    /// The update form of one project's week; valid until the PM's deadline (<see cref="Domain.Rules.WeekDeadlines.AnswerDeadlineUtc"/>)
    /// plus a grace period, so a late click shows "closed" rather than "invalid link".
    /// </summary>
    public string UpdateForm(string projectId, string requestId, string actor, DateTimeOffset answerDeadlineUtc) =>
        Url(new LinkClaims(store.TenantId, projectId, requestId, LinkPurpose.UpdateForm, answerDeadlineUtc + Options.UpdateLinkGrace, actor));

    public string Decision(string projectId, string escalationId, string actor, DateTimeOffset nowUtc) =>
        Url(new LinkClaims(store.TenantId, projectId, escalationId, LinkPurpose.Decision, nowUtc + Options.DecisionLinkLifetime, actor));

    /// <summary>Pack approval links carry no project: the request is the month ("2026-11").</summary>
    public string PackApproval(YearMonth month, string actor, DateTimeOffset nowUtc) =>
        Url(new LinkClaims(store.TenantId, "", month.ToString(), LinkPurpose.PackApproval, nowUtc + Options.DecisionLinkLifetime, actor));

    /// <summary>
    /// The public intake form the PMO hands out (on an intranet page, in a newsletter): anyone holding it may file
    /// demands until it expires, so it names no person; <paramref name="issuedBy"/> is the PMO member who made it.
    /// </summary>
    public string Intake(Language language, string issuedBy, DateTimeOffset nowUtc) =>
        Url(new LinkClaims(store.TenantId, "", language == Language.Fr ? "fr" : "en", LinkPurpose.Intake, nowUtc + Options.IntakeLinkLifetime, issuedBy));

    /// <summary>The amend form of one demand, sent to its requester when the PMO returns it.</summary>
    public string IntakeAmend(string demandId, string requesterEmail, DateTimeOffset nowUtc) =>
        Url(new LinkClaims(store.TenantId, "", demandId, LinkPurpose.IntakeAmend, nowUtc + Options.IntakeLinkLifetime, requesterEmail));

    /// <summary>
    /// One member's vote page for a month's session, listing its whole agenda. Valid past the deadline by the decision
    /// links' lifetime, so a late click shows "the session is closed" (and the outcome) rather than "invalid link".
    /// </summary>
    public string ArbitrationVote(YearMonth month, string memberEmail, DateTimeOffset deadlineUtc) =>
        Url(new LinkClaims(store.TenantId, "", month.ToString(), LinkPurpose.ArbitrationVote, deadlineUtc + Options.DecisionLinkLifetime, memberEmail));

    private string Url(LinkClaims claims) => LinkRoutes.Url(Options.PublicBaseUrl, claims.Purpose, signer.Sign(claims));
}
