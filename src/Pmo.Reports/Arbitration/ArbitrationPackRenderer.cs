namespace Pmo.Reports.Arbitration;

/// <summary>The arbitration pack renderer, built from the review pack's blocks (e-mail blocks, PDF writer, XLSX package).</summary>
public sealed class ArbitrationPackRenderer : IArbitrationPackRenderer
{
    public RenderedPack Render(ArbitrationPackInput input, CancellationToken cancellationToken = default) =>
        RenderedPack.InMemory(FileStem(input), (pdf, xlsx) => WritePack(input, pdf, xlsx, cancellationToken));

    public HtmlEmail WritePack(ArbitrationPackInput input, Stream pdfOutput, Stream xlsxOutput, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdfOutput);
        ArgumentNullException.ThrowIfNull(xlsxOutput);
        var model = ArbitrationModel.Build(input);
        var email = new ArbitrationEmailWriter(model).Write();
        ArbitrationPdfWriter.Write(model, pdfOutput, cancellationToken);
        ArbitrationXlsxWriter.Write(model, xlsxOutput, cancellationToken);
        return email;
    }

    /// <summary>"arbitration-pack-2027-03" (ASCII whatever the language: safe as an attachment name).</summary>
    public static string FileStem(ArbitrationPackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return "arbitration-pack-" + input.SessionMonth;
    }
}
