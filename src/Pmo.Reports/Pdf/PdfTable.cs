namespace Pmo.Reports.Pdf;

/// <summary>A column of a <see cref="PdfTable"/>: width in points, alignment, and whether long text wraps.</summary>
internal sealed record PdfColumn(string Header, float Width, SKTextAlign Align = SKTextAlign.Left, int WrapLines = 1);

/// <summary>A table cell: its text and, for RAG cells, a fill colour.</summary>
internal readonly record struct PdfCell(string Text, SKColor? Fill = null)
{
    public static implicit operator PdfCell(string text) => new(text);
}

/// <summary>
/// A table's columns and header. Its rows are separate <see cref="PdfTableRow"/> items so the paginator can break
/// between any two rows and repeat the header on each new page.
/// </summary>
internal sealed class PdfTable(IReadOnlyList<PdfColumn> columns)
{
    public const float Padding = 3;
    public const float LineHeight = 10.5f;
    public const float HeaderHeight = 16;

    public IReadOnlyList<PdfColumn> Columns { get; } = columns;

    public PdfTableRow Row(PdfStyle style, int index, params PdfCell[] cells) => new(this, style, index, cells);

    public void DrawHeader(SKCanvas canvas, float left, float top, PdfStyle style)
    {
        Shapes.Fill(canvas, new SKRect(left, top, left + Columns.Sum(c => c.Width), top + HeaderHeight), Palette.HeaderFill);
        var x = left;
        foreach (var c in Columns)
        {
            var text = TextDrawing.Fit(c.Header, style.BodyBold, c.Width - (2 * Padding));
            TextDrawing.Draw(canvas, text, AnchorX(c, x), top + 11, style.BodyBold, SKColors.White, c.Align);
            x += c.Width;
        }
    }

    public static float AnchorX(PdfColumn c, float x) => c.Align switch
    {
        SKTextAlign.Right => x + c.Width - Padding,
        SKTextAlign.Center => x + (c.Width / 2),
        _ => x + Padding,
    };
}

/// <summary>One row, with its cells already fitted or wrapped to the column widths (so its height is known).</summary>
internal sealed class PdfTableRow : PdfItem
{
    private readonly List<string>[] _lines;
    private readonly SKColor?[] _fills;
    private readonly bool _striped;

    public PdfTableRow(PdfTable table, PdfStyle style, int index, PdfCell[] cells)
    {
        Table = table;
        _striped = index % 2 == 1;
        _lines = new List<string>[table.Columns.Count];
        _fills = new SKColor?[table.Columns.Count];
        var lines = 1;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var text = i < cells.Length ? PdfText.Clean(cells[i].Text, keepNewLines: column.WrapLines > 1) : "";
            var room = column.Width - (2 * PdfTable.Padding);
            _lines[i] = column.WrapLines > 1
                ? TextDrawing.Wrap(text, style.Body, room, column.WrapLines)
                : [TextDrawing.Fit(text.Replace('\n', ' '), style.Body, room)];
            _fills[i] = i < cells.Length ? cells[i].Fill : null;
            lines = Math.Max(lines, _lines[i].Count);
        }

        Height = (lines * PdfTable.LineHeight) + (2 * PdfTable.Padding);
    }

    public PdfTable Table { get; }

    public override float Height { get; }

    public override void Draw(SKCanvas canvas, float left, float top, PdfStyle style)
    {
        var width = Table.Columns.Sum(c => c.Width);
        if (_striped)
        {
            Shapes.Fill(canvas, new SKRect(left, top, left + width, top + Height), Palette.StripeFill);
        }

        var x = left;
        for (var i = 0; i < Table.Columns.Count; i++)
        {
            var column = Table.Columns[i];
            var color = Palette.Ink;
            if (_fills[i] is { } fill)
            {
                Shapes.Fill(canvas, new SKRect(x + 1, top + 1, x + column.Width - 1, top + Height - 1), fill);
                color = Palette.On(fill);
            }

            var font = _fills[i] is null ? style.Body : style.BodyBold;
            for (var l = 0; l < _lines[i].Count; l++)
            {
                TextDrawing.Draw(canvas, _lines[i][l], PdfTable.AnchorX(column, x), top + PdfTable.Padding + 8 + (l * PdfTable.LineHeight), font, color, column.Align);
            }

            x += column.Width;
        }

        Shapes.Line(canvas, left, top + Height, left + width, top + Height, Palette.Rule, 0.5f);
    }
}
