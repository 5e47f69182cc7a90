namespace Pmo.Reports.Html;

/// <summary>
/// The capacity grid in an e-mail: the review pack's heat map (load percent per cell) and the arbitration pack's
/// capacity table (capacity / allocated / free per cell), each with its legend and the over-allocated person-months.
/// Rows are capped (a person-level view can have 2,000 rows): the most loaded first, the rest in the PDF. The capacity
/// table's cells hold three figures and a count, so its months are split into tables of <see cref="MonthsPerTable"/>
/// (six months side by side were 1,500 px wide in a 760 px mail column); the heat map's percentages fit in one.
/// </summary>
internal sealed class CapacityHtml(HtmlBlocks blocks, PackText text, PackFormat format)
{
    public const int MaxRows = 30;
    public const int MaxOverAllocated = 15;

    /// <summary>Months per capacity table: a role column and three cells of "900 / 894 / 42" over "22 au-delà de 100 %" fit 760 px.</summary>
    public const int MonthsPerTable = 3;

    public void HeatMap(CapacityGrid grid)
    {
        blocks.P(text.CapacityIntro);
        Grid(grid, grid.Months.Count, c => HtmlBlocks.FilledCell(format.WholePercent(c.LoadPercent), Palette.OfLoad(c.Band)));
        Legend();
        OverAllocated(grid);
    }

    public void CapacityTable(CapacityGrid grid)
    {
        blocks.P(text.CapacityTableNote);
        Grid(grid, MonthsPerTable,
            c => HtmlBlocks.FilledCell(CapacityCellText.Figures(c, format), CapacityCellText.OverCount(c, text, format), Palette.OfLoad(c.Band)));
        Legend();
        OverAllocated(grid);
    }

    /// <summary>
    /// Groups × months, <paramref name="monthsPerTable"/> months to a table (rows in the same order in each), each cell
    /// written by <paramref name="cell"/> (coloured by its load band).
    /// </summary>
    private void Grid(CapacityGrid grid, int monthsPerTable, Func<CapacityGridCell, string> cell)
    {
        if (grid.Rows.Count == 0)
        {
            blocks.P(text.NoCapacityData);
            return;
        }

        var rows = grid.Rows.OrderByDescending(r => r.PeakLoad).ThenBy(r => r.Name, StringComparer.InvariantCultureIgnoreCase).Take(MaxRows).ToList();
        for (var first = 0; first < grid.Months.Count; first += monthsPerTable)
        {
            var count = Math.Min(monthsPerTable, grid.Months.Count - first);
            blocks.Head([text.EnumName(grid.GroupBy), .. grid.Months.Skip(first).Take(count).Select(format.MonthShort)]);
            foreach (var row in rows)
            {
                blocks.RawRow([
                    HtmlBlocks.PlainCell(HtmlBlocks.Text(row.Name, 60)),
                    .. row.Cells.Skip(first).Take(count).Select(c => c is null ? HtmlBlocks.PlainCell("") : cell(c)),
                ]);
            }

            blocks.End();
        }

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
