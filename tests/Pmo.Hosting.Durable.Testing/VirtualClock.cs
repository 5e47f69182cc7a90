namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// The harness's virtual time as a <see cref="TimeProvider"/>, so activities or services that take a clock can share
/// the orchestration's notion of "now". It only moves when the test advances the harness.
/// </summary>
public sealed class VirtualClock : TimeProvider
{
    internal VirtualClock(DateTime startUtc) => UtcNow = startUtc;

    /// <summary>The current virtual instant (UTC).</summary>
    public DateTime UtcNow { get; internal set; }

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(UtcNow, TimeSpan.Zero);

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
