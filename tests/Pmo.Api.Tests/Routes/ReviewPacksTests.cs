using System.Text.Json.Nodes;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Routes;

[Collection(ApiCollection.Name)]
public sealed class ReviewPacksTests(ApiServer server)
{
    private readonly HttpClient _reader = server.Client(ApiServer.ReaderKey);

    private async Task<YearMonth> SeedPackAsync(int month)
    {
        var ym = new YearMonth(2025, month);
        if (await server.Store.ReviewPacks.FindAsync(ym) is null)
        {
            await server.Store.ReviewPacks.CreateAsync(new ReviewPack
            {
                Month = ym,
                Status = ReviewPackStatus.Distributed,
                ProjectCount = 3,
                Files = new Dictionary<string, string> { ["html"] = $"{ym}.html", ["pdf"] = $"{ym}.pdf" },
            });
            await File.WriteAllTextAsync(Path.Combine(server.PackFolder, $"{ym}.html"), "<h1>Review</h1>");
            await File.WriteAllBytesAsync(Path.Combine(server.PackFolder, $"{ym}.pdf"), "%PDF-1.7 fake"u8.ToArray());
        }

        return ym;
    }

    [Fact]
    public async Task List_get_and_download()
    {
        var month = await SeedPackAsync(6);

        using var list = await _reader.GetAsync("/api/packs?limit=50");
        Assert.Contains(month.ToString(), await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var get = await _reader.GetAsync($"/api/packs/{month}");
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(3, (await BodyAsync(get))["projectCount"]!.GetValue<int>());

        using var pdf = await _reader.GetAsync($"/api/packs/{month}/files/pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", await pdf.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal($"portfolio-review-{month}.pdf", pdf.Content.Headers.ContentDisposition?.FileNameStar ?? pdf.Content.Headers.ContentDisposition?.FileName);
    }

    [Fact]
    public async Task Download_errors()
    {
        var month = await SeedPackAsync(7);
        using var missingFile = await _reader.GetAsync($"/api/packs/{month}/files/xlsx");
        await AssertProblemAsync(missingFile, HttpStatusCode.NotFound);
        using var badFormat = await _reader.GetAsync($"/api/packs/{month}/files/exe");
        await AssertProblemAsync(badFormat, HttpStatusCode.UnprocessableEntity, "format");
        using var badMonth = await _reader.GetAsync("/api/packs/2025-13");
        await AssertProblemAsync(badMonth, HttpStatusCode.BadRequest, "month");
        using var missing = await _reader.GetAsync("/api/packs/1999-01");
        await AssertProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Run_now_starts_the_review_once_per_idempotency_key_and_refuses_future_months()
    {
        var admin = server.Client();
        async Task<HttpResponseMessage> Run(string month, string key)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/packs/{month}/run");
            request.Headers.Add("Idempotency-Key", key);
            return await admin.SendAsync(request);
        }

        var key = Guid.NewGuid().ToString();
        using var first = await Run("2026-10", key);
        using var second = await Run("2026-10", key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal("/api/orchestrations/review-2026-10", first.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.True(server.Durable.Started.ContainsKey("review-2026-10"));

        using var future = await Run("2027-05", Guid.NewGuid().ToString());
        await AssertProblemAsync(future, HttpStatusCode.UnprocessableEntity, "month");
        using var badKey = await Run("2026-10", new string('k', 300));
        await AssertProblemAsync(badKey, HttpStatusCode.BadRequest, "Idempotency-Key");
    }
}
