using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

/// <summary>One test: the settings are a singleton, so their life cycle is checked in order.</summary>
[Collection(ApiCollection.Name)]
public sealed class SettingsTests(ApiServer server)
{
    [Fact]
    public async Task Defaults_then_first_save_then_if_match_for_every_later_save()
    {
        var admin = server.Client();
        using var defaults = await admin.GetAsync("/api/settings");
        Assert.Equal(HttpStatusCode.OK, defaults.StatusCode);
        var body = await BodyAsync(defaults);
        Assert.Equal("Europe/Paris", body["timeZone"]!.GetValue<string>());
        Assert.Equal("0 14 * * TUE#2", body["intake"]!["sessionSchedule"]!.GetValue<string>());

        body["organisationName"] = "Acme PMO";
        var etag = defaults.Headers.ETag?.Tag;
        using var saved = await admin.SendAsync(HttpMethod.Put, "/api/settings", body, etag);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var savedTag = saved.Headers.ETag!.Tag;

        body["organisationName"] = "Acme PMO 2";
        using var withoutIfMatch = await admin.SendAsync(HttpMethod.Put, "/api/settings", body);
        await AssertProblemAsync(withoutIfMatch, HttpStatusCode.Conflict);

        var badZone = body.DeepClone().AsObject();
        badZone["timeZone"] = "Mars/Olympus";
        using var invalid = await admin.SendAsync(HttpMethod.Put, "/api/settings", badZone, savedTag);
        await AssertProblemAsync(invalid, HttpStatusCode.UnprocessableEntity, "timeZone");

        // The arbitration committee's chair must be one of its members; the problem names the nested field.
        var strangerChair = body.DeepClone().AsObject();
        strangerChair["intake"]!["arbitrationCommittee"] = new JsonArray(new JsonObject { ["name"] = "Ann", ["email"] = "ann@example.org" });
        strangerChair["intake"]!["chair"] = new JsonObject { ["name"] = "Zoe", ["email"] = "zoe@example.org" };
        using var badChair = await admin.SendAsync(HttpMethod.Put, "/api/settings", strangerChair, savedTag);
        await AssertProblemAsync(badChair, HttpStatusCode.UnprocessableEntity, "intake.chair");

        body["intake"]!["arbitrationCommittee"] = new JsonArray(new JsonObject { ["name"] = "Ann", ["email"] = "ann@example.org" });
        body["intake"]!["chair"] = new JsonObject { ["name"] = "Ann", ["email"] = "ann@example.org" };
        body["intake"]!["rule"] = "ChairDecides";

        using var second = await admin.SendAsync(HttpMethod.Put, "/api/settings", body, savedTag);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        using var stale = await admin.SendAsync(HttpMethod.Put, "/api/settings", body, savedTag);
        await AssertProblemAsync(stale, HttpStatusCode.PreconditionFailed);

        using var read = await server.Client(ApiServer.ReaderKey).GetAsync("/api/settings");
        Assert.Equal(second.Headers.ETag, read.Headers.ETag);
        var stored = await BodyAsync(read);
        Assert.Equal("Acme PMO 2", stored["organisationName"]!.GetValue<string>());
        Assert.Equal("ann@example.org", stored["intake"]!["chair"]!["email"]!.GetValue<string>());
        Assert.Equal("ChairDecides", stored["intake"]!["rule"]!.GetValue<string>());
    }
}
