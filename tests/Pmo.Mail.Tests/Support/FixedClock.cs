namespace Pmo.Mail.Tests.Support;

/// <summary>
/// A clock whose "now" is fixed (so message dates are exact) but whose timers are the system's: a mailer's deadlines
/// then still bound a test that would otherwise hang. Tests about timeouts use a FakeTimeProvider instead.
/// </summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
