using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Intake;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class DemandsTests(ApiServer server)
{
    private readonly HttpClient _admin = server.Client();

    [Fact]
    public async Task Create_files_a_submitted_demand_with_its_first_submission_time_and_an_etag()
    {
        using var response = await _admin.PostAsync("/api/demands", Json(DemandData.Content()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await BodyAsync(response);
        var id = body["id"]!.GetValue<string>();
        Assert.StartsWith("DEM-20261125-", id, StringComparison.Ordinal);
        Assert.Equal($"/api/demands/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Submitted", body["status"]!.GetValue<string>());
        Assert.Equal(server.Clock.GetUtcNow(), body["submittedAt"]!.GetValue<DateTimeOffset>());
        Assert.NotNull(response.Headers.ETag);

        using var read = await _admin.GetAsync($"/api/demands/{id}");
        Assert.Equal(response.Headers.ETag, read.Headers.ETag);
        Assert.Equal(250000.5m, (await BodyAsync(read))["estimatedBudget"]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Create_names_every_invalid_field_and_stores_nothing()
    {
        var before = (await server.Store.Demands.ListByStatusAsync(Enum.GetValues<DemandStatus>())).Count;
        var content = DemandData.Content();
        content["title"] = "";
        content["estimatedBudget"] = new JsonObject { ["amount"] = 0, ["currency"] = "euro" };
        content["scores"]!["urgency"] = 9;
        content["attachments"] = new JsonArray(new JsonObject { ["title"] = "Quote", ["url"] = "http://example.org/quote" });

        using var response = await _admin.PostAsync("/api/demands", Json(content));

        var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "title");
        var errors = problem["errors"]!.AsObject();
        Assert.True(errors.ContainsKey("estimatedBudget.amount"));
        Assert.True(errors.ContainsKey("estimatedBudget.currency"));
        Assert.True(errors.ContainsKey("scores.urgency"));
        Assert.True(errors.ContainsKey("attachments[0].url"));
        Assert.Equal(before, (await server.Store.Demands.ListByStatusAsync(Enum.GetValues<DemandStatus>())).Count);
    }

    [Fact]
    public async Task Staffing_is_filed_amended_and_read_back_by_role_month_and_days()
    {
        var content = DemandData.Content();
        content["staffing"] = new JsonArray(Staffing(" Data engineer ", "2027-03", 40), Staffing("Architect", "2027-04", 7.5m));
        using var created = await _admin.PostAsync("/api/demands", Json(content));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await BodyAsync(created))["id"]!.GetValue<string>();

        var stored = (await server.Store.Demands.FindAsync(id))!.Value;
        Assert.Equal(
            [new DemandStaffing("Data engineer", new(2027, 3), 40m), new DemandStaffing("Architect", new(2027, 4), 7.5m)],
            stored.Staffing);

        content["staffing"] = new JsonArray(Staffing("Data engineer", "2027-05", 12));
        using var amended = await _admin.SendAsync(HttpMethod.Put, $"/api/demands/{id}", content, created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var row = Assert.Single((await BodyAsync(amended))["staffing"]!.AsArray())!;
        Assert.Equal(("Data engineer", "2027-05", 12m), (row["role"]!.GetValue<string>(), row["month"]!.GetValue<string>(), row["days"]!.GetValue<decimal>()));
    }

    [Fact]
    public async Task Bad_staffing_rows_are_named_field_by_field_and_nothing_is_written()
    {
        var (id, etag) = await CreateAsync();
        var content = DemandData.Content(title: "Should not be saved");
        content["staffing"] = new JsonArray(Staffing("Data engineer", "2027-03", 40), Staffing("", "1999-12", 0), Staffing("Architect", "2027-04", 2001));

        using var create = await _admin.PostAsync("/api/demands", Json(content));
        using var amend = await _admin.SendAsync(HttpMethod.Put, $"/api/demands/{id}", content, etag);
        content["staffing"] = new JsonArray(Staffing("Data engineer", "2027-13", 40));
        using var badMonth = await _admin.PostAsync("/api/demands", Json(content));

        foreach (var response in new[] { create, amend })
        {
            var problem = await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "staffing[1].role");
            Assert.Equal(["staffing[1].days", "staffing[1].month", "staffing[1].role", "staffing[2].days"],
                problem["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal));
        }

        await AssertProblemAsync(badMonth, HttpStatusCode.BadRequest, "staffing[0].month");
        var stored = (await server.Store.Demands.FindAsync(id))!;
        Assert.Equal(etag, $"\"{stored.ETag.Trim('"')}\"");
        Assert.Empty(stored.Value.Staffing);
    }

    [Fact]
    public async Task OpenApi_describes_the_demand_s_staffing_rows()
    {
        using var response = await server.Client(apiKey: null).GetAsync("/api/openapi.json");
        var schemas = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["components"]!["schemas"]!;

        var staffing = schemas["DemandContent"]!["properties"]!["staffing"]!;
        var row = schemas[staffing["items"]!["$ref"]!.GetValue<string>().Split('/')[^1]]!["properties"]!.AsObject();
        Assert.Equal(["days", "month", "role"], row.Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    private static JsonObject Staffing(string role, string month, decimal days) => new() { ["role"] = role, ["month"] = month, ["days"] = days };

    [Fact]
    public async Task A_wrong_type_is_a_400_naming_the_field()
    {
        var content = DemandData.Content();
        content["estimatedDurationMonths"] = "nine";

        using var response = await _admin.PostAsync("/api/demands", Json(content));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "estimatedDurationMonths");
    }

    [Fact]
    public async Task Qualify_then_return_is_refused_without_a_comment_and_a_stale_etag_is_a_412()
    {
        var (id, etag) = await CreateAsync();

        using var qualified = await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{id}/qualify", ifMatch: etag);
        Assert.Equal(HttpStatusCode.OK, qualified.StatusCode);
        Assert.Equal("Qualified", (await BodyAsync(qualified))["status"]!.GetValue<string>());

        using var stale = await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{id}/withdraw", ifMatch: etag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);

        var current = qualified.Headers.ETag!.Tag;
        using var noComment = await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{id}/return", new JsonObject { ["comment"] = " " }, current);
        await AssertProblemAsync(noComment, HttpStatusCode.UnprocessableEntity, "comment");

        using var again = await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{id}/qualify", ifMatch: current);
        await AssertProblemAsync(again, HttpStatusCode.UnprocessableEntity, "status");

        using var noIfMatch = await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{id}/qualify");
        await AssertProblemAsync(noIfMatch, (HttpStatusCode)428);

        var stored = await server.Store.Demands.FindAsync(id);
        Assert.Equal(DemandStatus.Qualified, stored!.Value.Status);
        Assert.Equal(current, $"\"{stored.ETag.Trim('"')}\"");
    }

    [Fact]
    public async Task Return_e_mails_the_requester_and_their_amendment_through_the_api_resubmits()
    {
        // The requester has API access here: a project manager's key whose e-mail is the requester's.
        var (id, etag) = await CreateAsync(requesterEmail: ApiServer.ManagerEmail);

        using var returned = await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{id}/return", new JsonObject { ["comment"] = "Add the supplier's quote." }, etag);
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var body = await BodyAsync(returned);
        Assert.Equal("Returned", body["status"]!.GetValue<string>());
        Assert.Equal("Add the supplier's quote.", body["returnedComment"]!.GetValue<string>());
        var mail = Assert.Single(Outbox.Find(server, $"demand-{id}-returned"));
        Assert.Equal(ApiServer.ManagerEmail, mail.To.Mailboxes.Single().Address);

        var manager = server.Client(ApiServer.ManagerKey);
        var content = DemandData.Content(title: "Month-end close in three days (with quote)");
        content["requester"]!["email"] = ApiServer.ManagerEmail;
        using var amended = await manager.SendAsync(HttpMethod.Put, $"/api/demands/{id}", content, returned.Headers.ETag!.Tag);

        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        var after = await BodyAsync(amended);
        Assert.Equal("Submitted", after["status"]!.GetValue<string>());
        Assert.Null(after["returnedComment"]);
        Assert.Equal(3, after["history"]!.AsArray().Count);

        using var other = await server.Client(ApiServer.OtherManagerKey).SendAsync(HttpMethod.Put, $"/api/demands/{id}", content, amended.Headers.ETag!.Tag);
        await AssertProblemAsync(other, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task List_by_status_and_ranking_of_qualified_demands_by_the_settings_weights()
    {
        var (low, lowTag) = await CreateAsync(strategic: 1);
        var (high, highTag) = await CreateAsync(strategic: 5);
        var (submitted, _) = await CreateAsync(strategic: 5);
        (await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{low}/qualify", ifMatch: lowTag)).EnsureSuccessStatusCode().Dispose();
        (await _admin.SendAsync(HttpMethod.Post, $"/api/demands/{high}/qualify", ifMatch: highTag)).EnsureSuccessStatusCode().Dispose();

        using var list = await _admin.GetAsync("/api/demands?status=Submitted");
        var ids = JsonNode.Parse(await list.Content.ReadAsStringAsync())!.AsArray().Select(d => d!["id"]!.GetValue<string>()).ToList();
        Assert.Contains(submitted, ids);
        Assert.DoesNotContain(high, ids);

        using var ranking = await server.Client(ApiServer.ReaderKey).GetAsync("/api/demands/ranking");
        var ranked = JsonNode.Parse(await ranking.Content.ReadAsStringAsync())!.AsArray()
            .Select(r => r!["demand"]!["id"]!.GetValue<string>()).Where(i => i == low || i == high).ToList();
        Assert.Equal([high, low], ranked);

        using var bad = await _admin.GetAsync("/api/demands?status=Sideways");
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Only_the_pmo_qualifies_returns_and_hands_out_intake_links()
    {
        var (id, etag) = await CreateAsync();
        var manager = server.Client(ApiServer.ManagerKey);

        using var qualify = await manager.SendAsync(HttpMethod.Post, $"/api/demands/{id}/qualify", ifMatch: etag);
        using var link = await manager.PostAsync("/api/intake-links", Json(new JsonObject { ["language"] = "Fr" }));

        Assert.Equal(HttpStatusCode.Forbidden, qualify.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, link.StatusCode);
        Assert.Equal(DemandStatus.Submitted, (await server.Store.Demands.FindAsync(id))!.Value.Status);
    }

    [Fact]
    public async Task An_intake_link_opens_the_form_in_its_language_until_it_expires()
    {
        using var response = await _admin.PostAsync("/api/intake-links", Json(new JsonObject { ["language"] = "Fr" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await BodyAsync(response);
        Assert.Equal(server.Clock.GetUtcNow().AddDays(30), body["expiresAt"]!.GetValue<DateTimeOffset>());
        var url = new Uri(body["url"]!.GetValue<string>());
        Assert.StartsWith("/api/forms/intake/", url.AbsolutePath, StringComparison.Ordinal);

        var page = await server.Browser().GetStringAsync(url.PathAndQuery);
        Assert.Contains("<html lang=\"fr\">", page, StringComparison.Ordinal);
        Assert.Contains("Nouvelle demande de projet", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_demand_is_a_404_and_a_bad_id_a_400()
    {
        using var missing = await _admin.GetAsync("/api/demands/DEM-404");
        using var bad = await _admin.GetAsync("/api/demands/%20bad%20");

        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest, "id");
    }

    private async Task<(string Id, string ETag)> CreateAsync(int strategic = 4, string requesterEmail = DemandData.RequesterEmail)
    {
        var content = DemandData.Content(strategic: strategic);
        content["requester"]!["email"] = requesterEmail;
        using var response = await _admin.PostAsync("/api/demands", Json(content));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await BodyAsync(response))["id"]!.GetValue<string>(), response.Headers.ETag!.Tag);
    }
}
