using System.Text.Json.Nodes;
using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.Portability;

/// <summary>seed → export → import into another data folder → export again: the same portfolio, through the real CLI.</summary>
public sealed class ExportImportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Export_then_import_into_an_empty_store_round_trips_the_whole_portfolio()
    {
        using var source = new TempFolder();
        using var target = new TempFolder();
        var seeded = await CliRun.RunAsync(source.Path, Timeout, null, "seed");
        Assert.True(seeded.ExitCode == 0, seeded.StandardError);

        var file = Path.Combine(source.Path, "portfolio.json");
        var exported = await CliRun.RunAsync(source.Path, Timeout, null, "export", "--file", file);
        Assert.True(exported.ExitCode == 0, exported.StandardError);

        var imported = await CliRun.RunAsync(target.Path, Timeout, null, "import", file);
        Assert.True(imported.ExitCode == 0, imported.StandardError);

        var again = await CliRun.RunAsync(target.Path, Timeout, null, "export");
        Assert.True(again.ExitCode == 0, again.StandardError);

        var before = WithoutExportTime(await File.ReadAllTextAsync(file));
        var after = WithoutExportTime(again.StandardOutput);
        Assert.Equal(6, before["projects"]!.AsArray().Count);
        Assert.NotEmpty(before["risks"]!.AsArray());
        Assert.NotNull(before["settings"]);
        Assert.True(JsonNode.DeepEquals(before, after), "The re-exported portfolio differs from the original.");
    }

    [Fact]
    public async Task Import_of_an_invalid_file_writes_nothing_and_names_every_bad_field()
    {
        using var source = new TempFolder();
        using var target = new TempFolder();
        await CliRun.RunAsync(source.Path, Timeout, null, "seed");
        var json = JsonNode.Parse((await CliRun.RunAsync(source.Path, Timeout, null, "export")).StandardOutput)!;

        // One good project stays first; a later one is broken and a risk points at no project.
        json["projects"]![3]!["budget"]!["approved"] = -1;
        json["risks"]![0]!["projectId"] = "NOPE";

        var result = await CliRun.RunAsync(target.Path, Timeout, json.ToJsonString(), "import", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("projects[3].budget.approved", result.StandardError);
        Assert.Contains("risks[", result.StandardError);
        var after = JsonNode.Parse((await CliRun.RunAsync(target.Path, Timeout, null, "export")).StandardOutput)!;
        Assert.Empty(after["projects"]!.AsArray());
        Assert.Null(after["settings"]);
    }

    [Fact]
    public async Task Import_refuses_ids_already_in_the_store_unless_replace_is_given()
    {
        using var data = new TempFolder();
        await CliRun.RunAsync(data.Path, Timeout, null, "seed");
        var file = Path.Combine(data.Path, "portfolio.json");
        await CliRun.RunAsync(data.Path, Timeout, null, "export", "--file", file);

        var refused = await CliRun.RunAsync(data.Path, Timeout, null, "import", file);
        var replaced = await CliRun.RunAsync(data.Path, Timeout, null, "import", file, "--replace");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already in the store", refused.StandardError);
        Assert.True(replaced.ExitCode == 0, replaced.StandardError);
    }

    private static JsonNode WithoutExportTime(string json)
    {
        var node = JsonNode.Parse(json)!;
        node.AsObject().Remove("exportedAt");
        return node;
    }
}
