using System.Globalization;
using Pmo.Domain.Primitives;

namespace Pmo.Reports.Text;

/// <summary>Every string the pack prints, one instance per language (see <see cref="EnglishText"/>, <see cref="FrenchText"/>).</summary>
internal sealed record PackText
{
    public static PackText For(Language language) => language == Language.Fr ? FrenchText.Instance : EnglishText.Instance;

    public required CultureInfo Culture { get; init; }
    public required string Title { get; init; }
    public required string SubjectFormat { get; init; }
    public required string GeneratedOn { get; init; }
    public required string ActiveProjectsFormat { get; init; }
    public required string PageFormat { get; init; }

    public required string ExecutiveSummary { get; init; }
    public required string Kpi { get; init; }
    public required string ThisMonth { get; init; }
    public required string LastMonth { get; init; }
    public required string Trend { get; init; }

    /// <summary>Header of the narrow trend-arrow column of PDF tables.</summary>
    public required string TrendShort { get; init; }

    public required string KpiActiveProjects { get; init; }
    public required string KpiOnTrack { get; init; }
    public required string KpiRed { get; init; }
    public required string KpiAmber { get; init; }
    public required string KpiNoStatus { get; init; }
    public required string KpiCompliance { get; init; }
    public required string KpiUpdatesMissed { get; init; }
    public required string KpiBudgetApproved { get; init; }
    public required string KpiBudgetForecast { get; init; }
    public required string KpiBudgetVariance { get; init; }
    public required string KpiCpi { get; init; }
    public required string KpiSpi { get; init; }
    public required string KpiAverageSlip { get; init; }
    public required string KpiMaxSlip { get; init; }
    public required string KpiRiskExposure { get; init; }
    public required string KpiHighRisks { get; init; }
    public required string KpiOpenEscalations { get; init; }
    public required string KpiOldestEscalation { get; init; }

    public required string RagTable { get; init; }
    public required string Code { get; init; }
    public required string Project { get; init; }
    public required string Manager { get; init; }
    public required string Phase { get; init; }
    public required string Overall { get; init; }
    public required string Schedule { get; init; }
    public required string Budget { get; init; }
    public required string Scope { get; init; }
    public required string Resources { get; init; }
    public required string Risks { get; init; }
    public required string BudgetVariance { get; init; }
    public required string SlipDays { get; init; }
    public required string Portfolio { get; init; }

    public required string Exceptions { get; init; }
    public required string ExceptionsIntro { get; init; }
    public required string Difficulties { get; init; }
    public required string HelpNeeded { get; init; }
    public required string NoExceptions { get; init; }
    public required string MoreInPdfFormat { get; init; }

    public required string RiskSection { get; init; }
    public required string HeatMap { get; init; }
    public required string TopRisks { get; init; }
    public required string Risk { get; init; }
    public required string Probability { get; init; }
    public required string Impact { get; init; }
    public required string Score { get; init; }
    public required string Owner { get; init; }
    public required string Mitigation { get; init; }

    public required string IssuesSection { get; init; }
    public required string Severity { get; init; }
    public required string Count { get; init; }
    public required string Issue { get; init; }
    public required string Due { get; init; }
    public required string HighIssuesNote { get; init; }

    public required string EscalationsSection { get; init; }
    public required string Reason { get; init; }
    public required string Question { get; init; }
    public required string AgeDays { get; init; }
    public required string Status { get; init; }
    public required string DecisionsRequested { get; init; }
    public required string NoneThisMonth { get; init; }

    public required string DecisionsTaken { get; init; }
    public required string Decision { get; init; }
    public required string Outcome { get; init; }
    public required string DecidedBy { get; init; }
    public required string Date { get; init; }

    public required string ComplianceSection { get; init; }
    public required string ComplianceIntro { get; init; }
    public required string Requested { get; init; }

    /// <summary>Answered on time (before the deadline) without a reminder, and on time after one.</summary>
    public required string BeforeReminder { get; init; }
    public required string AfterReminder { get; init; }
    public required string Missed { get; init; }
    public required string Compliance { get; init; }
    public required string AllCompliant { get; init; }

    public required string Ranking { get; init; }
    public required string RankingNoteFormat { get; init; }
    public required string Rank { get; init; }

    public required string BudgetSection { get; init; }
    public required string Projects { get; init; }
    public required string Approved { get; init; }

    /// <summary>The Projects sheet's column of each project's ISO currency code.</summary>
    public required string Currency { get; init; }
    public required string ActualToDate { get; init; }
    public required string Forecast { get; init; }
    public required string Variance { get; init; }

    public required string ChartRag { get; init; }
    public required string ChartBudget { get; init; }
    public required string ChartCompliance { get; init; }
    public required string ChartHeatMap { get; init; }
    public required string NoStatus { get; init; }
    public required string Week { get; init; }
    public required string WeekShort { get; init; }
    public required string CoverComplianceFormat { get; init; }

    /// <summary>Compliance when nothing was requested: there is nothing to comply with yet, which is not 100 %.</summary>
    public required string NoUpdateRequested { get; init; }
    public required string ChartNoRequest { get; init; }

    public required string EmailFullPackNote { get; init; }

    // Register sheet names and their extra columns (XLSX).
    public required string SheetProjects { get; init; }
    public required string SheetUpdates { get; init; }
    public required string SheetRisks { get; init; }
    public required string SheetIssues { get; init; }
    public required string SheetEscalations { get; init; }
    public required string SheetDecisions { get; init; }
    public required string SheetKpis { get; init; }
    public required string Name { get; init; }
    public required string Sponsor { get; init; }
    public required string Start { get; init; }
    public required string BaselineEnd { get; init; }
    public required string ForecastEnd { get; init; }
    public required string Active { get; init; }
    public required string Progress { get; init; }
    public required string SubmittedAt { get; init; }
    public required string TitleColumn { get; init; }
    public required string Raised { get; init; }
    public required string Rationale { get; init; }
    public required string Forum { get; init; }
    public required string Value { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }

    public required string[] RagShort { get; init; }
    public required string[] RagNames { get; init; }
    public required IReadOnlyDictionary<string, string> Enums { get; init; }

    public string RagShortOf(Rag? rag) => rag is { } r ? RagShort[(int)r] : "–";

    /// <summary>Enum values printed in the pack's language; unknown ones fall back to their C# name.</summary>
    public string EnumName<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var key = value.ToString();
        return Enums.TryGetValue(key, out var text) ? text : key;
    }

    public string MonthName(YearMonth month)
    {
        var text = month.FirstDay.ToString("MMMM yyyy", Culture);
        return string.Concat(text[..1].ToUpper(Culture), text[1..]);
    }
}
