using Pmo.Local.Portability;

namespace Pmo.Local.Commands;

/// <summary><c>export</c>: the whole portfolio as JSON, to stdout or a file.</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var file = new Option<FileInfo?>("--file", "-f") { Description = "Write to this file instead of stdout." };
        var command = new Command("export", "Export the whole portfolio (settings, projects, updates, risks, issues, decisions, escalations, packs) as JSON.")
        {
            file,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            using var host = CliHost.BuildStoreHost(result);
            var exporter = new PortfolioExporter(host.Services.GetRequiredService<IPortfolioStore>(), TimeProvider.System);
            var document = await exporter.ExportAsync(ct);
            if (result.GetValue(file) is { } target)
            {
                // Write beside, then rename: a failed export never leaves half a file where a good one was.
                var temp = target.FullName + ".tmp";
                var stream = File.Create(temp);
                await using (stream)
                {
                    await JsonSerializer.SerializeAsync(stream, document, PortfolioJson.Options, ct);
                }

                File.Move(temp, target.FullName, overwrite: true);
                await Console.Error.WriteLineAsync($"Exported {document.Count} documents to {target.FullName}");
            }
            else
            {
                var stdout = Console.OpenStandardOutput();
                await using (stdout)
                {
                    await JsonSerializer.SerializeAsync(stdout, document, PortfolioJson.Options, ct);
                }
            }

            return 0;
        });
        return command;
    }
}
