using System.Reflection;
using Pmo.Application.Packs;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;
using Pmo.Reports.Text;
using Pmo.Tests.Shared;

namespace Pmo.Reports.Tests;

/// <summary>
/// The French pack puts a narrow no-break space before <c>: ; ? !</c> (cover line "Taux de mise à jour hebdomadaire :
/// …", notes with ";"), in every label and in the rendered e-mail and PDF; the English pack carries none.
/// </summary>
public sealed class FrenchTypographyTests
{
    [Fact]
    public void Every_french_label_and_format_follows_french_typography_and_no_english_one_borrows_it()
    {
        Assert.Empty(FrenchTypography.Faults(string.Join("\n", Texts(FrenchText.Instance))));
        Assert.DoesNotContain(Texts(EnglishText.Instance), s => s.Contains(FrenchTypography.Thin, StringComparison.Ordinal));
    }

    [Fact]
    public void The_rendered_french_pack_follows_french_typography()
    {
        var pack = new ReviewPackRenderer().Render(WithoutUserPunctuation(Language.Fr));

        // pdftotext prints U+202F as a plain space, so the PDF is checked through its labels (above) and here only
        // for a space before each sign; the e-mail's HTML is checked character for character.
        Assert.Matches(@"Taux de mise à jour hebdomadaire\s:\s\d", Poppler.PdfToText(pack.Pdf, 1, 1));
        var html = FrenchTypography.TextOfHtml(pack.Email.Html);
        Assert.Contains($"dans le PDF joint{FrenchTypography.Thin}; tous les registres", html, StringComparison.Ordinal);
        Assert.Empty(FrenchTypography.Faults(html));
        Assert.Empty(FrenchTypography.Faults(pack.Email.Subject));
    }

    /// <summary>The pack's own words only: the synthetic portfolio's free texts (questions, difficulties) are users' words.</summary>
    private static ReviewPackInput WithoutUserPunctuation(Language language)
    {
        var input = SyntheticPortfolio.Generate(12, weeks: 6, language);
        return SyntheticPortfolio.WithKpis(input with
        {
            Updates = [.. input.Updates.Select(u => u with { Difficulties = "Retard fournisseur", HelpNeeded = "", DecisionQuestion = "" })],
            Risks = [.. input.Risks.Select(r => r with { Mitigation = "Plan B" })],
            Escalations = [.. input.Escalations.Select(e => e with { Summary = "Dépassement", Question = "Budget complémentaire" })],
            Decisions = [.. input.Decisions.Select(d => d with { Rationale = "Qualité" })],
        });
    }

    private static List<string> Texts(PackText text) =>
    [
        .. typeof(PackText).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string)p.GetValue(text)!),
        .. text.Enums.Values,
    ];
}
