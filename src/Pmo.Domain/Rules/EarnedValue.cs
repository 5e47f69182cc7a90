namespace Pmo.Domain.Rules;

/// <summary>
/// Portfolio earned-value indices. EV = progress × approved budget (progress from the latest update),
/// AC = actual cost to date, PV = approved budget × the share of the baseline schedule elapsed (linear).
/// Only projects with a progress figure take part, so EV, AC and PV cover the same projects.
/// </summary>
internal static class EarnedValue
{
    public static (decimal? Cpi, decimal? Spi) Indices(
        IEnumerable<Project> projects, IReadOnlyDictionary<string, StatusUpdate> latest, DateOnly asOf)
    {
        decimal ev = 0, ac = 0, pv = 0;
        var any = false;
        foreach (var project in projects)
        {
            if (!latest.TryGetValue(project.Id, out var update))
            {
                continue;
            }

            any = true;
            ev += project.Budget.Approved * Math.Clamp(update.ProgressPercent, 0, 100) / 100m;
            ac += project.Budget.ActualToDate;
            pv += project.Budget.Approved * PlannedFraction(project, asOf);
        }

        if (!any)
        {
            return (null, null);
        }

        return (ac == 0 ? null : KpiCalculator.Round(ev / ac), pv == 0 ? null : KpiCalculator.Round(ev / pv));
    }

    /// <summary>Share of the baseline duration (Start → BaselineEnd) elapsed at <paramref name="asOf"/>, clamped to 0..1.</summary>
    public static decimal PlannedFraction(Project project, DateOnly asOf)
    {
        var total = project.BaselineEnd.DayNumber - project.Start.DayNumber;
        if (total <= 0)
        {
            return asOf >= project.BaselineEnd ? 1m : 0m;
        }

        var elapsed = asOf.DayNumber - project.Start.DayNumber;
        return Math.Clamp((decimal)elapsed / total, 0m, 1m);
    }
}
