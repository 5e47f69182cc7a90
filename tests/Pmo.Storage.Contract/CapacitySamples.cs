using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>Small valid people and allocations for the capacity contract tests.</summary>
public static class CapacitySamples
{
    public static readonly YearMonth March = new(2027, 3);

    public static Person Person(string id) => new()
    {
        Id = id,
        Name = $"Person {id}",
        Email = $"{id.ToLowerInvariant()}@example.org",
        Department = "Data",
        Role = "Data engineer",
        Skills = ["SQL", "Données"],
        CapacityDaysPerMonth = 10.5m,
        ActiveFrom = new DateOnly(2027, 1, 4),
        Absences = [new DateRange(new DateOnly(2027, 3, 8), new DateOnly(2027, 3, 12))],
    };

    public static Allocation Allocation(string personId, string projectId, YearMonth month, decimal days = 5.5m) =>
        new(personId, projectId, month, days);
}
