using Pmo.Reports.Pdf;

namespace Pmo.Reports.Arbitration;

/// <summary>
/// The arbitration pack's PDF: cover, the full ranking, the capacity table, then one page per demand (facts, the five
/// criteria, business case, benefits, attachments as links, staffing needs), through the shared <see cref="PdfDocumentWriter"/>.
/// </summary>
internal sealed class ArbitrationPdfWriter(ArbitrationModel model, PdfStyle style, CancellationToken cancellationToken)
{
    /// <summary>Business case and benefits are at most 4,000 characters: about 25 lines each at the body size.</summary>
    private const int TextLines = 30;

    private readonly List<PdfItem> _items = [];

    private Text.PackText T => model.Text;

    private Text.PackFormat F => model.Format;

    public static void Write(ArbitrationModel model, Stream output, CancellationToken cancellationToken)
    {
        using var style = new PdfStyle();
        var items = new ArbitrationPdfWriter(model, style, cancellationToken).Build();
        var t = model.Text;
        var input = model.Input;
        var metadata = new SKDocumentPdfMetadata
        {
            Title = model.Title,
            Author = input.OrganisationName,
            Subject = t.ArbitrationTitle,
            Creator = "PMO Functions",
            Producer = "PMO Functions (SkiaSharp)",
            Creation = input.GeneratedAtUtc.UtcDateTime,
            Modified = input.GeneratedAtUtc.UtcDateTime,
        };
        var chrome = new PdfChrome(
            metadata,
            $"{PdfText.Clean(input.OrganisationName)} — {model.Title}",
            $"{t.GeneratedOn} {model.Format.DateTimeUtc(input.GeneratedAtUtc)}",
            t.PageFormat,
            canvas => PdfDocumentWriter.DrawCover(canvas, style, input.OrganisationName, t.ArbitrationTitle, model.SessionLine, model.CoverLines()));
        PdfDocumentWriter.Write(output, style, items, chrome, cancellationToken);
    }

    private List<PdfItem> Build()
    {
        Ranking();
        Capacity();
        foreach (var demand in model.Input.Demands)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Demand(demand);
        }

        return _items;
    }

    private void Section(string title)
    {
        _items.Add(PageBreak.Instance);
        _items.Add(new HeadingItem(title, major: true));
    }

    private void Ranking()
    {
        Section(T.DemandRanking);
        _items.Add(new ParagraphItem(T.DemandRankingNote, style, muted: true));
        var table = new PdfTable(
        [
            new(T.Rank, 32, SKTextAlign.Right), new(T.Code, 66), new(T.TitleColumn, 168), new(T.Department, 82), new(T.Sponsor, 92),
            new(T.Budget, 84, SKTextAlign.Right), new(T.DurationShort, 38, SKTextAlign.Right), new(T.Score, 38, SKTextAlign.Right),
            .. T.CriteriaShort.Select(c => new PdfColumn(c, 34, SKTextAlign.Center)),
        ]);
        var index = 0;
        foreach (var r in model.Input.Demands)
        {
            var d = r.Demand;
            _items.Add(table.Row(style, index++,
            [
                F.Integer(r.Rank), d.Id, d.Title, d.Department, d.Sponsor.Name, model.Money(d.EstimatedBudget), F.Integer(d.EstimatedDurationMonths),
                r.Score.ToString("0.0", F.Culture), .. ArbitrationModel.Criteria(d).Select(c => new PdfCell(F.Integer(c))),
            ]));
        }

        if (index == 0)
        {
            _items.Add(new ParagraphItem(T.NoneThisMonth, style));
        }
    }

    private void Capacity()
    {
        Section(T.CapacityTable);
        if (model.Capacity is { } grid)
        {
            _items.AddRange(new PdfCapacity(grid, T, F, style).CapacityTable());
        }
        else
        {
            _items.Add(new ParagraphItem(T.NoCapacityData, style));
        }
    }

    private void Demand(RankedDemand ranked)
    {
        var d = ranked.Demand;
        Section($"{F.Integer(ranked.Rank)}. {d.Id} — {d.Title}");
        var facts = new PdfTable(
        [
            new(T.Department, 130), new(T.Sponsor, 140), new(T.Requester, 140), new(T.Budget, 120, SKTextAlign.Right),
            new(T.DurationMonths, 90, SKTextAlign.Right), new(T.Score, 60, SKTextAlign.Right), new(T.SubmittedAt, 90, SKTextAlign.Right),
        ]);
        _items.Add(facts.Row(style, 0, d.Department, d.Sponsor.Name, d.Requester.Name, model.Money(d.EstimatedBudget), F.Integer(d.EstimatedDurationMonths),
            ranked.Score.ToString("0.0", F.Culture), d.SubmittedAt is { } at ? F.Date(at) : ""));
        var criteria = new PdfTable([.. model.CriteriaNames.Select(n => new PdfColumn(n, 154, SKTextAlign.Center))]);
        _items.Add(criteria.Row(style, 0, [.. ArbitrationModel.Criteria(d).Select(c => new PdfCell(F.Integer(c)))]));

        Text(T.BusinessCase, d.BusinessCase);
        Text(T.ExpectedBenefits, d.ExpectedBenefits);
        _items.Add(new HeadingItem(T.Attachments, major: false));
        if (d.Attachments.Count == 0)
        {
            _items.Add(new ParagraphItem(T.NoAttachments, style, muted: true));
        }

        foreach (var a in d.Attachments)
        {
            _items.Add(new LinkItem(a.Title, a.Url));
        }

        _items.Add(new HeadingItem(T.StaffingNeeds, major: false));
        var needs = model.StaffingLines(d);
        if (needs.Count == 0)
        {
            _items.Add(new ParagraphItem(T.NoStaffingNeeds, style, muted: true));
        }

        foreach (var sentence in needs)
        {
            _items.Add(new ParagraphItem(sentence, style));
        }
    }

    private void Text(string heading, string text)
    {
        _items.Add(new HeadingItem(heading, major: false));
        _items.Add(new ParagraphItem(text, style, maxLines: TextLines));
    }
}
