namespace Pmo.Reports.Xlsx;

/// <summary>The capacity grid's sheets: the heat map (a load per group and month, filled by band) and the over-allocations.</summary>
internal static class XlsxCapacity
{
    /// <summary>Groups × months, each cell the load (a number, "0%") on its band's fill.</summary>
    public static void HeatMap(Stream part, CapacityGrid grid, PackText text, PackFormat format, CancellationToken cancellationToken) =>
        XlsxRegisters.Write(part, grid.Rows, grid.Rows.Count,
        [
            new(text.EnumName(grid.GroupBy), 30, (s, r) => s.Text(r.Name)),
            .. grid.Months.Select((m, i) => new RegisterColumn<CapacityGridRow>(format.MonthShort(m), 11, (s, r) => Load(s, r.Cells[i]))),
        ], cancellationToken);

    /// <summary>One row per group and month: the figures behind the heat map, and how many people are over-allocated.</summary>
    public static void Cells(Stream part, CapacityGrid grid, PackText text, PackFormat format, CancellationToken cancellationToken)
    {
        var cells = grid.Rows.SelectMany(r => r.Cells.OfType<CapacityGridCell>().Select(c => (r.Name, Cell: c))).ToList();
        XlsxRegisters.Write(part, cells, cells.Count,
        [
            new(text.EnumName(grid.GroupBy), 30, (s, x) => s.Text(x.Name)),
            new(text.Month, 11, (s, x) => s.Text(format.MonthShort(x.Cell.Cell.Month))),
            new(text.CapacityDays, 12, (s, x) => s.Number(x.Cell.Cell.Capacity)),
            new(text.Allocated, 12, (s, x) => s.Number(x.Cell.Cell.Allocated)),
            new(text.Free, 12, (s, x) => s.Number(x.Cell.Cell.Free)),
            new(text.Load, 10, (s, x) => Load(s, x.Cell)),
            new(text.OverAllocatedTitle, 16, (s, x) => s.Integer(x.Cell.Cell.OverAllocated.Count)),
        ], cancellationToken);
    }

    public static void OverAllocated(Stream part, CapacityGrid grid, PackText text, PackFormat format, CancellationToken cancellationToken) =>
        XlsxRegisters.Write(part, grid.OverAllocated, grid.OverAllocated.Count,
        [
            new(text.Person, 28, (s, l) => s.Text(l.Name)),
            new(text.Code, 14, (s, l) => s.Text(l.PersonId)),
            new(text.Month, 11, (s, l) => s.Text(format.MonthShort(l.Month))),
            new(text.Available, 13, (s, l) => s.Number(l.Available)),
            new(text.Allocated, 13, (s, l) => s.Number(l.Allocated)),
            new(text.Load, 10, (s, l) => Load(s, l)),
        ], cancellationToken);

    private static void Load(SheetWriter sheet, CapacityGridCell? cell)
    {
        if (cell is null)
        {
            sheet.Empty();
        }
        else if (cell.LoadPercent is { } percent)
        {
            sheet.Number(percent / 100m, StyleOf(cell.Band));
        }
        else
        {
            sheet.Text("–", StyleOf(cell.Band));
        }
    }

    private static void Load(SheetWriter sheet, PersonMonthLoad load)
    {
        if (load.Percent is { } percent)
        {
            sheet.Number(percent / 100m, CellStyle.LoadOver);
        }
        else
        {
            sheet.Text("–", CellStyle.LoadOver);
        }
    }

    private static CellStyle StyleOf(LoadBand band) => band switch
    {
        LoadBand.Comfortable => CellStyle.LoadComfortable,
        LoadBand.Full => CellStyle.LoadFull,
        LoadBand.Over => CellStyle.LoadOver,
        _ => CellStyle.LoadNone,
    };
}
