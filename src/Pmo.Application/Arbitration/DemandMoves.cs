namespace Pmo.Application.Arbitration;

/// <summary>Moves or edits a stored demand over its current version, retrying on a concurrent edit; idempotent.</summary>
public static class DemandMoves
{
    private const int Attempts = 5;

    /// <summary>
    /// Moves the demand to <paramref name="to"/> when it is in <paramref name="from"/>; does nothing when it is
    /// elsewhere (already moved by an earlier attempt, or withdrawn meanwhile). Returns the demand as stored.
    /// </summary>
    public static Task<Demand> MoveAsync(
        IDemandStore demands, string id, DemandStatus from, DemandStatus to, DemandActor actor, string actorName, DateTimeOffset at, string comment = "") =>
        EditAsync(demands, id, demand =>
        {
            if (demand.Status != from)
            {
                return null;
            }

            var moved = DemandTransitions.Apply(demand, to, actor, actorName, at, comment);
            moved.Errors.ThrowIfInvalid();
            return moved.Demand;
        });

    /// <summary>Applies <paramref name="change"/> (null: nothing to change) to the current version until it is written.</summary>
    public static async Task<Demand> EditAsync(IDemandStore demands, string id, Func<Demand, Demand?> change)
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await demands.FindAsync(id) ?? throw new NotFoundException("Demand", id);
            if (change(current.Value) is not { } changed)
            {
                return current.Value;
            }

            try
            {
                return (await demands.ReplaceAsync(changed, current.ETag)).Value;
            }
            catch (ConcurrencyException) when (attempt < Attempts)
            {
            }
        }
    }
}
