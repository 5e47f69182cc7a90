namespace Pmo.Reports.Model;

/// <summary>What a capacity table cell says, in every format: "capacity / allocated / free" and, when some are, how many people are above 100 %.</summary>
internal static class CapacityCellText
{
    public static string Figures(CapacityGridCell cell, PackFormat format) =>
        $"{format.WholeDays(cell.Cell.Capacity)} / {format.WholeDays(cell.Cell.Allocated)} / {format.WholeDays(cell.Cell.Free)}";

    /// <summary>"3 over 100 %"; empty when nobody is.</summary>
    public static string OverCount(CapacityGridCell cell, PackText text, PackFormat format) =>
        cell.HasOverAllocation ? string.Format(format.Culture, text.OverCountFormat, format.Integer(cell.Cell.OverAllocated.Count)) : "";
}
