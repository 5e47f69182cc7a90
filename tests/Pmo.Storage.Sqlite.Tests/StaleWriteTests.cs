using Pmo.Domain.Validation;
using Pmo.Storage.Contract;

namespace Pmo.Storage.Sqlite.Tests;

/// <summary>A refused write leaves the row byte for byte as it was: body, ETag and every index column.</summary>
public sealed class StaleWriteTests : IDisposable
{
    private const string AllRows = "SELECT * FROM documents ORDER BY tenant, kind, id;";

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Delete();

    [Fact]
    public async Task Stale_replace_delete_and_duplicate_create_change_no_byte_of_the_file()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        var v1 = await store.Projects.CreateAsync(Samples.Project("P-001"));
        var v2 = await store.Projects.ReplaceAsync(v1.Value with { Name = "Second" }, v1.ETag);
        await store.Escalations.CreateAsync(Samples.Escalation("E-1"));
        var before = await RawDatabase.QueryAsync(_database.FilePath, AllRows);

        await Assert.ThrowsAsync<ConcurrencyException>(() => store.Projects.ReplaceAsync(v1.Value with { Name = "Lost", Phase = Domain.Portfolio.ProjectPhase.Closed }, v1.ETag));
        await Assert.ThrowsAsync<ConcurrencyException>(() => store.Projects.DeleteAsync("P-001", v1.ETag));
        await Assert.ThrowsAsync<AlreadyExistsException>(() => store.Projects.CreateAsync(Samples.Project("P-001", "Duplicate")));
        await Assert.ThrowsAsync<NotFoundException>(() => store.Projects.ReplaceAsync(Samples.Project("P-404"), v2.ETag));

        var after = await RawDatabase.QueryAsync(_database.FilePath, AllRows);
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i], after[i]);
        }
    }

    [Fact]
    public async Task Stored_json_is_camel_case_keeps_accents_readable_and_escapes_markup()
    {
        await using var store = await SqlitePortfolioStore.OpenAsync(_database.Options());
        await store.Risks.CreateAsync(Samples.Risk("R-1") with { Title = "Équipe <b>", Probability = 4, Impact = 5 });

        var body = (string)(await RawDatabase.ScalarAsync(_database.FilePath, "SELECT body FROM documents WHERE id = 'R-1';"))!;

        Assert.Contains("\"title\":\"Équipe \\u003Cb\\u003E\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"score\"", body, StringComparison.Ordinal);
        Assert.Equal(20, (await store.Risks.FindAsync("R-1"))?.Value.Score);
    }
}
