using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pmo.Application.Ports.Mail;
using Pmo.Mail.Tests.Support;

namespace Pmo.Mail.Tests.Smtp;

/// <summary>Mail:Provider=Smtp through AddMailer: the mailer it resolves, and the settings checked when the host starts.</summary>
public sealed class SmtpOptionsTests
{
    private static Dictionary<string, string?> Smtp(params (string Key, string? Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:FromAddress"] = "pmo@contoso.example",
            ["Mail:Provider"] = "Smtp",
            ["Mail:Smtp:Host"] = "smtp.contoso.example",
        };
        foreach (var (key, value) in overrides)
        {
            settings["Mail:Smtp:" + key] = value;
        }

        return settings;
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMailer(builder.Configuration.GetSection(MailOptions.SectionName));
        return builder.Build();
    }

    private static async Task<Exception?> StartFailure(Dictionary<string, string?> settings) =>
        await Record.ExceptionAsync(async () =>
        {
            using var host = Build(settings);
            await host.StartAsync();
            await host.StopAsync();
        });

    [Fact]
    public async Task Smtp_provider_resolves_the_SMTP_mailer_with_the_defaults()
    {
        using var host = Build(Smtp());
        await host.StartAsync();

        Assert.IsType<SmtpMailer>(host.Services.GetRequiredService<IMailer>());
        var smtp = host.Services.GetRequiredService<IOptions<MailOptions>>().Value.Smtp;
        Assert.Equal(587, smtp.Port);
        Assert.Equal(SmtpSecurity.StartTls, smtp.Security);
        Assert.Equal(TimeSpan.FromSeconds(60), smtp.Timeout);
        Assert.False(smtp.HasCredentials);
        await host.StopAsync();
    }

    [Fact]
    public async Task The_registered_SMTP_mailer_sends_with_the_configured_settings()
    {
        await using var server = await LoopbackSmtp.StartAsync(new LoopbackSmtpSettings { Credentials = ("relay-user", "relay-secret") });
        using var host = Build(Smtp(
            ("Host", "127.0.0.1"),
            ("Port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Security", "None"),
            ("UserName", "relay-user"),
            ("Password", "relay-secret"),
            ("Timeout", "00:00:10")));
        await host.StartAsync();

        await host.Services.GetRequiredService<IMailer>().SendAsync(Messages.Chase());

        var delivery = await server.NextDeliveryAsync();
        Assert.Equal("relay-user", delivery.User);
        Assert.Equal("chase-PRJ-1-2026-W48-invite", delivery.Parse().Headers["X-Pmo-Message-Id"]);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Host", "", "Mail:Smtp:Host")]
    [InlineData("Host", null, "Mail:Smtp:Host")]
    [InlineData("Host", "<smtp-host>", "Mail:Smtp:Host")]
    [InlineData("Host", "smtp.contoso.example:587", "Mail:Smtp:Host")]
    [InlineData("Port", "0", "Mail:Smtp:Port")]
    [InlineData("Port", "70000", "Mail:Smtp:Port")]
    [InlineData("Timeout", "00:00:00", "Mail:Smtp:Timeout")]
    [InlineData("Timeout", "01:00:00", "Mail:Smtp:Timeout")]
    [InlineData("Security", "None", "Mail:Smtp:Security")] // smtp.contoso.example is not loopback
    [InlineData("UserName", "pmo-sender", "Mail:Smtp:Password")]
    [InlineData("Password", "placeholder-secret", "Mail:Smtp:UserName")]
    public async Task Invalid_settings_stop_the_host_at_start_with_a_message_naming_the_setting(string key, string? value, string named)
    {
        var failure = await StartFailure(Smtp((key, value)));

        var validation = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(named, validation.Message);
    }

    [Fact]
    public async Task A_validation_failure_never_shows_the_password()
    {
        var failure = await StartFailure(Smtp(("Security", "None"), ("UserName", "pmo-sender"), ("Password", "do-not-print-me")));

        Assert.IsType<OptionsValidationException>(failure);
        Assert.DoesNotContain("do-not-print-me", failure.ToString());
    }

    [Fact]
    public async Task An_unknown_security_value_stops_the_host()
    {
        var failure = await StartFailure(Smtp(("Security", "Opportunistic")));

        Assert.True(failure is OptionsValidationException or InvalidOperationException, $"unexpected: {failure}");
        Assert.Contains("Security", failure.Message + failure.InnerException?.Message);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.53")]
    [InlineData("::1")]
    [InlineData("[::1]")]
    public async Task Security_None_is_allowed_on_loopback(string host)
    {
        Assert.Null(await StartFailure(Smtp(("Host", host), ("Security", "None"))));
    }

    [Fact]
    public async Task Smtp_settings_are_not_required_with_another_provider()
    {
        var settings = Smtp(("Host", ""), ("Security", "None"), ("UserName", "orphan"));
        settings["Mail:Provider"] = "Outbox";

        Assert.Null(await StartFailure(settings));
    }

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST", true)]
    [InlineData("relay.localhost", true)]
    [InlineData("127.1.2.3", true)]
    [InlineData("::1", true)]
    [InlineData("smtp.contoso.example", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("localhost.contoso.example", false)]
    [InlineData("", false)]
    public void Loopback_hosts_are_recognised(string host, bool loopback) =>
        Assert.Equal(loopback, SmtpOptions.IsLoopback(host));

    [Fact]
    public void The_options_text_leaves_the_password_out()
    {
        var options = new SmtpOptions { Host = "smtp.contoso.example", UserName = "pmo-sender", Password = "do-not-print-me" };

        Assert.DoesNotContain("do-not-print-me", options.ToString());
        Assert.Contains("smtp.contoso.example:587", options.ToString());
    }
}
