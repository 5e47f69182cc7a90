namespace Pmo.Local.Tests.Support;

/// <summary>Where the built Pmo.Local.dll is: the project's own output for the configuration these tests were built in.</summary>
public static class LocalHostBinary
{
    public static string DllPath { get; } = Find();

    private static string Find()
    {
        var testBin = AppContext.BaseDirectory; // …/tests/Pmo.Local.Tests/bin/{Configuration}/net10.0/
        var framework = new DirectoryInfo(testBin).Name;
        var configuration = new DirectoryInfo(testBin).Parent!.Name;
        var repo = new DirectoryInfo(testBin);
        while (repo is not null && !File.Exists(Path.Combine(repo.FullName, "src", "Pmo.Local", "Pmo.Local.csproj")))
        {
            repo = repo.Parent;
        }

        if (repo is null)
        {
            throw new InvalidOperationException($"No src/Pmo.Local above {testBin}.");
        }

        var dll = Path.Combine(repo.FullName, "src", "Pmo.Local", "bin", configuration, framework, "Pmo.Local.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/Pmo.Local first.", dll);
    }
}
