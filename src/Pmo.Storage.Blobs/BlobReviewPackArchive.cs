using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pmo.Application.Packs;
using Pmo.Domain.Primitives;

namespace Pmo.Storage.Blobs;

/// <summary>
/// Packs in one blob container: <c>{month}/snapshot.json</c> and <c>{month}/pack.{kind}</c>, the folder archive's
/// layout. Every instance of the app sees the same packs, and they outlive instances. An upload replaces the whole blob.
/// </summary>
public sealed class BlobReviewPackArchive : IReviewPackArchive
{
    // The folder archive's JSON, so a snapshot reads the same wherever it was kept.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly BlobContainerClient _container;

    public BlobReviewPackArchive(BlobContainerClient container)
    {
        ArgumentNullException.ThrowIfNull(container);
        _container = container;
    }

    public Uri ContainerUri => _container.Uri;

    public Task SaveSnapshotAsync(ReviewPackInput snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return UploadAsync(NameOf(snapshot.Month, "snapshot.json"), JsonSerializer.SerializeToUtf8Bytes(snapshot, Json), "application/json", cancellationToken);
    }

    public async Task<ReviewPackInput?> LoadSnapshotAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await _container.GetBlobClient(NameOf(month, "snapshot.json")).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<ReviewPackInput>(Json);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null; // no such blob, or no container yet
        }
    }

    public Task SaveFileAsync(YearMonth month, string kind, byte[] content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        return UploadAsync(NameOf(month, $"pack.{Check(kind)}"), content, PackFileKinds.ContentType(kind), cancellationToken);
    }

    public async Task<Stream?> OpenAsync(YearMonth month, string kind, CancellationToken cancellationToken = default)
    {
        var blob = _container.GetBlobClient(NameOf(month, $"pack.{Check(kind)}"));
        try
        {
            var download = await blob.DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    private async Task UploadAsync(string name, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        var blob = _container.GetBlobClient(name);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        try
        {
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // The first pack of a new account: create the container then (no request on every start or write), and retry once.
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await blob.UploadAsync(BinaryData.FromBytes(content), options, cancellationToken);
        }
    }

    private static string NameOf(YearMonth month, string file) => $"{month}/{file}";

    // Same rule as the folder archive: the kind becomes part of a blob name, so only the known ones.
    private static string Check(string kind) =>
        kind is "html" or "pdf" or "xlsx" ? kind : throw new ArgumentException($"Unknown pack file kind '{kind}'.", nameof(kind));
}
