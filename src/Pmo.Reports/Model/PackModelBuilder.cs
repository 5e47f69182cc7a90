namespace Pmo.Reports.Model;

/// <summary>Builds the <see cref="PackModel"/> in one pass over each register (linear in the input's size).</summary>
internal static class PackModelBuilder
{
    /// <summary>Weeks shown by the compliance trend chart.</summary>
    public const int TrendWeeks = 12;

    public static PackModel Build(ReviewPackInput input, CancellationToken cancellationToken = default)
    {
        Validate(input);
        var text = PackText.For(input.Language);
        var (firstWeek, lastWeek) = WeeksOf(input.Month);

        var projectsById = new Dictionary<string, Project>(input.Projects.Count, StringComparer.Ordinal);
        foreach (var p in input.Projects)
        {
            projectsById[p.Id] = p;
        }

        var active = input.Projects.Where(p => p.IsActive).ToList();
        var rowsById = new Dictionary<string, ProjectRow>(active.Count, StringComparer.Ordinal);
        foreach (var ranked in Prioritisation.Rank(active, input.PriorityWeights))
        {
            rowsById[ranked.Project.Id] = new ProjectRow { Project = ranked.Project, Rank = ranked.Rank, PriorityScore = ranked.Score };
        }

        cancellationToken.ThrowIfCancellationRequested();
        var monthUpdates = ReadUpdates(input.Updates, rowsById, firstWeek, lastWeek);
        cancellationToken.ThrowIfCancellationRequested();
        var trend = ReadRequests(input.Requests, rowsById, firstWeek, lastWeek);
        cancellationToken.ThrowIfCancellationRequested();

        var rows = rowsById.Values.OrderBy(r => r.Project.Id, StringComparer.Ordinal).ToList();
        var openRisks = input.Risks.Where(r => r.IsOpen)
            .OrderByDescending(r => r.Score).ThenByDescending(r => r.Trend == Trend.Worsening).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        return new PackModel
        {
            Input = input,
            Text = text,
            Format = new PackFormat(text.Culture),
            FirstWeek = firstWeek,
            LastWeek = lastWeek,
            Rows = rows,
            Ranked = rowsById.Values.OrderBy(r => r.Rank).ToList(),
            ProjectsById = projectsById,
            RowsById = rowsById,
            Exceptions = rows.Where(r => r.IsException)
                .OrderByDescending(r => r.Overall).ThenByDescending(r => r.Project.Budget.VarianceRatio).ThenBy(r => r.Project.Id, StringComparer.Ordinal)
                .ToList(),
            HeatMap = HeatMap(openRisks),
            OpenRisksByScore = openRisks,
            OpenIssues = input.Issues.Where(i => i.IsOpen)
                .OrderByDescending(i => i.Severity).ThenBy(i => i.Due ?? DateOnly.MaxValue).ThenBy(i => i.Id, StringComparer.Ordinal)
                .ToList(),
            OpenEscalations = input.Escalations.Where(e => e.IsOpen).OrderBy(e => e.RaisedAt).ThenBy(e => e.Id, StringComparer.Ordinal).ToList(),
            DecisionRequests = monthUpdates.Where(u => u.NeedsDecision && rowsById.ContainsKey(u.ProjectId))
                .GroupBy(u => u.ProjectId, StringComparer.Ordinal)
                .Select(g => new DecisionRequest(rowsById[g.Key], g.MaxBy(u => u.Week)!))
                .OrderBy(d => d.Row.Project.Id, StringComparer.Ordinal)
                .ToList(),
            DecisionsTaken = input.Decisions.Where(d => input.Month.Contains(DateOnly.FromDateTime(d.DecidedAt.UtcDateTime)))
                .OrderBy(d => d.DecidedAt).ThenBy(d => d.Id, StringComparer.Ordinal)
                .ToList(),
            // Every project whose month needed a reminder, missed a week or still awaits one: a PMO follows them up.
            NonCompliant = rows.Where(r => r.BeforeReminder < r.Requested)
                .OrderBy(r => r.Compliance).ThenBy(r => r.BeforeReminder).ThenByDescending(r => r.Missed).ThenBy(r => r.Project.Id, StringComparer.Ordinal)
                .ToList(),
            ComplianceTrend = trend,
            Budgets = Budgets(rows),
            MonthUpdates = monthUpdates,
            Currency = CurrencyOf(rows),
            Capacity = CapacityGrid.From(input.Capacity, input.CapacityGroupNames),
        };
    }

    /// <summary>Refuses an input the pack cannot be honest about, naming the field (a bug in the caller, not bad user data).</summary>
    private static void Validate(ReviewPackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Kpis is null)
        {
            throw new ArgumentException("ReviewPackInput.Kpis is required: compute it with KpiCalculator.Compute.", nameof(input));
        }

        if (input.Projects is null || input.Updates is null || input.Requests is null || input.Risks is null ||
            input.Issues is null || input.Escalations is null || input.Decisions is null || input.PriorityWeights is null)
        {
            throw new ArgumentException("ReviewPackInput lists (Projects, Updates, Requests, Risks, Issues, Escalations, Decisions) and PriorityWeights must not be null.", nameof(input));
        }

        if (string.IsNullOrWhiteSpace(input.OrganisationName))
        {
            throw new ArgumentException("ReviewPackInput.OrganisationName is required.", nameof(input));
        }
    }

    /// <summary>The ISO weeks of a month: those whose Thursday falls in it (how ISO assigns weeks to years, too).</summary>
    public static (IsoWeek First, IsoWeek Last) WeeksOf(YearMonth month)
    {
        var first = IsoWeek.Containing(month.FirstDay);
        if (!month.Contains(first.Day(DayOfWeek.Thursday)))
        {
            first = first.Next();
        }

        var last = IsoWeek.Containing(month.LastDay);
        if (!month.Contains(last.Day(DayOfWeek.Thursday)))
        {
            last = last.Previous();
        }

        return (first, last);
    }

    private static List<StatusUpdate> ReadUpdates(
        IReadOnlyList<StatusUpdate> updates, Dictionary<string, ProjectRow> rows, IsoWeek firstWeek, IsoWeek lastWeek)
    {
        var month = new List<StatusUpdate>();
        foreach (var u in updates)
        {
            if (u.Week > lastWeek)
            {
                continue;
            }

            if (u.Week >= firstWeek)
            {
                month.Add(u);
            }

            if (!rows.TryGetValue(u.ProjectId, out var row))
            {
                continue;
            }

            if (row.Latest is null || u.Week > row.Latest.Week)
            {
                row.Latest = u;
            }

            if (u.Week < firstWeek && (row.PreviousWeek is null || u.Week > row.PreviousWeek))
            {
                row.PreviousWeek = u.Week;
                row.PreviousRag = u.Overall;
            }
        }

        month.Sort((a, b) => a.Week != b.Week ? a.Week.CompareTo(b.Week) : string.CompareOrdinal(a.ProjectId, b.ProjectId));
        return month;
    }

    /// <summary>
    /// The month's compliance by project and the trend's weeks. Compliance is over requests, as the KPI counts it: a week
    /// nobody was asked about (history imported or seeded before the calendar ran) has no figure, rather than "100 %".
    /// </summary>
    private static List<WeekCompliance> ReadRequests(
        IReadOnlyList<UpdateRequest> requests, Dictionary<string, ProjectRow> rows, IsoWeek firstWeek, IsoWeek lastWeek)
    {
        var trendStart = lastWeek.AddWeeks(1 - TrendWeeks);
        var byWeek = new Dictionary<IsoWeek, (int Requested, int Submitted)>();
        foreach (var r in requests)
        {
            if (r.Week > lastWeek || r.Week < trendStart)
            {
                continue;
            }

            var counts = byWeek.GetValueOrDefault(r.Week);
            byWeek[r.Week] = (counts.Requested + 1, counts.Submitted + (r.AnsweredOnTime ? 1 : 0));

            if (r.Week < firstWeek || !rows.TryGetValue(r.ProjectId, out var row))
            {
                continue;
            }

            row.Requested++;
            if (r.AnsweredAfterReminder)
            {
                row.AfterReminder++;
            }
            else if (r.AnsweredOnTime)
            {
                row.BeforeReminder++;
            }
            else if (r.Status == UpdateRequestStatus.Missed)
            {
                row.Missed++;
            }
        }

        var trend = new List<WeekCompliance>(TrendWeeks);
        for (var w = trendStart; w <= lastWeek; w = w.Next())
        {
            var (asked, answered) = byWeek.GetValueOrDefault(w);
            trend.Add(new WeekCompliance(w, asked, answered));
        }

        return trend;
    }

    private static int[,] HeatMap(IEnumerable<Risk> openRisks)
    {
        var map = new int[5, 5];
        foreach (var r in openRisks)
        {
            map[Math.Clamp(r.Probability, 1, 5) - 1, Math.Clamp(r.Impact, 1, 5) - 1]++;
        }

        return map;
    }

    /// <summary>The currency the portfolio's sums are in: the one its active projects share, or each of them when they differ.</summary>
    private static string? CurrencyOf(IEnumerable<ProjectRow> rows)
    {
        var codes = rows.Select(r => r.Project.Budget.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return codes.Count == 0 ? null : string.Join(" + ", codes);
    }

    private static List<PortfolioBudget> Budgets(IEnumerable<ProjectRow> rows) =>
        rows.GroupBy(r => string.IsNullOrWhiteSpace(r.Project.Portfolio) ? "—" : r.Project.Portfolio, StringComparer.Ordinal)
            .Select(g => new PortfolioBudget(
                g.Key,
                g.Count(),
                g.Sum(r => r.Project.Budget.Approved),
                g.Sum(r => r.Project.Budget.ActualToDate),
                g.Sum(r => r.Project.Budget.ForecastAtCompletion)))
            .OrderByDescending(b => b.Approved).ThenBy(b => b.Portfolio, StringComparer.Ordinal)
            .ToList();
}
