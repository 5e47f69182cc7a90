namespace Pmo.Application.Packs;

/// <summary>Packs in a folder: <c>{PackFolder}/{month}/snapshot.json</c> and <c>pack.{kind}</c>. Writes replace whole files.</summary>
public sealed class FolderReviewPackArchive(IOptions<WorkflowOptions> options) : IReviewPackArchive
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task SaveSnapshotAsync(ReviewPackInput snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await WriteAsync(snapshot.Month, "snapshot.json", JsonSerializer.SerializeToUtf8Bytes(snapshot, Json), cancellationToken);
    }

    public async Task<ReviewPackInput?> LoadSnapshotAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        var path = PathOf(month, "snapshot.json");
        if (!File.Exists(path))
        {
            return null;
        }

        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<ReviewPackInput>(stream, Json, cancellationToken);
    }

    public Task SaveFileAsync(YearMonth month, string kind, byte[] content, CancellationToken cancellationToken = default) =>
        WriteAsync(month, $"pack.{Check(kind)}", content, cancellationToken);

    public Task<Stream?> OpenAsync(YearMonth month, string kind, CancellationToken cancellationToken = default)
    {
        var path = PathOf(month, $"pack.{Check(kind)}");
        return Task.FromResult<Stream?>(File.Exists(path) ? File.OpenRead(path) : null);
    }

    private async Task WriteAsync(YearMonth month, string name, byte[] content, CancellationToken cancellationToken)
    {
        var path = PathOf(month, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, content, cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    private string PathOf(YearMonth month, string name) => Path.Combine(Path.GetFullPath(options.Value.PackFolder), month.ToString(), name);

    private static string Check(string kind) =>
        kind is "html" or "pdf" or "xlsx" ? kind : throw new ArgumentException($"Unknown pack file kind '{kind}'.", nameof(kind));
}
