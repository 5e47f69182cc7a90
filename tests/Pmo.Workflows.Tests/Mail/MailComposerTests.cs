using Pmo.Application.Mail;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Mail;

public sealed class MailComposerTests
{
    private static readonly WeekDeadlines Week48 = new(
        new IsoWeek(2026, 48), Paris.At(11, 23, 9), Paris.At(11, 25, 12), Paris.At(11, 26, 17), Paris.At(11, 27, 12), Paris.At(11, 27, 14));

    private static readonly MailComposer Composer = new(Paris.Zone, "Acme PMO", "acme");

    [Fact]
    public void Chase_invite_in_French_has_a_stable_id_the_deadline_in_Paris_time_and_the_link()
    {
        var project = Project("CASTOR", "Castor Data", Chloe, Sam);

        var mail = Composer.ChaseInvite(project, Week48, "https://pmo.example/api/forms/update/abc.def");

        Assert.Equal("chase-CASTOR-2026-W48-invite", mail.MessageId);
        Assert.Equal("chase-invite", mail.Category);
        Assert.Equal("fr", mail.Language);
        Assert.Equal("Point hebdomadaire Castor Data – 2026-W48", mail.Subject);
        Assert.Contains("avant le vendredi 27 novembre 2026, 12:00 (Europe/Paris).", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Remplir le point\u202F: https://pmo.example/api/forms/update/abc.def", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pmo.example/api/forms/update/abc.def\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void User_text_is_encoded_in_the_html()
    {
        var project = Project("EVIL", "<script>alert(1)</script> & Co", Alice with { Name = "<b>Al</b>" }, Sue);

        var mail = Composer.FirstReminder(project, Week48, "https://pmo.example/api/forms/update/x?a=1&b=<2>");

        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Al</b>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pmo.example/api/forms/update/x?a=1&amp;b=&lt;2&gt;\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Second_reminder_goes_to_the_PM_with_the_link_and_to_the_sponsor_without_each_in_their_language()
    {
        var project = Project("BOREAL", "Boréal ERP", Bruno, Sue);

        var mails = Composer.SecondReminder(project, Week48, "https://pmo.example/api/forms/update/tok");

        Assert.Equal(["chase-BOREAL-2026-W48-reminder2-bruno-at-acme.example", "chase-BOREAL-2026-W48-reminder2-sue-at-acme.example"], mails.Select(m => m.MessageId));
        Assert.Equal(["fr", "en"], mails.Select(m => m.Language));
        Assert.Contains("forms/update/tok", mails[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("forms/update", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Unless it arrives before Friday 27 November 2026, 12:00 (Europe/Paris), it is reported to the PMO as missed.", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Merci de l'envoyer avant le vendredi 27 novembre 2026, 12:00 (Europe/Paris)\u202F: passé ce délai", mails[0].TextBody, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "before Friday 27 November 2026, 12:00 (Europe/Paris)")]
    [InlineData("fr", "avant le vendredi 27 novembre 2026, 12:00 (Europe/Paris)")]
    public void Invitation_and_both_reminders_to_the_pm_name_one_deadline_the_missed_instant_with_the_zone(string language, string deadline)
    {
        var project = Project("ATLAS", "Atlas CRM", language == "fr" ? Bruno : Alice, Sue);
        const string Url = "https://pmo.example/api/forms/update/tok";

        MailMessage[] toPm = [Composer.ChaseInvite(project, Week48, Url), Composer.FirstReminder(project, Week48, Url), Composer.SecondReminder(project, Week48, Url)[0]];

        foreach (var mail in toPm)
        {
            Assert.Equal(language, mail.Language);
            Assert.Contains(deadline, mail.TextBody, StringComparison.Ordinal);
            Assert.Contains(System.Net.WebUtility.HtmlEncode(deadline), mail.HtmlBody, StringComparison.Ordinal);

            // No other instant of the week (the reminders' times) is offered as a deadline.
            foreach (var other in language == "fr" ? new[] { "mercredi", "jeudi" } : ["Wednesday", "Thursday"])
            {
                Assert.DoesNotContain(other, mail.TextBody, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Every_instant_in_an_email_names_the_organisations_zone()
    {
        var mail = Composer.PackApproval(
            YearMonth.Parse("2026-10"), Alice, "https://pmo.example/api/forms/pack/tok", Paris.At(11, 3, 10), new BuiltPack("<p>pack</p>", []));

        Assert.Contains("automatically on Tuesday 3 November 2026, 10:00 (Europe/Paris).", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_message_belongs_to_the_organisations_calendar_list_named_in_the_recipients_language()
    {
        var project = Project("BOREAL", "Boréal ERP", Bruno, Sue);

        var mails = Composer.SecondReminder(project, Week48, "https://pmo.example/api/forms/update/tok");

        Assert.Equal([new MailList("Calendrier Acme PMO", "acme"), new MailList("Acme PMO calendar", "acme")], mails.Select(m => m.List));
        Assert.Equal("Globex PMO calendar", new MailComposer(Paris.Zone, "Globex", "globex").UpdateMissed(project, Week48.Week, Alice).List!.Description);
    }

    [Theory]
    [InlineData("en", "5 projects: 3 answered on time (2 before any reminder, 1 after a reminder), 1 missed.", "on time, after a reminder")]
    [InlineData("fr", "5 projets : 3 points reçus dans les délais (2 sans relance, 1 après relance), 1 manquant.", "dans les délais, après relance")]
    public void The_digest_counts_answers_before_the_deadline_as_on_time_and_says_which_needed_a_reminder(string language, string summary, string afterReminder)
    {
        DigestRow Row(string name, ChaseOutcome outcome) => new(name, outcome, "Green", "", "", "");
        IReadOnlyList<DigestRow> rows =
        [
            Row("Atlas CRM", ChaseOutcome.OnTimeBeforeReminder), Row("Boréal ERP", ChaseOutcome.OnTimeAfterReminder),
            Row("Castor Data", ChaseOutcome.Missed), Row("Delta Portal", ChaseOutcome.OnTimeBeforeReminder), Row("Echo Mobile", ChaseOutcome.Failed),
        ];

        var mail = Composer.WeeklyDigest(Week48.Week, rows, language == "fr" ? Bruno : Paula);

        Assert.Contains(summary, mail.TextBody.Replace('\u202F', ' '), StringComparison.Ordinal);
        Assert.Contains($"- Boréal ERP | {afterReminder} | Green", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)\blate\b|retard|à l'heure", mail.TextBody);
    }
}
