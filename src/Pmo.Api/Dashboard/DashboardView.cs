using Pmo.Mail;

namespace Pmo.Api.Dashboard;

/// <summary>The PMO dashboard: RAG overview, this week's update compliance, open escalations, latest packs, and the outbox.</summary>
public static class DashboardView
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Render(PortfolioSummary s, IReadOnlyList<OutboxEntry>? outbox)
    {
        ArgumentNullException.ThrowIfNull(s);
        var k = s.Kpis;
        var h = new HtmlWriter();
        h.Tag("h1", $"PMO dashboard — {s.Week}");
        h.Raw("<nav><a href=\"#portfolio\">Portfolio</a><a href=\"#compliance\">Compliance</a><a href=\"#escalations\">Escalations</a><a href=\"#packs\">Packs</a><a href=\"/api/dashboard/capacity\">Capacity</a>")
            .Raw(outbox is null ? "" : "<a href=\"#outbox\">Outbox</a>").Raw("</nav>");

        h.Raw("<h2 id=\"portfolio\">Portfolio RAG overview</h2><div class=\"tiles\">");
        Tile(h, "Active projects", k.ActiveProjects.ToString(Culture), null);
        Tile(h, "Green", k.Green.ToString(Culture), "Green");
        Tile(h, "Amber", k.Amber.ToString(Culture), "Amber");
        Tile(h, "Red", k.Red.ToString(Culture), "Red");
        Tile(h, "No status yet", k.NoStatus.ToString(Culture), "None");
        h.Raw("</div>");

        var requests = s.Requests.ToDictionary(r => r.ProjectId, StringComparer.Ordinal);
        h.Raw("<table><thead><tr><th scope=\"col\">Project</th><th scope=\"col\">Manager</th><th scope=\"col\">RAG</th><th scope=\"col\" class=\"hide-narrow\">Last update</th><th scope=\"col\">This week</th></tr></thead><tbody>");
        foreach (var p in s.ActiveProjects.OrderByDescending(p => p.LatestRag ?? (Rag)(-1)).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            h.Raw("<tr><td>").Text($"{p.Id} — {p.Name}").Raw("</td><td>").Text(p.Manager.Name).Raw("</td><td>");
            Rag(h, p.LatestRag?.ToString());
            h.Raw("</td><td class=\"hide-narrow\">").Text(p.LatestUpdateWeek?.ToString() ?? "—").Raw("</td><td>")
                .Text(requests.TryGetValue(p.Id, out var r) ? Describe(r) : "not requested").Raw("</td></tr>");
        }

        h.Raw("</tbody></table>");

        // On time = answered before the deadline the PM was given, with or without a reminder; missed = no answer by then.
        h.Raw("<h2 id=\"compliance\">Update compliance this week</h2><div class=\"tiles\">");
        Tile(h, "Requested", k.UpdatesRequested.ToString(Culture), null);
        Tile(h, "On time", k.UpdatesOnTime.ToString(Culture), null,
            $"{k.UpdatesOnTime - k.UpdatesAfterReminder} before any reminder · {k.UpdatesAfterReminder} after a reminder");
        Tile(h, "Missed", k.UpdatesMissed.ToString(Culture), null, "no answer by the deadline");
        Tile(h, "Awaiting answer", (k.UpdatesRequested - k.UpdatesOnTime - k.UpdatesMissed).ToString(Culture), null);
        Tile(h, "Compliance", k.UpdateCompliance is { } share ? share.ToString("P0", Culture) : "—", null,
            k.UpdateCompliance is null ? "no request yet" : "on time / requested");
        h.Raw("</div>");

        h.Raw("<h2 id=\"escalations\">Open escalations</h2>");
        if (s.OpenEscalations.Count == 0)
        {
            h.Tag("p", "None.", "muted");
        }
        else
        {
            h.Raw("<table><thead><tr><th scope=\"col\">Project</th><th scope=\"col\">Summary</th><th scope=\"col\">Status</th><th scope=\"col\" class=\"hide-narrow\">Raised</th></tr></thead><tbody>");
            foreach (var e in s.OpenEscalations.OrderBy(e => e.RaisedAt))
            {
                h.Raw("<tr><td>").Text(e.ProjectId).Raw("</td><td>").Text(e.Summary).Raw("</td><td>").Text(e.Status.ToString())
                    .Raw("</td><td class=\"hide-narrow\">").Text(Local(e.RaisedAt, s.TimeZone).ToString("d MMM yyyy", Culture)).Raw("</td></tr>");
            }

            h.Raw("</tbody></table>");
        }

        h.Raw("<h2 id=\"packs\">Latest review packs</h2>");
        if (s.LatestPacks.Count == 0)
        {
            h.Tag("p", "None yet.", "muted");
        }
        else
        {
            h.Raw("<ul>");
            foreach (var pack in s.LatestPacks)
            {
                h.Raw("<li>").Text($"{pack.Month} — {pack.Status} — {pack.ProjectCount} projects ");
                foreach (var kind in pack.Files.Keys.Order(StringComparer.Ordinal))
                {
                    h.Raw("<a href=\"/api/packs/").Raw(HtmlWriter.Attr(pack.Month.ToString())).Raw("/files/").Raw(HtmlWriter.Attr(kind)).Raw("\">").Text(kind.ToUpperInvariant()).Raw("</a> ");
                }

                h.Raw("</li>");
            }

            h.Raw("</ul>");
        }

        if (outbox is not null)
        {
            h.Raw("<h2 id=\"outbox\">Mail outbox</h2>");
            if (outbox.Count == 0)
            {
                h.Tag("p", "Empty.", "muted");
            }
            else
            {
                // Sent times on the organisation's clock, the zone named once in the header (the e-mails name it too).
                h.Raw("<table><thead><tr><th scope=\"col\">").Text($"Sent ({s.TimeZone.Id})").Raw("</th><th scope=\"col\">To</th><th scope=\"col\">Subject</th></tr></thead><tbody>");
                foreach (var m in outbox)
                {
                    h.Raw("<tr><td>").Text(Local(m.Date, s.TimeZone).ToString("ddd d MMM yyyy, HH:mm", Culture)).Raw("</td><td>").Text(string.Join(", ", m.To))
                        .Raw("</td><td><a href=\"/api/dashboard/outbox/").Raw(HtmlWriter.Attr(Uri.EscapeDataString(m.FileName))).Raw("\">").Text(m.Subject).Raw("</a></td></tr>");
                }

                h.Raw("</tbody></table>");
            }
        }

        return h.ToString();
    }

    public static string Message(OutboxMessage message, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(zone);
        var e = message.Entry;
        var h = new HtmlWriter();
        h.Raw("<nav><a href=\"/api/dashboard#outbox\">← Dashboard</a></nav>").Tag("h1", e.Subject);
        h.Raw("<table><tbody><tr><th scope=\"row\">To</th><td>").Text(string.Join(", ", e.To)).Raw("</td></tr><tr><th scope=\"row\">Date</th><td>")
            .Text(WallClockText.Format(e.Date, zone, Language.En)).Raw("</td></tr>");
        if (message.AttachmentNames.Count > 0)
        {
            h.Raw("<tr><th scope=\"row\">Attachments</th><td>").Text(string.Join(", ", message.AttachmentNames)).Raw("</td></tr>");
        }

        h.Raw("</tbody></table>");
        if (message.HtmlBody is { Length: > 0 } html)
        {
            // The e-mail's own HTML, isolated: a sandboxed frame without scripts, from an encoded srcdoc.
            h.Raw("<iframe sandbox title=\"Message\" srcdoc=\"").Raw(HtmlWriter.Attr(html)).Raw("\"></iframe>");
        }
        else
        {
            h.Raw("<pre>").Text(message.TextBody).Raw("</pre>");
        }

        return h.ToString();
    }

    private static string Describe(UpdateRequest r) => r.Status switch
    {
        UpdateRequestStatus.Submitted => r.AnsweredAfterReminder ? "on time, after a reminder" : "on time, before any reminder",
        UpdateRequestStatus.Missed => "missed",
        UpdateRequestStatus.Reminded => "awaiting answer, reminded",
        UpdateRequestStatus.SecondReminderSent => "awaiting answer, reminded twice",
        _ => "awaiting answer",
    };

    private static void Tile(HtmlWriter h, string label, string value, string? rag, string? note = null)
    {
        h.Raw("<div class=\"tile\">");
        if (rag is not null)
        {
            h.Raw("<span class=\"rag rag-").Raw(rag).Raw("\">").Text(label).Raw("</span>");
        }
        else
        {
            h.Text(label);
        }

        h.Raw("<b>").Text(value).Raw("</b>");
        if (note is not null)
        {
            h.Raw("<small class=\"muted\">").Text(note).Raw("</small>");
        }

        h.Raw("</div>");
    }

    private static DateTimeOffset Local(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone);

    private static void Rag(HtmlWriter h, string? rag) =>
        h.Raw("<span class=\"rag rag-").Raw(rag ?? "None").Raw("\">").Text(rag ?? "none").Raw("</span>");
}
