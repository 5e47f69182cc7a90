using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>Every field comes back as written: decimals, dates, offsets, weeks, months, nested records, lists, text.</summary>
public abstract partial class PortfolioStoreContract
{
    private static readonly TimeSpan India = new(5, 30, 0);

    [Fact]
    public async Task Project_round_trips_every_field()
    {
        var project = Samples.Project("P-042", HostileText.French) with
        {
            Description = HostileText.All,
            Portfolio = HostileText.Formula,
            Programme = HostileText.Script,
            Department = HostileText.Sql,
            Sponsor = new Contact("Zoé Lefèvre", "zoe@example.fr", Language.Fr),
            Manager = new Contact(HostileText.Controls, "pm@example.org"),
            Phase = ProjectPhase.OnHold,
            Priority = new PriorityCriteria(5, 1, 4, 2, 3),
            Budget = new Budget(1_234_567.89m, 0.01m, 1_300_000.10m, "CHF"),
            Start = new DateOnly(2024, 2, 29),
            BaselineEnd = new DateOnly(2027, 12, 31),
            ForecastEnd = new DateOnly(2028, 1, 15),
            Milestones = [new Milestone("Go-live", new DateOnly(2026, 6, 1), new DateOnly(2026, 7, 1)), new Milestone(HostileText.French, new DateOnly(2026, 9, 1), null, new DateOnly(2026, 8, 30))],
            LatestRag = Rag.Amber,
            LatestUpdateWeek = new IsoWeek(2026, 53),
        };

        await Store.Projects.CreateAsync(project);
        await ReopenStoreAsync();
        var found = (await Store.Projects.FindAsync("P-042"))!.Value;

        DocumentAssert.Equivalent(project, found);
        Assert.Equal(1_234_567.89m, found.Budget.Approved);
        Assert.Equal(new DateOnly(2024, 2, 29), found.Start);
        Assert.Equal(new IsoWeek(2026, 53), found.LatestUpdateWeek);
        Assert.Equal(HostileText.All, found.Description);
        Assert.Equal(HostileText.French, found.Name);
        Assert.Equal(Language.Fr, found.Sponsor.Language);
        Assert.Equal(2, found.Milestones.Count);
        Assert.Null(found.Milestones[1].Forecast);
    }

    [Fact]
    public async Task Status_update_round_trips_offsets_decimals_and_lists()
    {
        var update = Samples.StatusUpdate("P-042", new IsoWeek(2027, 1)) with
        {
            Overall = Rag.Amber,
            Dimensions = new DimensionRags(Rag.Red, Rag.Amber, Rag.Green, Rag.Amber, Rag.Red),
            ProgressPercent = 99,
            Accomplishments = HostileText.French,
            NextSteps = HostileText.Script,
            Difficulties = HostileText.Formula,
            HelpNeeded = HostileText.Sql,
            NewTopics = HostileText.Controls,
            BudgetActualToDate = 12_345.67m,
            BudgetForecastAtCompletion = null,
            MilestoneForecasts = [new MilestoneForecast("Recette", new DateOnly(2027, 3, 31)), new MilestoneForecast("MEP", new DateOnly(2027, 4, 30))],
            NeedsDecision = true,
            DecisionQuestion = HostileText.Json,
            SubmittedAt = new DateTimeOffset(2027, 1, 6, 18, 45, 12, 345, India),
            EventDeliveredAt = new DateTimeOffset(2027, 1, 6, 13, 15, 13, TimeSpan.Zero),
        };

        await Store.StatusUpdates.CreateAsync(update);
        await ReopenStoreAsync();
        var found = (await Store.StatusUpdates.FindAsync("P-042", new IsoWeek(2027, 1)))!.Value;

        DocumentAssert.Equivalent(update, found);
        Assert.Equal(update.SubmittedAt, found.SubmittedAt);
        Assert.Equal(India, found.SubmittedAt.Offset);
        Assert.Equal(12_345.67m, found.BudgetActualToDate);
        Assert.Null(found.BudgetForecastAtCompletion);
        Assert.Equal(HostileText.Json, found.DecisionQuestion);
    }

    [Fact]
    public async Task Review_pack_escalation_and_decision_round_trip_every_field()
    {
        var pack = Samples.ReviewPack(new YearMonth(2026, 12)) with
        {
            Status = ReviewPackStatus.Distributed,
            ApprovedAt = Samples.Instant.AddHours(3),
            ApprovedBy = "pmo@example.org",
            DistributedAt = new DateTimeOffset(2026, 12, 2, 8, 0, 0, India),
            Files = new Dictionary<string, string> { ["html"] = "revue-2026-12.html", ["pdf"] = HostileText.French, ["xlsx"] = HostileText.Formula },
        };
        var escalation = Samples.Escalation("E-042") with
        {
            Reason = EscalationReason.BudgetOverrun,
            Level = EscalationLevel.Pmo,
            Summary = HostileText.All,
            Question = HostileText.Formula,
            DecidedAt = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.FromHours(-3)),
            DecisionId = "D-042",
        };
        var decision = Samples.Decision("D-042") with
        {
            Outcome = DecisionOutcome.RequestInformation,
            Rationale = HostileText.Script,
            Forum = "Comité de direction",
            DecidedBy = HostileText.French,
            EscalationId = "E-042",
        };

        await Store.ReviewPacks.CreateAsync(pack);
        await Store.Escalations.CreateAsync(escalation);
        await Store.Decisions.CreateAsync(decision);
        await ReopenStoreAsync();

        DocumentAssert.Equivalent(pack, (await Store.ReviewPacks.FindAsync(pack.Month))!.Value);
        DocumentAssert.Equivalent(escalation, (await Store.Escalations.FindAsync("E-042"))!.Value);
        DocumentAssert.Equivalent(decision, (await Store.Decisions.FindAsync("D-042"))!.Value);
        Assert.Equal(TimeSpan.FromHours(-3), (await Store.Escalations.FindAsync("E-042"))!.Value.DecidedAt?.Offset);
    }

    [Fact]
    public async Task Settings_round_trip_every_field()
    {
        var settings = new GovernanceSettings
        {
            OrganisationName = HostileText.French,
            TimeZone = "America/Montreal",
            DefaultLanguage = Language.Fr,
            Calendar = new CalendarTimes { ChaseOpens = "30 8 * * MON", MonthlyReview = "0 6 2W * *" },
            PackAutoApproveAfter = TimeSpan.FromHours(36.5),
            Escalation = new EscalationThresholds { BudgetOverrunRatio = 0.125m, RedWeeksRunning = 3, EscalateCriticalIssues = false },
            Sla = new EscalationSla { CommitteeReminderAfter = TimeSpan.FromDays(2), ConveneAfter = TimeSpan.FromDays(10.5) },
            Rag = new RagThresholds { BudgetAmberOverrunRatio = 0.033m },
            PriorityWeights = new PriorityWeights(1.5m, 2.25m, 0, 4, 0.1m),
            Recipients = new GovernanceRecipients
            {
                Pmo = [new Contact("Pmo", "pmo@example.org")],
                ReviewBoard = [new Contact(HostileText.French, "board@example.fr", Language.Fr), new Contact(HostileText.Script, "b2@example.org")],
                Committee = [],
                CommitteeChair = new Contact("Chair", "chair@example.org"),
            },
        };

        await Store.Settings.SaveAsync(settings, ifMatch: null);
        await ReopenStoreAsync();
        var found = (await Store.Settings.FindAsync())!.Value;

        DocumentAssert.Equivalent(settings, found);
        Assert.Equal(TimeSpan.FromDays(10.5), found.Sla.ConveneAfter);
        Assert.Equal(0.125m, found.Escalation.BudgetOverrunRatio);
        Assert.Equal(2, found.Recipients.ReviewBoard.Count);
    }

    [Fact]
    public async Task Update_request_risk_and_issue_round_trip_every_field()
    {
        var request = Samples.UpdateRequest("P-042", new IsoWeek(2026, 53)) with
        {
            Status = UpdateRequestStatus.Submitted,
            RemindedAt = Samples.Instant.AddDays(2),
            SecondReminderAt = new DateTimeOffset(2026, 12, 31, 17, 0, 0, India),
            SubmittedAt = Samples.Instant.AddDays(3),
            Late = true,
        };
        var risk = Samples.Risk("R-042") with { Description = HostileText.All, Probability = 5, Impact = 4, Owner = HostileText.French, Mitigation = HostileText.Formula, Trend = Trend.Worsening };
        var issue = Samples.Issue("I-042") with { Description = HostileText.All, Severity = IssueSeverity.Critical, Due = new DateOnly(2027, 1, 31), Owner = HostileText.Script };

        await Store.UpdateRequests.CreateAsync(request);
        await Store.Risks.CreateAsync(risk);
        await Store.Issues.CreateAsync(issue);
        await ReopenStoreAsync();

        DocumentAssert.Equivalent(request, (await Store.UpdateRequests.FindAsync(request.Id))!.Value);
        DocumentAssert.Equivalent(risk, (await Store.Risks.FindAsync("R-042"))!.Value);
        DocumentAssert.Equivalent(issue, (await Store.Issues.FindAsync("I-042"))!.Value);
    }
}
