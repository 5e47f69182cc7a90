namespace Pmo.Domain.Validation;

/// <summary>
/// Every invalid field of an input, by name (camelCase JSON path such as "budget.approved" or "milestones[1].name"),
/// with readable messages. Becomes the "errors" member of an RFC 9457 problem+json.
/// </summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public IEnumerable<string> Fields => _errors.Keys;

    public ValidationErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
        return this;
    }

    /// <summary>Adds <paramref name="message"/> for <paramref name="field"/> when <paramref name="invalid"/> holds.</summary>
    public ValidationErrors When(bool invalid, string field, string message) => invalid ? Add(field, message) : this;

    public ValidationErrors Required(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "is required.");
        }

        return MaxLength(value, field, maxLength);
    }

    public ValidationErrors MaxLength(string? value, string field, int maxLength) =>
        When(value is not null && value.Length > maxLength, field, $"must be at most {maxLength} characters.");

    public ValidationErrors Range(int value, string field, int min, int max) =>
        When(value < min || value > max, field, $"must be between {min} and {max}.");

    public ValidationErrors NotNegative(decimal value, string field) =>
        When(value < 0, field, "must not be negative.");

    public ValidationErrors Email(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Add(field, "is required.");
        }

        return When(!EmailAddress.IsValid(value), field, "must be an e-mail address such as name@example.org.");
    }

    /// <summary>Merges the errors of a nested object under a prefix ("sponsor" + "email" → "sponsor.email").</summary>
    public ValidationErrors Merge(string prefix, ValidationErrors nested)
    {
        foreach (var (field, messages) in nested._errors)
        {
            foreach (var message in messages)
            {
                Add(prefix.Length == 0 ? field : $"{prefix}.{field}", message);
            }
        }

        return this;
    }

    public void ThrowIfInvalid()
    {
        if (!IsValid)
        {
            throw new DomainValidationException(this);
        }
    }

    public override string ToString() =>
        string.Join("; ", _errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
