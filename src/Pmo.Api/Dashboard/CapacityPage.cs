namespace Pmo.Api.Dashboard;

/// <summary>/api/dashboard/capacity: the PMO's capacity page (English by default, <c>?lang=fr</c> in French).</summary>
public static class CapacityPage
{
    public static async Task<IResult> Show(HttpRequest request, CapacityOverviewService service, CancellationToken cancellationToken)
    {
        var texts = CapacityPageTexts.For(PageLanguage.Pick(request, Language.En));
        var overview = await service.GetAsync(cancellationToken);
        return Layout.Page(texts.Lang, texts.Title, CapacityPageView.Render(overview, texts), wide: true);
    }
}
