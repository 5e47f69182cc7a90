using Pmo.Domain.Validation;

namespace Pmo.Local.Portability;

/// <summary>
/// Checks a whole document before anything is written: every document valid (by the domain's validators, errors named
/// by JSON path), ids unique, every record attached to a project of the file.
/// </summary>
public static class ImportValidator
{
    public static IReadOnlyList<string> Validate(PortfolioDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var problems = new List<string>();
        if (document.Format != PortfolioDocument.CurrentFormat)
        {
            problems.Add($"format: {document.Format} is not supported (expected {PortfolioDocument.CurrentFormat}).");
        }

        if (document.Settings is { } settings)
        {
            Collect(problems, "settings", Validators.Validate(settings));
        }

        var projects = document.Projects.ToDictionary(p => p.Id, StringComparer.Ordinal);
        Each(problems, "projects", document.Projects, p => p.Id, Validators.Validate);
        Each(problems, "statusUpdates", document.StatusUpdates, u => u.Id, u => Validators.Validate(u, projects.GetValueOrDefault(u.ProjectId)));
        Each(problems, "risks", document.Risks, r => r.Id, Validators.Validate);
        Each(problems, "issues", document.Issues, i => i.Id, Validators.Validate);
        Each(problems, "decisions", document.Decisions, d => d.Id, Validators.Validate);
        Each(problems, "escalations", document.Escalations, e => e.Id, Validators.Validate);
        Unique(problems, "updateRequests", document.UpdateRequests, r => r.Id);
        Unique(problems, "reviewPacks", document.ReviewPacks, p => p.Id);
        Each(problems, "people", document.People, p => p.Id, CapacityValidator.Validate);
        Each(problems, "allocations", document.Allocations, AllocationKeys.Of, CapacityValidator.Validate);

        var owned = document.StatusUpdates.Select(u => ("statusUpdates", u.Id, u.ProjectId))
            .Concat(document.UpdateRequests.Select(r => ("updateRequests", r.Id, r.ProjectId)))
            .Concat(document.Risks.Select(r => ("risks", r.Id, r.ProjectId)))
            .Concat(document.Issues.Select(i => ("issues", i.Id, i.ProjectId)))
            .Concat(document.Decisions.Select(d => ("decisions", d.Id, d.ProjectId)))
            .Concat(document.Escalations.Select(e => ("escalations", e.Id, e.ProjectId)));
        foreach (var (kind, id, projectId) in owned)
        {
            if (!projects.ContainsKey(projectId))
            {
                problems.Add($"{kind}[{id}].projectId: project '{projectId}' is not in the file.");
            }
        }

        var people = document.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var allocation in document.Allocations)
        {
            var key = AllocationKeys.Of(allocation);
            if (!people.Contains(allocation.PersonId))
            {
                problems.Add($"allocations[{key}].personId: person '{allocation.PersonId}' is not in the file.");
            }

            if (!projects.ContainsKey(allocation.ProjectId))
            {
                problems.Add($"allocations[{key}].projectId: project '{allocation.ProjectId}' is not in the file.");
            }
        }

        return problems;
    }

    private static void Each<T>(List<string> problems, string kind, IReadOnlyList<T> items, Func<T, string> id, Func<T, ValidationErrors> validate)
    {
        Unique(problems, kind, items, id);
        for (var i = 0; i < items.Count; i++)
        {
            Collect(problems, $"{kind}[{i}]", validate(items[i]));
        }
    }

    private static void Unique<T>(List<string> problems, string kind, IReadOnlyList<T> items, Func<T, string> id)
    {
        foreach (var duplicate in items.GroupBy(id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"{kind}: id '{duplicate.Key}' appears {duplicate.Count()} times.");
        }
    }

    private static void Collect(List<string> problems, string prefix, ValidationErrors errors)
    {
        foreach (var (field, messages) in errors.ToDictionary())
        {
            problems.AddRange(messages.Select(m => $"{prefix}.{field}: {m}"));
        }
    }
}
