namespace Pmo.Application.Packs;

/// <summary>
/// Renders the arbitration committee's pack for mailing: its HTML summary plus the PDF and XLSX attachments. A port so
/// the workflows, which must not reference the renderer, can attach it (implemented in Pmo.Reports).
/// </summary>
public interface IArbitrationPackBuilder
{
    BuiltPack Build(ArbitrationPackInput input, CancellationToken cancellationToken = default);
}
