namespace Pmo.Local.Commands;

/// <summary><c>seed</c>: writes the demo portfolio into the store if it holds no project yet.</summary>
public static class SeedCommand
{
    public static Command Create()
    {
        var command = new Command("seed", "Seed the demo portfolio (six projects, EN and FR project managers) into an empty store.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(async (result, ct) =>
        {
            using var host = CliHost.BuildStoreHost(result);
            var services = host.Services;
            var seeder = new PortfolioSeeder(services.GetRequiredService<IPortfolioStore>(), TimeProvider.System,
                services.GetRequiredService<ILogger<PortfolioSeeder>>());
            var written = await seeder.SeedIfEmptyAsync(ct);
            await Console.Out.WriteLineAsync(written > 0
                ? $"Seeded {written} projects."
                : "The store already holds projects; nothing seeded.");
            return 0;
        });
        return command;
    }
}
