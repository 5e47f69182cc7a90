using System.Text.RegularExpressions;
using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using Pmo.Reports.Arbitration;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

/// <summary>The arbitration pack's PDF read back through pdftotext, as the committee reads it.</summary>
public sealed class ArbitrationPdfTests
{
    [Fact]
    public void Cover_gives_the_session_the_deadline_in_the_organisations_zone_the_count_and_the_money_in_its_currency()
    {
        var input = Arbitrations.Input();
        var requested = input.Demands.Sum(d => d.Demand.EstimatedBudget.Amount);

        var cover = Plain(Poppler.PdfToText(Arbitrations.Render().Pdf, 1, 1));

        Assert.Contains("Arbitration pack", cover, StringComparison.Ordinal);
        Assert.Contains("Session of March 2027", cover, StringComparison.Ordinal);
        // 13:00 UTC is 14:00 in Paris in March (winter time).
        Assert.Contains("Votes close Tuesday 9 March 2027, 14:00 (Europe/Paris)", cover, StringComparison.Ordinal);
        Assert.Contains($"{Arbitrations.Demands} qualified demands", cover, StringComparison.Ordinal);
        Assert.Contains($"Requested: {Grouped(requested)} EUR\nApproved budget not yet spent on active projects: {Grouped(input.RemainingBudget.Amount)} EUR\n", cover, StringComparison.Ordinal);
        Assert.Contains($"The demands ask for {Grouped(requested - input.RemainingBudget.Amount)} EUR more than that.", cover, StringComparison.Ordinal);
        Assert.Equal("arbitration-pack-2027-03.pdf", Arbitrations.Render().PdfFileName);
    }

    [Fact]
    public void Ranking_lists_every_demand_in_rank_order_with_its_score_and_criteria()
    {
        var input = Arbitrations.Input();
        var text = Plain(Poppler.PdfToText(Arbitrations.Render().Pdf, 2, 2));

        Assert.Contains("Demands ranked by weighted score", text, StringComparison.Ordinal);
        var positions = input.Demands.Select(d => text.IndexOf(d.Demand.Id, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        var third = input.Demands[2];
        var s = third.Demand.Scores;
        Assert.Matches($@"(?s)3\s+{third.Demand.Id}.*?{Grouped(third.Demand.EstimatedBudget.Amount)} EUR\s+{third.Demand.EstimatedDurationMonths}\s+{third.Score:0.0}\s+{s.StrategicAlignment}\s+{s.BusinessValue}\s+{s.Urgency}\s+{s.RiskReduction}\s+{s.Feasibility}", text);
    }

    [Fact]
    public void Each_demand_has_its_own_page_with_business_case_benefits_links_and_staffing_needs()
    {
        var input = Arbitrations.Input();
        var pack = Arbitrations.Render();
        var pages = Poppler.PdfToText(pack.Pdf).Split('\f');
        var first = input.Demands[0].Demand;
        var withoutNeeds = input.Demands.Select(d => d.Demand).First(d => !input.StaffingNeeds.ContainsKey(d.Id));
        var withNeeds = input.Demands.Select(d => d.Demand).First(d => input.StaffingNeeds.ContainsKey(d.Id) && input.StaffingNeeds[d.Id].Count > 0);

        foreach (var ranked in input.Demands)
        {
            Assert.Single(pages, p => p.Contains($"{ranked.Rank}. {ranked.Demand.Id} — ", StringComparison.Ordinal));
        }

        var page = Plain(pages.Single(p => p.Contains($"1. {first.Id} — {Packs.ScriptName}", StringComparison.Ordinal)));
        Assert.Contains("Business case", page, StringComparison.Ordinal);
        Assert.Contains(Packs.FormulaDifficulty, page, StringComparison.Ordinal);
        Assert.Contains("Expected benefits", page, StringComparison.Ordinal);
        Assert.Contains($"Business case <v1> — {Arbitrations.AttachmentUrl}", page, StringComparison.Ordinal);
        // The attachment is a clickable link, not only text.
        Assert.Contains("/URI (https://docs.example.org/business-case.pdf?v=1&lang=fr)", System.Text.Encoding.Latin1.GetString(pack.Pdf), StringComparison.Ordinal);

        var needs = Plain(pages.Single(p => p.Contains($". {withNeeds.Id} — ", StringComparison.Ordinal)));
        Assert.All(input.StaffingNeeds[withNeeds.Id], n => Assert.Contains($"{withNeeds.Id} {n.Sentence}", needs, StringComparison.Ordinal));
        var none = Plain(pages.Single(p => p.Contains($". {withoutNeeds.Id} — ", StringComparison.Ordinal)));
        Assert.Contains("No staffing need given.", none, StringComparison.Ordinal);
    }

    [Fact]
    public void Capacity_table_shows_capacity_allocated_and_free_per_role_and_month_and_lists_the_over_allocated()
    {
        var input = Arbitrations.Input();
        var text = Plain(Poppler.PdfToText(Arbitrations.Render().Pdf));
        var cell = input.Capacity!.Cells.First(c => c.OverAllocated.Count > 0);
        var over = cell.OverAllocated[0];

        Assert.Contains("Capacity in the coming months", text, StringComparison.Ordinal);
        Assert.Contains($"{Grouped(cell.Capacity)} / {Grouped(cell.Allocated)} / {Grouped(cell.Free)}", text, StringComparison.Ordinal);
        Assert.Contains($"{cell.OverAllocated.Count} over 100%", text, StringComparison.Ordinal);
        Assert.Contains("Over-allocated person-months", text, StringComparison.Ordinal);
        Assert.Matches($@"{over.Name}\s+{cell.Month.FirstDay:MMM yyyy}", text);
    }

    [Fact]
    public void French_pack_speaks_french_with_french_money_dates_and_staffing_sentences()
    {
        var input = Arbitrations.Input(Language.Fr);
        var text = Plain(Poppler.PdfToText(Arbitrations.Render(Language.Fr).Pdf));
        var withNeeds = input.Demands.Select(d => d.Demand).First(d => input.StaffingNeeds.TryGetValue(d.Id, out var n) && n.Count > 0);
        var need = input.StaffingNeeds[withNeeds.Id][0];

        foreach (var expected in new[]
        {
            "Dossier d'arbitrage", "Séance de mars 2027", "Clôture des votes le mardi 9 mars 2027, 14:00 (Europe/Paris)",
            $"{Arbitrations.Demands} demandes qualifiées", "Demandes classées par score pondéré", "Capacité des prochains mois",
            "Dossier d'opportunité", "Bénéfices attendus", "Pièces jointes", "Besoins en ressources", "Aucun besoin en ressources indiqué.",
            $"Demandé : {Grouped(input.Demands.Sum(d => d.Demand.EstimatedBudget.Amount))} EUR",
            $"Budget approuvé non encore dépensé des projets actifs : {Grouped(input.RemainingBudget.Amount)} EUR",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var month = need.Month.FirstDay.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));
        Assert.Matches($"{withNeeds.Id} nécessite {need.NeededDays:0.##} jours (de |d'){Regex.Escape(need.Role)} en {month} ; [0-9,]+ sont libres\\.", text);
    }

    [Fact]
    public void Without_capacity_data_the_pack_says_so_instead_of_an_empty_table()
    {
        var empty = Arbitrations.Input() with { Capacity = CapacityView.For([], [], SyntheticArbitration.Months, CapacityGrouping.Role) };
        var none = Arbitrations.Input() with { Capacity = null };

        foreach (var input in new[] { empty, none })
        {
            var text = Plain(Poppler.PdfToText(new ArbitrationPackRenderer().Render(input).Pdf));
            Assert.Contains("Capacity in the coming months", text, StringComparison.Ordinal);
            Assert.Contains("No capacity is recorded for these months.", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Over-allocated person-months", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pack_in_another_currency_sums_in_it_and_shows_other_currencies_apart()
    {
        var input = Arbitrations.Input();
        var chf = input with
        {
            Currency = "CHF",
            RemainingBudget = new Pmo.Domain.Intake.Money(1_000_000m, "CHF"),
            Demands = [.. input.Demands.Select((r, i) => r with { Demand = r.Demand with { EstimatedBudget = new(i == 0 ? 50_000m : 100_000m, i == 0 ? "USD" : "CHF") } })],
        };

        var cover = Plain(Poppler.PdfToText(new ArbitrationPackRenderer().Render(chf).Pdf, 1, 1));

        Assert.Contains($"Requested: {Grouped(100_000m * (Arbitrations.Demands - 1))} CHF + 50 000 USD\nApproved budget not yet spent on active projects: 1 000 000 CHF\n", cover, StringComparison.Ordinal);
        Assert.Contains("The demands ask for 100 000 CHF more than that.", cover, StringComparison.Ordinal);
        Assert.DoesNotContain("EUR", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_the_pack_cannot_be_honest_about_is_refused_naming_the_field()
    {
        var input = Arbitrations.Input();
        var renderer = new ArbitrationPackRenderer();

        var currency = Assert.Throws<ArgumentException>(() => renderer.Render(input with { RemainingBudget = new(10m, "USD") }));
        var zone = Assert.Throws<ArgumentException>(() => renderer.Render(input with { TimeZone = "Mars/Olympus" }));

        Assert.Contains("RemainingBudget", currency.Message, StringComparison.Ordinal);
        Assert.Contains("TimeZone", zone.Message, StringComparison.Ordinal);
    }

    /// <summary>pdftotext keeps the no-break spaces of grouped numbers; compare with plain spaces.</summary>
    private static string Plain(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static string Grouped(decimal value) => value.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")).Replace('\u202F', ' ').Replace('\u00A0', ' ');
}
