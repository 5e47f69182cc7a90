using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Application.Links;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Tests.Shared;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Pages;

/// <summary>
/// The link pages in French put a narrow no-break space before <c>: ; ? !</c>, in their own wording and where they join
/// a label and a message ("Météo globale : choisissez une option."); in English they keep the sign tight.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FrenchTypographyPagesTests(ApiServer server)
{
    private const char Thin = FrenchTypography.Thin;
    private readonly HttpClient _anonymous = server.Browser();

    [Fact]
    public async Task The_french_update_form_its_errors_and_its_closed_link_page()
    {
        var id = NewId("P");
        await server.Client().CreateProjectAsync(id);
        await server.Store.StatusUpdates.CreateAsync(new StatusUpdate
        {
            ProjectId = id, Week = Links.Week.Previous(), Overall = Rag.Green, SubmittedBy = ApiServer.ManagerEmail, SubmittedAt = server.Clock.GetUtcNow().AddDays(-7),
        });
        var url = await Links.UpdateFormAsync(server, id);

        var form = await PageAsync(await _anonymous.GetAsync(url + "?lang=fr"));
        Assert.Contains($"semaine dernière{Thin}: modifiez", form.Body!.TextContent, StringComparison.Ordinal);
        AssertFrench(form);

        var errors = await PageAsync(await _anonymous.PostAsync(url + "?lang=fr", Form(("progressPercent", "beaucoup"))));
        Assert.Contains($"Météo globale{Thin}: choisissez une option.", errors.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"Avancement (%){Thin}: doit être un nombre.", errors.QuerySelector("#errors")!.TextContent, StringComparison.Ordinal);
        AssertFrench(errors);

        var expired = await Links.UpdateFormAsync(server, id, server.Clock.GetUtcNow().AddMinutes(-1));
        AssertFrench(await PageAsync(await _anonymous.GetAsync(expired + "?lang=fr")));
        await server.Store.UpdateRequests.UpsertAsync(new UpdateRequest
        {
            ProjectId = id, Week = Links.Week, Status = UpdateRequestStatus.Missed, Deadline = Links.Deadline,
        });
        var closed = await PageAsync(await _anonymous.GetAsync(url + "?lang=fr"));
        Assert.Contains($"Cette demande est close{Thin}: le point", closed.Body!.TextContent, StringComparison.Ordinal);
        AssertFrench(closed);

        var english = await PageAsync(await _anonymous.PostAsync(url.Replace("?lang=fr", "", StringComparison.Ordinal), Form(("progressPercent", "lots"))));
        Assert.DoesNotContain(Thin, english.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task The_french_decision_page_its_errors_its_confirmation_and_the_pack_approval()
    {
        var projectId = NewId("P");
        await server.Client().CreateProjectAsync(projectId);
        var url = await Links.DecisionAsync(server, projectId, NewId("E"));

        // The escalation's summary and question are the PMO's own words (here in English), not the page's.
        static string WithoutUserText(IDocument page) => page.Body!.TextContent
            .Replace("Approve an extra 18 000 EUR?", "", StringComparison.Ordinal);

        var missing = await PageAsync(await _anonymous.PostAsync(url + "?lang=fr", Form(("comment", "sans choix"))));
        Assert.Contains($"Votre décision{Thin}: choisissez une option.", missing.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(FrenchTypography.Faults(WithoutUserText(missing)));

        var decided = await PageAsync(await _anonymous.PostAsync(url + "?lang=fr", Form(("outcome", "Defer"))));
        Assert.Contains("— Reporter", decided.QuerySelector("#confirmation")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(FrenchTypography.Faults(WithoutUserText(decided)));

        var month = new YearMonth(2024, 4);
        await server.Store.ReviewPacks.UpsertAsync(new ReviewPack { Month = month, Status = ReviewPackStatus.AwaitingApproval, ProjectCount = 4 });
        var token = Links.Sign(server, LinkPurpose.PackApproval, "", month.ToString(), "pmo@example.org", server.Clock.GetUtcNow().AddDays(2));
        var approved = await PageAsync(await _anonymous.PostAsync("/api/forms/pack/" + Uri.EscapeDataString(token) + "?lang=fr", Form()));
        Assert.Contains($"2024-04{Thin}: Le dossier est approuvé{Thin}; il est en cours d'envoi", approved.Body!.TextContent, StringComparison.Ordinal);
        AssertFrench(approved);
    }

    private static void AssertFrench(IDocument page)
    {
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Empty(FrenchTypography.Faults(page.Title + "\n" + page.Body!.TextContent));
    }

    private static async Task<IDocument> PageAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        }
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
}
