using Pmo.Reports.Html;

namespace Pmo.Reports.Arbitration;

/// <summary>
/// The arbitration pack's e-mail: the cover lines, the ranking and a section per demand for the first
/// <see cref="ArbitrationPackInput.MaxDemandsInEmail"/> demands, and the capacity table. Inline styles, no image.
/// </summary>
internal sealed class ArbitrationEmailWriter(ArbitrationModel model)
{
    private readonly StringBuilder _html = new(64 * 1024);
    private HtmlBlocks? _blocks;

    private HtmlBlocks Blocks => _blocks ??= new HtmlBlocks(_html, model.Text, model.Format);

    private Text.PackText T => model.Text;

    private Text.PackFormat F => model.Format;

    private int Shown => Math.Max(0, model.Input.MaxDemandsInEmail);

    public HtmlEmail Write()
    {
        var lang = model.Input.Language == Language.Fr ? "fr" : "en";
        Blocks.Open(lang, model.Subject, model.Input.OrganisationName, model.Title, $"{T.GeneratedOn} {F.DateTimeUtc(model.Input.GeneratedAtUtc)}");
        foreach (var line in model.CoverLines())
        {
            Blocks.P(line);
        }

        Ranking();
        foreach (var ranked in model.Input.Demands.Take(Shown))
        {
            Demand(ranked);
        }

        Blocks.More(model.Input.Demands.Count - Shown);
        Blocks.H(T.CapacityTable);
        if (model.Capacity is { } grid)
        {
            new CapacityHtml(Blocks, T, F).CapacityTable(grid);
        }
        else
        {
            Blocks.P(T.NoCapacityData);
        }

        Blocks.Close(T.ArbitrationEmailNote);
        return new HtmlEmail(model.Subject, _html.ToString(), []);
    }

    private void Ranking()
    {
        Blocks.H(T.DemandRanking);
        Blocks.Note(HtmlText.Encode(T.DemandRankingNote, 400));
        Blocks.CompactHead([T.Rank, T.Code, T.TitleColumn, T.Department, T.Sponsor, T.Budget, T.DurationShort, T.Score, .. T.CriteriaShort]);
        foreach (var r in model.Input.Demands.Take(Shown))
        {
            var d = r.Demand;
            Blocks.Row([
                HtmlBlocks.Right(F.Integer(r.Rank)), HtmlBlocks.NoWrap(d.Id), HtmlBlocks.Text(d.Title, 120), HtmlBlocks.Text(d.Department, 60),
                HtmlBlocks.Text(d.Sponsor.Name, 60), HtmlBlocks.Right(model.Money(d.EstimatedBudget)), HtmlBlocks.Right(F.Integer(d.EstimatedDurationMonths)),
                HtmlBlocks.Right(r.Score.ToString("0.0", F.Culture)), .. ArbitrationModel.Criteria(d).Select(c => HtmlBlocks.Center(F.Integer(c))),
            ]);
        }

        Blocks.End();
    }

    private void Demand(RankedDemand ranked)
    {
        var d = ranked.Demand;
        Blocks.H($"{F.Integer(ranked.Rank)}. {d.Id} — {d.Title}");
        Blocks.Head(T.Department, T.Sponsor, T.Requester, T.Budget, T.DurationMonths, T.Score);
        Blocks.Row(HtmlBlocks.Text(d.Department, 60), HtmlBlocks.Text(d.Sponsor.Name, 60), HtmlBlocks.Text(d.Requester.Name, 60),
            HtmlBlocks.Right(model.Money(d.EstimatedBudget)), HtmlBlocks.Right(F.Integer(d.EstimatedDurationMonths)), HtmlBlocks.Right(ranked.Score.ToString("0.0", F.Culture)));
        Blocks.End();
        Blocks.H3(T.BusinessCase);
        Blocks.P(d.BusinessCase);
        Blocks.H3(T.ExpectedBenefits);
        Blocks.P(d.ExpectedBenefits);
        Blocks.H3(T.Attachments);
        if (d.Attachments.Count == 0)
        {
            Blocks.P(T.NoAttachments);
        }

        foreach (var a in d.Attachments)
        {
            Blocks.Note(Link(a));
        }

        Blocks.H3(T.StaffingNeeds);
        var needs = model.StaffingLines(d);
        if (needs.Count == 0)
        {
            Blocks.P(T.NoStaffingNeeds);
        }

        foreach (var sentence in needs)
        {
            Blocks.P(sentence);
        }
    }

    /// <summary>An https link (the only scheme a demand accepts); anything else is printed, not linked.</summary>
    private static string Link(DemandAttachment attachment)
    {
        var title = HtmlText.Encode(attachment.Title, 120);
        if (!Uri.TryCreate(attachment.Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return $"{title} — {HtmlText.Encode(attachment.Url, 300)}";
        }

        return string.Create(CultureInfo.InvariantCulture, $"<a href=\"{HtmlText.Encode(uri.AbsoluteUri, 2000)}\" style=\"color:#1565c0;\">{title}</a>");
    }
}
