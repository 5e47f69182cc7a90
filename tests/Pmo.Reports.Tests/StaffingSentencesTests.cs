using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using Pmo.Reports.Text;
using Pmo.Tests.Shared;

namespace Pmo.Reports.Tests;

/// <summary>The staffing need as the arbitration pack prints it: the domain's English sentence, and its French wording.</summary>
public sealed class StaffingSentencesTests
{
    [Theory]
    [InlineData(40, 12)]
    [InlineData(12.5, 0)]
    [InlineData(3, 121.82)]
    public void English_sentence_is_the_domains_own(decimal needed, decimal free)
    {
        var need = new StaffingNeed("Data engineer", new YearMonth(2027, 3), needed, free);

        Assert.Equal(need.Sentence, StaffingSentences.Of(need, EnglishText.Instance, new PackFormat(EnglishText.Instance.Culture)));
    }

    [Fact]
    public void French_sentence_has_french_words_decimal_comma_lower_case_month_and_a_narrow_space_before_the_semicolon()
    {
        var need = new StaffingNeed("Développeur", new YearMonth(2027, 3), 12.5m, 40m);

        var sentence = StaffingSentences.Of(need, FrenchText.Instance, new PackFormat(FrenchText.Instance.Culture));

        Assert.Equal("nécessite 12,5 jours de Développeur en mars 2027\u202F; 40 sont libres.", sentence);
        Assert.Empty(FrenchTypography.Faults(sentence));
    }

    [Theory]
    [InlineData("Ingénieur data", "nécessite 8 jours d'Ingénieur data en août 2027\u202F; 0 sont libres.")]
    [InlineData("Architecte", "nécessite 8 jours d'Architecte en août 2027\u202F; 0 sont libres.")]
    public void French_sentence_elides_de_before_a_vowel(string role, string expected)
    {
        var need = new StaffingNeed(role, new YearMonth(2027, 8), 8m, 0m);

        Assert.Equal(expected, StaffingSentences.Of(need, FrenchText.Instance, new PackFormat(FrenchText.Instance.Culture)));
    }
}
