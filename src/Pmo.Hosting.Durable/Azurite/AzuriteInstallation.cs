namespace Pmo.Hosting.Durable.Azurite;

/// <summary>Finds the Azurite that scripts/install-azurite.sh installed into tools/azurite.</summary>
internal static class AzuriteInstallation
{
    private static readonly string EntryPoint = Path.Combine("node_modules", "azurite", "dist", "src", "azurite.js");

    public static string FindEntryPoint(string? configuredFolder)
    {
        if (!string.IsNullOrWhiteSpace(configuredFolder))
        {
            var configured = Path.Combine(Path.GetFullPath(configuredFolder), EntryPoint);
            return File.Exists(configured) ? configured : throw NotInstalled(configured);
        }

        // Tests run from bin/, the local host from the repository or its publish folder: walk up from both.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tools", "azurite", EntryPoint);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw NotInstalled(Path.Combine("tools", "azurite", EntryPoint));
    }

    private static FileNotFoundException NotInstalled(string path) => new(
        $"Azurite is not installed ({path} is missing): run scripts/install-azurite.sh, set Durable:AzuriteFolder, " +
        "or point Durable:ConnectionString at a running storage account.",
        path);
}
