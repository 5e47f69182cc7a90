namespace Pmo.Application.Links;

/// <summary>
/// What a signed link grants: one purpose on one request (update request id, escalation id or pack month)
/// of one project in one tenant, until <see cref="ExpiresAt"/>. <see cref="Actor"/> is the e-mail of the person
/// the link was sent to (recorded as who submitted or decided).
/// </summary>
public sealed record LinkClaims(
    string TenantId,
    string ProjectId,
    string RequestId,
    LinkPurpose Purpose,
    DateTimeOffset ExpiresAt,
    string Actor = "");
