namespace Pmo.Reports.Model;

/// <summary>Trend arrows (all in the embedded font and in every mail client's fonts).</summary>
internal static class Arrows
{
    public const string Up = "↑";
    public const string Down = "↓";
    public const string Flat = "→";

    public static string Of(Trend trend) => trend switch
    {
        Trend.Improving => Up,
        Trend.Worsening => Down,
        _ => Flat,
    };

    /// <summary>Direction of a KPI's change; blank when there is nothing to compare with.</summary>
    public static string Of(decimal? now, decimal? before) => (now, before) switch
    {
        ({ } n, { } b) when n > b => Up,
        ({ } n, { } b) when n < b => Down,
        ({ }, { }) => Flat,
        _ => "",
    };
}
