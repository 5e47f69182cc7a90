namespace Pmo.Domain.Validation;

/// <summary>Small checks the validators share, as extensions of <see cref="ValidationErrors"/>.</summary>
internal static class FieldRules
{
    /// <summary>Free text of a form field (accomplishments, description…): optional, bounded.</summary>
    public const int LongText = 4000;

    public static ValidationErrors Defined<TEnum>(this ValidationErrors errors, TEnum value, string field)
        where TEnum : struct, Enum =>
        errors.When(!Enum.IsDefined(value), field, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}.");

    public static ValidationErrors RequiredDate(this ValidationErrors errors, DateOnly value, string field) =>
        errors.When(value == default, field, "is required.");

    public static ValidationErrors RequiredInstant(this ValidationErrors errors, DateTimeOffset value, string field) =>
        errors.When(value == default, field, "is required.");

    public static ValidationErrors NotNegative(this ValidationErrors errors, TimeSpan value, string field) =>
        errors.When(value < TimeSpan.Zero, field, "must not be negative.");

    /// <summary>A person: name and e-mail, nested under <paramref name="field"/> ("sponsor.email").</summary>
    public static ValidationErrors Contact(this ValidationErrors errors, Contact? contact, string field, bool nameRequired = true)
    {
        if (contact is null)
        {
            return errors.Add(field, "is required.");
        }

        var nested = new ValidationErrors();
        if (nameRequired)
        {
            nested.Required(contact.Name, "name");
        }
        else
        {
            nested.MaxLength(contact.Name, "name", 200);
        }

        nested.Email(contact.Email, "email").Defined(contact.Language, "language");
        return errors.Merge(field, nested);
    }

    public static string Indexed(string field, int index) => string.Create(CultureInfo.InvariantCulture, $"{field}[{index}]");
}
