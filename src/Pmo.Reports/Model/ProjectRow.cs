namespace Pmo.Reports.Model;

/// <summary>One active project as the pack shows it: latest status, trend, month's compliance and priority.</summary>
internal sealed class ProjectRow
{
    public required Project Project { get; init; }
    public int Rank { get; set; }
    public decimal PriorityScore { get; set; }

    /// <summary>Latest update up to the end of the month (null when the PM never answered).</summary>
    public StatusUpdate? Latest { get; set; }

    /// <summary>Overall RAG at the end of last month, for the trend arrow.</summary>
    public Rag? PreviousRag { get; set; }

    /// <summary>Week of <see cref="PreviousRag"/>, so that the newest update before the month wins.</summary>
    public IsoWeek? PreviousWeek { get; set; }

    /// <summary>The month's requests: answered on time (before the deadline) before any reminder or after one, missed.</summary>
    public int Requested { get; set; }
    public int BeforeReminder { get; set; }
    public int AfterReminder { get; set; }
    public int Missed { get; set; }

    public int OnTime => BeforeReminder + AfterReminder;

    public Rag? Overall => Latest?.Overall ?? Project.LatestRag;

    public Trend Trend => (Overall, PreviousRag) switch
    {
        ({ } now, { } before) when now < before => Trend.Improving,
        ({ } now, { } before) when now > before => Trend.Worsening,
        _ => Trend.Stable,
    };

    /// <summary>Share of the month's requests answered on time (as the portfolio KPI counts it); null when nothing was requested.</summary>
    public decimal? Compliance => Requested == 0 ? null : (decimal)OnTime / Requested;

    public bool IsException => Overall is Rag.Red or Rag.Amber;
}
