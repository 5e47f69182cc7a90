using Microsoft.Extensions.Hosting;
using Pmo.Application;
using Pmo.Reports;
using Pmo.Workflows.Configuration;

namespace Pmo.Local.Demo;

/// <summary>Where the demo writes: the store (fresh each run), the outbox, the packs and the decision log, all under one folder.</summary>
public sealed record DemoFolders(string Root)
{
    public string Store => Path.Combine(Root, "store");
    public string Outbox => Path.Combine(Root, "outbox");
    public string Packs => Path.Combine(Root, "packs");
    public string DecisionLog => Path.Combine(Root, "decision-log.md");
}

/// <summary>
/// The demo's host: the same store, mailer, engine and workflows as serve (no HTTP), on a fresh store. The engine
/// backend defaults to InMemory for speed ("--backend Azurite" runs it on Azurite like serve).
/// </summary>
public static class DemoHost
{
    public static IHost Build(DemoFolders folders, string backend, IEnumerable<string> extraArgs)
    {
        ArgumentNullException.ThrowIfNull(folders);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        LocalConfiguration.Apply(builder.Configuration, new Dictionary<string, string?>
        {
            ["Local:DataFolder"] = folders.Store,
            ["Storage:Sqlite:DatabasePath"] = Path.Combine(folders.Store, "pmo.db"),
            // The demo's managers and committee are fictitious: its mail goes to the outbox even where the
            // environment configures SMTP or SendGrid for serve (only the demo's own command line can say otherwise).
            ["Mail:Provider"] = "Outbox",
            ["Mail:OutboxFolder"] = folders.Outbox,
            ["Workflows:PackFolder"] = folders.Packs,
            ["Durable:Backend"] = backend,
            ["Durable:DataFolder"] = folders.Store,

            // The demo prints its own progress; the host logs only when something goes wrong.
            ["Logging:LogLevel:Default"] = "Warning",
        }, []);

        // Settings given on the demo's command line (--Section:Key=value) win, e.g. --Logging:LogLevel:Default=Information.
        builder.Configuration.AddCommandLine(extraArgs.ToArray());

        builder.Logging.AddLocalConsole(toStandardError: true);
        builder.Services.AddLocalTelemetry(builder.Configuration)
            .AddLocalStorage(builder.Configuration)
            .AddLocalMail(builder.Configuration)
            .AddLocalEngine(builder.Configuration)
            .AddPmoApplication(builder.Configuration)
            .AddPmoReports()
            .AddPmoWorkflows();
        builder.Services.AddTransient<PortfolioSeeder>();
        return builder.Build();
    }
}
