using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Workflows.Mail;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Mail;

public sealed class MailComposerTests
{
    private static readonly WeekDeadlines Week48 = new(
        new IsoWeek(2026, 48), Paris.At(11, 23, 9), Paris.At(11, 25, 12), Paris.At(11, 26, 17), Paris.At(11, 27, 12), Paris.At(11, 27, 14));

    private static readonly MailComposer Composer = new(Paris.Zone, "Acme PMO");

    [Fact]
    public void ChaseInvite_InFrench_HasAStableIdTheDeadlineInParisTimeAndTheLink()
    {
        var project = Project("CASTOR", "Castor Data", Chloe, Sam);

        var mail = Composer.ChaseInvite(project, Week48, "https://pmo.example/api/forms/update/abc.def", Week48.ChaseOpensUtc);

        Assert.Equal("chase-CASTOR-2026-W48-invite", mail.MessageId);
        Assert.Equal("chase-invite", mail.Category);
        Assert.Equal("fr", mail.Language);
        Assert.Equal("Point hebdomadaire Castor Data – 2026-W48", mail.Subject);
        Assert.Contains("mercredi 25 novembre 2026, 12:00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Remplir le point: https://pmo.example/api/forms/update/abc.def", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pmo.example/api/forms/update/abc.def\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void UserText_IsEncodedInTheHtml()
    {
        var project = Project("EVIL", "<script>alert(1)</script> & Co", Alice with { Name = "<b>Al</b>" }, Sue);

        var mail = Composer.FirstReminder(project, Week48, "https://pmo.example/api/forms/update/x?a=1&b=<2>", Week48.FirstReminderUtc);

        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Al</b>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"https://pmo.example/api/forms/update/x?a=1&amp;b=&lt;2&gt;\"", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void SecondReminder_GoesToThePmWithTheLink_AndToTheSponsorWithout_EachInTheirLanguage()
    {
        var project = Project("BOREAL", "Boréal ERP", Bruno, Sue);

        var mails = Composer.SecondReminder(project, Week48, "https://pmo.example/api/forms/update/tok");

        Assert.Equal(["chase-BOREAL-2026-W48-reminder2-bruno-at-acme.example", "chase-BOREAL-2026-W48-reminder2-sue-at-acme.example"], mails.Select(m => m.MessageId));
        Assert.Equal(["fr", "en"], mails.Select(m => m.Language));
        Assert.Contains("forms/update/tok", mails[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("forms/update", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("Friday 27 November 2026, 12:00", mails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ChaseInvite_SentAfterTheFirstReminderTime_InEnglish_AsksForTheAnswerByTheSecondReminder_InBothParts()
    {
        var project = Project("ATLAS", "Atlas CRM", Alice, Sue);

        // Wednesday 25/11 14:00 Paris: two hours after the first-reminder time.
        var mail = Composer.ChaseInvite(project, Week48, "https://pmo.example/api/forms/update/tok", Paris.At(11, 25, 14));

        const string Due = "Please send this week's status update for Atlas CRM (2026-W48) by Thursday 26 November 2026, 17:00.";
        Assert.Contains(Due, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Due), mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Wednesday", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Wednesday", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ChaseInvite_SentAfterTheFirstReminderTime_InFrench_AsksForTheAnswerByTheSecondReminder_InBothParts()
    {
        var project = Project("CASTOR", "Castor Data", Chloe, Sam);

        var mail = Composer.ChaseInvite(project, Week48, "https://pmo.example/api/forms/update/tok", Paris.At(11, 25, 14));

        Assert.Contains("pour la semaine 2026-W48 avant le jeudi 26 novembre 2026, 17:00.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("pour la semaine 2026-W48 avant le jeudi 26 novembre 2026, 17:00.", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("mercredi", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("mercredi", mail.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ChaseInvite_SentAfterTheSecondReminderTime_NamesTheMissedDeadline()
    {
        var mails = new[] { Project("ATLAS", "Atlas CRM", Alice, Sue), Project("BOREAL", "Boréal ERP", Bruno, Sue) }
            .Select(p => Composer.ChaseInvite(p, Week48, "https://pmo.example/api/forms/update/tok", Paris.At(11, 26, 18)))
            .ToList();

        Assert.Contains("by Friday 27 November 2026, 12:00.", mails[0].TextBody, StringComparison.Ordinal);
        Assert.Contains("by Friday 27 November 2026, 12:00.", mails[0].HtmlBody, StringComparison.Ordinal);
        Assert.Contains("avant le vendredi 27 novembre 2026, 12:00.", mails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains("avant le vendredi 27 novembre 2026, 12:00.", mails[1].HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstReminder_NamesTheSecondReminder_OrTheMissedDeadlineWhenItGoesOutAfterTheSecondReminderTime()
    {
        var project = Project("BOREAL", "Boréal ERP", Bruno, Sue);

        var onTime = Composer.FirstReminder(project, Week48, "https://pmo.example/api/forms/update/tok", Week48.FirstReminderUtc);
        var late = Composer.FirstReminder(project, Week48, "https://pmo.example/api/forms/update/tok", Paris.At(11, 26, 18));

        Assert.Contains("Merci de l'envoyer avant le jeudi 26 novembre 2026, 17:00.", onTime.TextBody, StringComparison.Ordinal);
        Assert.Contains("avant le jeudi 26 novembre 2026, 17:00.", onTime.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Merci de l'envoyer avant le vendredi 27 novembre 2026, 12:00.", late.TextBody, StringComparison.Ordinal);
        Assert.Contains("avant le vendredi 27 novembre 2026, 12:00.", late.HtmlBody, StringComparison.Ordinal);
    }
}
