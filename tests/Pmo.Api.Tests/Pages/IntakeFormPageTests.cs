using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;

namespace Pmo.Api.Tests.Pages;

/// <summary>The intake pages over HTTP: the public form, its replays, the amend form, and the links they refuse.</summary>
[Collection(ApiCollection.Name)]
public sealed class IntakeFormPageTests(ApiServer server)
{
    [Fact]
    public async Task The_public_form_files_a_demand_and_can_be_used_again()
    {
        var url = DemandData.IntakeUrl(server);
        var browser = server.Browser();

        using var first = await browser.PostAsync(url, Form(title: "Supplier portal"));
        using var second = await browser.PostAsync(url, Form(title: "Expense app"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await first.Content.ReadAsStringAsync();
        Assert.Contains("Thank you, your request was received.", page, StringComparison.Ordinal);
        Assert.Contains("The PMO will qualify it", page, StringComparison.Ordinal);
        var filed = (await server.Store.Demands.ListByStatusAsync([DemandStatus.Submitted])).Where(d => d.Title is "Supplier portal" or "Expense app").ToList();
        Assert.Equal(2, filed.Count);
        var portal = filed.Single(d => d.Title == "Supplier portal");
        Assert.Contains(portal.Id, page, StringComparison.Ordinal);
        Assert.Equal(12500.5m, portal.EstimatedBudget.Amount);
        Assert.Equal(Language.Fr, portal.Requester.Language);
        Assert.Equal(["https://example.org/portal.pdf"], portal.Attachments.Select(a => a.Url));
    }

    [Fact]
    public async Task Invalid_input_re_renders_each_message_beside_its_field_with_the_values_as_typed()
    {
        var before = (await server.Store.Demands.ListByStatusAsync(Enum.GetValues<DemandStatus>())).Count;
        var form = Form(title: "", amount: "12 abc", duration: "nine");

        using var response = await server.Browser().PostAsync(DemandData.IntakeUrl(server, "fr"), form);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("value=\"12 abc\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"nine\"", page, StringComparison.Ordinal);
        Assert.Contains("Budget estimé – Montant\u202F: doit être un nombre.", page, StringComparison.Ordinal);
        Assert.Contains("Durée estimée (mois)\u202F: doit être un nombre entier.", page, StringComparison.Ordinal);
        Assert.Contains("Titre du projet\u202F: est obligatoire.", page, StringComparison.Ordinal);
        Assert.Contains("<p class=\"field-error\">doit être un nombre.</p><input type=\"text\" id=\"estimatedBudget-amount\"", page, StringComparison.Ordinal);
        Assert.Contains("Close the books faster", page, StringComparison.Ordinal);
        Assert.Equal(before, (await server.Store.Demands.ListByStatusAsync(Enum.GetValues<DemandStatus>())).Count);
    }

    [Fact]
    public async Task Staffing_rows_are_filed_and_a_bad_row_re_renders_as_typed_with_its_field_named()
    {
        var url = DemandData.IntakeUrl(server, "fr");
        var bad = Fields(title: "Data platform (bad staffing)");
        bad.Add("staffing[0].role", "Data engineer");
        bad.Add("staffing[0].month", "mars 2027");
        bad.Add("staffing[0].days", "40");
        bad.Add("staffing[2].role", "");
        bad.Add("staffing[2].month", "2027-04");
        bad.Add("staffing[2].days", "0");

        using var refused = await server.Browser().PostAsync(url, new FormUrlEncodedContent(bad));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("id=\"staffing-0--month\" name=\"staffing[0].month\" value=\"mars 2027\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"staffing-0--role\" name=\"staffing[0].role\" value=\"Data engineer\"", page, StringComparison.Ordinal);
        // The blank middle row is dropped: the third row typed is now the second shown, and named so.
        Assert.Contains("id=\"staffing-1--month\" name=\"staffing[1].month\" value=\"2027-04\"", page, StringComparison.Ordinal);
        Assert.Contains("Personnes nécessaires (facultatif) – Mois 1\u202F: doit être un mois, comme 2027-03.", page, StringComparison.Ordinal);
        Assert.Contains("Personnes nécessaires (facultatif) – Rôle ou compétence 2\u202F: est obligatoire.", page, StringComparison.Ordinal);
        Assert.Contains("Personnes nécessaires (facultatif) – Jours 2\u202F: doit être supérieur à zéro.", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"staffing-4--role\">Rôle ou compétence 5</label>", page, StringComparison.Ordinal);
        Assert.DoesNotContain((await server.Store.Demands.ListByStatusAsync([DemandStatus.Submitted])), d => d.Title == "Data platform (bad staffing)");

        var good = Fields(title: "Data platform (staffed)");
        good.Add("staffing[0].role", "Data engineer");
        good.Add("staffing[0].month", "2027-03");
        good.Add("staffing[0].days", "40");
        good.Add("staffing[1].role", "Architecte");
        good.Add("staffing[1].month", " 2027-04 ");
        good.Add("staffing[1].days", "2,5");
        using var filed = await server.Browser().PostAsync(url, new FormUrlEncodedContent(good));

        Assert.Equal(HttpStatusCode.OK, filed.StatusCode);
        var stored = (await server.Store.Demands.ListByStatusAsync([DemandStatus.Submitted])).Single(d => d.Title == "Data platform (staffed)");
        Assert.Equal([new DemandStaffing("Data engineer", new(2027, 3), 40m), new DemandStaffing("Architecte", new(2027, 4), 2.5m)], stored.Staffing);
    }

    [Fact]
    public async Task The_amend_form_shows_the_staffing_rows_already_given()
    {
        var id = TestData.NewId("DEM");
        await server.Store.Demands.CreateAsync(DemandData.Stored(id, DemandStatus.Returned, Language.En) with
        {
            Staffing = [new DemandStaffing("Data engineer", new YearMonth(2027, 3), 12.5m)],
        });

        var page = WebUtility.HtmlDecode(await server.Browser().GetStringAsync(DemandData.AmendUrl(server, id)));

        Assert.Contains("<legend>People needed (optional)</legend>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"staffing[0].role\" value=\"Data engineer\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"staffing[0].month\" value=\"2027-03\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"staffing[0].days\" value=\"12.5\"", page, StringComparison.Ordinal);
        Assert.Contains("name=\"staffing[3].role\" value=\"\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"staffing[4].role\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_expired_and_foreign_purpose_links_are_refused()
    {
        var browser = server.Browser();
        var good = DemandData.IntakeUrl(server);
        var forged = good[..^3] + (good[^3] == 'A' ? "B" : "A") + good[^2..];
        var expired = DemandData.IntakeUrl(server, expires: server.Clock.GetUtcNow().AddSeconds(-1));
        var amendOnIntakeRoute = "/api/forms/intake/" + DemandData.AmendUrl(server, "DEM-1")["/api/forms/intake-amend/".Length..];

        using var forgedGet = await browser.GetAsync(forged);
        using var forgedPost = await browser.PostAsync(forged, Form());
        using var expiredGet = await browser.GetAsync(expired);
        using var wrongPurpose = await browser.GetAsync(amendOnIntakeRoute);

        Assert.Equal(HttpStatusCode.Forbidden, forgedGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forgedPost.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expiredGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrongPurpose.StatusCode);
        Assert.Contains("This link cannot be used", await forgedGet.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_amend_link_shows_the_comment_resubmits_and_is_refused_once_the_demand_is_qualified()
    {
        var id = TestData.NewId("DEM");
        await server.Store.Demands.CreateAsync(DemandData.Stored(id, DemandStatus.Returned));
        var url = DemandData.AmendUrl(server, id);
        var browser = server.Browser();

        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync(url));
        Assert.Contains("Commentaire du PMO\u202F: Add the supplier's quote.", shown, StringComparison.Ordinal);
        Assert.Contains($"value=\"Demand {id}\"", shown, StringComparison.Ordinal);
        var version = HiddenVersion(shown);

        using var amended = await browser.PostAsync(url, Form(title: "Month-end close (with quote)", version: version));
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Contains("votre demande modifiée a bien été renvoyée", await amended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = (await server.Store.Demands.FindAsync(id))!;
        Assert.Equal(DemandStatus.Submitted, stored.Value.Status);
        Assert.Equal("Month-end close (with quote)", stored.Value.Title);
        Assert.Null(stored.Value.ReturnedComment);

        await server.Store.Demands.ReplaceAsync(stored.Value with { Status = DemandStatus.Qualified }, stored.ETag);
        using var closed = await browser.GetAsync(url);
        using var closedPost = await browser.PostAsync(url, Form(version: version));
        Assert.Equal(HttpStatusCode.Gone, closed.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, closedPost.StatusCode);
        Assert.Equal(DemandStatus.Qualified, (await server.Store.Demands.FindAsync(id))!.Value.Status);
    }

    [Fact]
    public async Task An_amendment_over_a_version_changed_since_is_a_conflict_that_keeps_what_was_typed()
    {
        var id = TestData.NewId("DEM");
        var created = await server.Store.Demands.CreateAsync(DemandData.Stored(id, DemandStatus.Returned, Language.En));
        var url = DemandData.AmendUrl(server, id);
        var version = HiddenVersion(await server.Browser().GetStringAsync(url));
        var changed = await server.Store.Demands.ReplaceAsync(created.Value with { Department = "Treasury" }, created.ETag);

        using var response = await server.Browser().PostAsync(url, Form(title: "My late change", version: version));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your changes were not saved", page, StringComparison.Ordinal);
        Assert.Contains("value=\"My late change\"", page, StringComparison.Ordinal);
        var stored = (await server.Store.Demands.FindAsync(id))!;
        Assert.Equal(changed.ETag, stored.ETag);
        Assert.Equal($"Demand {id}", stored.Value.Title);
    }

    private static string HiddenVersion(string page)
    {
        const string marker = "name=\"version\" value=\"";
        var start = page.IndexOf(marker, StringComparison.Ordinal) + marker.Length;
        return WebUtility.HtmlDecode(page[start..page.IndexOf('"', start)]);
    }

    private static FormUrlEncodedContent Form(string title = "Supplier portal", string amount = "12 500,50", string duration = "6", string? version = null) =>
        new(Fields(title, amount, duration, version));

    private static Dictionary<string, string> Fields(string title = "Supplier portal", string amount = "12 500,50", string duration = "6", string? version = null)
    {
        var fields = new Dictionary<string, string>
        {
            ["title"] = title,
            ["department"] = "Purchasing",
            ["businessCase"] = "Close the books faster with supplier self-service.",
            ["expectedBenefits"] = "Fewer calls to the accounts payable team.",
            ["estimatedBudget.amount"] = amount,
            ["estimatedBudget.currency"] = "EUR",
            ["estimatedDurationMonths"] = duration,
            ["scores.strategicAlignment"] = "4",
            ["scores.businessValue"] = "4",
            ["scores.urgency"] = "3",
            ["scores.riskReduction"] = "2",
            ["scores.feasibility"] = "5",
            ["sponsor.name"] = "Sam Sponsor",
            ["sponsor.email"] = "sponsor@example.org",
            ["requester.name"] = "Camille Martin",
            ["requester.email"] = DemandData.RequesterEmail,
            ["requester.language"] = "fr",
            ["attachments[0].title"] = "Portal mock-ups",
            ["attachments[0].url"] = "https://example.org/portal.pdf",
            ["attachments[1].title"] = "",
            ["attachments[1].url"] = "",
        };
        if (version is not null)
        {
            fields["version"] = version;
        }

        return fields;
    }
}
