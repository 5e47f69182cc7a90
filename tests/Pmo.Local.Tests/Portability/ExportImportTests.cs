using System.Text.Json.Nodes;
using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.Portability;

/// <summary>seed → export → import into another data folder → export again: the same portfolio, through the real CLI.</summary>
public sealed class ExportImportTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5); // bounds a hang on a loaded 2-core CI box

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

    [Fact]
    public async Task People_and_allocations_round_trip_through_export_and_import()
    {
        using var target = new TempFolder();
        var (json, project) = await SeededExportAsync();
        json["people"] = new JsonArray(new JsonObject
        {
            ["id"] = "ana",
            ["name"] = "Ana Lima",
            ["email"] = "ana@example.org",
            ["department"] = "Data",
            ["role"] = "Data engineer",
            ["skills"] = new JsonArray("SQL", "Python"),
            ["capacityDaysPerMonth"] = 16.5m,
            ["activeFrom"] = "2027-01-04",
            ["activeTo"] = null,
            ["absences"] = new JsonArray(new JsonObject { ["start"] = "2027-03-08", ["end"] = "2027-03-12" }),
        });
        json["allocations"] = new JsonArray(
            new JsonObject { ["personId"] = "ana", ["projectId"] = project, ["month"] = "2027-03", ["days"] = 7.5m },
            new JsonObject { ["personId"] = "ana", ["projectId"] = project, ["month"] = "2027-04", ["days"] = 10m });

        var imported = await CliRun.RunAsync(target.Path, Timeout, json.ToJsonString(), "import", "-");
        var again = JsonNode.Parse((await CliRun.RunAsync(target.Path, Timeout, null, "export")).StandardOutput)!;

        // Compared as parsed text on both sides, so numbers compare as written (16.5, 10).
        var expected = JsonNode.Parse(json.ToJsonString())!;
        Assert.True(imported.ExitCode == 0, imported.StandardError);
        Assert.True(JsonNode.DeepEquals(expected["people"], again["people"]), again["people"]?.ToJsonString());
        Assert.True(JsonNode.DeepEquals(expected["allocations"], again["allocations"]), again["allocations"]?.ToJsonString());
    }

    [Fact]
    public async Task An_allocation_to_a_person_not_in_the_file_is_refused_and_nothing_is_written()
    {
        using var target = new TempFolder();
        var (json, project) = await SeededExportAsync();
        json["allocations"] = new JsonArray(new JsonObject { ["personId"] = "ghost", ["projectId"] = project, ["month"] = "2027-03", ["days"] = 5 });

        var result = await CliRun.RunAsync(target.Path, Timeout, json.ToJsonString(), "import", "-");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"allocations[ghost:{project}:2027-03].personId", result.StandardError);
        var after = JsonNode.Parse((await CliRun.RunAsync(target.Path, Timeout, null, "export")).StandardOutput)!;
        Assert.Empty(after["projects"]!.AsArray());
    }

    /// <summary>The demo portfolio as <c>export</c> writes it, and the id of its first project.</summary>
    private static async Task<(JsonNode Json, string ProjectId)> SeededExportAsync()
    {
        using var source = new TempFolder();
        await CliRun.RunAsync(source.Path, Timeout, null, "seed");
        var json = JsonNode.Parse((await CliRun.RunAsync(source.Path, Timeout, null, "export")).StandardOutput)!;
        return (json, json["projects"]![0]!["id"]!.GetValue<string>());
    }

    private static JsonNode WithoutExportTime(string json)
    {
        var node = JsonNode.Parse(json)!;
        node.AsObject().Remove("exportedAt");
        return node;
    }
}
