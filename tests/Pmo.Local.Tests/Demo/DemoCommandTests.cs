using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using MimeKit;
using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.Demo;

/// <summary><c>demo --out DIR</c> through the real binary: e-mails, a pack and a decision log, within a minute.</summary>
public sealed partial class DemoCommandTests
{
    [Fact]
    public async Task Demo_writes_emails_a_review_pack_and_a_decision_log_under_the_out_folder_within_a_minute()
    {
        using var work = new TempFolder();
        var output = Path.Combine(work.Path, "demo-out");

        // SMTP configured in the environment (as for serve) must not reach the demo's fictitious people: were the demo
        // to use it, every send would fail on this unreachable host and the demo with it.
        var smtpForServe = new Dictionary<string, string>
        {
            ["PMO_Mail__Provider"] = "Smtp",
            ["PMO_Mail__Smtp__Host"] = "smtp.invalid",
        };
        var result = await CliRun.RunAsync(work.Path, TimeSpan.FromMinutes(5), null, smtpForServe, "demo", "--out", output);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        var done = DoneIn().Match(result.StandardOutput);
        Assert.True(done.Success, result.StandardOutput);
        // How long it took is reported, not asserted: on a loaded 2-core CI box it is no measure of the demo.
        Assert.True(double.Parse(done.Groups[1].Value, CultureInfo.InvariantCulture) > 0, done.Value);

        // Invitations, reminders, missed notices, digests, committee and pack mails, each a parseable .eml.
        var emails = Directory.GetFiles(Path.Combine(output, "outbox"), "*.eml");
        Assert.True(emails.Length >= 30, $"only {emails.Length} e-mails");
        Assert.Contains(emails, e => Path.GetFileName(e).Contains("reminder1", StringComparison.Ordinal));
        Assert.Contains(emails, e => Path.GetFileName(e).Contains("digest", StringComparison.Ordinal));
        var invitation = await MimeMessage.LoadAsync(emails.First(e => Path.GetFileName(e).StartsWith("chase-DATA-GOUV", StringComparison.Ordinal)));
        Assert.Contains("/api/forms/update/", invitation.TextBody);

        // The review pack in its three renderings, and a decision log with the committee's decisions.
        var pack = Directory.GetFiles(Path.Combine(output, "packs"), "pack.*", SearchOption.AllDirectories).Select(Path.GetExtension).ToHashSet();
        Assert.Superset(new HashSet<string?> { ".html", ".pdf", ".xlsx" }, pack);

        // pack.html opened on its own in a browser: every chart is in the file (data: URIs), none points into an e-mail.
        var packHtml = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(output, "packs"), "pack.html", SearchOption.AllDirectories).First());
        Assert.DoesNotContain("cid:", packHtml, StringComparison.OrdinalIgnoreCase);
        var images = new HtmlParser().ParseDocument(packHtml).QuerySelectorAll("img").Select(i => i.GetAttribute("src") ?? "").ToList();
        Assert.NotEmpty(images);
        Assert.All(images, src => Assert.StartsWith("data:image/png;base64,iVBORw0KGgo", src, StringComparison.Ordinal));
        var log = await File.ReadAllTextAsync(Path.Combine(output, "decision-log.md"));
        Assert.Contains("ERP-FIN", log);
        Assert.Contains("PORTAIL-ADH", log);
        Assert.Contains(Path.Combine(output, "decision-log.md"), result.StandardOutput);
        Assert.Contains("Digest to the PMO", result.StandardOutput);

        // The arbitration session: the pack to each of the three members, the reminder to the one who had not voted
        // by then, the outcome to both requesters; one GO and one NO-GO in the log, and the GO's project in the pack.
        var arbitration = emails.Select(Path.GetFileName).Where(e => e!.StartsWith("arbitration-", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, arbitration.Count(e => e!.Contains("-pack-", StringComparison.Ordinal)));
        Assert.Single(arbitration, e => e!.Contains("-reminder-", StringComparison.Ordinal));
        Assert.Equal(2, arbitration.Count(e => e!.Contains("-outcome-", StringComparison.Ordinal)));
        Assert.Matches(@"\| DEM-DEMO-0001 \| Arbitration [0-9-]+: Claims self-service portal \| Approve \|", log);
        Assert.Matches(@"\| DEM-DEMO-0002 \| Arbitration [0-9-]+: Entrepôt de données RH \| Reject \|", log);
        Assert.Contains("Claims self-service portal", packHtml);

        // Each member's pack states what the demands need against free capacity, in the member's language: the data
        // warehouse's 20 days of Data engineer next month against Hugo's 5 free days (Léa is over-allocated).
        foreach (var file in emails.Where(e => Path.GetFileName(e).StartsWith("arbitration-", StringComparison.Ordinal) && e.Contains("-pack-", StringComparison.Ordinal)))
        {
            var mail = await MimeMessage.LoadAsync(file);
            var text = new HtmlParser().ParseDocument(mail.HtmlBody ?? "").Body!.TextContent;
            Assert.Matches(@"DEM-DEMO-0002 (needs 20 days of Data engineer time in \w+ \d{4}; 5 are free\.|nécessite 20 jours de Data engineer en \w+ \d{4}\u202F; 5 sont libres\.)", text);
            Assert.Matches(@"DEM-DEMO-0001 (needs 30 days of Developer time|nécessite 30 jours de Developer)", text);
        }

        // The GO's project staffed before the next cycle: its new PM is welcomed (in French), then invited every week.
        var welcome = await MimeMessage.LoadAsync(Path.Combine(output, "outbox", "staffing-DEM-DEMO-0001-welcome-marc.dupont-at-example.org.eml"));
        Assert.Equal("Vous êtes désormais chef de projet de Claims self-service portal", welcome.Subject);
        Assert.Equal("auto-generated", welcome.Headers["Auto-Submitted"]);
        Assert.Contains("Sofia Garcia", welcome.TextBody);
        Assert.Contains("Merci de répondre avant le ", welcome.TextBody);
        var invitations = emails.Select(Path.GetFileName).Where(e => e!.StartsWith("chase-DEM-DEMO-0001-", StringComparison.Ordinal) && e.EndsWith("-invite.eml", StringComparison.Ordinal)).ToList();
        Assert.True(invitations.Count >= 2, string.Join(", ", invitations));
        var first = await MimeMessage.LoadAsync(Path.Combine(output, "outbox", invitations.Order(StringComparer.Ordinal).First()!));
        Assert.Equal("marc.dupont@example.org", first.To.Mailboxes.Single().Address);
        Assert.True(welcome.Date <= first.Date, $"welcome {welcome.Date}, first invitation {first.Date}");
        Assert.Matches(@"\| DEM-DEMO-0001 \| Team named: Marc Dupont as project manager, 2 team member\(s\) \| Approve \|", log);
        Assert.Contains("PMO staffs DEM-DEMO-0001: Marc Dupont named PM", result.StandardOutput);
        Assert.Contains("Marc Dupont answers for DEM-DEMO-0001", result.StandardOutput);
        Assert.DoesNotContain("Philippe Martin answers for DEM-DEMO-0001", result.StandardOutput);
    }

    [GeneratedRegex(@"Done in ([0-9.]+) s\.")]
    private static partial Regex DoneIn();
}
