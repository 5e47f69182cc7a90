using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pmo.Domain.Primitives;
using Pmo.Reports.Model;

namespace Pmo.Reports.Xlsx;

/// <summary>Writes the pack's registers as one workbook, one sheet per register, each streamed by a <see cref="SheetWriter"/>.</summary>
internal static class XlsxPackWriter
{
    public static void Write(PackModel model, Stream output, CancellationToken cancellationToken)
    {
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = XlsxStyles.Create();
        styles.Stylesheet.Save();

        var sheets = new Sheets();
        var t = model.Text;
        var registers = new (string Name, Action<WorksheetPart> Write)[]
        {
            (t.SheetKpis, part => XlsxRegisters.Kpis(part, model)),
            (t.SheetProjects, part => XlsxRegisters.Projects(part, model, cancellationToken)),
            (t.SheetUpdates, part => XlsxRegisters.Updates(part, model, cancellationToken)),
            (t.SheetRisks, part => XlsxRegisters.Risks(part, model)),
            (t.SheetIssues, part => XlsxRegisters.Issues(part, model)),
            (t.SheetEscalations, part => XlsxRegisters.Escalations(part, model)),
            (t.SheetDecisions, part => XlsxRegisters.Decisions(part, model)),
        };

        uint id = 1;
        foreach (var (name, write) in registers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var part = workbookPart.AddNewPart<WorksheetPart>();
            write(part);
            sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id++, Name = name });
        }

        workbookPart.Workbook.Append(sheets);
        workbookPart.Workbook.Save();
    }

    /// <summary>A RAG as the word the board reads ("Green"/"Vert"); blank without status.</summary>
    public static string? RagName(PackModel model, Rag? rag) => rag is { } r ? model.Text.RagNames[(int)r] : null;
}
