namespace Pmo.Mail;

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

    /// <summary>Timeout of one HTTP request (connect to response headers); a timeout makes the outcome uncertain, so it is not retried.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
