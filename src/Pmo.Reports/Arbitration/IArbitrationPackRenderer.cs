namespace Pmo.Reports.Arbitration;

/// <summary>
/// Renders the arbitration committee's pack in the review pack's three formats. CPU-bound and synchronous: call it from
/// an activity. Stateless and thread-safe (<see cref="ArbitrationPackRenderer"/>; register it as a singleton).
/// </summary>
public interface IArbitrationPackRenderer
{
    /// <summary>The e-mail, the PDF and the XLSX in memory (500 demands: a few MB).</summary>
    RenderedPack Render(ArbitrationPackInput input, CancellationToken cancellationToken = default);

    /// <summary>PDF and XLSX streamed to the caller's streams (synchronous writes), the e-mail returned.</summary>
    HtmlEmail WritePack(ArbitrationPackInput input, Stream pdfOutput, Stream xlsxOutput, CancellationToken cancellationToken = default);
}
