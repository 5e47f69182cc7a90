using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;

namespace Pmo.Hosting.Durable.Azurite;

/// <summary>
/// Where a running Azurite listens, saved as azurite.json in its data folder so a later host can find and reuse the
/// one an earlier host started (for example after that host was killed).
/// </summary>
internal sealed record AzuriteEndpoints(int ProcessId, int BlobPort, int QueuePort, int TablePort)
{
    public const string FileName = "azurite.json";

    // Azurite's fixed development account, documented publicly by Microsoft; it protects nothing.
    private const string DevAccount = "devstoreaccount1";
    private const string DevKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public string ConnectionString => string.Create(
        CultureInfo.InvariantCulture,
        $"DefaultEndpointsProtocol=http;AccountName={DevAccount};AccountKey={DevKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{DevAccount};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{DevAccount};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{DevAccount};");

    public static AzuriteEndpoints? Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<AzuriteEndpoints>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Save(string folder) => File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(this));

    public static void Delete(string folder) => File.Delete(Path.Combine(folder, FileName));

    /// <summary>True when all three services accept a connection.</summary>
    public async Task<bool> AnswerAsync(CancellationToken cancellationToken)
    {
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            try
            {
                using var client = new TcpClient();
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(2));
                await client.ConnectAsync("127.0.0.1", port, timeout.Token);
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return false;
            }
        }

        return true;
    }
}
