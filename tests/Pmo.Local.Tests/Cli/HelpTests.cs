using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.Cli;

/// <summary>Every command answers --help with its description and options, and exits 0.</summary>
public sealed class HelpTests
{
    [Theory]
    [InlineData(new string[0], "serve")]
    [InlineData(new[] { "serve" }, "--port")]
    [InlineData(new[] { "demo" }, "--weeks")]
    [InlineData(new[] { "seed" }, "demo portfolio")]
    [InlineData(new[] { "export" }, "--file")]
    [InlineData(new[] { "import" }, "--replace")]
    public async Task Help_describes_the_command(string[] command, string expected)
    {
        using var data = new TempFolder();
        var result = await CliRun.RunAsync(data.Path, TimeSpan.FromMinutes(3), null, [.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(expected, result.StandardOutput);
    }
}
