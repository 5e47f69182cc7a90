namespace Pmo.Local.Demo;

/// <summary>
/// A clock on which virtual time runs <see cref="Scale"/> times faster than real time from an anchor (a virtual week
/// in seconds). It converts both ways, so a virtual deadline from the calendar becomes the real instant a durable
/// timer must fire at. <see cref="Rebase"/> moves the anchor: the demo jumps over idle weekends and never lets a
/// slow engine eat into the next week.
/// </summary>
public sealed class ScaledClock : TimeProvider
{
    private readonly TimeProvider _real;
    private (DateTimeOffset Real, DateTimeOffset Virtual) _anchor;

    public ScaledClock(DateTimeOffset virtualStart, double scale, TimeProvider? real = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1.0);
        _real = real ?? System;
        _anchor = (_real.GetUtcNow(), virtualStart);
        Scale = scale;
    }

    public double Scale { get; }

    public override DateTimeOffset GetUtcNow() => ToVirtual(_real.GetUtcNow());

    public override TimeZoneInfo LocalTimeZone => _real.LocalTimeZone;

    /// <summary>
    /// From now on, real "now" is <paramref name="virtualNow"/>. It may move back when a slow machine overran the
    /// previous step: the next step still gets its full length.
    /// </summary>
    public void Rebase(DateTimeOffset virtualNow) => _anchor = (_real.GetUtcNow(), virtualNow);

    public DateTimeOffset ToVirtual(DateTimeOffset real) =>
        _anchor.Virtual + TimeSpan.FromTicks((long)((real - _anchor.Real).Ticks * Scale));

    public DateTimeOffset ToReal(DateTimeOffset virtualInstant) =>
        _anchor.Real + TimeSpan.FromTicks((long)((virtualInstant - _anchor.Virtual).Ticks / Scale));

    /// <summary>How long in real time until the virtual instant (zero when it has passed).</summary>
    public TimeSpan RealDelayUntil(DateTimeOffset virtualInstant)
    {
        var delay = ToReal(virtualInstant) - _real.GetUtcNow();
        return delay > TimeSpan.Zero ? delay : TimeSpan.Zero;
    }
}
