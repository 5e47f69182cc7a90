using Pmo.Application.Capacity;
using Pmo.Application.Mail;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Mail;

/// <summary>The new PM's welcome: the calendar's expectations in the PM's language, in the invitation's own words.</summary>
public sealed class PmWelcomeMailTests
{
    private static readonly GovernanceCalendar Calendar = new(Settings());
    private static readonly MailComposer Composer = new(Paris.Zone, "Acme PMO", "acme");
    private static readonly IReadOnlyList<WelcomeTeamLine> Team = [new("Léa Martin", new YearMonth(2027, 3), 4.5m)];

    [Theory]
    [InlineData(Language.En, "Please answer before ", "Approved budget: 100,000 EUR.", "March 2027")]
    [InlineData(Language.Fr, "Merci de répondre avant le ", "Budget approuvé\u202F: 100\u202F000 EUR.", "mars 2027")]
    public void The_welcome_names_the_deadline_of_the_next_invitation_in_the_same_words_as_that_invitation(
        Language language, string answerBefore, string budget, string month)
    {
        var now = Paris.At(11, 25, 10);
        var week = StaffingService.FirstWeekAfter(Calendar, now);
        var review = StaffingService.NextReviewAfter(Calendar, now);
        var project = Project("ATLAS", "Atlas CRM", new Contact("Léa Martin", "lea@acme.example", language), Sue);
        var t = MailTexts.For(language);
        var due = t.When(week.AnswerDeadlineUtc(), Paris.Zone);

        var welcome = Composer.PmWelcome(project, week, review, Team);
        var invite = Composer.ChaseInvite(project, week, "https://pmo.example/api/forms/update/x");

        Assert.Equal(new IsoWeek(2026, 49), week.Week);
        Assert.Contains(due, invite.TextBody, StringComparison.Ordinal);
        Assert.Contains(answerBefore + due, welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(t.When(week.ChaseOpensUtc, Paris.Zone), welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(t.When(review, Paris.Zone), welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(budget, welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(Sue.Name, welcome.TextBody, StringComparison.Ordinal);
        Assert.Contains(month, welcome.HtmlBody, StringComparison.Ordinal);
        Assert.Equal(("pm-welcome", language == Language.Fr ? "fr" : "en"), (welcome.Category, welcome.Language));
        Assert.Equal(MailIds.For(MailComposer.WelcomeStepId("ATLAS"), "lea@acme.example"), welcome.MessageId);
    }

    [Fact]
    public void The_first_week_is_this_weeks_until_its_chase_opens_and_the_review_is_the_next_one_to_assemble()
    {
        var beforeOpening = Paris.At(11, 23, 8);
        var afterOpening = Paris.At(11, 23, 10);

        Assert.Equal(new IsoWeek(2026, 48), StaffingService.FirstWeekAfter(Calendar, beforeOpening).Week);
        Assert.Equal(new IsoWeek(2026, 49), StaffingService.FirstWeekAfter(Calendar, afterOpening).Week);
        Assert.Equal(Calendar.ForMonth(new YearMonth(2026, 11)).AssembleUtc, StaffingService.NextReviewAfter(Calendar, afterOpening));
        Assert.Equal(Calendar.ForMonth(new YearMonth(2026, 10)).AssembleUtc, StaffingService.NextReviewAfter(Calendar, Paris.At(11, 1, 0)));
    }
}
