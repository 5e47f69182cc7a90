using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Application.Links;
using Pmo.Application.Mail;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Rules;
using Pmo.Workflows.Activities;
using Pmo.Workflows.Orchestrations;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Pages;

/// <summary>
/// One deadline for one request: the invitation, both reminders and the form they link to are rendered by the real
/// activities and the real page for the same week, and the deadline each names is read back and compared (EN and FR).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class DeadlineAgreementTests(ApiServer server)
{
    [Theory]
    [InlineData("En", "Please answer before", "before", "Friday 27 November 2026, 12:00 (Europe/Paris)")]
    [InlineData("Fr", "Merci de répondre avant le", "avant le", "vendredi 27 novembre 2026, 12:00 (Europe/Paris)")]
    public async Task The_invitation_both_reminders_and_the_form_name_the_same_deadline_with_the_zone(
        string language, string formLabel, string mailLead, string expected)
    {
        var id = NewId("DL");
        var body = Project(id);
        body["manager"]!["language"] = language;
        using (var created = await server.Client().PostAsync("/api/projects", Json(body)))
        {
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var mails = await SendChaseMailsAsync(id);

        // The form the invitation links to, as the PM opens it.
        var link = LinkIn(mails[0]);
        using var page = await server.Client(apiKey: null).GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var doc = new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync());
        var formDeadline = doc.QuerySelector("time#deadline")!.TextContent;
        Assert.Equal(expected, formDeadline);
        Assert.StartsWith(formLabel, doc.QuerySelector("p.deadline")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2026-11-27T11:00:00Z", doc.QuerySelector("time#deadline")!.GetAttribute("datetime"));

        // Each e-mail to the PM names that very text, in the text part and in the HTML part.
        Assert.Equal(["chase-invite", "first-reminder", "second-reminder"], mails.Select(m => m.Category));
        foreach (var mail in mails)
        {
            Assert.Equal(formDeadline, DeadlineIn(mail.TextBody, mailLead));
            Assert.Equal(formDeadline, DeadlineIn(new HtmlParser().ParseDocument(mail.HtmlBody).Body!.TextContent, mailLead));
            Assert.Equal(link, LinkIn(mail));
        }
    }

    /// <summary>Opens the week's request and sends the invitation and both reminders through the workflow's own activities.</summary>
    private async Task<IReadOnlyList<MailMessage>> SendChaseMailsAsync(string projectId)
    {
        var settings = await server.Store.Settings.GetOrDefaultAsync();
        var chase = new ChaseInput(projectId, Links.Week, new GovernanceCalendar(settings).ForWeek(Links.Week));
        await new OpenUpdateRequestActivity(server.Store, server.Clock).RunAsync(null!, chase);

        var mailer = new CapturingMailer();
        var dispatcher = new MailDispatcher(mailer, server.Store, server.Clock, NullLogger<MailDispatcher>.Instance);
        var send = new SendChaseMailActivity(server.Store, server.Services.GetRequiredService<LinkIssuer>(), dispatcher);
        foreach (var step in new[] { ChaseStep.Invite, ChaseStep.FirstReminder, ChaseStep.SecondReminder })
        {
            await send.RunAsync(null!, new ChaseMailInput(chase, step));
        }

        // The second reminder also informs the sponsor; the PM's three e-mails are the ones with the link.
        return [.. mailer.Sent.Where(m => m.To[0].Email == ApiServer.ManagerEmail)];
    }

    private static string DeadlineIn(string text, string lead)
    {
        var match = Regex.Match(text, Regex.Escape(lead) + @" (?<deadline>[^.]+?\))");
        Assert.True(match.Success, $"No deadline after '{lead}' in: {text}");
        return match.Groups["deadline"].Value;
    }

    private static string LinkIn(MailMessage mail) =>
        new Uri(FormLink().Match(mail.TextBody).Value).PathAndQuery;

    [GeneratedRegex(@"http://127\.0\.0\.1/api/forms/update/\S+")]
    private static partial Regex FormLink();

    private sealed class CapturingMailer : IMailer
    {
        public List<MailMessage> Sent { get; } = [];

        public Task SendAsync(MailMessage message, CancellationToken ct = default)
        {
            Sent.Add(message);
            return Task.CompletedTask;
        }
    }
}
