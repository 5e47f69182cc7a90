namespace Pmo.Application.Intake;

/// <summary>The public intake form as its link opens it: the page's language, and who handed the link out.</summary>
public sealed record IntakeForm(Language Language, string IssuedBy);

/// <summary>
/// The two signed intake pages. The intake link is a public form: it may be used again and again until it expires,
/// but a forged, expired or foreign-tenant token is refused. The amend link is bound to one demand and works only while
/// its requester may amend it (Submitted or Returned); after that it is refused as closed.
/// </summary>
public sealed class IntakeFormService(IPortfolioStore store, LinkSigner signer, TimeProvider clock, DemandService demands)
{
    public IntakeForm OpenIntake(string token)
    {
        var claims = signer.VerifyOrThrow(token, LinkPurpose.Intake, store.TenantId, clock.GetUtcNow());
        return new IntakeForm(claims.RequestId == "fr" ? Language.Fr : Language.En, claims.Actor);
    }

    /// <summary>Files a new demand from the public form; the requester is whoever the form names.</summary>
    public async Task<Versioned<Demand>> SubmitIntakeAsync(string token, DemandContent content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        _ = OpenIntake(token);
        return await demands.CreateAsync(content, content.Requester.Email.Trim(), cancellationToken);
    }

    /// <summary>The demand the amend link is for, while its requester may still change it.</summary>
    public async Task<Versioned<Demand>> OpenAmendAsync(string token, CancellationToken cancellationToken = default)
    {
        var claims = signer.VerifyOrThrow(token, LinkPurpose.IntakeAmend, store.TenantId, clock.GetUtcNow());
        var demand = await demands.GetAsync(claims.RequestId, cancellationToken);
        return DemandTransitions.CanAmend(demand.Value.Status, DemandActor.Requester)
            ? demand
            : throw new LinkRefusedException(LinkRefusal.Closed);
    }

    /// <summary>
    /// Saves the requester's amendment over <paramref name="version"/> (the demand as the form showed it): a change made
    /// in between is a <see cref="Domain.Validation.ConcurrencyException"/> and nothing is written. A Returned demand is resubmitted.
    /// </summary>
    public async Task<Versioned<Demand>> AmendAsync(string token, DemandContent content, string version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var current = await OpenAmendAsync(token, cancellationToken);
        return await demands.AmendAsync(current.Value.Id, content, version, DemandActor.Requester, current.Value.Requester.Email, cancellationToken);
    }
}
