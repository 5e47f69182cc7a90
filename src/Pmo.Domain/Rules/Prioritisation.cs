namespace Pmo.Domain.Rules;

/// <summary>A project's place in the portfolio's priority order.</summary>
public sealed record RankedProject(int Rank, Project Project, decimal Score);

/// <summary>Weighted scoring of the prioritisation criteria, so the PMO can arbitrate between projects.</summary>
public static class Prioritisation
{
    /// <summary>
    /// 0..100: each 1–5 criterion maps to 0..1 (1 → 0, 5 → 1), then a weighted mean with normalised weights.
    /// </summary>
    /// <exception cref="DomainValidationException">A weight is negative, all weights are zero, or a criterion is outside 1–5.</exception>
    public static decimal Score(PriorityCriteria c, PriorityWeights w)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(w);
        var errors = new ValidationErrors();
        CheckWeights(w, errors, "priorityWeights");
        CheckCriteria(c, errors);
        errors.ThrowIfInvalid();

        var pairs = Pairs(c, w);
        var total = pairs.Sum(p => p.Weight);
        var weighted = pairs.Sum(p => p.Weight * (p.Criterion - 1) / 4m);
        return Math.Round(weighted / total * 100m, 2, MidpointRounding.AwayFromZero);
    }

    /// <summary>Highest score first; ties broken by project id so the order is stable.</summary>
    public static IReadOnlyList<RankedProject> Rank(IEnumerable<Project> projects, PriorityWeights w)
    {
        ArgumentNullException.ThrowIfNull(projects);
        return projects
            .Select(p => (Project: p, Score: Score(p.Priority, w)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Project.Id, StringComparer.Ordinal)
            .Select((x, i) => new RankedProject(i + 1, x.Project, x.Score))
            .ToList();
    }

    /// <summary>Weight rules, shared with the settings validator.</summary>
    internal static void CheckWeights(PriorityWeights w, ValidationErrors errors, string field)
    {
        var pairs = Pairs(new PriorityCriteria(), w);
        foreach (var (name, weight, _) in pairs)
        {
            errors.NotNegative(weight, string.Create(CultureInfo.InvariantCulture, $"{field}.{name}"));
        }

        errors.When(pairs.All(p => p.Weight == 0), field, "at least one weight must be greater than zero.");
    }

    private static void CheckCriteria(PriorityCriteria c, ValidationErrors errors)
    {
        foreach (var (name, _, criterion) in Pairs(c, new PriorityWeights()))
        {
            errors.Range(criterion, string.Create(CultureInfo.InvariantCulture, $"priority.{name}"), 1, 5);
        }
    }

    private static (string Name, decimal Weight, int Criterion)[] Pairs(PriorityCriteria c, PriorityWeights w) =>
    [
        ("strategicAlignment", w.StrategicAlignment, c.StrategicAlignment),
        ("businessValue", w.BusinessValue, c.BusinessValue),
        ("urgency", w.Urgency, c.Urgency),
        ("riskReduction", w.RiskReduction, c.RiskReduction),
        ("feasibility", w.Feasibility, c.Feasibility),
    ];
}
