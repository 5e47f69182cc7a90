namespace Pmo.Application.Links;

/// <summary>
/// A signed link cannot be used: tampered, expired, for another purpose or tenant, or its request is closed.
/// HTTP adapters answer 403 (410 for <see cref="LinkRefusal.Expired"/> and <see cref="LinkRefusal.Closed"/> if they wish).
/// </summary>
public sealed class LinkRefusedException(LinkRefusal reason)
    : DomainException($"This link cannot be used ({reason}).")
{
    public LinkRefusal Reason { get; } = reason;
}
