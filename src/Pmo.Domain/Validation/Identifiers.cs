namespace Pmo.Domain.Validation;

/// <summary>
/// Id rules. Ids travel in URLs and Durable instance ids ("chase-{project}-2026-W48"), so they are limited to
/// ASCII letters, digits, '-' and '_'.
/// </summary>
public static class Identifiers
{
    public const int ProjectIdMinLength = 2;
    public const int ProjectIdMaxLength = 40;
    public const int DocumentIdMaxLength = 100;

    public static bool IsValidProjectId(string? id) => IsSafe(id, ProjectIdMinLength, ProjectIdMaxLength);

    /// <summary>Ids of risks, issues, escalations and decisions: same characters, up to 100 long.</summary>
    public static bool IsValidDocumentId(string? id) => IsSafe(id, 1, DocumentIdMaxLength);

    internal static ValidationErrors ProjectId(this ValidationErrors errors, string? id, string field) =>
        string.IsNullOrWhiteSpace(id)
            ? errors.Add(field, "is required.")
            : errors.When(!IsValidProjectId(id), field,
                $"must be {ProjectIdMinLength}–{ProjectIdMaxLength} characters among letters, digits, '-' and '_'.");

    internal static ValidationErrors DocumentId(this ValidationErrors errors, string? id, string field) =>
        string.IsNullOrWhiteSpace(id)
            ? errors.Add(field, "is required.")
            : errors.When(!IsValidDocumentId(id), field,
                $"must be at most {DocumentIdMaxLength} characters among letters, digits, '-' and '_'.");

    private static bool IsSafe(string? id, int min, int max) =>
        id is not null && id.Length >= min && id.Length <= max && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
