namespace Pmo.Reports.Pdf;

/// <summary>An item placed on a page at a vertical offset; a table row may bring its table's header along.</summary>
internal readonly record struct Placement(PdfItem? Item, PdfTable? HeaderOf, float Top);

/// <summary>
/// Assigns items to pages before anything is drawn, so the total page count ("Page x / y") is known while drawing.
/// Tables break between rows and repeat their header at the top of each continued page; headings keep with what follows.
/// </summary>
internal static class PdfPaginator
{
    public static List<List<Placement>> Paginate(IReadOnlyList<PdfItem> items, float top, float bottom)
    {
        var pages = new List<List<Placement>> { new() };
        var y = top;
        PdfTable? openTable = null;

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item is PageBreak)
            {
                if (pages[^1].Count > 0)
                {
                    pages.Add([]);
                    y = top;
                }

                openTable = null;
                continue;
            }

            var needed = Needed(item, openTable);
            if (item.KeepWithNext && i + 1 < items.Count && items[i + 1] is not PageBreak)
            {
                needed += Needed(items[i + 1], null);
            }

            if (y + needed > bottom && pages[^1].Count > 0)
            {
                pages.Add([]);
                y = top;
                openTable = null;
            }

            if (item is PdfTableRow row)
            {
                if (row.Table != openTable)
                {
                    pages[^1].Add(new Placement(null, row.Table, y));
                    y += PdfTable.HeaderHeight;
                    openTable = row.Table;
                }
            }
            else
            {
                openTable = null;
            }

            pages[^1].Add(new Placement(item, null, y));
            y += item.Height;
        }

        if (pages.Count > 1 && pages[^1].Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    private static float Needed(PdfItem item, PdfTable? openTable) =>
        item.Height + (item is PdfTableRow row && row.Table != openTable ? PdfTable.HeaderHeight : 0);
}
