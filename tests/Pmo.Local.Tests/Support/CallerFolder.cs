namespace Pmo.Local.Tests.Support;

/// <summary>
/// A folder outside the repository that a person starts <c>./run.sh</c> from: a fresh temp folder holding a symbolic
/// link named run.sh to the repository's. What the host writes by default (./.pmo-data) and every relative path lands
/// here, never in the repository.
/// </summary>
public sealed class CallerFolder : IDisposable
{
    private readonly TempFolder _folder = new("pmo-caller-");

    public CallerFolder() => File.CreateSymbolicLink(System.IO.Path.Combine(Path, "run.sh"), Repository.RunScript);

    public string Path => _folder.Path;

    /// <summary>
    /// The environment of every command run here: MSBuild keeps no worker nodes alive after run.sh's build (a test
    /// leaves no process behind), and no telemetry banner.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Environment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MSBUILDDISABLENODEREUSE"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return environment;
    }

    public void Dispose() => _folder.Dispose();
}
