using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.EndToEnd;

/// <summary>
/// Step 1 of the README's tour, once for the tour's tests: the command it shows (<c>./run.sh</c>) run in a fresh
/// folder, waited on until it prints the line the README says to wait for; stopped as Ctrl+C would at the end.
/// </summary>
public sealed class ReadmeTourHost : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    public CallerFolder Folder { get; } = new();

    public IReadOnlyList<TourStep> Steps { get; } = ReadmeTour.Read(Repository.Readme);

    public RunScriptHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var start = Steps[0];
        Host = RunScriptHost.Start(Folder.Path, start.CodeStartingWith("./run.sh"));
        await Host.WaitForLineAsync(ReadmeTour.OnPort(start.CodeStartingWith("PMO local host ready on "), Host.Port), StartTimeout);
    }

    public async Task DisposeAsync()
    {
        try
        {
            await Host.StopAsync(TimeSpan.FromMinutes(3));
            if (Host.ExitCode != 0)
            {
                throw new InvalidOperationException($"run.sh stopped with exit code {Host.ExitCode}:\n{string.Join('\n', Host.Lines)}");
            }
        }
        finally
        {
            await Host.DisposeAsync();
            Folder.Dispose();
        }
    }
}
