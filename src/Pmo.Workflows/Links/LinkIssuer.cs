using Microsoft.Extensions.Options;
using Pmo.Domain.Primitives;
using Pmo.Domain.Storage;
using Pmo.Workflows.Configuration;

namespace Pmo.Workflows.Links;

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
    /// One member's vote page for a month's session, listing its whole agenda. Valid past the deadline by the decision
    /// links' lifetime, so a late click shows "the session is closed" (and the outcome) rather than "invalid link".
    /// </summary>
    public string ArbitrationVote(YearMonth month, string memberEmail, DateTimeOffset deadlineUtc) =>
        Url(new LinkClaims(store.TenantId, "", month.ToString(), LinkPurpose.ArbitrationVote, deadlineUtc + Options.DecisionLinkLifetime, memberEmail));

    private string Url(LinkClaims claims) => LinkRoutes.Url(Options.PublicBaseUrl, claims.Purpose, signer.Sign(claims));
}
