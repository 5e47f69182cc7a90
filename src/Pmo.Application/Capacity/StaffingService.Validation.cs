namespace Pmo.Application.Capacity;

/// <summary>The staffing's input checks: every invalid field named ("manager.personId", "team[1].days"), before any write.</summary>
public sealed partial class StaffingService
{
    private static (Contact Manager, IReadOnlyList<StaffingLine> Team) Validate(StaffingRequest request, IReadOnlyList<Person> people)
    {
        var team = request.Team ?? [];
        var known = people.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var errors = new ValidationErrors()
            .When(request.Team is null, "team", "is required (an empty list names no team member).")
            .When(team.Count > CapacityService.MaxStaffingLines, "team", $"must have at most {CapacityService.MaxStaffingLines} lines.");
        StaffingLines.Check(errors, team, known, "team", unique: true);
        var manager = ManagerOf(request.Manager, people, errors);
        errors.ThrowIfInvalid();
        if (team.Count > 0)
        {
            CapacityService.MonthRange(team.Min(l => l.Month), team.Max(l => l.Month), "team", "team");
        }

        return (manager!, team);
    }

    /// <summary>The PM as a contact: the person's name and e-mail, or the contact as given.</summary>
    private static Contact? ManagerOf(StaffingManager? given, IReadOnlyList<Person> people, ValidationErrors errors)
    {
        if (given is null)
        {
            errors.Add("manager", "is required: a personId, or a name and an email.");
            return null;
        }

        var language = given.Language ?? Language.En;
        errors.When(!Enum.IsDefined(language), "manager.language", "must be En or Fr.");
        if (given.PersonId is { } personId)
        {
            var person = people.FirstOrDefault(p => p.Id == personId);
            errors.When(person is null, "manager.personId", $"names no person ('{personId}').")
                .When(given.Email is not null || given.Name is not null, "manager.personId", "is given with a name or an email: send one or the other.");
            return person is null ? null : new Contact(person.Name, person.Email, language);
        }

        errors.Required(given.Name, "manager.name")
            .Email(given.Email, "manager.email");
        return new Contact(given.Name?.Trim() ?? "", given.Email?.Trim() ?? "", language);
    }
}
