using Pmo.Local.Portability;

namespace Pmo.Local.Commands;

/// <summary><c>import</c>: loads an export; validates the whole file first and writes all or nothing.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON file written by export ('-' reads stdin)." };
        var replace = new Option<bool>("--replace") { Description = "Overwrite documents whose ids are already in the store (otherwise they are refused)." };
        var command = new Command("import", "Import a portfolio exported as JSON; nothing is written unless the whole file is valid.")
        {
            file,
            replace,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetRequiredValue(file);
            PortfolioDocument? document;
            try
            {
                var stream = path.Name == "-" ? Console.OpenStandardInput() : path.OpenRead();
                await using (stream)
                {
                    document = await JsonSerializer.DeserializeAsync<PortfolioDocument>(stream, PortfolioJson.Options, ct);
                }
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                await Console.Error.WriteLineAsync($"Cannot read {path.Name}: {ex.Message}");
                return 2;
            }

            if (document is null)
            {
                await Console.Error.WriteLineAsync("The file holds no portfolio.");
                return 2;
            }

            using var host = CliHost.BuildStoreHost(result);
            var importer = new PortfolioImporter(host.Services.GetRequiredService<IPortfolioStore>());
            var outcome = await importer.ImportAsync(document, result.GetValue(replace), ct);
            foreach (var problem in outcome.Problems)
            {
                await Console.Error.WriteLineAsync(problem);
            }

            await Console.Error.WriteLineAsync(outcome.Succeeded
                ? $"Imported {outcome.Written} documents."
                : $"Nothing imported: {outcome.Problems.Count} problem(s).");
            return outcome.Succeeded ? 0 : 1;
        });
        return command;
    }
}
