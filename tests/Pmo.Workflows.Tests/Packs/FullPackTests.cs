using System.Text;
using System.Text.RegularExpressions;
using Pmo.Application.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Packs;

/// <summary>The monthly review with the real pack renderer: PDF and XLSX attached, each reader in their language.</summary>
[Collection(SerialCollection.Name)]
public sealed partial class FullPackTests
{
    [Fact]
    public async Task Monthly_review_with_the_renderer_mails_PDF_and_XLSX_and_keeps_them_for_download()
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

        // The e-mails show their charts through cid: references to inline parts they carry...
        foreach (var mail in distribution)
        {
            var cids = ImageSources().Matches(mail.Message.HtmlBody).Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(cids);
            Assert.All(cids, src => Assert.StartsWith("cid:", src, StringComparison.Ordinal));
            Assert.All(cids, src => Assert.Contains(mail.Message.Attachments, a => a.IsInline && a.ContentId == src["cid:".Length..]));
        }

        // ...while the kept pack.html, opened on its own or downloaded, carries them as data: URIs.
        await using var htmlFile = await world.Get<IReviewPackFiles>().OpenAsync(new YearMonth(2026, 10), "html");
        Assert.NotNull(htmlFile);
        using var reader = new StreamReader(htmlFile!, Encoding.UTF8);
        var html = await reader.ReadToEndAsync();
        Assert.DoesNotContain("cid:", html, StringComparison.OrdinalIgnoreCase);
        var sources = ImageSources().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(4, sources.Count);
        Assert.All(sources, src =>
        {
            Assert.StartsWith("data:image/png;base64,", src, StringComparison.Ordinal);
            Assert.Equal("\u0089PNG", Encoding.Latin1.GetString(Convert.FromBase64String(src["data:image/png;base64,".Length..]), 0, 4));
        });
        await using var pdf = await world.Get<IReviewPackFiles>().OpenAsync(new YearMonth(2026, 10), "pdf");
        Assert.NotNull(pdf);
        Assert.True(pdf!.Length > 1000);
    }

    [GeneratedRegex("<img [^>]*src=\"([^\"]*)\"")]
    private static partial Regex ImageSources();
}
