namespace Pmo.Domain.Capacity;

/// <summary>Inclusive range of dates (an absence from Monday to Friday is Start = Monday, End = Friday).</summary>
public sealed record DateRange(DateOnly Start, DateOnly End)
{
    /// <summary>Derived, so never part of the JSON (the API and both stores read and write Start and End only).</summary>
    [JsonIgnore]
    public bool IsValid => End >= Start;
}

/// <summary>Someone the PMO can staff on projects, with the days they can give in a full month.</summary>
public sealed record Person : IAggregate
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Email { get; init; }
    public string Department { get; init; } = "";

    /// <summary>The role the staffing facts speak of ("Data engineer").</summary>
    public string Role { get; init; } = "";
    public IReadOnlyList<string> Skills { get; init; } = [];

    /// <summary>Days available in a full month with no absence; null = every working day (Mon–Fri) of the month.</summary>
    public decimal? CapacityDaysPerMonth { get; init; }
    public DateOnly? ActiveFrom { get; init; }
    public DateOnly? ActiveTo { get; init; }
    public IReadOnlyList<DateRange> Absences { get; init; } = [];
}

/// <summary>Days of a person given to a project in a month.</summary>
public sealed record Allocation(string PersonId, string ProjectId, YearMonth Month, decimal Days);
