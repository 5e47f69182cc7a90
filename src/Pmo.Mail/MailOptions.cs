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

/// <summary>SendGrid sender settings (<c>Mail:SendGrid:*</c>).</summary>
public sealed class SendGridOptions
{
    /// <summary>API key with Mail Send permission; in Azure a Key Vault reference, never a literal.</summary>
    [Required]
    public string ApiKey { get; set; } = "";

    /// <summary>Sandbox mode: SendGrid validates the request and answers 200 without delivering.</summary>
    public bool SandboxMode { get; set; }

    /// <summary>API base address; only overridden by tests (a loopback server) or for data residency.</summary>
    public Uri? Host { get; set; }

    /// <summary>Retries after the first attempt when SendGrid answers 429 or 5xx.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; doubled on each retry unless the response says how long to wait.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Upper bound of one wait, also applied to Retry-After (an activity should not sleep for minutes).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Timeout of one HTTP request; a timeout makes the outcome uncertain, so it is not retried.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
