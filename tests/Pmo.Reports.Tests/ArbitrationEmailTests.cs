using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using Pmo.Reports.Arbitration;
using Pmo.Reports.Tests.Support;
using Pmo.Tests.Shared;

namespace Pmo.Reports.Tests;

/// <summary>The arbitration pack's e-mail, parsed as a mail client would.</summary>
public sealed class ArbitrationEmailTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void Email_has_the_cover_lines_the_ranking_a_section_per_demand_and_the_capacity_table()
    {
        var input = Arbitrations.Input();
        var email = Arbitrations.Render().Email;
        var document = Parser.ParseDocument(email.Html);
        var text = document.Body!.TextContent.Replace('\u00A0', ' ');

        Assert.Equal("Groupe Exemple — DSI — arbitration pack, session of March 2027", email.Subject);
        Assert.Equal("Arbitration pack — March 2027", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("Votes close Tuesday 9 March 2027, 14:00 (Europe/Paris)", text, StringComparison.Ordinal);
        Assert.Empty(email.InlineImages);

        var ranking = document.QuerySelectorAll("table:not([role])")[0];
        var rows = ranking.QuerySelectorAll("tr").Skip(1).ToList();
        var shown = input.Demands.Take(input.MaxDemandsInEmail).ToList();
        Assert.Equal(shown.Select(d => d.Demand.Id), rows.Select(r => r.QuerySelectorAll("td")[1].TextContent));
        Assert.Equal(shown.Select(d => $"{d.Rank}. {d.Demand.Id} — {d.Demand.Title}"), document.QuerySelectorAll("h2").Select(h => h.TextContent).Where(h => h.Contains(". DEM-", StringComparison.Ordinal)));
        Assert.Contains($"{Arbitrations.Demands - input.MaxDemandsInEmail} more in the PDF pack.", text, StringComparison.Ordinal);
        Assert.Contains("Capacity in the coming months", text, StringComparison.Ordinal);
        Assert.Contains("Over-allocated person-months", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_texts_are_text_and_attachments_are_https_links()
    {
        var document = Parser.ParseDocument(Arbitrations.Render().Email.Html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains(Packs.ScriptName, document.Body!.TextContent, StringComparison.Ordinal);
        var links = document.QuerySelectorAll("a[href]").ToList();
        Assert.NotEmpty(links);
        Assert.All(links, a => Assert.StartsWith("https://", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains(links, a => a.GetAttribute("href") == Arbitrations.AttachmentUrl && a.TextContent == "Business case <v1>");
    }

    [Fact]
    public void Staffing_needs_are_sentences_and_a_demand_without_any_says_so()
    {
        var input = Arbitrations.Input();
        var text = Parser.ParseDocument(Arbitrations.Render().Email.Html).Body!.TextContent;
        var shown = input.Demands.Take(input.MaxDemandsInEmail).Select(d => d.Demand).ToList();
        var withNeeds = shown.First(d => input.StaffingNeeds.TryGetValue(d.Id, out var n) && n.Count > 0);

        Assert.All(input.StaffingNeeds[withNeeds.Id], n => Assert.Contains($"{withNeeds.Id} {n.Sentence}", text, StringComparison.Ordinal));
        Assert.Equal(shown.Count(d => !input.StaffingNeeds.ContainsKey(d.Id)), CountOf(text, "No staffing need given."));
    }

    [Fact]
    public void Capacity_cells_are_coloured_by_load_and_count_the_people_above_100_percent()
    {
        var input = Arbitrations.Input();
        var document = Parser.ParseDocument(Arbitrations.Render().Email.Html);
        var cells = document.QuerySelectorAll("table:not([role]) td").Where(td => td.TextContent.Contains(" / ", StringComparison.Ordinal)).ToList();
        var cell = input.Capacity!.Cells.First(c => c.OverAllocated.Count > 0);
        var load = cell.Allocated / cell.Capacity;
        var expected = load <= 0.8m ? "#2E7D32" : load <= 1m ? "#F9A825" : "#C62828";

        Assert.Equal(input.Capacity.Cells.Count, cells.Count);
        // The figures on the first line, who is over 100% on a second, smaller one (the table note says so).
        var shown = cells.Single(td => td.TextContent.Replace('\u00A0', ' ') ==
            $"{cell.Capacity:N0} / {cell.Allocated:N0} / {cell.Free:N0}{cell.OverAllocated.Count} over 100%".Replace(",", " ", StringComparison.Ordinal));
        Assert.Contains($"background:{expected}", shown.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal($"{cell.OverAllocated.Count} over 100%", shown.QuerySelector("br + span")!.TextContent.Replace('\u00A0', ' '));
    }

    [Fact]
    public void The_six_months_of_capacity_are_split_into_tables_of_three_with_every_group_in_each()
    {
        var input = Arbitrations.Input();
        var document = Parser.ParseDocument(Arbitrations.Render().Email.Html);
        var tables = document.QuerySelectorAll("table:not([role])")
            .Where(t => t.QuerySelectorAll("th").Skip(1).Any(th => th.TextContent.EndsWith(input.SessionMonth.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
            .Where(t => t.TextContent.Contains(" / ", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(2, tables.Count);
        Assert.Equal(["Role", "Mar 2027", "Apr 2027", "May 2027"], tables[0].QuerySelectorAll("th").Select(th => th.TextContent));
        Assert.Equal(["Role", "Jun 2027", "Jul 2027", "Aug 2027"], tables[1].QuerySelectorAll("th").Select(th => th.TextContent));
        var groups = input.Capacity!.Cells.Select(c => c.Group).Distinct().Count();
        Assert.All(tables, t => Assert.Equal(groups + 1, t.QuerySelectorAll("tr").Length));
    }

    [Fact]
    public void Five_hundred_demands_and_two_thousand_people_keep_the_email_under_100_kb_and_point_to_the_pdf()
    {
        var input = SyntheticArbitration.Generate(500, 2000, withStaffing: false);
        var email = new ArbitrationPackRenderer().Render(input).Email;

        Assert.True(Encoding.UTF8.GetByteCount(email.Html) < 100 * 1024, $"{Encoding.UTF8.GetByteCount(email.Html)} bytes");
        Assert.Contains($"{500 - input.MaxDemandsInEmail} more in the PDF pack.", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_capacity_view_says_no_capacity_is_recorded()
    {
        var input = Arbitrations.Input() with { Capacity = CapacityView.For([], [], SyntheticArbitration.Months, CapacityGrouping.Role) };

        var text = Parser.ParseDocument(new ArbitrationPackRenderer().Render(input).Email.Html).Body!.TextContent;

        Assert.Contains("No capacity is recorded for these months.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void French_email_speaks_french_and_follows_french_typography()
    {
        var input = Arbitrations.Input(Language.Fr);
        // The pack's own words only: the synthetic demands' free texts are users' words.
        input = input with { Demands = [.. input.Demands.Select(r => r with { Demand = r.Demand with { Title = "Projet", BusinessCase = "Gain de temps", ExpectedBenefits = "Qualité" } })] };
        var email = new ArbitrationPackRenderer().Render(input).Email;
        var text = FrenchTypography.TextOfHtml(email.Html);

        Assert.Equal("Groupe Exemple — DSI — dossier d'arbitrage, séance de mars 2027", email.Subject);
        Assert.Contains("Clôture des votes le mardi 9 mars 2027, 14:00 (Europe/Paris)", text, StringComparison.Ordinal);
        Assert.Contains($"sont dans le PDF joint{FrenchTypography.Thin}; le classement", text, StringComparison.Ordinal);
        Assert.Contains(" sont libres.", text, StringComparison.Ordinal);
        Assert.Empty(FrenchTypography.Faults(text));
        Assert.Empty(FrenchTypography.Faults(email.Subject));
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
