namespace Pmo.Domain.Capacity;

/// <summary>Validation of people and allocations, every invalid field by its camelCase JSON path ("absences[0].end").</summary>
public static class CapacityValidator
{
    /// <summary>More than any month's 23 working days: overtime is recorded, but not a typing error of 200 days.</summary>
    public const decimal MaxDaysPerMonth = 31;

    public static ValidationErrors Validate(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var errors = new ValidationErrors()
            .DocumentId(person.Id, "id")
            .Required(person.Name, "name")
            .Email(person.Email, "email")
            .MaxLength(person.Department, "department", 200)
            .MaxLength(person.Role, "role", 200)
            .When(person.CapacityDaysPerMonth is < 0 or > MaxDaysPerMonth, "capacityDaysPerMonth", $"must be between 0 and {MaxDaysPerMonth}.")
            .When(person.ActiveFrom is { } from && person.ActiveTo is { } to && to < from, "activeTo", "must not be before activeFrom.");

        var skills = person.Skills ?? [];
        for (var i = 0; i < skills.Count; i++)
        {
            errors.Required(skills[i], FieldRules.Indexed("skills", i), 100);
        }

        var absences = person.Absences ?? [];
        for (var i = 0; i < absences.Count; i++)
        {
            var field = FieldRules.Indexed("absences", i);
            if (absences[i] is not { } a)
            {
                errors.Add(field, "must not be null.");
                continue;
            }

            errors.RequiredDate(a.Start, $"{field}.start")
                .RequiredDate(a.End, $"{field}.end")
                .When(!a.IsValid, $"{field}.end", "must not be before start.");
        }

        return errors;
    }

    public static ValidationErrors Validate(Allocation allocation)
    {
        ArgumentNullException.ThrowIfNull(allocation);
        return new ValidationErrors()
            .DocumentId(allocation.PersonId, "personId")
            .ProjectId(allocation.ProjectId, "projectId")
            .When(allocation.Month == default, "month", "is required.")
            .When(allocation.Days is <= 0 or > MaxDaysPerMonth, "days", $"must be more than 0 and at most {MaxDaysPerMonth}.");
    }
}
