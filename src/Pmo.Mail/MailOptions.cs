using System.ComponentModel.DataAnnotations;

namespace Pmo.Mail;

/// <summary>Mail settings, bound from the <c>Mail</c> configuration section (<c>Mail__FromAddress</c> in app settings).</summary>
public sealed class MailOptions : IValidatableObject
{
    /// <summary>The configuration section these options are usually bound from.</summary>
    public const string SectionName = "Mail";

    /// <summary>Sender address; for SendGrid it must be a verified sender or domain.</summary>
    [Required, EmailAddress]
    public string FromAddress { get; set; } = "";

    /// <summary>Sender display name.</summary>
    [MaxLength(100)]
    public string FromName { get; set; } = "PMO";

    /// <summary>Which sender to use.</summary>
    public MailProvider Provider { get; set; } = MailProvider.Outbox;

    /// <summary>Folder of the .eml outbox (relative paths resolve against the working directory).</summary>
    public string OutboxFolder { get; set; } = "outbox";

    /// <summary>SendGrid settings, used when <see cref="Provider"/> is <see cref="MailProvider.SendGrid"/>.</summary>
    public SendGridOptions SendGrid { get; set; } = new();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
            yield return new ValidationResult($"Unknown mail provider '{Provider}'.", [nameof(Provider)]);

        if (Provider == MailProvider.Outbox && string.IsNullOrWhiteSpace(OutboxFolder))
            yield return new ValidationResult("Mail:OutboxFolder is required with the Outbox provider.", [nameof(OutboxFolder)]);

        if (Provider != MailProvider.SendGrid)
            yield break;

        // Data annotations do not recurse into nested objects: validate the SendGrid block here.
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(SendGrid, new ValidationContext(SendGrid), results, validateAllProperties: true);
        foreach (var result in results)
            yield return new ValidationResult(
                "Mail:SendGrid: " + result.ErrorMessage,
                result.MemberNames.Select(m => $"{nameof(SendGrid)}.{m}").ToArray());
    }
}
