namespace Pmo.Reports.Arbitration;

/// <summary>The arbitration pack's content computed once and shared by the e-mail, PDF and XLSX writers.</summary>
internal sealed class ArbitrationModel
{
    private ArbitrationModel(ArbitrationPackInput input, TimeZoneInfo zone)
    {
        Input = input;
        Text = PackText.For(input.Language);
        Format = new PackFormat(Text.Culture);
        Session = Text.MonthName(input.SessionMonth);
        SessionInSentence = input.SessionMonth.FirstDay.ToString("MMMM yyyy", Text.Culture);
        Deadline = WallClockText.Format(input.DeadlineUtc, zone, input.Language);
        Requested = input.Demands.Where(d => d.Demand.EstimatedBudget.Currency == input.Currency).Sum(d => d.Demand.EstimatedBudget.Amount);
        OtherCurrencies = [.. input.Demands.Select(d => d.Demand.EstimatedBudget).Where(m => m.Currency != input.Currency)
            .GroupBy(m => m.Currency, StringComparer.Ordinal).Select(g => new Money(g.Sum(m => m.Amount), g.Key)).OrderBy(m => m.Currency, StringComparer.Ordinal)];
        Capacity = CapacityGrid.From(input.Capacity, input.CapacityGroupNames);
    }

    public ArbitrationPackInput Input { get; }
    public PackText Text { get; }
    public PackFormat Format { get; }

    /// <summary>"March 2027" / "Mars 2027".</summary>
    public string Session { get; }

    /// <summary>"March 2027" / "mars 2027": the month inside a sentence (French months take no capital there).</summary>
    public string SessionInSentence { get; }

    /// <summary>"Session of March 2027" / "Séance de mars 2027".</summary>
    public string SessionLine => string.Format(Format.Culture, Text.SessionFormat, SessionInSentence);

    /// <summary>The deadline on the organisation's wall clock, zone named.</summary>
    public string Deadline { get; }

    /// <summary>The demands' budgets in the portfolio's currency.</summary>
    public decimal Requested { get; }

    /// <summary>Budgets asked in another currency, summed per currency and shown as such (never converted).</summary>
    public IReadOnlyList<Money> OtherCurrencies { get; }

    /// <summary>How much more than the approved budget not yet spent on active projects the demands ask for (in the portfolio's currency); 0 when they fit.</summary>
    public decimal Shortfall => Math.Max(0, Requested - Input.RemainingBudget.Amount);
    public CapacityGrid? Capacity { get; }

    public string Subject => string.Format(Format.Culture, Text.ArbitrationSubjectFormat, Input.OrganisationName, SessionInSentence);

    public string Title => $"{Text.ArbitrationTitle} — {Session}";

    /// <summary>The cover's lines: deadline, count, requested, the approved budget not yet spent, and the shortfall when there is one.</summary>
    public IReadOnlyList<string> CoverLines()
    {
        var lines = new List<string>
        {
            string.Format(Format.Culture, Text.DeadlineFormat, Deadline),
            string.Format(Format.Culture, Text.DemandCountFormat, Format.Integer(Input.Demands.Count)),
            string.Format(Format.Culture, Text.RequestedFormat, RequestedText),
            string.Format(Format.Culture, Text.RemainingFormat, Money(Input.RemainingBudget)),
        };
        if (Shortfall > 0)
        {
            lines.Add(string.Format(Format.Culture, Text.OverBudgetFormat, Format.Money(Shortfall, Input.Currency)));
        }

        return lines;
    }

    /// <summary>"1 200 000 EUR", or "1 200 000 EUR + 50 000 USD" when some demands are in another currency.</summary>
    public string RequestedText => string.Join(" + ", [Format.Money(Requested, Input.Currency), .. OtherCurrencies.Select(Money)]);

    public string Money(Money money) => Format.Money(money.Amount, money.Currency);

    public IReadOnlyList<string> StaffingLines(Demand demand) =>
        Input.StaffingNeeds.TryGetValue(demand.Id, out var needs)
            ? [.. needs.Select(n => $"{demand.Id} {StaffingSentences.Of(n, Text, Format)}")]
            : [];

    /// <summary>The five criteria in the order of <see cref="PackText.CriteriaShort"/>.</summary>
    public static int[] Criteria(Demand demand) =>
        [demand.Scores.StrategicAlignment, demand.Scores.BusinessValue, demand.Scores.Urgency, demand.Scores.RiskReduction, demand.Scores.Feasibility];

    public string[] CriteriaNames => [Text.StrategicAlignment, Text.BusinessValue, Text.Urgency, Text.RiskReduction, Text.Feasibility];

    /// <summary>Checks the input (a caller's bug, not user data: the message names the field) and builds the model.</summary>
    public static ArbitrationModel Build(ArbitrationPackInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (string.IsNullOrWhiteSpace(input.OrganisationName))
        {
            throw new ArgumentException("ArbitrationPackInput.OrganisationName is required.", nameof(input));
        }

        if (input.Demands is null || input.RemainingBudget is null || input.StaffingNeeds is null || input.CapacityGroupNames is null)
        {
            throw new ArgumentException("ArbitrationPackInput.Demands, RemainingBudget, StaffingNeeds and CapacityGroupNames must not be null.", nameof(input));
        }

        if (string.IsNullOrWhiteSpace(input.Currency) || input.RemainingBudget.Currency != input.Currency)
        {
            throw new ArgumentException($"ArbitrationPackInput.RemainingBudget is in '{input.RemainingBudget.Currency}', not in the pack's Currency '{input.Currency}'.", nameof(input));
        }

        if (string.IsNullOrWhiteSpace(input.TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(input.TimeZone, out var zone))
        {
            throw new ArgumentException($"ArbitrationPackInput.TimeZone '{input.TimeZone}' is not a known time zone (use an IANA id such as Europe/Paris).", nameof(input));
        }

        return new ArbitrationModel(input, zone);
    }
}
