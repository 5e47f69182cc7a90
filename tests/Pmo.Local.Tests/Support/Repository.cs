namespace Pmo.Local.Tests.Support;

/// <summary>The repository these tests were built from: its root, README.md and run.sh.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Readme => Path.Combine(Root, "README.md");

    public static string RunScript => Path.Combine(Root, "run.sh");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "run.sh")) && File.Exists(Path.Combine(dir.FullName, "PmoFunctions.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No repository (run.sh and PmoFunctions.sln) above {AppContext.BaseDirectory}.");
    }
}
