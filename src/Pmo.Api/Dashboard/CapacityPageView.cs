namespace Pmo.Api.Dashboard;

/// <summary>The dashboard's capacity page: departments × the next 6 months, the over-allocated person-months, the demands by status.</summary>
public static class CapacityPageView
{
    public static string Render(CapacityOverview overview, CapacityPageTexts t)
    {
        ArgumentNullException.ThrowIfNull(overview);
        ArgumentNullException.ThrowIfNull(t);
        var view = overview.ByDepartment;
        var h = new HtmlWriter();
        h.Raw("<nav><a href=\"/api/dashboard").Raw(t.LangQuery).Raw("\">").Text(t.Back).Raw("</a><a href=\"/api/dashboard/capacity?lang=").Raw(t.OtherLanguageCode)
            .Raw("\" lang=\"").Raw(t.OtherLanguageCode).Raw("\">").Text(t.OtherLanguage).Raw("</a></nav>");
        h.Tag("h1", t.Title);
        if (view.Cells.Count == 0)
        {
            h.Tag("p", t.NoPeople, "muted");
        }
        else
        {
            h.Tag("p", t.Intro, "lead");
            Grid(h, view, t);
            OverAllocated(h, view, t);
        }

        h.Raw("<h2 id=\"demands\">").Text(t.DemandsTitle).Raw("</h2>");
        h.Raw("<table class=\"narrow\"><thead><tr><th scope=\"col\">").Text(t.Status).Raw("</th><th scope=\"col\" class=\"num\">").Text(t.Count).Raw("</th></tr></thead><tbody>");
        foreach (var (status, count) in overview.DemandsByStatus.OrderBy(x => x.Key))
        {
            h.Raw("<tr><td>").Text(t.Statuses[status]).Raw("</td><td class=\"num\">").Text(count.ToString(t.Culture)).Raw("</td></tr>");
        }

        h.Raw("</tbody></table>");
        return h.ToString();
    }

    private static void Grid(HtmlWriter h, CapacityView view, CapacityPageTexts t)
    {
        var cells = view.Cells.ToDictionary(c => (c.Group, c.Month));
        h.Raw("<div class=\"scroll\"><table id=\"capacity\"><thead><tr><th scope=\"col\">").Text(t.Department).Raw("</th>");
        foreach (var month in view.Months)
        {
            h.Raw("<th scope=\"col\" class=\"num\">").Text(MonthText(month, t)).Raw("</th>");
        }

        h.Raw("</tr></thead><tbody>");
        foreach (var group in view.Cells.Select(c => c.Group).Distinct())
        {
            h.Raw("<tr><th scope=\"row\">").Text(group).Raw("</th>");
            foreach (var month in view.Months)
            {
                var c = cells[(group, month)];
                h.Raw(c.OverAllocated.Count > 0 ? "<td class=\"num over\">" : "<td class=\"num\">")
                    .Text($"{Days(c.Capacity, t)} / {Days(c.Allocated, t)} / {Days(c.Free, t)}");
                if (c.OverAllocated.Count > 0)
                {
                    h.Raw("<small>").Text(string.Format(t.Culture, t.OverCount, c.OverAllocated.Count)).Raw("</small>");
                }

                h.Raw("</td>");
            }

            h.Raw("</tr>");
        }

        h.Raw("</tbody></table></div>");
    }

    private static void OverAllocated(HtmlWriter h, CapacityView view, CapacityPageTexts t)
    {
        h.Raw("<h2 id=\"over-allocated\">").Text(t.OverTitle).Raw("</h2>");
        var loads = view.Cells.SelectMany(c => c.OverAllocated).DistinctBy(l => (l.PersonId, l.Month))
            .OrderBy(l => l.Month).ThenBy(l => l.Name, StringComparer.CurrentCulture).ToList();
        if (loads.Count == 0)
        {
            h.Tag("p", t.NoOver, "muted");
            return;
        }

        h.Raw("<table><thead><tr><th scope=\"col\">").Text(t.Person).Raw("</th><th scope=\"col\">").Text(t.Month)
            .Raw("</th><th scope=\"col\" class=\"num\">").Text(t.Available).Raw("</th><th scope=\"col\" class=\"num\">").Text(t.Allocated)
            .Raw("</th><th scope=\"col\" class=\"num\">").Text(t.Load).Raw("</th></tr></thead><tbody>");
        foreach (var l in loads)
        {
            h.Raw("<tr><td>").Text(l.Name).Raw("</td><td>").Text(MonthText(l.Month, t)).Raw("</td><td class=\"num\">").Text(Days(l.Available, t))
                .Raw("</td><td class=\"num\">").Text(Days(l.Allocated, t)).Raw("</td><td class=\"num\">")
                .Text(l.Percent is { } p ? string.Format(t.Culture, t.PercentFormat, p) : "—").Raw("</td></tr>");
        }

        h.Raw("</tbody></table>");
    }

    private static string MonthText(YearMonth month, CapacityPageTexts t) =>
        month.FirstDay.ToString("MMM yyyy", t.Culture);

    private static string Days(decimal days, CapacityPageTexts t) => days.ToString("#,0.#", t.Culture);
}
