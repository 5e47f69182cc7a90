namespace Pmo.Domain.Validation;

/// <summary>A deliberately simple e-mail syntax check: one @, a dot in the domain, no spaces or angle brackets.</summary>
public static class EmailAddress
{
    public static bool IsValid(string value)
    {
        if (value.Length is < 3 or > 254 || value.Any(c => char.IsWhiteSpace(c) || c is '<' or '>' or '"' or ',' or ';'))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        var domain = value[(at + 1)..];
        return domain.Contains('.', StringComparison.Ordinal) && !domain.StartsWith('.') && !domain.EndsWith('.');
    }
}
