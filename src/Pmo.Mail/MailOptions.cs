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

    /// <summary>SMTP settings, used when <see cref="Provider"/> is <see cref="MailProvider.Smtp"/>.</summary>
    public SmtpOptions Smtp { get; set; } = new();

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enum.IsDefined(Provider))
        {
            yield return new ValidationResult($"Unknown mail provider '{Provider}'.", [nameof(Provider)]);
        }

        if (Provider == MailProvider.Outbox && string.IsNullOrWhiteSpace(OutboxFolder))
        {
            yield return new ValidationResult("Mail:OutboxFolder is required with the Outbox provider.", [nameof(OutboxFolder)]);
        }

        // Data annotations do not recurse into nested objects: validate the chosen provider's block here.
        // The SMTP rules spanning several settings are in SmtpOptionsValidator.
        if (Provider == MailProvider.SendGrid)
        {
            foreach (var result in Nested(SendGrid, nameof(SendGrid), "Mail:SendGrid: "))
            {
                yield return result;
            }
        }
        else if (Provider == MailProvider.Smtp)
        {
            foreach (var result in Nested(Smtp, nameof(Smtp), "")) // SmtpOptions' messages already name the setting
            {
                yield return result;
            }
        }
    }

    private static IEnumerable<ValidationResult> Nested(object block, string name, string prefix)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(block, new ValidationContext(block), results, validateAllProperties: true);
        return results.Select(result => new ValidationResult(
            prefix + result.ErrorMessage,
            result.MemberNames.Select(m => $"{name}.{m}").ToArray()));
    }
}
