namespace Pmo.Application.Intake;

/// <summary>
/// Demands from submission to qualification: create, amend, qualify, return (the requester is e-mailed an amend link),
/// withdraw, list and rank. Every move goes through <see cref="DemandTransitions"/>; every write replaces the version the
/// caller read (a stale ETag writes nothing), so a refused or concurrent change never leaves half a demand behind.
/// </summary>
public sealed class DemandService(IPortfolioStore store, TimeProvider clock, DemandReturnNotice returnNotice)
{
    public const string Kind = "Demand";

    public async Task<IReadOnlyList<Demand>> ListAsync(DemandStatus? status, CancellationToken cancellationToken = default) =>
        await store.Demands.ListByStatusAsync(status is { } one ? [one] : Enum.GetValues<DemandStatus>(), cancellationToken);

    /// <exception cref="NotFoundException">No such demand.</exception>
    public async Task<Versioned<Demand>> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await store.Demands.FindAsync(id, cancellationToken) ?? throw new NotFoundException(Kind, id);

    /// <summary>Files a demand on the requester's behalf: it starts Submitted, with its first submission time.</summary>
    public async Task<Versioned<Demand>> CreateAsync(DemandContent content, string actorName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = clock.GetUtcNow();
        var draft = content.ApplyTo(new Demand
        {
            Id = NewId(now),
            Title = "",
            Sponsor = content.Sponsor,
            EstimatedBudget = content.EstimatedBudget,
            Requester = content.Requester,
        });
        DemandValidator.Validate(draft).ThrowIfInvalid();
        var submitted = Move(draft, DemandStatus.Submitted, DemandActor.Requester, actorName, now);
        return await store.Demands.CreateAsync(submitted, cancellationToken);
    }

    /// <summary>
    /// Replaces the content while <paramref name="actor"/> may (<see cref="DemandTransitions.CanAmend"/>); a requester
    /// amending a Returned demand resubmits it.
    /// </summary>
    public async Task<Versioned<Demand>> AmendAsync(
        string id, DemandContent content, string ifMatch, DemandActor actor, string actorName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (current, etag) = await CurrentAsync(id, ifMatch, cancellationToken);
        new ValidationErrors()
            .When(!DemandTransitions.CanAmend(current.Status, actor), "status",
                $"a demand that is {current.Status} cannot be amended by the {actor.ToString().ToLowerInvariant()}.")
            .ThrowIfInvalid();

        var amended = content.ApplyTo(current);
        DemandValidator.Validate(amended).ThrowIfInvalid();
        if (amended.Status == DemandStatus.Returned)
        {
            amended = Move(amended, DemandStatus.Submitted, actor, actorName, clock.GetUtcNow());
        }

        return await store.Demands.ReplaceAsync(amended, etag, cancellationToken);
    }

    public Task<Versioned<Demand>> QualifyAsync(string id, string ifMatch, string actorName, CancellationToken cancellationToken = default) =>
        MoveAsync(id, ifMatch, DemandStatus.Qualified, DemandActor.Pmo, actorName, "", cancellationToken);

    public Task<Versioned<Demand>> WithdrawAsync(
        string id, string ifMatch, DemandActor actor, string actorName, string comment, CancellationToken cancellationToken = default) =>
        MoveAsync(id, ifMatch, DemandStatus.Withdrawn, actor, actorName, comment, cancellationToken);

    /// <summary>Returns the demand to its requester with the PMO's comment, then e-mails them the comment and an amend link.</summary>
    public async Task<Versioned<Demand>> ReturnAsync(string id, string ifMatch, string comment, string actorName, CancellationToken cancellationToken = default)
    {
        var returned = await MoveAsync(id, ifMatch, DemandStatus.Returned, DemandActor.Pmo, actorName, comment, cancellationToken);
        await returnNotice.SendAsync(returned.Value, cancellationToken);
        return returned;
    }

    /// <summary>The qualified demands, ranked by the governance settings' priority weights.</summary>
    public async Task<IReadOnlyList<RankedDemand>> RankingAsync(CancellationToken cancellationToken = default)
    {
        var qualified = await store.Demands.ListByStatusAsync([DemandStatus.Qualified], cancellationToken);
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        return DemandRanking.Rank(qualified, settings.PriorityWeights);
    }

    private async Task<Versioned<Demand>> MoveAsync(
        string id, string ifMatch, DemandStatus to, DemandActor actor, string actorName, string comment, CancellationToken cancellationToken)
    {
        var (current, etag) = await CurrentAsync(id, ifMatch, cancellationToken);
        var moved = Move(current, to, actor, actorName, clock.GetUtcNow(), comment);
        return await store.Demands.ReplaceAsync(moved, etag, cancellationToken);
    }

    /// <summary>The stored demand and its ETag in the store's spelling; <see cref="ConcurrencyException"/> when <paramref name="ifMatch"/> is stale.</summary>
    private async Task<(Demand Current, string ETag)> CurrentAsync(string id, string ifMatch, CancellationToken cancellationToken)
    {
        var current = await GetAsync(id, cancellationToken);
        return (current.Value, ETags.Check(current.ETag, ifMatch, Kind, id));
    }

    private static Demand Move(Demand demand, DemandStatus to, DemandActor actor, string actorName, DateTimeOffset at, string comment = "")
    {
        var result = DemandTransitions.Apply(demand, to, actor, actorName, at, comment ?? "");
        result.Errors.ThrowIfInvalid();
        return result.Demand!;
    }

    /// <summary>"DEM-20261125-3fa2c1": the day it was filed, and randomness so two requesters never collide.</summary>
    private static string NewId(DateTimeOffset now) =>
        $"DEM-{now.UtcDateTime:yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
}
