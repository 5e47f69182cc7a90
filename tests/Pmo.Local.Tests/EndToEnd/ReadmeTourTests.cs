using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Pmo.Local.Tests.Support;

namespace Pmo.Local.Tests.EndToEnd;

/// <summary>
/// README.md's "A 5-minute tour", as a newcomer follows it from the folder they start <c>./run.sh</c> in: every
/// command is taken from the README when the test runs and run as written in bash (only localhost:7071 becomes the
/// test host's free port); what the README asks the reader to do in a browser (sign in, open the outbox, follow the
/// link, change the RAG and submit, download the pack) is done with the same HTTP requests a browser sends.
/// </summary>
public sealed partial class ReadmeTourTests(ReadmeTourHost tour) : IClassFixture<ReadmeTourHost>
{
    // Bounds of a hang only, generous for a loaded 2-core CI box running the other test assemblies.
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(3);
    private static readonly HtmlParser Html = new();

    [Fact]
    public void Step_1_a_normal_start_prints_only_lines_a_user_needs_and_no_warning()
    {
        var lines = tour.Host.Lines;
        var all = string.Join('\n', lines);

        // Each line is one of these (ISO 8601 timestamp, info): the key ring's protection on a first start, the
        // seeding, "ready", and the mail the calendar sends. No warning, no framework chatter, no build summary.
        Assert.All(lines, line => Assert.True(NeededLine().IsMatch(line), $"A line a user does not need:\n{line}\n\nWhole output:\n{all}"));
        Assert.DoesNotContain(lines, l => MonthFirstDate().IsMatch(l));
        Assert.Single(lines, l => l.Contains("PMO local host ready on", StringComparison.Ordinal));
        Assert.Single(lines, l => l.Contains("Dashboard sign-in key created in " + Path.Combine(tour.Folder.Path, ".pmo-data", "secrets"), StringComparison.Ordinal));
        Assert.Single(lines, l => l.EndsWith("info Seeded the demo portfolio: 6 projects", StringComparison.Ordinal));
        var ready = lines.Single(l => l.Contains("PMO local host ready on", StringComparison.Ordinal));
        Assert.Contains($"data folder {Path.Combine(tour.Folder.Path, ".pmo-data")}", ready);
    }

    [Fact]
    public async Task Steps_2_to_5_run_as_written_against_the_host_started_in_step_1()
    {
        var steps = tour.Steps;
        var port = tour.Host.Port;
        var baseAddress = new Uri($"http://localhost:{port}/");

        // Step 1's promise: six projects, English- and French-speaking managers.
        var keyCommand = steps[1].CodeStartingWith("KEY=");
        var key = (await BashAsync(keyCommand + "\nprintf '%s' \"$KEY\"")).Trim();
        Assert.True(key.Length >= 16, $"`{keyCommand}` gave no API key in {tour.Folder.Path}.");
        using var api = new HttpClient { BaseAddress = baseAddress };
        api.DefaultRequestHeaders.Add("X-Api-Key", key);
        var projects = (await api.GetFromJsonAsync<JsonObject>("api/projects"))!["items"]!.AsArray();
        Assert.Equal(6, projects.Count);
        Assert.Equal(["En", "Fr"], projects.Select(p => p!["manager"]!["language"]!.GetValue<string>()).Distinct().Order().ToArray());

        // Step 2: the sign-in page, the key pasted, the dashboard and its sections.
        var signIn = new Uri(ReadmeTour.OnPort(SignInUrl().Match(steps[1].Text) is { Success: true } m ? m.Value : throw new InvalidOperationException("Step 2 names no sign-in URL:\n" + steps[1].Text), port));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = baseAddress };
        var signInPage = await ParseAsync(await browser.GetAsync(signIn));
        var form = (IHtmlFormElement)signInPage.QuerySelector("form")!;
        Assert.NotNull(form.QuerySelector("input[name=apiKey]"));
        var signedIn = await browser.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(new Dictionary<string, string> { ["apiKey"] = key }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var cookie = string.Join("; ", signedIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        var dashboard = await DashboardAsync(browser, cookie, signedIn.Headers.Location!.OriginalString);
        var sections = dashboard.QuerySelectorAll("h2").Select(h => h.TextContent).ToList();
        foreach (var section in new[] { "RAG overview", "compliance", "escalations", "packs", "outbox" })
        {
            Assert.Contains(sections, s => s.Contains(section, StringComparison.OrdinalIgnoreCase));
        }

        // Step 3: next week's chase for CRM-MIGR, opened now.
        var chase = JsonNode.Parse(await BashAsync(keyCommand + "\n" + ReadmeTour.OnPort(steps[2].CodeStartingWith("curl"), port)))!;
        var nextWeek = DateTime.Now.AddDays(7);
        var week = $"{ISOWeek.GetYear(nextWeek)}-W{ISOWeek.GetWeekOfYear(nextWeek):00}";
        Assert.Equal($"chase-CRM-MIGR-{week}", chase["instanceId"]!.GetValue<string>());

        // Step 4: in the dashboard's outbox, the invitation to the PM; its link; the form, pre-filled, with the deadline.
        var manager = (await api.GetFromJsonAsync<JsonObject>("api/projects/CRM-MIGR"))!["manager"]!["email"]!.GetValue<string>();
        var invitation = await Poll.UntilAsync(async () =>
        {
            var page = await DashboardAsync(browser, cookie, "/api/dashboard");
            return page.QuerySelectorAll("#outbox ~ table tbody tr")
                .Where(row => row.QuerySelector("td:nth-child(2)")!.TextContent.Contains(manager, StringComparison.OrdinalIgnoreCase))
                .Select(row => row.QuerySelector("a")?.GetAttribute("href"))
                .FirstOrDefault(href => href is not null && Uri.UnescapeDataString(href).Contains(week, StringComparison.Ordinal));
        }, StepTimeout, $"the invitation to {manager} in the dashboard's outbox");
        var link = FormLink(await DashboardAsync(browser, cookie, invitation));
        var formPath = new Uri(link).PathAndQuery;
        using var manager_ = new HttpClient { BaseAddress = baseAddress };
        var updateForm = await ParseAsync(await manager_.GetAsync(formPath));
        Assert.NotNull(updateForm.QuerySelector(".deadline"));
        var lastWeek = (await api.GetFromJsonAsync<JsonArray>("api/projects/CRM-MIGR/updates"))!
            .Select(u => u!.AsObject()).Where(u => string.CompareOrdinal(u["week"]!.GetValue<string>(), week) < 0)
            .MaxBy(u => u["week"]!.GetValue<string>())!;
        var prefilled = updateForm.QuerySelector("input[name=overall][checked]")?.GetAttribute("value");
        Assert.Equal(lastWeek["overall"]!.GetValue<string>(), prefilled);
        Assert.Equal(lastWeek["accomplishments"]!.GetValue<string>(), updateForm.QuerySelector("textarea[name=accomplishments]")!.TextContent.Trim());

        // "Change the RAG and submit; the answer can be amended until the deadline."
        var changed = new[] { "Green", "Amber", "Red" }.First(r => r != prefilled);
        var submitted = await manager_.PostAsync(formPath, new FormUrlEncodedContent(BrowserForm.Fields(updateForm.QuerySelector("form")!, ("overall", changed))));
        var confirmation = await ParseAsync(submitted);
        Assert.NotNull(confirmation.QuerySelector("#confirmation"));
        Assert.Equal(changed, (await api.GetFromJsonAsync<JsonObject>($"api/projects/CRM-MIGR/updates/{week}"))!["overall"]!.GetValue<string>());
        var amendable = await ParseAsync(await manager_.GetAsync(formPath));
        Assert.NotNull(amendable.QuerySelector("#amendment"));
        Assert.Equal(changed, amendable.QuerySelector("input[name=overall][checked]")?.GetAttribute("value"));

        // Step 5: the pack for last month, its three files, and the PMO's approval request in the outbox.
        var packRun = steps[4].CodeStartingWith("curl");
        var month = (await BashAsync("printf '%s' " + MonthExpression().Match(packRun).Value)).Trim();
        Assert.Equal($"review-{month}", JsonNode.Parse(await BashAsync(keyCommand + "\n" + ReadmeTour.OnPort(packRun, port)))!["instanceId"]!.GetValue<string>());
        await Poll.UntilAsync(async () =>
        {
            using var response = await api.GetAsync($"api/packs/{month}");
            var pack = response.IsSuccessStatusCode ? await response.Content.ReadFromJsonAsync<JsonObject>() : null;
            return pack?["status"]!.GetValue<string>() is "AwaitingApproval" or "Approved" or "Distributed" ? pack : null;
        }, StepTimeout, $"the {month} pack to be assembled");

        var download = steps[4].CodeContaining("/files/");
        var formats = steps[4].Code.Where(c => c is "pdf" or "xlsx" or "html").Prepend(download.Split('/')[^1]).ToList();
        Assert.Equal(["pdf", "xlsx", "html"], formats);
        var files = new Dictionary<string, byte[]>();
        foreach (var format in formats)
        {
            var path = download.Replace("<month>", month, StringComparison.Ordinal)[..(download.Replace("<month>", month, StringComparison.Ordinal).LastIndexOf('/') + 1)] + format;
            using var response = await api.GetAsync(path.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {response.StatusCode}");
            files[format] = await response.Content.ReadAsByteArrayAsync();
        }

        Assert.Equal("%PDF"u8.ToArray(), files["pdf"][..4]);
        Assert.Equal("PK"u8.ToArray(), files["xlsx"][..2]);
        var crm = (await api.GetFromJsonAsync<JsonObject>("api/projects/CRM-MIGR"))!["name"]!.GetValue<string>();
        Assert.Contains(crm, (await Html.ParseDocumentAsync(System.Text.Encoding.UTF8.GetString(files["html"]))).Body!.TextContent);
        var outbox = await DashboardAsync(browser, cookie, "/api/dashboard");
        Assert.Contains(outbox.QuerySelectorAll("#outbox ~ table tbody tr"), row =>
            row.QuerySelector("td:nth-child(2)")!.TextContent.Contains("pmo@example.org", StringComparison.OrdinalIgnoreCase)
            && Uri.UnescapeDataString(row.QuerySelector("a")!.GetAttribute("href")!).Contains($"review-{month}-approval", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Step_6_the_demo_writes_where_the_README_says_under_the_folder_run_sh_was_started_from()
    {
        var step = tour.Steps[5];
        using var folder = new CallerFolder();

        var demo = await Shell.RunAsync(folder.Path, step.CodeStartingWith("./run.sh demo"), TimeSpan.FromMinutes(5), CallerFolder.Environment());

        Assert.True(demo.ExitCode == 0, demo.ToString());
        foreach (var path in step.Code.Where(c => c.StartsWith("demo/", StringComparison.Ordinal)))
        {
            var found = Glob(folder.Path, path);
            Assert.True(found.Count > 0, $"Nothing at {path} under {folder.Path} after `{step.CodeStartingWith("./run.sh demo")}`:\n{demo}");
            Assert.All(found, f => Assert.True(new FileInfo(f).Length > 0, f));
        }
    }

    /// <summary>
    /// Runs README commands in the tour's folder; the first that fails (set -e, e.g. a `cat` of a missing file) fails
    /// the test with what it printed. (curl's progress meter goes to stderr when its output is not a terminal.)
    /// </summary>
    private async Task<string> BashAsync(string script)
    {
        var result = await Shell.RunAsync(tour.Folder.Path, "set -e\n" + script, CommandTimeout, CallerFolder.Environment());
        Assert.True(result.ExitCode == 0, $"The README's commands failed in {tour.Folder.Path}:\n{script}\n{result}");
        return result.StandardOutput;
    }

    private static async Task<IDocument> DashboardAsync(HttpClient browser, string cookie, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await ParseAsync(await browser.SendAsync(request));
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.RequestMessage?.RequestUri}: {response.StatusCode}\n{body}");
        return await Html.ParseDocumentAsync(body);
    }

    /// <summary>The update-form link of a message shown by the dashboard (its HTML in the frame, else its text).</summary>
    private static string FormLink(IDocument message)
    {
        var srcdoc = message.QuerySelector("iframe")?.GetAttribute("srcdoc");
        var text = srcdoc is null
            ? message.QuerySelector("pre")?.TextContent ?? ""
            : string.Join('\n', Html.ParseDocument(srcdoc).QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var link = UpdateFormLink().Match(text);
        Assert.True(link.Success, "No update-form link in the invitation:\n" + message.DocumentElement.OuterHtml);
        return link.Value;
    }

    /// <summary>Files under <paramref name="root"/> matching a README path: "*" in a file name, "&lt;…&gt;" for any one folder.</summary>
    private static List<string> Glob(string root, string path)
    {
        IEnumerable<string> found = [root];
        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].StartsWith('<') ? "*" : segments[i];
            found = i < segments.Length - 1
                ? found.Where(Directory.Exists).SelectMany(d => Directory.GetDirectories(d, segment))
                : found.Where(Directory.Exists).SelectMany(d => Directory.GetFiles(d, segment));
        }

        return found.ToList();
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z info (Dashboard sign-in key created in .+|Seeded the demo portfolio: \d+ projects|PMO local host ready on http://localhost:\d+/api/dashboard .+|Outbox: .+|Stopping: .+)$")]
    private static partial Regex NeededLine();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex MonthFirstDate();

    [GeneratedRegex(@"https?://localhost:7071/\S*signin")]
    private static partial Regex SignInUrl();

    [GeneratedRegex(@"\$\(date [^)]*\)")]
    private static partial Regex MonthExpression();

    [GeneratedRegex(@"https?://[^\s""<>]+/api/forms/update/[^\s""<>]+")]
    private static partial Regex UpdateFormLink();
}
