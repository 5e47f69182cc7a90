namespace Pmo.Reports.Text;

/// <summary>Every string the pack prints, one instance per language (see <see cref="EnglishText"/>, <see cref="FrenchText"/>).</summary>
internal sealed record PackText
{
    public static PackText For(Language language) => language == Language.Fr ? FrenchText.Instance : EnglishText.Instance;

    public required CultureInfo Culture { get; init; }

    /// <summary>The language these texts are written in (the workbook's percent style follows it).</summary>
    public required Language Language { get; init; }
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

    // Capacity heat map (review pack) and capacity table (arbitration pack).
    public required string CapacitySection { get; init; }
    public required string CapacityIntro { get; init; }
    public required string Legend { get; init; }
    public required string LoadComfortable { get; init; }
    public required string LoadFull { get; init; }
    public required string LoadOver { get; init; }
    public required string LoadNone { get; init; }
    public required string OverAllocatedTitle { get; init; }
    public required string NoOverAllocation { get; init; }
    public required string NoCapacityData { get; init; }
    public required string Person { get; init; }
    public required string Month { get; init; }
    public required string Available { get; init; }
    public required string Allocated { get; init; }
    public required string Free { get; init; }
    public required string CapacityDays { get; init; }

    /// <summary>Second line of a capacity table cell: how many of the group's people are above 100 % that month.</summary>
    public required string OverCountFormat { get; init; }
    public required string Load { get; init; }
    public required string SheetCapacity { get; init; }
    public required string SheetOverAllocation { get; init; }

    // Arbitration pack.
    public required string ArbitrationTitle { get; init; }
    public required string ArbitrationSubjectFormat { get; init; }
    public required string SessionFormat { get; init; }
    public required string DeadlineFormat { get; init; }
    public required string DemandCountFormat { get; init; }
    public required string RequestedFormat { get; init; }

    /// <summary>The active projects' approved budgets not yet spent: no portfolio envelope is held, so it is named for what it is.</summary>
    public required string RemainingFormat { get; init; }
    public required string OverBudgetFormat { get; init; }
    public required string DemandRanking { get; init; }
    public required string DemandRankingNote { get; init; }
    public required string Department { get; init; }
    public required string DurationMonths { get; init; }
    public required string DurationShort { get; init; }
    public required string StrategicAlignment { get; init; }
    public required string BusinessValue { get; init; }
    public required string Urgency { get; init; }
    public required string RiskReduction { get; init; }
    public required string Feasibility { get; init; }

    /// <summary>The five criteria's column headers in the PDF and e-mail ranking (narrow columns).</summary>
    public required string[] CriteriaShort { get; init; }
    public required string BusinessCase { get; init; }
    public required string ExpectedBenefits { get; init; }
    public required string Attachments { get; init; }
    public required string NoAttachments { get; init; }
    public required string StaffingNeeds { get; init; }
    public required string NoStaffingNeeds { get; init; }

    /// <summary>"needs {days} days of {role} time in {month}; {free} are free." after the demand's id (the English one is the domain's sentence).</summary>
    public required string StaffingNeedFormat { get; init; }
    public required string Requester { get; init; }
    public required string Session { get; init; }
    public required string VotesClose { get; init; }
    public required string TotalRequested { get; init; }
    public required string RemainingBudget { get; init; }
    public required string CapacityTable { get; init; }
    public required string CapacityTableNote { get; init; }
    public required string ArbitrationEmailNote { get; init; }
    public required string SheetSummary { get; init; }
    public required string SheetRanking { get; init; }
    public required string SheetDemands { get; init; }

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
