namespace Pmo.Storage.Cosmos.Setup;

/// <summary>
/// In emulator mode, lets the SDK's HTTP client reach the emulator and nothing else. The SDK also calls other
/// addresses on its own (the Azure VM metadata endpoint, 169.254.169.254, to tag its diagnostics); on a developer
/// machine or in CI that is traffic to an address nobody meant to contact, so it is refused here without a packet.
/// </summary>
internal sealed class EmulatorOnlyHandler(Uri emulator, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.RequestUri;
        return target is not null && target.IsLoopback && target.Port == emulator.Port
            ? base.SendAsync(request, cancellationToken)
            : throw new HttpRequestException($"Emulator mode: only {emulator.GetLeftPart(UriPartial.Authority)} may be called, not {target?.GetLeftPart(UriPartial.Authority)}.");
    }
}
