using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pmo.Application.Ports.Mail;
using Pmo.Mail.Tests.Support;

namespace Pmo.Mail.Tests.SendGrid;

/// <summary>The JSON the real SDK puts on the wire, captured by a loopback server standing in for SendGrid.</summary>
public sealed class SendGridPayloadTests
{
    private static async Task<(RecordedRequest Request, JsonElement Json)> SendAsync(MailMessage message, bool sandbox = true)
    {
        await using var server = new LoopbackSendGrid();
        var options = Messages.Options();
        options.Provider = MailProvider.SendGrid;
        options.SendGrid = new SendGridOptions { ApiKey = "SG.test-key", SandboxMode = sandbox, Host = server.BaseAddress };
        var mailer = new SendGridMailer(SendGridClientFactory.Create(options.SendGrid), Options.Create(options),
            TimeProvider.System, NullLogger<SendGridMailer>.Instance);

        await mailer.SendAsync(message);

        var request = Assert.Single(server.Requests);
        return (request, JsonDocument.Parse(request.Body).RootElement.Clone());
    }

    [Fact]
    public async Task Posts_to_v3_mail_send_with_the_api_key_as_bearer_token()
    {
        var (request, _) = await SendAsync(Messages.Chase());

        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/mail/send", request.Path);
        Assert.Equal("Bearer SG.test-key", request.Authorization);
        Assert.StartsWith("application/json", request.ContentType);
    }

    [Fact]
    public async Task Sends_sender_recipients_and_subject_in_one_personalization()
    {
        var (_, json) = await SendAsync(Messages.Chase());

        Assert.Equal("pmo@contoso.example", json.GetProperty("from").GetProperty("email").GetString());
        Assert.Equal("Bureau PMO", json.GetProperty("from").GetProperty("name").GetString());
        Assert.Equal("Relance : mise à jour hebdomadaire — Projet Été", json.GetProperty("subject").GetString());
        var personalization = Assert.Single(json.GetProperty("personalizations").EnumerateArray());
        var to = Assert.Single(personalization.GetProperty("to").EnumerateArray());
        Assert.Equal(("chef.projet@contoso.example", "Hélène Dupré"),
            (to.GetProperty("email").GetString(), to.GetProperty("name").GetString()));
        Assert.Equal("sponsor@contoso.example",
            Assert.Single(personalization.GetProperty("cc").EnumerateArray()).GetProperty("email").GetString());
    }

    [Fact]
    public async Task Sends_the_automated_mail_headers_and_the_list_id_as_custom_headers()
    {
        var (_, json) = await SendAsync(Messages.Chase());

        var headers = json.GetProperty("headers");
        Assert.Equal("auto-generated", headers.GetProperty("Auto-Submitted").GetString());
        Assert.Equal("DR, RN, NRN, OOF, AutoReply", headers.GetProperty("X-Auto-Response-Suppress").GetString());
        Assert.Equal(Messages.ChaseListId, headers.GetProperty("List-Id").GetString());
    }

    [Fact]
    public async Task A_message_without_a_list_sends_no_list_id_but_is_still_marked_automated()
    {
        var (_, json) = await SendAsync(Messages.Chase() with { List = null });

        var headers = json.GetProperty("headers");
        Assert.Equal("auto-generated", headers.GetProperty("Auto-Submitted").GetString());
        Assert.False(headers.TryGetProperty("List-Id", out _));
    }

    [Fact]
    public async Task Sends_text_before_html()
    {
        var (_, json) = await SendAsync(Messages.Chase());

        var content = json.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(["text/plain", "text/html"], content.Select(c => c.GetProperty("type").GetString()));
        Assert.Contains("Merci de compléter", content[0].GetProperty("value").GetString());
        Assert.Contains("cid:logo", content[1].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Sends_attachments_base64_with_the_inline_image_by_content_id()
    {
        var (_, json) = await SendAsync(Messages.Chase());

        var attachments = json.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(2, attachments.Count);
        var logo = attachments.Single(a => a.GetProperty("filename").GetString() == "logo.png");
        Assert.Equal("inline", logo.GetProperty("disposition").GetString());
        Assert.Equal("logo", logo.GetProperty("content_id").GetString());
        Assert.Equal("image/png", logo.GetProperty("type").GetString());
        Assert.Equal(Messages.Png, Convert.FromBase64String(logo.GetProperty("content").GetString()!));
        var pdf = attachments.Single(a => a.GetProperty("filename").GetString() == "revue-novembre.pdf");
        Assert.Equal("attachment", pdf.GetProperty("disposition").GetString());
        Assert.False(pdf.TryGetProperty("content_id", out _));
        Assert.Equal(Messages.Pdf, Convert.FromBase64String(pdf.GetProperty("content").GetString()!));
    }

    [Fact]
    public async Task Sends_category_and_custom_args_carrying_the_message_id()
    {
        var (_, json) = await SendAsync(Messages.Chase());

        Assert.Equal(["weekly-chase"], json.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        var args = json.GetProperty("custom_args");
        Assert.Equal("chase-PRJ-1-2026-W48-invite", args.GetProperty("pmo_message_id").GetString());
        Assert.Equal("fr", args.GetProperty("pmo_language").GetString());
        Assert.Equal("t1", args.GetProperty("tenant").GetString());
        Assert.Equal("PRJ-1", args.GetProperty("project").GetString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Sends_the_sandbox_mode_setting(bool sandbox)
    {
        var (_, json) = await SendAsync(Messages.Chase(), sandbox);

        Assert.Equal(sandbox, json.GetProperty("mail_settings").GetProperty("sandbox_mode").GetProperty("enable").GetBoolean());
    }

    [Fact]
    public async Task Does_not_repeat_a_cc_that_is_also_a_recipient()
    {
        var message = Messages.Chase() with { Cc = [new MailAddress("CHEF.projet@contoso.example")] };

        var (_, json) = await SendAsync(message);

        Assert.False(Assert.Single(json.GetProperty("personalizations").EnumerateArray()).TryGetProperty("cc", out _));
    }

    [Fact]
    public async Task A_CR_LF_in_the_subject_is_flattened_before_it_leaves()
    {
        var (_, json) = await SendAsync(Messages.Chase(subject: "Projet X\r\nBcc: victim@evil.example"));

        Assert.Equal("Projet X  Bcc: victim@evil.example", json.GetProperty("subject").GetString());
    }
}
