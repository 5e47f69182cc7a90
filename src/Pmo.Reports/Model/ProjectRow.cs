using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

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

    public int Requested { get; set; }
    public int Submitted { get; set; }
    public int OnTime { get; set; }
    public int Missed { get; set; }

    public Rag? Overall => Latest?.Overall ?? Project.LatestRag;

    public Trend Trend => (Overall, PreviousRag) switch
    {
        ({ } now, { } before) when now < before => Trend.Improving,
        ({ } now, { } before) when now > before => Trend.Worsening,
        _ => Trend.Stable,
    };

    /// <summary>Share of the month's requests answered (as the portfolio KPI counts it); 1 when nothing was requested.</summary>
    public decimal Compliance => Requested == 0 ? 1m : (decimal)Submitted / Requested;

    public bool IsException => Overall is Rag.Red or Rag.Amber;
}
