using System.Globalization;
using Pmo.Application.Submission;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Workflows.Tests.Support;

/// <summary>Wall-clock helpers in the organisation's time zone, and update drafts.</summary>
internal static class Paris
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>The UTC instant of a Paris wall-clock time in 2026.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute = 0)
    {
        var local = new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>"Mon 19/10 09:00" on the Paris wall clock.</summary>
    public static string Local(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Zone).ToString("ddd dd/MM HH:mm", CultureInfo.InvariantCulture);

    public static StatusUpdateDraft Draft(Rag overall, string question = "") => new()
    {
        Overall = overall,
        Dimensions = new DimensionRags(Schedule: overall),
        ProgressPercent = 40,
        Accomplishments = "Sprint delivered",
        Difficulties = overall == Rag.Red ? "Supplier late" : "",
        HelpNeeded = overall == Rag.Red ? "Escalate to the supplier" : "",
        NeedsDecision = question.Length > 0,
        DecisionQuestion = question,
    };
}
