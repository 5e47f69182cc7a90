using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Arbitration.ArbitrationWorld;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Arbitration;

/// <summary>The pack's e-mail to each member carries the rendered arbitration pack (real renderer), in the member's language.</summary>
[Collection(SerialCollection.Name)]
public sealed class ArbitrationPackMailTests
{
    [Fact]
    public async Task Each_member_gets_the_pack_as_the_body_with_its_PDF_and_XLSX_attached_in_their_language()
    {
        var (world, _) = await StartAsync();
        await using var disposal = world;

        var packs = world.Mailer.Sent.Where(m => m.Kind == "arbitration-pack").ToDictionary(m => m.To);
        Assert.Equal(3, packs.Count);
        foreach (var (member, suffix) in new[] { (Carl, "en"), (Claire, "fr"), (Hugo, "fr") })
        {
            var mail = packs[member.Email].Message;
            var pdf = Assert.Single(mail.Attachments, a => a.ContentType == "application/pdf");
            var xlsx = Assert.Single(mail.Attachments, a => a.FileName.EndsWith(".xlsx", StringComparison.Ordinal));
            Assert.Equal($"arbitration-pack-2026-12-{suffix}.pdf", pdf.FileName);
            Assert.Equal($"arbitration-pack-2026-12-{suffix}.xlsx", xlsx.FileName);
            Assert.Equal("%PDF"u8.ToArray(), pdf.Content[..4]);
            Assert.Equal("PK"u8.ToArray(), xlsx.Content[..2]);

            // The pack's HTML is the body, below the member's own vote link; every agenda demand is in it.
            Assert.Contains("/forms/arbitration/", mail.HtmlBody, StringComparison.Ordinal);
            Assert.Contains(suffix == "en" ? "Score from 0 to 100" : "Score de 0 à 100", mail.HtmlBody, StringComparison.Ordinal);
            Assert.All(new[] { "Demand ALPHA", "Demand BETA", "Demand GAMMA" }, title => Assert.Contains(title, mail.HtmlBody, StringComparison.Ordinal));
        }

        // The reminder only nudges: no second copy of the pack.
        await world.AdvanceToAsync(Reminder.AddMinutes(15));
        var reminders = world.Mailer.Sent.Where(m => m.Kind == "arbitration-reminder").ToList();
        Assert.Equal(3, reminders.Count);
        Assert.All(reminders, m => Assert.Empty(m.Message.Attachments));
    }
}
