using Pmo.Local.Demo;

namespace Pmo.Local.Commands;

/// <summary><c>demo</c>: five weeks and a month end of the calendar on a scaled clock, with simulated project managers.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo?>("--out", "-o") { Description = "Folder for the e-mails (.eml), the review pack and the decision log. Default: a new temporary folder." };
        var weeks = new Option<int>("--weeks") { Description = "Calendar weeks to run before the month end.", DefaultValueFactory = _ => 5 };
        var weekSeconds = new Option<double>("--week-seconds") { Description = "Real seconds one virtual week lasts.", DefaultValueFactory = _ => 8 };
        var backend = new Option<string>("--backend") { Description = "Durable Task backend: InMemory (fast, default) or Azurite (as serve).", DefaultValueFactory = _ => "InMemory" };
        backend.AcceptOnlyFromAmong("InMemory", "Azurite");
        weeks.Validators.Add(r => { if (r.GetValueOrDefault<int>() is < 1 or > 12) { r.AddError("--weeks must be between 1 and 12."); } });
        weekSeconds.Validators.Add(r => { if (r.GetValueOrDefault<double>() is < 2 or > 600) { r.AddError("--week-seconds must be between 2 and 600."); } });

        var command = new Command("demo", "Run five weeks and a month end of the governance calendar on a scaled clock (a virtual week in seconds) "
            + "against a fresh store, with simulated project managers (on time, after a reminder, never, red twice, a decision flagged).")
        {
            output,
            weeks,
            weekSeconds,
            backend,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(async (result, ct) =>
        {
            var root = result.GetValue(output)?.FullName ?? Directory.CreateTempSubdirectory("pmo-demo-").FullName;
            var folders = new DemoFolders(root);

            // A fresh store every run; earlier e-mails and packs in the folder would muddle the picture.
            foreach (var folder in new[] { folders.Store, folders.Outbox, folders.Packs })
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }
            }

            using var host = DemoHost.Build(folders, result.GetValue(backend)!, result.UnmatchedTokens);
            await host.StartAsync(ct);
            var runner = new DemoRunner(host.Services, folders, Console.Out);
            var outcome = await runner.RunAsync(result.GetValue(weeks), TimeSpan.FromSeconds(result.GetValue(weekSeconds)), ct);
            await host.StopAsync(CancellationToken.None);

            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Done in {outcome.Elapsed.TotalSeconds:0.0} s."));
            Console.WriteLine($"  E-mails ({outcome.Emails} .eml): {outcome.Outbox}");
            foreach (var file in outcome.PackFiles)
            {
                Console.WriteLine($"  Review pack: {file}");
            }

            Console.WriteLine($"  Decision log ({outcome.Decisions} decisions): {outcome.DecisionLog}");
            return 0;
        });
        return command;
    }
}
