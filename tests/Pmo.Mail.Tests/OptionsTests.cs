using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pmo.Application.Ports.Mail;
using Pmo.Mail.Tests.Support;

namespace Pmo.Mail.Tests;

public sealed class OptionsTests
{
    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddMailer(builder.Configuration.GetSection(MailOptions.SectionName));
        return builder.Build();
    }

    [Fact]
    public void Outbox_provider_resolves_the_outbox_mailer_and_reader()
    {
        using var host = Build(new() { ["Mail:FromAddress"] = "pmo@contoso.example", ["Mail:OutboxFolder"] = "out" });

        Assert.IsType<OutboxMailer>(host.Services.GetRequiredService<IMailer>());
        Assert.NotNull(host.Services.GetRequiredService<OutboxReader>());
    }

    [Fact]
    public void SendGrid_provider_resolves_the_SendGrid_mailer_with_its_settings()
    {
        using var host = Build(new()
        {
            ["Mail:FromAddress"] = "pmo@contoso.example",
            ["Mail:Provider"] = "SendGrid",
            ["Mail:SendGrid:ApiKey"] = "SG.test",
            ["Mail:SendGrid:SandboxMode"] = "true",
            ["Mail:SendGrid:MaxRetries"] = "5",
        });

        Assert.IsType<SendGridMailer>(host.Services.GetRequiredService<IMailer>());
        var options = host.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        Assert.True(options.SendGrid.SandboxMode);
        Assert.Equal(5, options.SendGrid.MaxRetries);
    }

    [Fact]
    public async Task The_registered_SendGrid_mailer_sends_to_the_configured_host_with_the_configured_settings()
    {
        await using var server = new LoopbackSendGrid();
        using var host = Build(new()
        {
            ["Mail:FromAddress"] = "pmo@contoso.example",
            ["Mail:Provider"] = "SendGrid",
            ["Mail:SendGrid:ApiKey"] = "SG.from-config",
            ["Mail:SendGrid:SandboxMode"] = "true",
            ["Mail:SendGrid:Host"] = server.BaseAddress.ToString(),
        });
        await host.StartAsync();

        await host.Services.GetRequiredService<IMailer>().SendAsync(Messages.Chase());

        var request = Assert.Single(server.Requests);
        Assert.Equal("Bearer SG.from-config", request.Authorization);
        Assert.Contains("\"sandbox_mode\":{\"enable\":true}", request.Body);
        await host.StopAsync();
    }

    [Theory]
    [InlineData("FromAddress", null)]
    [InlineData("FromAddress", "not an address")]
    [InlineData("SendGrid:ApiKey", "")]
    [InlineData("SendGrid:MaxRetries", "99")]
    [InlineData("Provider", "Carrier-Pigeon")]
    public async Task Invalid_settings_stop_the_host_at_start(string key, string? value)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Mail:FromAddress"] = "pmo@contoso.example",
            ["Mail:Provider"] = "SendGrid",
            ["Mail:SendGrid:ApiKey"] = "SG.test",
        };
        settings["Mail:" + key] = value;

        var failure = await Record.ExceptionAsync(async () =>
        {
            using var host = Build(settings);
            await host.StartAsync();
            await host.StopAsync();
        });

        Assert.True(failure is OptionsValidationException or InvalidOperationException, $"unexpected: {failure}");
    }
}
