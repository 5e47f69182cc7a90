using System.Text.Json;
using Pmo.Infra.Tests.Support;

namespace Pmo.Infra.Tests;

/// <summary>`bicep build` and `bicep lint` of infra/main.bicep (and every module) must be free of errors and warnings.</summary>
public sealed class BicepCliTests
{
    [Fact]
    public async Task Build_succeeds_without_any_diagnostic()
    {
        var result = await Bicep.BuildMainAsync();

        Assert.True(result.ExitCode == 0, result.StdErr);
        Assert.True(string.IsNullOrWhiteSpace(result.StdErr), $"bicep build reported:\n{result.StdErr}");
        Assert.StartsWith("{", result.StdOut.TrimStart());
    }

    [Fact]
    public async Task Lint_reports_nothing()
    {
        var result = await Bicep.RunAsync("lint", Repo.File("infra", "main.bicep"), "--diagnostics-format", "sarif");

        Assert.True(result.ExitCode == 0, result.StdErr);
        using var sarif = JsonDocument.Parse(result.StdOut);
        var findings = sarif.RootElement.GetProperty("runs").EnumerateArray()
            .SelectMany(run => run.GetProperty("results").EnumerateArray())
            .Select(r => $"{r.GetProperty("ruleId").GetString()}: {r.GetProperty("message").GetProperty("text").GetString()}")
            .ToList();
        Assert.True(findings.Count == 0, "bicep lint reported:\n" + string.Join("\n", findings));
    }

    [Fact]
    public async Task A_warning_is_noticed_by_these_checks()
    {
        // Guards the two tests above: an unused parameter must show up as a warning on stderr and in SARIF.
        var folder = Directory.CreateTempSubdirectory("pmo-bicep-").FullName;
        try
        {
            var file = Path.Combine(folder, "warn.bicep");
            await File.WriteAllTextAsync(file, "param unused string\n");

            var build = await Bicep.RunAsync("build", file, "--stdout");
            var lint = await Bicep.RunAsync("lint", file, "--diagnostics-format", "sarif");

            Assert.Contains("no-unused-params", build.StdErr);
            Assert.Contains("no-unused-params", lint.StdOut);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
