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

    public static FieldErrors From(ValidationErrors errors, Language language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = new FieldErrors();
        result.AddAll(errors, language, skip: null);
        return result;
    }

    /// <summary>Adds the domain's errors in the page's language, except for fields in <paramref name="skip"/>.</summary>
    public void AddAll(ValidationErrors errors, Language language, ISet<string>? skip)
    {
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in errors.ToDictionary())
        {
            if (skip?.Contains(field) == true)
            {
                continue;
            }

            foreach (var message in messages)
            {
                Add(field, DomainMessages.Localise(message, language));
            }
        }
    }
}
