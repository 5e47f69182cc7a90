using Pmo.Domain.Validation;

namespace Pmo.Api.Forms;

/// <summary>Field errors of a page form, keyed like the domain's (camelCase JSON paths), shown next to each field.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IEnumerable<KeyValuePair<string, List<string>>> All => _errors;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            list = [];
            _errors[field] = list;
        }

        list.Add(message);
    }

    public IReadOnlyList<string> For(string field) => _errors.TryGetValue(field, out var list) ? list : [];

    public static FieldErrors From(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = new FieldErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                result.Add(field, message);
            }
        }

        return result;
    }
}
