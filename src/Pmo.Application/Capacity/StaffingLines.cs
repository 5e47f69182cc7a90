namespace Pmo.Application.Capacity;

/// <summary>
/// The checks every proposed team line passes, shared by the staffing preview and the staffing itself so both name the
/// same fields the same way ("lines[2].days", "team[0].personId").
/// </summary>
internal static class StaffingLines
{
    /// <summary>
    /// Adds an error per invalid line of <paramref name="lines"/> under <paramref name="field"/>: a person who is not in
    /// <paramref name="known"/>, a missing month, days outside (0, 31]; with <paramref name="unique"/>, a second line for
    /// the same person and month (a staffing writes one allocation per key, so a duplicate would silently win or lose).
    /// </summary>
    public static ValidationErrors Check(ValidationErrors errors, IReadOnlyList<StaffingLine> lines, IReadOnlySet<string> known, string field, bool unique)
    {
        var seen = new Dictionary<(string, YearMonth), int>();
        for (var i = 0; i < lines.Count && i < CapacityService.MaxStaffingLines; i++)
        {
            var at = $"{field}[{i}]";
            if (lines[i] is not { } line)
            {
                errors.Add(at, "must not be null.");
                continue;
            }

            errors.When(!known.Contains(line.PersonId ?? ""), $"{at}.personId", $"names no person ('{line.PersonId}').")
                .When(line.Month == default, $"{at}.month", "is required.")
                .When(line.Days is <= 0 or > CapacityValidator.MaxDaysPerMonth, $"{at}.days", $"must be more than 0 and at most {CapacityValidator.MaxDaysPerMonth}.");
            if (unique && line.PersonId is { } person && line.Month != default && !seen.TryAdd((person, line.Month), i))
            {
                errors.Add($"{at}.month", $"repeats {field}[{seen[(person, line.Month)]}] (one line per person and month).");
            }
        }

        return errors;
    }
}
