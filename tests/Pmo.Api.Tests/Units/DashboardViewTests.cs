using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pmo.Api.Dashboard;
using Pmo.Application.Portfolio;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Mail;
using Pmo.Tests.Shared;

namespace Pmo.Api.Tests.Units;

/// <summary>
/// The dashboard's compliance section as a PMO reads it: the PM is given one deadline (Friday 12:00), so an answer
/// before it is on time, before any reminder or after one; nothing by then is missed; nothing asked yet is not "100 %".
/// </summary>
public sealed class DashboardViewTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
    private static readonly IsoWeek Week = new(2026, 48);

    // Week 48 of 2026: invited Monday 23 November, reminded Wednesday 25 at 12:00 Paris, deadline Friday 27 at 12:00.
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Wednesday = new(2026, 11, 25, 11, 0, 0, TimeSpan.Zero);

    [Fact]
    public void An_answer_on_thursday_before_the_deadline_is_on_time_after_a_reminder_never_late()
    {
        UpdateRequest[] requests =
        [
            Request("ALPHA", UpdateRequestStatus.Submitted, submittedAt: Monday.AddHours(5)),
            Request("BRAVO", UpdateRequestStatus.Submitted, remindedAt: Wednesday, submittedAt: Wednesday.AddDays(1)), // Thursday 10:00
            Request("CHARLIE", UpdateRequestStatus.Missed, remindedAt: Wednesday),
            Request("DELTA", UpdateRequestStatus.Reminded, remindedAt: Wednesday),
        ];

        var page = Render(requests);

        Assert.Equal(
            [
                ("Requested", "4", ""), ("On time", "2", "1 before any reminder · 1 after a reminder"),
                ("Missed", "1", "no answer by the deadline"), ("Awaiting answer", "1", ""), ("Compliance", "50%", "on time / requested"),
            ],
            Tiles(page, "#compliance"));
        Assert.Equal(
            ["on time, before any reminder", "on time, after a reminder", "missed", "awaiting answer, reminded"],
            ThisWeek(page, "ALPHA", "BRAVO", "CHARLIE", "DELTA"));
        Assert.DoesNotMatch(@"(?i)\blate\b", page.Body!.TextContent);
    }

    [Fact]
    public void Compliance_before_any_request_of_the_week_is_a_dash_saying_no_request_yet_not_100_percent()
    {
        var page = Render([]);

        var compliance = Tiles(page, "#compliance").Single(t => t.Label == "Compliance");
        Assert.Equal(("—", "no request yet"), (compliance.Value, compliance.Note));
        Assert.DoesNotContain("100", page.QuerySelector("#compliance")!.NextElementSibling!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_outbox_shows_when_each_message_was_sent_on_the_organisations_clock_and_names_the_zone()
    {
        OutboxEntry[] outbox = [new("a.eml", "a@pmo", "Weekly update for Atlas", ["pm@example.org"], Monday, "chase-invite")];

        var page = Render([], outbox);

        var table = page.QuerySelector("#outbox")!.NextElementSibling!;
        Assert.Equal("Sent (Europe/Paris)", table.QuerySelector("th")!.TextContent);
        Assert.Equal("Mon 23 Nov 2026, 09:00", table.QuerySelector("tbody td")!.TextContent);

        var message = new HtmlParser().ParseDocument(DashboardView.Message(new OutboxMessage(outbox[0], "Please answer.", null, []), Paris));
        Assert.Contains("Monday 23 November 2026, 09:00 (Europe/Paris)", message.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void In_french_the_tiles_the_weekly_answers_and_the_outbox_read_french_with_french_numbers_and_dates()
    {
        UpdateRequest[] requests =
        [
            Request("ALPHA", UpdateRequestStatus.Submitted, submittedAt: Monday.AddHours(5)),
            Request("BRAVO", UpdateRequestStatus.Submitted, remindedAt: Wednesday, submittedAt: Wednesday.AddDays(1)),
            Request("CHARLIE", UpdateRequestStatus.Missed, remindedAt: Wednesday),
            Request("DELTA", UpdateRequestStatus.Reminded, remindedAt: Wednesday),
        ];
        OutboxEntry[] outbox = [new("a.eml", "a@pmo", "Point hebdomadaire Atlas", ["pm@example.org"], Monday, "chase-invite")];

        var page = Render(requests, outbox, Language.Fr);

        Assert.Equal("Tableau de bord du PMO — 2026-W48", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(
            [
                ("Demandées", "4", ""), ("Dans les délais", "2", "1 sans relance · 1 après relance"),
                ("Manquées", "1", "aucune réponse à la date limite"), ("En attente de réponse", "1", ""),
                ("Taux de mise à jour", $"50{FrenchTypography.Thin}%", "dans les délais / demandées"),
            ],
            Tiles(page, "#compliance"));
        Assert.Equal(
            ["dans les délais, sans relance", "dans les délais, après relance", "manquée", "en attente de réponse, relancée"],
            ThisWeek(page, "ALPHA", "BRAVO", "CHARLIE", "DELTA"));
        Assert.Equal(["Projet", "Chef de projet", "Météo", "Dernière mise à jour", "Cette semaine"],
            page.QuerySelectorAll("#portfolio ~ table")[0].QuerySelectorAll("th").Select(th => th.TextContent));
        var table = page.QuerySelector("#outbox")!.NextElementSibling!;
        Assert.Equal("Envoyé (Europe/Paris)", table.QuerySelector("th")!.TextContent);
        Assert.Equal("lun. 23 nov. 2026 à 09:00", table.QuerySelector("tbody td")!.TextContent);
        Assert.Empty(FrenchTypography.Faults(FrenchTypography.TextOfHtml(page.Body!.InnerHtml)));
    }

    [Fact]
    public void Each_language_links_to_the_other_and_to_the_capacity_page_in_its_own_language()
    {
        static List<(string? Href, string Text)> Links(IDocument page) =>
            [.. page.QuerySelectorAll("nav a").Where(a => !a.GetAttribute("href")!.StartsWith('#')).Select(a => (a.GetAttribute("href"), a.TextContent))];

        Assert.Equal([("/api/dashboard/capacity", "Capacity"), ("/api/dashboard?lang=fr", "Français")], Links(Render([])));
        Assert.Equal([("/api/dashboard/capacity?lang=fr", "Plan de charge"), ("/api/dashboard?lang=en", "English")], Links(Render([], language: Language.Fr)));
    }

    private static IDocument Render(IReadOnlyList<UpdateRequest> requests, IReadOnlyList<OutboxEntry>? outbox = null, Language language = Language.En)
    {
        var projects = new[] { "ALPHA", "BRAVO", "CHARLIE", "DELTA" }.Select(Project).ToList();
        var kpis = KpiCalculator.Compute(new KpiInput(projects, [], requests, [], [], [], Monday.AddDays(4)));
        var summary = new PortfolioSummary(Week, kpis, projects, requests, [], [], Paris);
        return new HtmlParser().ParseDocument(DashboardView.Render(summary, outbox, DashboardPageTexts.For(language)));
    }

    private static List<(string Label, string Value, string Note)> Tiles(IDocument page, string heading) =>
        [.. page.QuerySelector(heading)!.NextElementSibling!.QuerySelectorAll(".tile").Select(t =>
        {
            var value = t.QuerySelector("b")!.TextContent;
            var note = t.QuerySelector("small")?.TextContent ?? "";
            return (t.TextContent[..t.TextContent.IndexOf(value, StringComparison.Ordinal)], value, note);
        })];

    private static List<string> ThisWeek(IDocument page, params string[] ids) =>
        [.. ids.Select(id => page.QuerySelectorAll("#portfolio ~ table tbody tr")
            .Single(tr => tr.Children[0].TextContent.StartsWith(id + " ", StringComparison.Ordinal)).Children[^1].TextContent)];

    private static UpdateRequest Request(string projectId, UpdateRequestStatus status, DateTimeOffset? remindedAt = null, DateTimeOffset? submittedAt = null) => new()
    {
        ProjectId = projectId,
        Week = Week,
        Status = status,
        SentAt = Monday,
        RemindedAt = remindedAt,
        SubmittedAt = submittedAt,
        Deadline = new DateTimeOffset(2026, 11, 27, 11, 0, 0, TimeSpan.Zero),
    };

    private static Project Project(string id) => new()
    {
        Id = id,
        Name = id.ToLowerInvariant(),
        Sponsor = new Contact("Sue Sponsor", "sue@example.org"),
        Manager = new Contact("Paul Manager", "paul@example.org"),
        Budget = new Budget(100_000m, 10_000m, 100_000m),
        Start = new DateOnly(2026, 1, 1),
        BaselineEnd = new DateOnly(2026, 12, 31),
        Phase = ProjectPhase.Execution,
    };
}
