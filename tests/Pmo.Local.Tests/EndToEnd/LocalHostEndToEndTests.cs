using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.EndToEnd;

/// <summary>
/// The real local host process (default engine backend: Azurite) on a free loopback port with a temp data folder,
/// driven only over HTTP: create projects, open a chase through the local run-now endpoint, read the invitation from
/// the outbox, follow its signed link, submit the form, see the chase complete, generate the review pack.
/// </summary>
public sealed partial class LocalHostEndToEndTests
{
    // Bounds of a hang only (the host is another process: its outbox and statuses are polled). A 2-core CI box runs
    // the other test assemblies meanwhile, so start-up (dotnet, Azurite, the engine) and a pack can take minutes.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_project_manager_answers_the_reminder_from_the_outbox_and_the_pack_is_generated()
    {
        using var data = new TempFolder();
        await using var host = await LocalHostProcess.StartAsync(data.Path, StartTimeout, new Dictionary<string, string>
        {
            // The run-now endpoint is the trigger here; the loop would also open this week's cycle on its own.
            ["PMO_Local__SchedulerEnabled"] = "false",
        });
        var api = host.Client;
        // Next week: its deadlines are all ahead, so the answer is on time whatever the day the test runs.
        var nextWeek = DateTime.UtcNow.AddDays(7);
        var week = $"{ISOWeek.GetYear(nextWeek)}-W{ISOWeek.GetWeekOfYear(nextWeek):00}";

        // Arrange: two projects, an English- and a French-speaking manager, created through the API with the configured key.
        await CreateProjectAsync(api, "E2E-EN", "Claims platform", "Ann Lee", "ann.lee@example.org", "En");
        await CreateProjectAsync(api, "E2E-FR", "Refonte intranet", "Marc Roux", "marc.roux@example.org", "Fr");

        // Act 1: open next week's chase for the English project now (local mode only).
        var run = await api.PostAsync($"api/local/run-now/chase?week={week}&project=E2E-EN", null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        var instanceId = (await run.Content.ReadFromJsonAsync<JsonObject>())!["instanceId"]!.GetValue<string>();
        Assert.Equal($"chase-E2E-EN-{week}", instanceId);

        // The invitation lands in the outbox, addressed to the PM, with a signed link to the form.
        var entry = await Poll.UntilAsync(async () =>
        {
            var list = await api.GetFromJsonAsync<JsonArray>("api/local/outbox");
            return list!.FirstOrDefault(e => e!["to"]!.AsArray().Any(t => t!.GetValue<string>() == "ann.lee@example.org"));
        }, StepTimeout, "the invitation in the outbox");
        var message = await api.GetFromJsonAsync<JsonObject>($"api/local/outbox/{Uri.EscapeDataString(entry["fileName"]!.GetValue<string>())}");
        var link = FormLink().Match(message!["textBody"]!.GetValue<string>());
        Assert.True(link.Success, "No update-form link in the invitation:\n" + message["textBody"]);

        // Act 2: the PM (no API key) opens the link and submits the form.
        using var browser = new HttpClient { BaseAddress = host.BaseAddress };
        var formUrl = new Uri(host.BaseAddress, new Uri(link.Value).PathAndQuery);
        var page = await browser.GetAsync(formUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Claims platform", await page.Content.ReadAsStringAsync());

        var submitted = await browser.PostAsync(formUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["overall"] = "Amber",
            ["dimensions.schedule"] = "Amber",
            ["progressPercent"] = "42",
            ["accomplishments"] = "Vendor selected.",
            ["difficulties"] = "Data migration estimate doubled.",
        }));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        // Assert: the update is stored, the chase completed on it, and the link cannot be used again.
        var update = await api.GetFromJsonAsync<JsonObject>($"api/projects/E2E-EN/updates/{week}");
        Assert.Equal("Amber", update!["overall"]!.GetValue<string>());
        Assert.Equal(42, update["progressPercent"]!.GetValue<int>());
        await Poll.UntilAsync(async () =>
        {
            var status = await api.GetFromJsonAsync<JsonObject>($"api/orchestrations/{instanceId}");
            var runtime = status!["runtimeStatus"]!.GetValue<string>();
            Assert.NotEqual("Failed", runtime);
            return runtime == "Completed" ? status : null;
        }, StepTimeout, "the chase to complete");
        var replay = await browser.PostAsync(formUrl, new FormUrlEncodedContent(new Dictionary<string, string> { ["overall"] = "Green" }));
        Assert.NotEqual(HttpStatusCode.OK, replay.StatusCode);

        // Act 3: generate this month's review pack and download its three renderings.
        var month = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var pack = await api.PostAsync($"api/packs/{month}/run", null);
        Assert.Equal(HttpStatusCode.Accepted, pack.StatusCode);
        await Poll.UntilAsync(async () =>
        {
            var response = await api.GetAsync($"api/packs/{month}");
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return null;
            }

            var body = await response.Content.ReadFromJsonAsync<JsonObject>();
            return body!["status"]!.GetValue<string>() is "AwaitingApproval" or "Approved" or "Distributed" ? body : null;
        }, StepTimeout, "the review pack to be assembled");

        var pdf = await api.GetByteArrayAsync($"api/packs/{month}/files/pdf");
        var xlsx = await api.GetByteArrayAsync($"api/packs/{month}/files/xlsx");
        var html = await api.GetStringAsync($"api/packs/{month}/files/html");
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
        Assert.Equal("PK"u8.ToArray(), xlsx[..2]);
        Assert.Contains("E2E-EN", html);

        // The PMO dashboard renders with the admin key.
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("api/dashboard")).StatusCode);
    }

    [Fact]
    public async Task A_chase_opened_before_a_clean_restart_completes_when_the_manager_answers_after_it()
    {
        using var data = new TempFolder();
        var settings = new Dictionary<string, string> { ["PMO_Local__SchedulerEnabled"] = "false", ["PMO_Seed__DemoPortfolio"] = "true" };
        var nextWeek = DateTime.UtcNow.AddDays(7);
        var week = $"{ISOWeek.GetYear(nextWeek)}-W{ISOWeek.GetWeekOfYear(nextWeek):00}";
        string formPath;
        await using (var first = await LocalHostProcess.StartAsync(data.Path, StartTimeout, settings))
        {
            var run = await first.Client.PostAsync($"api/local/run-now/chase?week={week}&project=CRM-MIGR", null);
            Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
            formPath = await InvitationLinkAsync(first.Client, "alice.martin@example.org");
            await first.StopGracefullyAsync(StepTimeout);
        }

        // Same data folder, new process (and port): the chase is still waiting, and the link still works.
        await using var second = await LocalHostProcess.StartAsync(data.Path, StartTimeout, settings);
        using var browser = new HttpClient { BaseAddress = second.BaseAddress };
        var submitted = await browser.PostAsync(formPath, new FormUrlEncodedContent(new Dictionary<string, string> { ["overall"] = "Green" }));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        await Poll.UntilAsync(async () =>
        {
            var status = await second.Client.GetFromJsonAsync<JsonObject>($"api/orchestrations/chase-CRM-MIGR-{week}");
            return status!["runtimeStatus"]!.GetValue<string>() == "Completed" ? status : null;
        }, StepTimeout, "the chase to complete after the restart");
    }

    [Fact]
    public async Task Run_now_is_refused_without_the_admin_key_and_for_a_bad_week()
    {
        using var data = new TempFolder();
        await using var host = await LocalHostProcess.StartAsync(data.Path, StartTimeout, new Dictionary<string, string>
        {
            ["PMO_Local__SchedulerEnabled"] = "false",
            ["PMO_Durable__Backend"] = "InMemory",
        });
        using var anonymous = new HttpClient { BaseAddress = host.BaseAddress };

        var refused = await anonymous.PostAsync("api/local/run-now/chase", null);
        var invalid = await host.Client.PostAsync("api/local/run-now/chase?week=2026-W99", null);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("week", await invalid.Content.ReadAsStringAsync());

        var tooFast = await host.Client.PostAsync("api/local/run-now/chase?secondsPerWeek=5", null);
        Assert.Equal(HttpStatusCode.BadRequest, tooFast.StatusCode);
        Assert.Equal("application/problem+json", tooFast.Content.Headers.ContentType?.MediaType);
        Assert.Contains("secondsPerWeek", await tooFast.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Backup_and_purge_are_available_to_the_admin_while_the_host_runs()
    {
        using var data = new TempFolder();
        await using var host = await LocalHostProcess.StartAsync(data.Path, StartTimeout, new Dictionary<string, string>
        {
            ["PMO_Local__SchedulerEnabled"] = "false",
            ["PMO_Durable__Backend"] = "InMemory",
            ["PMO_Seed__DemoPortfolio"] = "true",
        });

        // Two in a row, most often within one second: two files, never a 500.
        var backups = new[] { await host.Client.PostAsync("api/local/backup", null), await host.Client.PostAsync("api/local/backup", null) };
        var purge = await host.Client.PostAsync("api/local/purge?olderThanDays=30", null);

        var paths = new List<string>();
        foreach (var backup in backups)
        {
            Assert.Equal(HttpStatusCode.OK, backup.StatusCode);
            var path = (await backup.Content.ReadFromJsonAsync<JsonObject>())!["path"]!.GetValue<string>();
            Assert.StartsWith(Path.Combine(data.Path, "backups"), path, StringComparison.Ordinal);
            Assert.True(new FileInfo(path).Length > 0);
            paths.Add(path);
        }

        Assert.NotEqual(paths[0], paths[1]);
        Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
        Assert.Equal(6, (await host.Client.GetFromJsonAsync<JsonObject>("api/projects"))!["items"]!.AsArray().Count);
    }

    /// <summary>The path of the update-form link in the newest invitation to <paramref name="email"/>.</summary>
    private static async Task<string> InvitationLinkAsync(HttpClient api, string email)
    {
        var entry = await Poll.UntilAsync(async () =>
        {
            var list = await api.GetFromJsonAsync<JsonArray>("api/local/outbox");
            return list!.FirstOrDefault(e => e!["to"]!.AsArray().Any(t => t!.GetValue<string>() == email));
        }, StepTimeout, $"the invitation to {email}");
        var message = await api.GetFromJsonAsync<JsonObject>($"api/local/outbox/{Uri.EscapeDataString(entry["fileName"]!.GetValue<string>())}");
        var link = FormLink().Match(message!["textBody"]!.GetValue<string>());
        Assert.True(link.Success, "No update-form link in:\n" + message["textBody"]);
        return new Uri(link.Value).PathAndQuery;
    }

    private static async Task CreateProjectAsync(HttpClient api, string id, string name, string manager, string email, string language)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await api.PostAsJsonAsync("api/projects", new
        {
            id,
            name,
            portfolio = "Customer",
            department = "IS Dept.",
            sponsor = new { name = "Claire Dubois", email = "claire.dubois@example.org", language = "Fr" },
            manager = new { name = manager, email, language },
            phase = "Execution",
            budget = new { approved = 100000, actualToDate = 20000, forecastAtCompletion = 100000, currency = "EUR" },
            start = today.AddDays(-30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            baselineEnd = today.AddDays(200).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"https?://[^\s""<>]+/api/forms/update/[^\s""<>]+")]
    private static partial Regex FormLink();
}
