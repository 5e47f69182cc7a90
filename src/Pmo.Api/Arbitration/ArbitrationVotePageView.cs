namespace Pmo.Api.Arbitration;

/// <summary>
/// A committee member's vote page: the agenda in rank order, each request's sponsor, budget and score, and a GO / NO-GO /
/// Defer choice with a comment, preset to the member's current vote, or to what they posted when the page comes back
/// refused (each error beside its request and listed on top). Once the deadline has passed: the member's votes and each
/// outcome, read-only.
/// </summary>
public static class ArbitrationVotePageView
{
    public static string Render(
        ArbitrationVotePage page, Language language, FieldErrors errors, string action, bool recorded = false, IReadOnlyDictionary<string, PostedBallot>? posted = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(errors);
        var t = ArbitrationVoteTexts.For(language);
        var deadline = WallClockText.Format(page.Session.DeadlineUtc, page.Zone, language);
        var h = new HtmlWriter();
        h.Tag("h1", $"{t.Title} — {MonthName(page.Session.Month, language)}");
        h.Raw("<p class=\"muted\" id=\"member\">").Text(Typography.Labelled(t.VotingAs, $"{page.Member.Name} ({page.Member.Email})", language)).Raw("</p>");
        if (page.Closed)
        {
            h.Raw("<p class=\"deadline\" role=\"status\" id=\"closed\">").Text(t.Closed(deadline)).Raw("</p>");
            ClosedTable(h, page, t);
            return h.ToString();
        }

        h.Tag("p", t.Lead(deadline), "lead");
        if (recorded)
        {
            h.Raw("<div class=\"ok\" role=\"status\" id=\"confirmation\"><p>").Text(t.Recorded(deadline)).Raw("</p></div>");
        }

        if (errors.Any)
        {
            h.Raw("<div class=\"errors\" role=\"alert\" id=\"errors\"><p><strong>").Text(FormTexts.For(language).FixErrors).Raw("</strong></p><ul>");
            foreach (var (field, messages) in errors.All)
            {
                h.Raw("<li>").Text(Typography.Labelled(Label(field, page, t), string.Join(" ", messages), language)).Raw("</li>");
            }

            h.Raw("</ul></div>");
        }

        h.Raw("<form method=\"post\" action=\"").Raw(HtmlWriter.Attr(action)).Raw("\">");
        foreach (var ranked in page.Agenda)
        {
            var shown = posted is null
                ? page.VoteOf(ranked.Demand.Id) is { } vote ? new PostedBallot(vote.Choice.ToString(), vote.Comment) : null
                : posted.GetValueOrDefault(ranked.Demand.Id);
            Demand(h, ranked, shown, errors, t, language);
        }

        h.Raw("<button type=\"submit\">").Text(t.Send).Raw("</button></form>");
        return h.ToString();
    }

    /// <summary>"December 2026" / "décembre 2026".</summary>
    public static string MonthName(YearMonth month, Language language) =>
        month.FirstDay.ToString("MMMM yyyy", WallClockText.Culture(language));

    private static void Demand(HtmlWriter h, RankedDemand ranked, PostedBallot? current, FieldErrors errors, ArbitrationVoteTexts t, Language language)
    {
        var d = ranked.Demand;
        var culture = WallClockText.Culture(language);
        h.Raw("<fieldset id=\"demand-").Raw(HtmlWriter.Attr(d.Id)).Raw("\"><legend>").Text($"{ranked.Rank}. {d.Title}").Raw("</legend>");
        h.Raw("<table><tbody>");
        Row(h, t.Sponsor, d.Sponsor.Name);
        Row(h, t.Department, d.Department);
        Row(h, t.Budget, string.Create(culture, $"{d.EstimatedBudget.Amount:N0} {d.EstimatedBudget.Currency}"));
        Row(h, t.Score, string.Create(culture, $"{ranked.Score:N2}"));
        Row(h, t.Duration, t.Months(d.EstimatedDurationMonths));
        h.Raw("</tbody></table>");
        h.Tag("p", d.BusinessCase, "muted");

        var name = ChoiceField(d.Id);
        var choiceErrors = errors.For(name);
        h.Raw("<p id=\"").Raw(HtmlWriter.Attr(name)).Raw("-label\"><strong>").Text(t.YourVote).Raw("</strong></p>");
        Error(h, choiceErrors, name);
        h.Raw("<div role=\"radiogroup\" aria-labelledby=\"").Raw(HtmlWriter.Attr(name)).Raw("-label\"")
            .Raw(choiceErrors.Count > 0 ? $" aria-invalid=\"true\" aria-describedby=\"{HtmlWriter.Attr(name)}-error\"" : "").Raw(">");
        foreach (var choice in Enum.GetValues<VoteChoice>())
        {
            var id = $"{name}-{choice}";
            h.Raw("<label for=\"").Raw(HtmlWriter.Attr(id)).Raw("\"><input type=\"radio\" id=\"").Raw(HtmlWriter.Attr(id))
                .Raw("\" name=\"").Raw(HtmlWriter.Attr(name)).Raw("\" value=\"").Raw(choice.ToString()).Raw("\"")
                .Raw(current?.Choice == choice.ToString() ? " checked" : "").Raw("> ").Text(t.Choice(choice)).Raw("</label>");
        }

        var comment = CommentField(d.Id);
        var commentErrors = errors.For(comment);
        h.Raw("</div><label for=\"").Raw(HtmlWriter.Attr(comment)).Raw("\">").Text(t.Comment).Raw("</label>");
        Error(h, commentErrors, comment);
        h.Raw("<textarea id=\"").Raw(HtmlWriter.Attr(comment)).Raw("\" name=\"").Raw(HtmlWriter.Attr(comment)).Raw("\" maxlength=\"4000\"")
            .Raw(commentErrors.Count > 0 ? $" aria-invalid=\"true\" aria-describedby=\"{HtmlWriter.Attr(comment)}-error\"" : "").Raw(">")
            .Text(current?.Comment ?? "").Raw("</textarea></fieldset>");
    }

    private static void Error(HtmlWriter h, IReadOnlyList<string> messages, string field)
    {
        if (messages.Count > 0)
        {
            h.Raw("<p class=\"field-error\" id=\"").Raw(HtmlWriter.Attr(field)).Raw("-error\">").Text(string.Join(" ", messages)).Raw("</p>");
        }
    }

    /// <summary>The label a member reads for an error's field in the summary: the request's title and which part of it.</summary>
    private static string Label(string field, ArbitrationVotePage page, ArbitrationVoteTexts t)
    {
        foreach (var ranked in page.Agenda)
        {
            if (field == ChoiceField(ranked.Demand.Id))
            {
                return $"{ranked.Demand.Title} – {t.YourVote}";
            }

            if (field == CommentField(ranked.Demand.Id))
            {
                return $"{ranked.Demand.Title} – {t.Comment}";
            }
        }

        return field == ArbitrationBallotReader.FormField ? t.YourVote : field;
    }

    private static void ClosedTable(HtmlWriter h, ArbitrationVotePage page, ArbitrationVoteTexts t)
    {
        h.Raw("<table id=\"votes\"><thead><tr><th>#</th><th>").Text(t.Request).Raw("</th><th>").Text(t.YourVote).Raw("</th><th>")
            .Text(t.Outcome).Raw("</th></tr></thead><tbody>");
        foreach (var ranked in page.Agenda)
        {
            var vote = page.VoteOf(ranked.Demand.Id);
            var outcome = ArbitrationOutcome.Decide(page.Session, ranked.Demand.Id);
            h.Raw("<tr><td>").Text(ranked.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture)).Raw("</td><td>").Text(ranked.Demand.Title)
                .Raw("</td><td>").Text(vote is null ? t.NotVoted : t.Choice(vote.Choice)).Raw("</td><td><strong>")
                .Text(t.Choice(outcome.Outcome)).Raw("</strong></td></tr>");
        }

        h.Raw("</tbody></table>");
    }

    /// <summary>The form field of the member's choice on <paramref name="demandId"/>.</summary>
    public static string ChoiceField(string demandId) => "choice-" + demandId;

    public static string CommentField(string demandId) => "comment-" + demandId;

    private static void Row(HtmlWriter h, string label, string value) =>
        h.Raw("<tr><th scope=\"row\">").Text(label).Raw("</th><td>").Text(value).Raw("</td></tr>");
}
