namespace Pmo.Mail;

/// <summary>
/// The SMTP rules that span several settings; the single-setting rules are data annotations on <see cref="SmtpOptions"/>.
/// Runs at start with the other option validators (ValidateOnStart) and only when the provider is SMTP.
/// </summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Provider != MailProvider.Smtp)
        {
            return ValidateOptionsResult.Skip;
        }

        var smtp = options.Smtp;
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(smtp.Host) && Uri.CheckHostName(smtp.Host.Trim()) == UriHostNameType.Unknown)
        {
            failures.Add($"Mail:Smtp:Host '{MailMessageGuard.OneLine(smtp.Host)}' is not a host name or an IP address.");
        }

        if (!Enum.IsDefined(smtp.Security))
        {
            failures.Add($"Mail:Smtp:Security '{smtp.Security}' is unknown; use StartTls, SslOnConnect or None.");
        }
        else if (smtp.Security == SmtpSecurity.None && !string.IsNullOrWhiteSpace(smtp.Host) && !SmtpOptions.IsLoopback(smtp.Host))
        {
            failures.Add(
                $"Mail:Smtp:Security None sends mail and credentials unencrypted; it is only allowed for a loopback Mail:Smtp:Host (localhost, 127.0.0.1, ::1), not '{smtp.Host}'.");
        }

        var hasUser = !string.IsNullOrEmpty(smtp.UserName);
        var hasPassword = !string.IsNullOrEmpty(smtp.Password);
        if (hasUser && !hasPassword)
        {
            failures.Add("Mail:Smtp:Password is required when Mail:Smtp:UserName is set.");
        }

        if (hasPassword && !hasUser)
        {
            failures.Add("Mail:Smtp:UserName is required when Mail:Smtp:Password is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
