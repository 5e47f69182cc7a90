using Pmo.Mail;

namespace Pmo.Api.Dashboard;

/// <summary>The PMO dashboard, in the page's language: RAG overview, this week's update compliance, open escalations, latest packs, and the outbox.</summary>
public static class DashboardView
{
    public static string Render(PortfolioSummary s, IReadOnlyList<OutboxEntry>? outbox, DashboardPageTexts t)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(t);
        var k = s.Kpis;
        var c = t.Culture;
        var h = new HtmlWriter();
        h.Tag("h1", string.Format(c, t.HeadingFormat, s.Week.ToString()));
        h.Raw("<nav><a href=\"#portfolio\">").Text(t.NavPortfolio).Raw("</a><a href=\"#compliance\">").Text(t.NavCompliance)
            .Raw("</a><a href=\"#escalations\">").Text(t.NavEscalations).Raw("</a><a href=\"#packs\">").Text(t.NavPacks)
            .Raw("</a><a href=\"/api/dashboard/capacity").Raw(t.LangQuery).Raw("\">").Text(t.NavCapacity).Raw("</a>");
        if (outbox is not null)
        {
            h.Raw("<a href=\"#outbox\">").Text(t.NavOutbox).Raw("</a>");
        }

        h.Raw("<a href=\"/api/dashboard?lang=").Raw(t.OtherLanguageCode).Raw("\" lang=\"").Raw(t.OtherLanguageCode).Raw("\">")
            .Text(t.OtherLanguage).Raw("</a></nav>");

        h.Raw("<h2 id=\"portfolio\">").Text(t.PortfolioTitle).Raw("</h2><div class=\"tiles\">");
        Tile(h, t.ActiveProjects, k.ActiveProjects.ToString(c), null);
        Tile(h, t.Rags[Rag.Green], k.Green.ToString(c), nameof(Rag.Green));
        Tile(h, t.Rags[Rag.Amber], k.Amber.ToString(c), nameof(Rag.Amber));
        Tile(h, t.Rags[Rag.Red], k.Red.ToString(c), nameof(Rag.Red));
        Tile(h, t.NoStatusTile, k.NoStatus.ToString(c), "None");
        h.Raw("</div>");

        var requests = s.Requests.ToDictionary(r => r.ProjectId, StringComparer.Ordinal);
        h.Raw("<table><thead><tr><th scope=\"col\">").Text(t.Project).Raw("</th><th scope=\"col\">").Text(t.Manager)
            .Raw("</th><th scope=\"col\">").Text(t.RagHeader).Raw("</th><th scope=\"col\" class=\"hide-narrow\">").Text(t.LastUpdate)
            .Raw("</th><th scope=\"col\">").Text(t.ThisWeek).Raw("</th></tr></thead><tbody>");
        foreach (var p in s.ActiveProjects.OrderByDescending(p => p.LatestRag ?? (Rag)(-1)).ThenBy(p => p.Id, StringComparer.Ordinal))
        {
            h.Raw("<tr><td>").Text($"{p.Id} — {p.Name}").Raw("</td><td>").Text(p.Manager.Name).Raw("</td><td>");
            RagBadge(h, p.LatestRag, t);
            h.Raw("</td><td class=\"hide-narrow\">").Text(p.LatestUpdateWeek?.ToString() ?? "—").Raw("</td><td>")
                .Text(requests.TryGetValue(p.Id, out var r) ? Describe(r, t) : t.NotRequested).Raw("</td></tr>");
        }

        h.Raw("</tbody></table>");

        // On time = answered before the deadline the PM was given, with or without a reminder; missed = no answer by then.
        h.Raw("<h2 id=\"compliance\">").Text(t.ComplianceTitle).Raw("</h2><div class=\"tiles\">");
        Tile(h, t.Requested, k.UpdatesRequested.ToString(c), null);
        Tile(h, t.OnTime, k.UpdatesOnTime.ToString(c), null,
            string.Format(c, t.OnTimeNoteFormat, k.UpdatesOnTime - k.UpdatesAfterReminder, k.UpdatesAfterReminder));
        Tile(h, t.Missed, k.UpdatesMissed.ToString(c), null, t.MissedNote);
        Tile(h, t.Awaiting, (k.UpdatesRequested - k.UpdatesOnTime - k.UpdatesMissed).ToString(c), null);
        Tile(h, t.Compliance, k.UpdateCompliance is { } share ? string.Format(c, t.PercentFormat, share * 100) : "—", null,
            k.UpdateCompliance is null ? t.NoRequestYet : t.ComplianceNote);
        h.Raw("</div>");

        h.Raw("<h2 id=\"escalations\">").Text(t.EscalationsTitle).Raw("</h2>");
        if (s.OpenEscalations.Count == 0)
        {
            h.Tag("p", t.NoEscalation, "muted");
        }
        else
        {
            h.Raw("<table><thead><tr><th scope=\"col\">").Text(t.Project).Raw("</th><th scope=\"col\">").Text(t.Summary)
                .Raw("</th><th scope=\"col\">").Text(t.Status).Raw("</th><th scope=\"col\" class=\"hide-narrow\">").Text(t.Raised)
                .Raw("</th></tr></thead><tbody>");
            foreach (var e in s.OpenEscalations.OrderBy(e => e.RaisedAt))
            {
                h.Raw("<tr><td>").Text(e.ProjectId).Raw("</td><td>").Text(e.Summary).Raw("</td><td>").Text(t.EscalationStatuses[e.Status])
                    .Raw("</td><td class=\"hide-narrow\">").Text(Local(e.RaisedAt, s.TimeZone).ToString(t.DateFormat, c)).Raw("</td></tr>");
            }

            h.Raw("</tbody></table>");
        }

        h.Raw("<h2 id=\"packs\">").Text(t.PacksTitle).Raw("</h2>");
        if (s.LatestPacks.Count == 0)
        {
            h.Tag("p", t.NoPack, "muted");
        }
        else
        {
            h.Raw("<ul>");
            foreach (var pack in s.LatestPacks)
            {
                h.Raw("<li>").Text(string.Format(c, t.PackFormat, pack.Month.ToString(), t.PackStatuses[pack.Status], pack.ProjectCount));
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
            Outbox(h, outbox, s.TimeZone, t);
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

    private static void Outbox(HtmlWriter h, IReadOnlyList<OutboxEntry> outbox, TimeZoneInfo zone, DashboardPageTexts t)
    {
        h.Raw("<h2 id=\"outbox\">").Text(t.OutboxTitle).Raw("</h2>");
        if (outbox.Count == 0)
        {
            h.Tag("p", t.OutboxEmpty, "muted");
            return;
        }

        // Sent times on the organisation's clock, the zone named once in the header (the e-mails name it too). The addresses
        // do not wrap: a phone shows the date and the subject only.
        h.Raw("<table><thead><tr><th scope=\"col\">").Text(string.Format(t.Culture, t.SentFormat, zone.Id)).Raw("</th><th scope=\"col\" class=\"hide-narrow\">").Text(t.To)
            .Raw("</th><th scope=\"col\">").Text(t.Subject).Raw("</th></tr></thead><tbody>");
        foreach (var m in outbox)
        {
            h.Raw("<tr><td>").Text(Local(m.Date, zone).ToString(t.SentDateFormat, t.Culture)).Raw("</td><td class=\"hide-narrow\">").Text(string.Join(", ", m.To))
                .Raw("</td><td><a href=\"/api/dashboard/outbox/").Raw(HtmlWriter.Attr(Uri.EscapeDataString(m.FileName))).Raw("\">").Text(m.Subject).Raw("</a></td></tr>");
        }

        h.Raw("</tbody></table>");
    }

    private static string Describe(UpdateRequest r, DashboardPageTexts t) => r.Status switch
    {
        UpdateRequestStatus.Submitted => r.AnsweredAfterReminder ? t.OnTimeAfterReminder : t.OnTimeBeforeReminder,
        UpdateRequestStatus.Missed => t.MissedAnswer,
        UpdateRequestStatus.Reminded => t.AwaitingReminded,
        UpdateRequestStatus.SecondReminderSent => t.AwaitingRemindedTwice,
        _ => t.AwaitingAnswer,
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

    private static void RagBadge(HtmlWriter h, Rag? rag, DashboardPageTexts t) =>
        h.Raw("<span class=\"rag rag-").Raw(rag?.ToString() ?? "None").Raw("\">").Text(rag is { } r ? t.Rags[r] : t.NoStatus).Raw("</span>");
}
