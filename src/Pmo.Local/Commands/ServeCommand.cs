namespace Pmo.Local.Commands;

/// <summary><c>serve</c> (the default command): the local host on http://localhost:7071.</summary>
public static class ServeCommand
{
    public static Option<int?> Port { get; } = new("--port", "-p") { Description = "HTTP port on localhost (default 7071)." };

    public static Option<int?> TickSeconds { get; } = new("--tick-seconds") { Description = "Seconds between scheduler ticks (default 30)." };

    public static Option<bool?> Seed { get; } = new("--seed") { Description = "Seed the demo portfolio when the store is empty (default true)." };

    public static Command Create()
    {
        var command = new Command("serve", "Serve the API, pages and governance calendar on http://localhost:7071 (the default command). "
            + "Any --Section:Key=value overrides a setting (see docs/configuration.md).");
        AddTo(command);
        return command;
    }

    /// <summary>Adds serve's options and action to <paramref name="command"/> (the root command serves too).</summary>
    public static void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Port);
        command.Options.Add(TickSeconds);
        command.Options.Add(Seed);
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var overrides = CommonOptions.ToConfiguration(result,
                (Port, $"{LocalOptions.SectionName}:{nameof(LocalOptions.Port)}"),
                (TickSeconds, $"{LocalOptions.SectionName}:{nameof(LocalOptions.SchedulerTickSeconds)}"),
                (Seed, $"{SeedOptions.SectionName}:{nameof(SeedOptions.DemoPortfolio)}"));
            var app = LocalWebHost.Build(overrides, result.UnmatchedTokens);
            await using (app)
            {
                // The host handles Ctrl+C / SIGTERM itself and stops the engine (and Azurite) in order.
                await app.RunAsync();
            }

            return 0;
        });
    }
}
