using Pmo.Mail;

namespace Pmo.Local.Composition;

/// <summary>The mailer port: the .eml outbox under the data folder by default, SendGrid or SMTP when "Mail:Provider" says so.</summary>
public static class MailComposition
{
    public static IServiceCollection AddLocalMail(this IServiceCollection services, IConfiguration configuration) =>
        services.AddMailer(configuration.GetSection(MailOptions.SectionName));
}
