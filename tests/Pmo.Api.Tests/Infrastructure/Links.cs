using Microsoft.Extensions.DependencyInjection;
using Pmo.Application.Links;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Api.Tests.Infrastructure;

/// <summary>Seeds what a reminder or committee e-mail would point to, and signs its link as the workflows do.</summary>
public static class Links
{
    public static readonly IsoWeek Week = new(2026, 48);

    /// <summary>The "missed" deadline of week 48: Friday 27 November 2026, 12:00 Paris (11:00 UTC).</summary>
    public static readonly DateTimeOffset Deadline = new(2026, 11, 27, 11, 0, 0, TimeSpan.Zero);

    public static string Sign(ApiServer server, LinkPurpose purpose, string projectId, string requestId, string actor, DateTimeOffset? expires = null) =>
        server.Services.GetRequiredService<LinkSigner>().Sign(new LinkClaims(
            server.Store.TenantId, projectId, requestId, purpose, expires ?? Deadline.AddDays(1), actor));

    /// <summary>An open update request for <paramref name="projectId"/> this week; returns the form's relative URL.</summary>
    public static async Task<string> UpdateFormAsync(ApiServer server, string projectId, DateTimeOffset? expires = null)
    {
        var request = new UpdateRequest { ProjectId = projectId, Week = Week, SentAt = server.Clock.GetUtcNow().AddDays(-2), Deadline = Deadline };
        await server.Store.UpdateRequests.UpsertAsync(request);
        var token = Sign(server, LinkPurpose.UpdateForm, projectId, request.Id, ApiServer.ManagerEmail, expires);
        return "/api/forms/update/" + Uri.EscapeDataString(token);
    }

    public static async Task<string> DecisionAsync(ApiServer server, string projectId, string escalationId)
    {
        var now = server.Clock.GetUtcNow();
        await server.Store.Escalations.UpsertAsync(new Escalation
        {
            Id = escalationId,
            ProjectId = projectId,
            Reason = EscalationReason.BudgetOverrun,
            Summary = "Forecast at completion is 18 % over the approved budget.",
            Question = "Approve an extra 18 000 EUR?",
            RaisedAt = now.AddDays(-1),
            ReminderDue = now.AddDays(2),
            ConveneDue = now.AddDays(6),
        });
        var token = Sign(server, LinkPurpose.Decision, projectId, escalationId, "chair@example.org", now.AddDays(30));
        return "/api/forms/decision/" + Uri.EscapeDataString(token);
    }
}
