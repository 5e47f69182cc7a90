using DocumentFormat.OpenXml.Spreadsheet;

namespace Pmo.Reports.Xlsx;

/// <summary>A register's column: header and width in characters.</summary>
internal sealed record SheetColumn(string Header, double Width = 14);

/// <summary>
/// Writes one worksheet SAX-style (OpenXmlWriter): rows go straight to the part's stream, so a 50,000-row register
/// never exists as a DOM. Header row frozen, autofilter over every row, typed cells, inline strings (escaped by the
/// writer; no shared-string table to hold in memory).
/// </summary>
internal sealed class SheetWriter : IDisposable
{
    private static readonly Cell CellProto = new();
    private static readonly Row RowProto = new();
    private static readonly InlineString InlineProto = new();
    private static readonly CellValue ValueProto = new();
    private static readonly DocumentFormat.OpenXml.Spreadsheet.Text TextProto = new();

    // Elements are written from these prototypes and attribute lists (only their names are used): allocating and
    // serialising a Text element per cell costs four times as much at a million cells.
    private static readonly OpenXmlAttribute[] PreserveSpace = [new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve")];
    private static readonly OpenXmlAttribute[][] TextAttributes = Enum.GetValues<CellStyle>().Select(s => Attributes("inlineStr", s)).ToArray();
    private static readonly OpenXmlAttribute[][] NumberAttributes = Enum.GetValues<CellStyle>().Select(s => Attributes(null, s)).ToArray();

    private readonly OpenXmlWriter _writer;
    private readonly int _columns;
    private readonly int _rows;
    private int _row;

    /// <param name="rows">Data rows that will be written (the autofilter range is written after them but declared up front).</param>
    public SheetWriter(Stream part, IReadOnlyList<SheetColumn> columns, int rows)
    {
        _writer = OpenXmlWriter.Create(part);
        _columns = columns.Count;
        _rows = rows;
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        _writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue>([new("A2")]) })
        { WorkbookViewId = 0 }));
        var cols = new Columns();
        for (var i = 0; i < columns.Count; i++)
        {
            cols.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
        }

        _writer.WriteElement(cols);
        _writer.WriteStartElement(new SheetData());
        BeginRow();
        foreach (var c in columns)
        {
            Text(c.Header, CellStyle.Header);
        }

        EndRow();
    }

    public void BeginRow()
    {
        _row++;
        _writer.WriteStartElement(RowProto, [new OpenXmlAttribute("r", "", _row.ToString(CultureInfo.InvariantCulture))]);
    }

    public void EndRow() => _writer.WriteEndElement();

    /// <summary>User or label text, made formula-safe.</summary>
    public void Text(string? value, CellStyle style = CellStyle.Text)
    {
        var safe = CellText.Safe(value);
        if (safe.Length == 0)
        {
            Empty();
            return;
        }

        _writer.WriteStartElement(CellProto, TextAttributes[(int)style]);
        _writer.WriteStartElement(InlineProto);
        _writer.WriteStartElement(TextProto, PreserveSpace);
        _writer.WriteString(safe);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    public void Number(decimal? value, CellStyle style = CellStyle.Decimal) =>
        Raw(value?.ToString(CultureInfo.InvariantCulture), style);

    public void Number(double? value, CellStyle style = CellStyle.Decimal) =>
        Raw(value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : null, style);

    public void Integer(int? value) => Raw(value?.ToString(CultureInfo.InvariantCulture), CellStyle.Integer);

    /// <summary>A calendar date as an Excel serial date with a date format.</summary>
    public void Date(DateOnly? value) =>
        Raw(value?.ToDateTime(TimeOnly.MinValue).ToOADate().ToString("R", CultureInfo.InvariantCulture), CellStyle.Date);

    /// <summary>An instant, in UTC, as an Excel serial date-time.</summary>
    public void DateTime(DateTimeOffset? value) =>
        Raw(value?.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture), CellStyle.DateTime);

    public void Empty()
    {
        _writer.WriteStartElement(CellProto);
        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        _writer.WriteEndElement(); // sheetData
        var lastColumn = ColumnName(_columns);
        _writer.WriteElement(new AutoFilter { Reference = $"A1:{lastColumn}{_rows + 1}" });
        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _writer.Dispose();
    }

    /// <summary>1 → A, 27 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }

        return name;
    }

    private void Raw(string? number, CellStyle style)
    {
        if (number is null)
        {
            Empty();
            return;
        }

        _writer.WriteStartElement(CellProto, NumberAttributes[(int)style]);
        _writer.WriteStartElement(ValueProto);
        _writer.WriteString(number);
        _writer.WriteEndElement();
        _writer.WriteEndElement();
    }

    private static OpenXmlAttribute[] Attributes(string? type, CellStyle style)
    {
        var s = new OpenXmlAttribute("s", "", ((uint)style).ToString(CultureInfo.InvariantCulture));
        return type is null ? [s] : [s, new OpenXmlAttribute("t", "", type)];
    }
}
