using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;

namespace Pmo.Mail;

/// <summary>DI registration of the mailer.</summary>
public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IMailer"/> (outbox, SendGrid or SMTP, per <see cref="MailOptions.Provider"/>),
    /// <see cref="OutboxReader"/> and validated <see cref="MailOptions"/> bound from <paramref name="section"/>
    /// (usually <c>configuration.GetSection("Mail")</c>). Invalid settings fail the host at start.
    /// </summary>
    public static IServiceCollection AddMailer(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);

        services.AddOptions<MailOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, SmtpOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => SendGridClientFactory.Create(Options(sp).SendGrid));
        services.TryAddSingleton<OutboxReader>();
        services.TryAddSingleton<IMailer>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MailOptions>>();
            var time = sp.GetRequiredService<TimeProvider>();
            var loggers = sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
            return options.Value.Provider switch
            {
                MailProvider.SendGrid => new SendGridMailer(
                    sp.GetRequiredService<SendGrid.ISendGridClient>(), options, time, loggers.CreateLogger<SendGridMailer>()),
                MailProvider.Smtp => new SmtpMailer(options, time, loggers.CreateLogger<SmtpMailer>()),
                _ => new OutboxMailer(options, time, loggers.CreateLogger<OutboxMailer>()),
            };
        });
        return services;
    }

    private static MailOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<MailOptions>>().Value;
}
