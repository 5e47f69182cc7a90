using Pmo.Application.Mail;
using Pmo.Application.Ports.Mail;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Tests.Shared;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Mail;

/// <summary>
/// Every e-mail the calendar sends, in French, puts a narrow no-break space before <c>: ; ? !</c> and inside « » (the
/// plain-text button line "Remplir le point : https://…" included); the English ones carry none.
/// </summary>
public sealed class FrenchTypographyTests
{
    private static readonly WeekDeadlines Week48 = new(
        new IsoWeek(2026, 48), Paris.At(11, 23, 9), Paris.At(11, 25, 12), Paris.At(11, 26, 17), Paris.At(11, 27, 12), Paris.At(11, 27, 14));

    private static readonly MailComposer Composer = new(Paris.Zone, "Acme", "acme");
    private const string Url = "https://pmo.example/api/forms/update/abc.def?x=1";

    [Fact]
    public void Every_french_email_puts_a_narrow_no_break_space_before_two_part_punctuation()
    {
        var mails = AllMessages(Language.Fr);

        Assert.All(mails, m => Assert.Equal("fr", m.Language));
        Assert.All(mails, m => Assert.Empty(FrenchTypography.Faults($"{m.Subject}\n{m.TextBody}\n{FrenchTypography.TextOfHtml(m.HtmlBody)}")));
        var invite = mails[0];
        Assert.Contains($"Remplir le point{FrenchTypography.Thin}: {Url}", invite.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Relance{FrenchTypography.Thin}: point hebdomadaire", mails[1].Subject, StringComparison.Ordinal);
        Assert.Contains($"«{FrenchTypography.Thin}approuver{FrenchTypography.Thin}»", mails[^1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void English_emails_keep_their_punctuation_tight()
    {
        var mails = AllMessages(Language.En);

        Assert.All(mails, m => Assert.Equal("en", m.Language));
        Assert.All(mails, m => Assert.DoesNotContain(FrenchTypography.Thin, m.Subject + m.TextBody + m.HtmlBody));
        Assert.Contains($"Fill in the update: {Url}", mails[0].TextBody, StringComparison.Ordinal);
    }

    /// <summary>One message of every kind, to a recipient speaking <paramref name="language"/>; the last is the decision.</summary>
    private static List<MailMessage> AllMessages(Language language)
    {
        var fr = language == Language.Fr;
        var pm = fr ? Bruno : Alice;
        var reader = fr ? Claire : Carl;
        var project = Project("BOREAL", "Boréal ERP", pm, fr ? Sam : Sue);
        var month = YearMonth.Parse("2026-10");
        var pack = new BuiltPack("<p>Dossier</p>", []);
        var escalation = new Escalation
        {
            Id = "BOREAL-2026-W48-redtwoweeksrunning",
            ProjectId = "BOREAL",
            Reason = EscalationReason.RedTwoWeeksRunning,
            Summary = "Boréal ERP",
            Question = "Reporter la mise en production",
            RaisedAt = Paris.At(11, 27, 12),
            ReminderDue = Paris.At(11, 30, 12),
            ConveneDue = Paris.At(12, 4, 12),
        };
        var decision = new Decision
        {
            Id = "BOREAL-2026-W48-redtwoweeksrunning-decision",
            ProjectId = "BOREAL",
            Title = "Boréal ERP",
            Outcome = DecisionOutcome.Approve,
            Rationale = "Dans le budget actuel",
            DecidedBy = reader.Email,
        };
        DigestRow Row(ChaseOutcome outcome) => new("Boréal ERP", outcome, "Amber", "", "", "");

        return
        [
            Composer.ChaseInvite(project, Week48, Url),
            Composer.FirstReminder(project, Week48, Url),
            .. Composer.SecondReminder(project, Week48, Url),
            Composer.UpdateMissed(project, Week48.Week, reader),
            Composer.WeeklyDigest(Week48.Week, [Row(ChaseOutcome.OnTimeBeforeReminder), Row(ChaseOutcome.OnTimeAfterReminder), Row(ChaseOutcome.Missed), Row(ChaseOutcome.Failed)], reader),
            Composer.PackApproval(month, reader, Url, Paris.At(11, 3, 10), pack),
            Composer.PackDistribution(month, reader, pack),
            Composer.EscalationNotice(escalation, project, reader, Url, reminder: false),
            Composer.EscalationNotice(escalation, project, reader, Url, reminder: true),
            Composer.ConveneCommittee(escalation, project, reader),
            Composer.PmWelcome(project, Week48, Paris.At(12, 1, 9), [new WelcomeTeamLine("Léa Martin", YearMonth.Parse("2027-03"), 4.5m)]),
            Composer.PmWelcome(project, Week48, Paris.At(12, 1, 9), []),
            Composer.DecisionRecorded(escalation, project, decision, reader),
        ];
    }
}
