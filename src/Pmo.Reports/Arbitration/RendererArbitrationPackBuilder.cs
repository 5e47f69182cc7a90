using Pmo.Application.Mail;

namespace Pmo.Reports.Arbitration;

/// <summary>The arbitration pack as the committee receives it: the renderer's HTML e-mail, with the PDF and XLSX attached.</summary>
public sealed class RendererArbitrationPackBuilder(IArbitrationPackRenderer renderer) : IArbitrationPackBuilder
{
    public BuiltPack Build(ArbitrationPackInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var pack = renderer.Render(input, cancellationToken);
        return pack.ToBuiltPack($"arbitration-pack-{input.SessionMonth}-{input.Language.ToString().ToLowerInvariant()}");
    }
}
