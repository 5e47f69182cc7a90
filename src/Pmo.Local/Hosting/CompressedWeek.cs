namespace Pmo.Local.Hosting;

/// <summary>
/// A week's calendar moved onto the real clock from now, with a whole week lasting <c>realWeek</c>: a chase opened this
/// way sends its invitation now and its reminders, "missed" notices and digest minutes later. Local host only, for
/// drills and demonstrations of a whole cycle on the real engine.
/// </summary>
public static class CompressedWeek
{
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(10);

    public static WeekDeadlines From(WeekDeadlines week, DateTimeOffset realStart, TimeSpan realWeek)
    {
        ArgumentNullException.ThrowIfNull(week);
        ArgumentOutOfRangeException.ThrowIfLessThan(realWeek, Shortest);
        DateTimeOffset Real(DateTimeOffset instant) => realStart + (instant - week.ChaseOpensUtc) * (realWeek / TimeSpan.FromDays(7));
        return week with
        {
            ChaseOpensUtc = realStart,
            FirstReminderUtc = Real(week.FirstReminderUtc),
            SecondReminderUtc = Real(week.SecondReminderUtc),
            MarkedMissedUtc = Real(week.MarkedMissedUtc),
            WeeklyDigestUtc = Real(week.WeeklyDigestUtc),
        };
    }
}
