namespace Pmo.Application.Links;

/// <summary>The outcome of verifying a token: its claims, or why it was refused.</summary>
public sealed record LinkVerification(LinkClaims? Claims, LinkRefusal Refusal)
{
    public bool IsValid => Claims is not null;

    public static LinkVerification Accepted(LinkClaims claims) => new(claims, LinkRefusal.None);

    public static LinkVerification Refused(LinkRefusal refusal) => new(null, refusal);
}
