using System.Net;

namespace Pmo.Mail;

/// <summary>How the SMTP connection is secured (<c>Mail:Smtp:Security</c>).</summary>
public enum SmtpSecurity
{
    /// <summary>Plain connection upgraded with STARTTLS before anything else is sent; fails if the server does not offer it (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (implicit TLS, port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption at all; only allowed when the host is the loopback interface (a local relay or test server).</summary>
    None,
}

/// <summary>
/// SMTP sender settings (<c>Mail:Smtp:*</c>), used when <see cref="MailOptions.Provider"/> is <see cref="MailProvider.Smtp"/>.
/// Cross-field rules (no <see cref="SmtpSecurity.None"/> off loopback, user name and password together) are checked by
/// <see cref="SmtpOptionsValidator"/>.
/// </summary>
public sealed class SmtpOptions
{
    /// <summary>Default submission port (STARTTLS).</summary>
    public const int DefaultPort = 587;

    /// <summary>Host name or IP address of the SMTP server (submission service or relay).</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Mail:Smtp:Host is required with the Smtp provider.")]
    [MaxLength(253, ErrorMessage = "Mail:Smtp:Host must be at most 253 characters.")]
    public string Host { get; set; } = "";

    /// <summary>TCP port: 587 (STARTTLS, the default), 465 (<see cref="SmtpSecurity.SslOnConnect"/>) or a relay's port.</summary>
    [Range(1, 65535, ErrorMessage = "Mail:Smtp:Port must be between 1 and 65535.")]
    public int Port { get; set; } = DefaultPort;

    /// <summary>Transport security; <see cref="SmtpSecurity.StartTls"/> by default.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    /// <summary>User name for SMTP AUTH; empty: no authentication (a relay that trusts the sender's address).</summary>
    [MaxLength(256, ErrorMessage = "Mail:Smtp:UserName must be at most 256 characters.")]
    public string? UserName { get; set; }

    /// <summary>Password for SMTP AUTH. A secret: from an environment variable or Key Vault reference, never a file; never logged.</summary>
    public string? Password { get; set; }

    /// <summary>Timeout of each step: connect (with TLS), authentication, the send (MAIL FROM to the reply to the data), QUIT.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Mail:Smtp:Timeout must be between 00:00:01 and 00:10:00.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>True when <see cref="UserName"/> is set: the sender authenticates.</summary>
    public bool HasCredentials => !string.IsNullOrEmpty(UserName);

    /// <summary>True when <paramref name="host"/> names the loopback interface (localhost, 127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return false;
        }

        var trimmed = host.Trim().TrimStart('[').TrimEnd(']');
        if (string.Equals(trimmed, "localhost", StringComparison.OrdinalIgnoreCase)
            || trimmed.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(trimmed, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>Never the password: options objects end up in debugger views and logs.</summary>
    public override string ToString() =>
        $"{Host}:{Port} ({Security}{(HasCredentials ? ", AUTH as " + UserName : "")})";
}
