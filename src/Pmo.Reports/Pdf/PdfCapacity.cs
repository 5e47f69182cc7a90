namespace Pmo.Reports.Pdf;

/// <summary>
/// The capacity grid as PDF items: the review pack's heat map (a coloured table, load percent per cell, with a legend)
/// and the arbitration pack's capacity table (capacity / allocated / free), each followed by the over-allocated
/// person-months. Every group is listed; the table breaks across pages and repeats its header.
/// </summary>
internal sealed class PdfCapacity(CapacityGrid grid, PackText text, PackFormat format, PdfStyle style)
{
    private const float GroupWidth = 190;

    public IEnumerable<PdfItem> HeatMap()
    {
        yield return new ParagraphItem(text.CapacityIntro, style, muted: true);
        yield return Legend();
        foreach (var row in Grid(c => format.WholePercent(c.LoadPercent)))
        {
            yield return row;
        }

        foreach (var item in OverAllocated())
        {
            yield return item;
        }
    }

    public IEnumerable<PdfItem> CapacityTable()
    {
        yield return new ParagraphItem(text.CapacityTableNote, style, muted: true);
        yield return Legend();
        foreach (var row in Grid(
            c => $"{CapacityCellText.Figures(c, format)}\n{CapacityCellText.OverCount(c, text, format)}".TrimEnd(), lines: 2))
        {
            yield return row;
        }

        foreach (var item in OverAllocated())
        {
            yield return item;
        }
    }

    private LegendItem Legend() => new(text.Legend,
    [
        (Palette.OfLoad(LoadBand.Comfortable), text.LoadComfortable),
        (Palette.OfLoad(LoadBand.Full), text.LoadFull),
        (Palette.OfLoad(LoadBand.Over), text.LoadOver),
        (Palette.OfLoad(LoadBand.None), text.LoadNone),
    ]);

    /// <summary>Groups × months, each cell coloured by its load band and saying <paramref name="label"/> (on up to <paramref name="lines"/> lines).</summary>
    private IEnumerable<PdfItem> Grid(Func<CapacityGridCell, string> label, int lines = 1)
    {
        if (grid.Rows.Count == 0)
        {
            yield return new ParagraphItem(text.NoCapacityData, style);
            yield break;
        }

        var monthWidth = Math.Min(100, (PdfStyle.ContentWidth - GroupWidth) / Math.Max(1, grid.Months.Count));
        var table = new PdfTable(
        [
            new(text.EnumName(grid.GroupBy), GroupWidth),
            .. grid.Months.Select(m => new PdfColumn(format.MonthShort(m), monthWidth, SKTextAlign.Center, lines)),
        ]);
        var index = 0;
        foreach (var row in grid.Rows)
        {
            yield return table.Row(style, index++,
            [
                row.Name,
                .. row.Cells.Select(c => c is null ? new PdfCell("") : new PdfCell(label(c), Palette.OfLoad(c.Band))),
            ]);
        }
    }

    private IEnumerable<PdfItem> OverAllocated()
    {
        if (grid.Rows.Count == 0)
        {
            yield break;
        }

        yield return new HeadingItem(text.OverAllocatedTitle, major: false);
        if (grid.OverAllocated.Count == 0)
        {
            yield return new ParagraphItem(text.NoOverAllocation, style);
            yield break;
        }

        var table = new PdfTable(
        [
            new(text.Person, 240), new(text.Month, 100), new(text.Available, 100, SKTextAlign.Right),
            new(text.Allocated, 100, SKTextAlign.Right), new(text.Load, 80, SKTextAlign.Center),
        ]);
        var index = 0;
        foreach (var l in grid.OverAllocated)
        {
            yield return table.Row(style, index++, l.Name, format.MonthShort(l.Month), format.DayCount(l.Available), format.DayCount(l.Allocated),
                new PdfCell(format.WholePercent(l.Percent), Palette.Red));
        }
    }
}
