using System.IO.Compression;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Pmo.Reports.Xlsx;

/// <summary>
/// The workbook's zip (OPC package), written entry by entry straight into the caller's stream. The Open XML SDK's own
/// package layer needs a readable, seekable stream and then holds every uncompressed part in memory until it closes
/// (about 200 MB at 10,000 projects), so the few fixed parts are written here and each sheet is streamed by an
/// <see cref="OpenXmlWriter"/> into its zip entry.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    private readonly ZipArchive _zip;
    private readonly IReadOnlyList<string> _sheetNames;
    private readonly DateTimeOffset _timestamp;
    private int _sheetsWritten;

    /// <param name="timestamp">Stamped on every zip entry (the pack's generation time), so equal inputs give equal bytes.</param>
    /// <param name="currency">The portfolio's currency, in the number format of its sums (<see cref="XlsxStyles.Create"/>).</param>
    /// <param name="language">The workbook's language, for its percent style (<see cref="XlsxStyles.Create"/>).</param>
    public XlsxPackage(Stream output, IReadOnlyList<string> sheetNames, DateTimeOffset timestamp, string? currency, Language language = Language.En)
    {
        _timestamp = timestamp;
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true, Encoding.UTF8);
        _sheetNames = sheetNames;
        WriteText("[Content_Types].xml", ContentTypes());
        WriteText("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelNs}"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        WriteText("xl/_rels/workbook.xml.rels", WorkbookRelationships());
        WriteElement("xl/workbook.xml", Workbook());
        WriteElement("xl/styles.xml", XlsxStyles.Create(currency, language));
    }

    /// <summary>A whole workbook: each sheet, named, written in turn by its writer.</summary>
    public static void Write(
        Stream output, IReadOnlyList<(string Name, Action<Stream> Write)> sheets, DateTimeOffset timestamp, string? currency, CancellationToken cancellationToken, Language language = Language.En)
    {
        using var package = new XlsxPackage(output, [.. sheets.Select(s => s.Name)], timestamp, currency, language);
        foreach (var (_, write) in sheets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var sheet = package.NextSheet();
            write(sheet);
        }
    }

    /// <summary>Opens the next sheet's entry; the caller writes it and disposes the stream before asking for the next.</summary>
    public Stream NextSheet()
    {
        if (_sheetsWritten == _sheetNames.Count)
        {
            throw new InvalidOperationException("Every declared sheet has been written.");
        }

        _sheetsWritten++;
        // Optimal: half the size of Fastest (5 MB → 2.5 MB at 10,000 projects) for an e-mail attachment, at little CPU cost.
        return Entry($"xl/worksheets/sheet{_sheetsWritten}.xml", CompressionLevel.Optimal).Open();
    }

    public void Dispose()
    {
        if (_sheetsWritten != _sheetNames.Count)
        {
            throw new InvalidOperationException($"{_sheetNames.Count} sheets declared, {_sheetsWritten} written.");
        }

        _zip.Dispose();
    }

    private string ContentTypes()
    {
        var sb = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        sb.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""");
        sb.Append("""<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        sb.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
        for (var i = 1; i <= _sheetNames.Count; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
        }

        return sb.Append("</Types>").ToString();
    }

    private string WorkbookRelationships()
    {
        var sb = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="{PackageRelNs}">""");
        for (var i = 1; i <= _sheetNames.Count; i++)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Relationship Id="rId{i}" Type="{RelNs}/worksheet" Target="worksheets/sheet{i}.xml"/>""");
        }

        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"""<Relationship Id="rIdStyles" Type="{RelNs}/styles" Target="styles.xml"/>""");
        return sb.Append("</Relationships>").ToString();
    }

    private Workbook Workbook()
    {
        var sheets = new Sheets();
        for (var i = 1; i <= _sheetNames.Count; i++)
        {
            sheets.Append(new Sheet { Name = _sheetNames[i - 1], SheetId = (uint)i, Id = $"rId{i}" });
        }

        var workbook = new Workbook(sheets);
        workbook.AddNamespaceDeclaration("r", RelNs);
        return workbook;
    }

    private ZipArchiveEntry Entry(string name, CompressionLevel level)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = _timestamp;
        return entry;
    }

    private void WriteText(string entry, string xml)
    {
        using var stream = Entry(entry, CompressionLevel.Fastest).Open();
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xml));
    }

    private void WriteElement(string entry, OpenXmlElement root)
    {
        using var stream = Entry(entry, CompressionLevel.Fastest).Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
        writer.Close();
    }
}
