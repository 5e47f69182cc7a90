using System.Text;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Portfolio;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Packs;

/// <summary>The monthly review with the real pack renderer: PDF and XLSX attached, each reader in their language.</summary>
[Collection(SerialCollection.Name)]
public sealed class FullPackTests
{
    [Fact]
    public async Task MonthlyReview_WithTheRenderer_MailsPdfAndXlsx_AndKeepsThemForDownload()
    {
        await using var world = new VirtualWorld(Paris.At(11, 2, 6, 45), fullPackRenderer: true);
        await world.SeedAsync(Settings());
        await world.AdvanceToAsync(Paris.At(11, 2, 7));
        await world.TickAsync();
        await world.AdvanceToAsync(Paris.At(11, 3, 7));

        var distribution = world.Mailer.Sent.Where(m => m.Kind == "pack-distribution").OrderBy(m => m.To, StringComparer.Ordinal).ToList();
        Assert.Equal([Ray.Email, Rose.Email], distribution.Select(m => m.To));
        foreach (var mail in distribution)
        {
            var files = mail.Message.Attachments.Where(a => !a.IsInline).Select(a => Path.GetExtension(a.FileName)).Order().ToList();
            Assert.Equal([".pdf", ".xlsx"], files);
            Assert.StartsWith("%PDF", Encoding.ASCII.GetString(mail.Message.Attachments.Single(a => a.FileName.EndsWith(".pdf", StringComparison.Ordinal)).Content, 0, 4), StringComparison.Ordinal);
        }

        Assert.Contains("Revue de portefeuille", distribution[1].Message.Subject, StringComparison.Ordinal);
        await using var pdf = await world.Get<IReviewPackFiles>().OpenAsync(new YearMonth(2026, 10), "pdf");
        Assert.NotNull(pdf);
        Assert.True(pdf!.Length > 1000);
    }
}
