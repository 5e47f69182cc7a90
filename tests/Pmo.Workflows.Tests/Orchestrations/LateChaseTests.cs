using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Orchestrations;

/// <summary>A chase opened after some of its deadlines (first start mid-week, catch-up after downtime).</summary>
[Collection(SerialCollection.Name)]
public sealed class LateChaseTests
{
    [Fact]
    public async Task Chase_opened_after_the_first_reminder_time_sends_only_the_invitation_then_the_second_reminder_on_time()
    {
        // Wednesday 18/11 14:00 Paris: the week's chase opens two hours after its first-reminder time.
        await using var world = new VirtualWorld(Paris.At(11, 18, 14), lookback: TimeSpan.FromDays(8));
        await world.SeedAsync(Settings());
        await world.TickAsync();
        await world.AdvanceToAsync(Paris.At(11, 18, 15));

        var toAlice = world.Mailer.Sent.Where(m => m.To == Alice.Email).ToList();
        var invite = Assert.Single(toAlice);
        Assert.Equal("chase-invite", invite.Kind);

        await world.AdvanceToAsync(Paris.At(11, 19, 17, 15));

        var kinds = world.Mailer.Sent.Where(m => m.To == Alice.Email).Select(m => m.Kind).ToList();
        Assert.Equal(["chase-invite", "second-reminder"], kinds);
        Assert.Equal("Thu 19/11 17:00", Paris.Local(world.Mailer.Sent.Single(m => m.To == Alice.Email && m.Kind == "second-reminder").SentAtUtc));
    }

    [Fact]
    public async Task Chase_opened_after_the_first_reminder_time_invites_each_PM_to_answer_before_the_one_deadline_in_their_language()
    {
        // Wednesday 18/11 14:00 Paris: the first reminder (Wednesday 12:00) has passed; the deadline is Friday 12:00.
        await using var world = new VirtualWorld(Paris.At(11, 18, 14), lookback: TimeSpan.FromDays(8));
        await world.SeedAsync(Settings());
        await world.TickAsync();
        await world.AdvanceToAsync(Paris.At(11, 18, 15));

        var toAlice = Invite(world, Alice.Email);
        Assert.Equal("en", toAlice.Language);
        AssertBothParts(toAlice, "before Friday 20 November 2026, 12:00 (Europe/Paris).", "Wednesday");

        var toChloe = Invite(world, Chloe.Email);
        Assert.Equal("fr", toChloe.Language);
        AssertBothParts(toChloe, "avant le vendredi 20 novembre 2026, 12:00 (Europe/Paris).", "mercredi");
    }

    [Fact]
    public async Task Invitation_and_reminders_of_one_chase_name_the_same_deadline()
    {
        await using var world = new VirtualWorld(Paris.At(11, 16, 8, 45));
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 16, 9));
        await world.TickAsync();
        await world.AdvanceToAsync(Paris.At(11, 19, 17, 15));

        var toBruno = world.Mailer.Sent.Where(m => m.To == Bruno.Email).ToList();
        Assert.Equal(["chase-invite", "first-reminder", "second-reminder"], toBruno.Select(m => m.Kind));
        Assert.All(toBruno, m => AssertBothParts(m.Message, "avant le vendredi 20 novembre 2026, 12:00 (Europe/Paris)", "jeudi"));
    }

    private static Pmo.Application.Ports.Mail.MailMessage Invite(VirtualWorld world, string email) =>
        Assert.Single(world.Mailer.Sent, m => m.To == email && m.Kind == "chase-invite").Message;

    private static void AssertBothParts(Pmo.Application.Ports.Mail.MailMessage mail, string named, string otherDay)
    {
        Assert.Contains(named, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(named, mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain(otherDay, mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(otherDay, mail.HtmlBody, StringComparison.Ordinal);
    }
}
