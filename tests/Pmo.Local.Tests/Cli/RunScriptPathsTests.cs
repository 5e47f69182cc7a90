using System.Text.Json.Nodes;
using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.Cli;

/// <summary>
/// run.sh from a folder outside the repository: the default data folder and every relative path given to a command
/// are that folder's (the caller's), as a person typing them expects, not the repository's or the project's.
/// </summary>
public sealed class RunScriptPathsTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task The_default_data_folder_and_relative_files_and_folders_are_the_callers()
    {
        using var caller = new CallerFolder();
        var environment = CallerFolder.Environment();

        var seeded = await Shell.RunAsync(caller.Path, "./run.sh seed", Timeout, environment);
        var exported = await Shell.RunAsync(caller.Path, "./run.sh export --file portfolio.json", Timeout, environment);
        var imported = await Shell.RunAsync(caller.Path, "./run.sh import portfolio.json --data other", Timeout, environment);

        Assert.True(seeded.ExitCode == 0, seeded.ToString());
        Assert.True(File.Exists(Path.Combine(caller.Path, ".pmo-data", "pmo.db")), seeded.ToString());
        Assert.True(File.Exists(Path.Combine(caller.Path, ".pmo-data", "secrets", "admin-api-key")));
        Assert.True(exported.ExitCode == 0, exported.ToString());
        var portfolio = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(caller.Path, "portfolio.json")))!;
        Assert.Equal(6, portfolio["projects"]!.AsArray().Count);
        Assert.True(imported.ExitCode == 0, imported.ToString());
        Assert.True(File.Exists(Path.Combine(caller.Path, "other", "pmo.db")), imported.ToString());
        Assert.Contains("Imported", imported.StandardError);
    }
}
