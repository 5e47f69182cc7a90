using Microsoft.Extensions.Configuration.Memory;

namespace Pmo.Local.Composition;

/// <summary>
/// One configuration for every command, lowest priority first: defaults derived from the data folder,
/// appsettings.json (next to the binary), environment variables (standard names, then PMO_-prefixed),
/// then the command line (named options such as --port, and any --Section:Key=value).
/// </summary>
public static class LocalConfiguration
{
    public const string EnvironmentPrefix = "PMO_";

    /// <summary>Adds the PMO_ variables and the command line, then the derived defaults under everything else.</summary>
    public static DataFolder Apply(IConfigurationManager configuration, IReadOnlyDictionary<string, string?> commandLine, IEnumerable<string> extraArgs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddCommandLine(extraArgs.ToArray());
        configuration.AddInMemoryCollection(commandLine.Where(kv => kv.Value is not null));

        var local = configuration.GetSection(LocalOptions.SectionName).Get<LocalOptions>() ?? new LocalOptions();
        var data = DataFolder.Resolve(local.DataFolder);
        var defaults = DerivedDefaults(configuration, local, data);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
        return data;
    }

    private static Dictionary<string, string?> DerivedDefaults(IConfiguration configuration, LocalOptions local, DataFolder data)
    {
        var defaults = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:TenantId"] = "default",
            ["Storage:Sqlite:DatabasePath"] = data.Database,
            ["Mail:Provider"] = "Outbox",
            ["Mail:FromAddress"] = "pmo@example.org",
            ["Mail:FromName"] = "PMO",
            ["Mail:OutboxFolder"] = data.Outbox,
            ["Api:OutboxFolder"] = data.Outbox,
            ["Workflows:PublicBaseUrl"] = $"http://localhost:{local.Port}/api",
            ["Workflows:PackFolder"] = data.Packs,
            // One SQLite file: every read sees every committed write, so a week without a request needs no engine lookup.
            ["Workflows:SkipChaseLookupWithoutRequest"] = "true",
            // The engine keeps Azurite's files in an "azurite" subfolder of this.
            ["Durable:DataFolder"] = data.Root,
        };

        // Secrets are generated once per data folder rather than shipped as literals; configuration wins when set.
        if (string.IsNullOrWhiteSpace(configuration["Workflows:LinkSigningKey"]))
        {
            defaults["Workflows:LinkSigningKey"] = LocalSecrets.LinkSigningKey(data);
        }

        if (!configuration.GetSection("Api:ApiKeys").GetChildren().Any())
        {
            defaults["Api:ApiKeys:0:Key"] = LocalSecrets.AdminApiKey(data);
            defaults["Api:ApiKeys:0:Role"] = "Pmo.Admin";
            defaults["Api:ApiKeys:0:Email"] = "pmo@example.org";
            defaults["Api:ApiKeys:0:Name"] = "Local PMO";
        }

        return defaults;
    }
}
