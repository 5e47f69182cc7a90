using System.Text;

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
        foreach (var project in await store.Projects.ListAllAsync(ct))
        {
            foreach (var d in (await store.Decisions.ListByProjectAsync(project.Id, ct)).OrderBy(d => d.DecidedAt))
            {
                var at = TimeZoneInfo.ConvertTime(display(d), zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {at} | {Cell(project.Id)} | {Cell(d.Title)} | {d.Outcome} | {Cell(d.DecidedBy)} | {Cell(d.Forum)} | {Cell(d.Rationale)} |");
                count++;
            }
        }

        await File.WriteAllTextAsync(path, text.ToString(), ct);
        return count;
    }

    // Table cells: no pipes or line breaks from user text.
    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
