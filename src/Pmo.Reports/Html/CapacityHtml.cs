namespace Pmo.Reports.Html;

/// <summary>
/// The capacity grid in an e-mail: the review pack's heat map (load percent per cell) and the arbitration pack's
/// capacity table (capacity / allocated / free per cell), each with its legend and the over-allocated person-months.
/// Rows are capped (a person-level view can have 2,000 rows): the most loaded first, the rest in the PDF.
/// </summary>
internal sealed class CapacityHtml(HtmlBlocks blocks, PackText text, PackFormat format)
{
    public const int MaxRows = 30;
    public const int MaxOverAllocated = 15;

    public void HeatMap(CapacityGrid grid)
    {
        blocks.P(text.CapacityIntro);
        Grid(grid, c => format.WholePercent(c.LoadPercent));
        Legend();
        OverAllocated(grid);
    }

    public void CapacityTable(CapacityGrid grid)
    {
        blocks.P(text.CapacityTableNote);
        Grid(grid, c => $"{CapacityCellText.Figures(c, format)} {CapacityCellText.OverCount(c, text, format)}".TrimEnd());
        Legend();
        OverAllocated(grid);
    }

    /// <summary>Groups × months, each cell coloured by its load band and saying <paramref name="label"/>.</summary>
    private void Grid(CapacityGrid grid, Func<CapacityGridCell, string> label)
    {
        if (grid.Rows.Count == 0)
        {
            blocks.P(text.NoCapacityData);
            return;
        }

        blocks.Head([text.EnumName(grid.GroupBy), .. grid.Months.Select(format.MonthShort)]);
        var rows = grid.Rows.OrderByDescending(r => r.PeakLoad).ThenBy(r => r.Name, StringComparer.InvariantCultureIgnoreCase).Take(MaxRows);
        foreach (var row in rows)
        {
            blocks.RawRow([
                HtmlBlocks.PlainCell(HtmlBlocks.Text(row.Name, 60)),
                .. row.Cells.Select(c => c is null
                    ? HtmlBlocks.PlainCell("")
                    : HtmlBlocks.FilledCell(label(c), Palette.OfLoad(c.Band))),
            ]);
        }

        blocks.End();
        blocks.More(grid.Rows.Count - MaxRows);
    }

    private void Legend()
    {
        blocks.Head();
        blocks.RawRow([
            HtmlBlocks.PlainCell($"<strong>{HtmlBlocks.Text(text.Legend)}</strong>"),
            HtmlBlocks.FilledCell(text.LoadComfortable, Palette.OfLoad(LoadBand.Comfortable)),
            HtmlBlocks.FilledCell(text.LoadFull, Palette.OfLoad(LoadBand.Full)),
            HtmlBlocks.FilledCell(text.LoadOver, Palette.OfLoad(LoadBand.Over)),
            HtmlBlocks.FilledCell(text.LoadNone, Palette.OfLoad(LoadBand.None)),
        ]);
        blocks.End();
    }

    private void OverAllocated(CapacityGrid grid)
    {
        if (grid.Rows.Count == 0)
        {
            return;
        }

        blocks.H3(text.OverAllocatedTitle);
        if (grid.OverAllocated.Count == 0)
        {
            blocks.P(text.NoOverAllocation);
            return;
        }

        blocks.Head(text.Person, text.Month, text.Available, text.Allocated, text.Load);
        foreach (var l in grid.OverAllocated.Take(MaxOverAllocated))
        {
            blocks.Row(HtmlBlocks.Text(l.Name, 60), HtmlBlocks.Text(format.MonthShort(l.Month)), HtmlBlocks.Right(format.DayCount(l.Available)),
                HtmlBlocks.Right(format.DayCount(l.Allocated)), HtmlBlocks.Right(format.WholePercent(l.Percent)));
        }

        blocks.End();
        blocks.More(grid.OverAllocated.Count - MaxOverAllocated);
    }
}
