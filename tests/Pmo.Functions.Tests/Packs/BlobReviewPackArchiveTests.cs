using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs;
using Pmo.Application.Packs;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Storage.Blobs;

namespace Pmo.Functions.Tests.Packs;

/// <summary>The Azure host's pack archive against a real Azurite blob service; each test has its own container.</summary>
[Collection(AzuriteBlobCollection.Name)]
public sealed class BlobReviewPackArchiveTests(AzuriteBlobFixture azurite)
{
    private static readonly YearMonth October = new(2026, 10);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly BlobContainerClient _container = azurite.Service.GetBlobContainerClient("packs-" + Guid.NewGuid().ToString("N")[..12]);

    private BlobReviewPackArchive Archive => new(_container);

    [Fact]
    public async Task A_snapshot_round_trips_as_month_slash_snapshot_json_in_a_container_created_on_first_write()
    {
        Assert.False(await _container.ExistsAsync());
        var snapshot = Snapshot();

        await Archive.SaveSnapshotAsync(snapshot);
        var loaded = await Archive.LoadSnapshotAsync(October);

        Assert.NotNull(loaded);
        Assert.Equal(JsonSerializer.Serialize(snapshot, Json), JsonSerializer.Serialize(loaded, Json));
        Assert.Equal("Kestrel 2", Assert.Single(loaded.Projects).Name);
        Assert.Equal(["2026-10/snapshot.json"], await NamesAsync());
        var properties = await _container.GetBlobClient("2026-10/snapshot.json").GetPropertiesAsync();
        Assert.Equal("application/json", properties.Value.ContentType);
    }

    [Fact]
    public async Task A_saved_file_opens_with_its_bytes_and_a_second_save_replaces_it()
    {
        var first = Encoding.UTF8.GetBytes("%PDF-1.7 first");
        var second = Encoding.UTF8.GetBytes("%PDF-1.7 second, longer than the first");

        await Archive.SaveFileAsync(October, "pdf", first);
        Assert.Equal(first, await ReadAsync(await Archive.OpenAsync(October, "pdf")));
        await Archive.SaveFileAsync(October, "pdf", second);
        await Archive.SaveFileAsync(October, "html", Encoding.UTF8.GetBytes("<html></html>"));

        Assert.Equal(second, await ReadAsync(await Archive.OpenAsync(October, "pdf")));
        Assert.Equal(["2026-10/pack.html", "2026-10/pack.pdf"], await NamesAsync());
        var properties = await _container.GetBlobClient("2026-10/pack.pdf").GetPropertiesAsync();
        Assert.Equal("application/pdf", properties.Value.ContentType);
    }

    [Fact]
    public async Task What_was_never_saved_is_null_whether_or_not_the_container_exists_and_reading_creates_nothing()
    {
        Assert.Null(await Archive.LoadSnapshotAsync(October));
        Assert.Null(await Archive.OpenAsync(October, "xlsx"));
        Assert.False(await _container.ExistsAsync());

        await Archive.SaveFileAsync(October, "html", Encoding.UTF8.GetBytes("<html></html>"));

        Assert.Null(await Archive.LoadSnapshotAsync(October));
        Assert.Null(await Archive.OpenAsync(October, "pdf"));
        Assert.Null(await Archive.OpenAsync(October.Next(), "html"));
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("PDF")]
    [InlineData("../snapshot.json")]
    [InlineData("")]
    public async Task An_unknown_kind_is_refused_and_nothing_is_written(string kind)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Archive.SaveFileAsync(October, kind, [1, 2, 3]));
        await Assert.ThrowsAsync<ArgumentException>(() => Archive.OpenAsync(October, kind));

        Assert.False(await _container.ExistsAsync());
    }

    private async Task<List<string>> NamesAsync()
    {
        var names = new List<string>();
        await foreach (var blob in _container.GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private static async Task<byte[]> ReadAsync(Stream? stream)
    {
        Assert.NotNull(stream);
        await using (stream)
        {
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            return copy.ToArray();
        }
    }

    internal static ReviewPackInput Snapshot()
    {
        var generated = new DateTimeOffset(2026, 11, 2, 7, 0, 0, TimeSpan.Zero);
        Project[] projects =
        [
            new Project
            {
                Id = "prj-kestrel-2",
                Name = "Kestrel 2",
                Sponsor = new Contact("Ada Sponsor", "ada@example.org"),
                Manager = new Contact("Marc Manager", "marc@example.org", Language.Fr),
                Budget = new Budget(120_000m, 45_500.50m, 130_000m),
                Start = new DateOnly(2026, 3, 2),
                BaselineEnd = new DateOnly(2027, 2, 26),
                ForecastEnd = new DateOnly(2027, 3, 12),
            },
        ];
        return new ReviewPackInput
        {
            Month = October,
            OrganisationName = "Example Org",
            Language = Language.Fr,
            GeneratedAtUtc = generated,
            Projects = projects,
            Kpis = KpiCalculator.Compute(new KpiInput(projects, [], [], [], [], [], generated)),
        };
    }
}
