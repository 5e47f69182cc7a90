namespace Pmo.Reports.Xlsx;

/// <summary>Writes the pack's registers as one workbook, one sheet per register, each streamed by a <see cref="SheetWriter"/>.</summary>
internal static class XlsxPackWriter
{
    public static void Write(PackModel model, Stream output, CancellationToken cancellationToken)
    {
        var t = model.Text;
        var registers = new List<(string Name, Action<Stream> Write)>
        {
            (t.SheetKpis, s => XlsxRegisters.Kpis(s, model, cancellationToken)),
            (t.SheetProjects, s => XlsxRegisters.Projects(s, model, cancellationToken)),
            (t.SheetUpdates, s => XlsxRegisters.Updates(s, model, cancellationToken)),
            (t.SheetRisks, s => XlsxRegisters.Risks(s, model, cancellationToken)),
            (t.SheetIssues, s => XlsxRegisters.Issues(s, model, cancellationToken)),
            (t.SheetEscalations, s => XlsxRegisters.Escalations(s, model, cancellationToken)),
            (t.SheetDecisions, s => XlsxRegisters.Decisions(s, model, cancellationToken)),
        };
        if (model.Capacity is { } grid)
        {
            registers.Add((t.SheetCapacity, s => XlsxCapacity.HeatMap(s, grid, t, model.Format, cancellationToken)));
            registers.Add((t.SheetOverAllocation, s => XlsxCapacity.OverAllocated(s, grid, t, model.Format, cancellationToken)));
        }

        XlsxPackage.Write(output, registers, model.Input.GeneratedAtUtc, model.Currency, cancellationToken, t.Language);
    }

    /// <summary>A RAG as the word the board reads ("Green"/"Vert"); blank without status.</summary>
    public static string? RagName(PackModel model, Rag? rag) => rag is { } r ? model.Text.RagNames[(int)r] : null;
}
