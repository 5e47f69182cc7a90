using System.Text;
using Pmo.Application.Arbitration;
using Pmo.Domain.Intake;

namespace Pmo.Local.Demo;

/// <summary>
/// Writes every project's decision log to one Markdown file (what the committee decided, when, by whom, why);
/// <c>display</c> gives the time shown for a decision (the demo shows its virtual calendar).
/// </summary>
public static class DecisionLogWriter
{
    public static async Task<int> WriteAsync(IPortfolioStore store, string path, TimeZoneInfo zone, Func<Decision, DateTimeOffset> display, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(store);
        var text = new StringBuilder()
            .AppendLine("# Decision log")
            .AppendLine()
            .AppendLine("| Decided | Project | Decision | Outcome | By | Forum | Rationale |")
            .AppendLine("|---|---|---|---|---|---|---|");
        var count = 0;
        foreach (var id in await LogIdsAsync(store, ct))
        {
            foreach (var d in (await store.Decisions.ListByProjectAsync(id, ct)).OrderBy(d => d.DecidedAt))
            {
                var at = TimeZoneInfo.ConvertTime(display(d), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {at} | {Cell(id)} | {Cell(d.Title)} | {d.Outcome} | {Cell(d.DecidedBy)} | {Cell(d.Forum)} | {Cell(d.Rationale)} |");
                count++;
            }
        }

        await File.WriteAllTextAsync(path, text.ToString(), ct);
        return count;
    }

    // Every project's log, then the logs of demands the committee did not approve (filed under the id their project
    // would have had: there is no project to list them under).
    private static async Task<IEnumerable<string>> LogIdsAsync(IPortfolioStore store, CancellationToken ct)
    {
        var projects = (await store.Projects.ListAllAsync(ct)).Select(p => p.Id).ToList();
        var demands = await store.Demands.ListByStatusAsync([DemandStatus.NoGo, DemandStatus.Deferred], ct);
        return projects.Concat(demands.Select(d => GoProjectIds.For(d.Id)).Except(projects, StringComparer.Ordinal));
    }

    // Table cells: no pipes or line breaks from user text.
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
