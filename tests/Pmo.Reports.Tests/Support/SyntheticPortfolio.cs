using Pmo.Application.Packs;
using Pmo.Domain.Governance;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Reports.Model;

namespace Pmo.Reports.Tests.Support;

/// <summary>
/// A deterministic synthetic portfolio (seeded random): projects with a year of weekly history, risks, issues,
/// escalations and decisions. Shared by the tests and the benchmark (linked into bench/Pmo.Reports.Bench).
/// Free-text fields reuse a few string instances, as a real store's would not, so that 520,000 updates fit the
/// benchmark's memory budget for the renderer rather than for the test data.
/// </summary>
public static class SyntheticPortfolio
{
    public static readonly YearMonth Month = new(2026, 10);
    public static readonly DateTimeOffset GeneratedAt = new(2026, 11, 2, 6, 0, 0, TimeSpan.Zero);

    private static readonly string[] Portfolios = ["Digital", "Finance", "Ressources humaines", "Opérations", "Data", "Infrastructure", "Réglementaire", "Expérience client", "Achats", "Juridique"];
    private static readonly string[] Subjects = ["Migration CRM", "Facturation électronique", "Portail client", "Entrepôt de données", "Paie", "Réseau WAN", "Conformité RGPD", "Application mobile", "ERP achats", "Gestion des contrats"];
    private static readonly string[] People = ["Amélie Dupré", "Jérôme Lefèvre", "Chloé Martin", "Grace Hopper", "Noémie Bélanger", "Ada Lovelace", "François Côté", "Linus Berg"];
    private static readonly string[] Difficulties = ["Supplier late on the integration environment; tests slipped two weeks.", "Retard du fournisseur sur l'environnement d'intégration ; recette décalée de deux semaines.", "Key developer on sick leave; velocity down by a third.", "Budget overrun on licences after the vendor's price change."];
    private static readonly string[] Help = ["Need an arbitration on scope between Finance and Operations.", "Besoin d'un arbitrage du comité sur le périmètre du lot 2.", "Need two more testers for four weeks.", ""];
    private static readonly string[] RiskTitles = ["Key supplier insolvency", "Dépendance à un expert unique", "Regulatory change before go-live", "Data migration quality", "Adoption by the business lower than planned"];
    private static readonly string[] Questions = ["Approve a 3-week delay of go-live?", "Valider le budget complémentaire de 120 k€ ?", "Stop lot 3 and reallocate the team?"];

    /// <summary>Builds a review pack input for <see cref="Month"/> with <paramref name="weeks"/> weeks of history per project.</summary>
    public static ReviewPackInput Generate(int projects, int weeks = 52, Language language = Language.En, int seed = 42)
    {
        var random = new Random(seed);
        var (_, lastWeek) = PackModelBuilder.WeeksOf(Month);
        var firstWeek = lastWeek.AddWeeks(1 - weeks);
        var list = new List<Project>(projects);
        var updates = new List<StatusUpdate>(projects * weeks);
        var requests = new List<UpdateRequest>(projects * weeks);
        var risks = new List<Risk>(projects * 2);
        var issues = new List<ProjectIssue>(projects);
        var escalations = new List<Escalation>();
        var decisions = new List<Decision>();
        var contacts = People.Select(n => new Contact(n, n.ToLowerInvariant().Replace(' ', '.') + "@example.org")).ToArray();
        var monthStart = new DateTimeOffset(Month.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        for (var i = 0; i < projects; i++)
        {
            var id = $"PRJ-{i + 1:D5}";
            var approved = random.Next(50, 5000) * 1000m;
            var forecast = Math.Round(approved * (decimal)(0.9 + (random.NextDouble() * 0.35)), 0);
            var start = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 365));
            var end = start.AddDays(random.Next(200, 900));
            var phaseRoll = random.Next(100);
            var project = new Project
            {
                Id = id,
                Name = $"{Subjects[i % Subjects.Length]} {i + 1}",
                Portfolio = Portfolios[random.Next(Portfolios.Length)],
                Sponsor = contacts[random.Next(contacts.Length)],
                Manager = contacts[random.Next(contacts.Length)],
                Phase = phaseRoll < 90 ? ProjectPhase.Execution : phaseRoll < 95 ? ProjectPhase.Approved : phaseRoll < 98 ? ProjectPhase.Closing : ProjectPhase.OnHold,
                Priority = new PriorityCriteria(random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6), random.Next(1, 6)),
                Budget = new Budget(approved, Math.Round(approved * (decimal)random.NextDouble(), 0), forecast),
                Start = start,
                BaselineEnd = end,
                ForecastEnd = end.AddDays(random.Next(-5, 60)),
                Milestones = [new Milestone("Go-live", end.AddDays(-30), end.AddDays(random.Next(-10, 45)))],
            };

            var rag = Rag.Green;
            for (var w = firstWeek; w <= lastWeek; w = w.Next())
            {
                var sent = new DateTimeOffset(w.Monday.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
                var roll = random.Next(100);
                if (roll < 5)
                {
                    requests.Add(new UpdateRequest { ProjectId = id, Week = w, Status = UpdateRequestStatus.Missed, SentAt = sent, MissedAt = sent.AddDays(4), Deadline = sent.AddDays(4) });
                    continue;
                }

                // Some answer on Thursday, after Wednesday's reminder: still on time (the deadline is Friday).
                var reminded = roll < 14 ? sent.AddDays(2) : (DateTimeOffset?)null;
                var submittedAt = sent.AddDays(reminded is null ? 1 : 3);
                requests.Add(new UpdateRequest { ProjectId = id, Week = w, Status = UpdateRequestStatus.Submitted, SentAt = sent, RemindedAt = reminded, SubmittedAt = submittedAt, Deadline = sent.AddDays(4) });
                var step = random.Next(100);
                rag = step < 8 ? (Rag)Math.Min(2, (int)rag + 1) : step < 20 ? (Rag)Math.Max(0, (int)rag - 1) : rag;
                var troubled = rag != Rag.Green;
                updates.Add(new StatusUpdate
                {
                    ProjectId = id,
                    Week = w,
                    Overall = rag,
                    Dimensions = new DimensionRags(rag, (Rag)random.Next(0, 3), Rag.Green, troubled ? rag : Rag.Green, (Rag)random.Next(0, 2)),
                    ProgressPercent = Math.Min(100, (w.Week * 2) % 101),
                    Difficulties = troubled ? Difficulties[random.Next(Difficulties.Length)] : "",
                    HelpNeeded = troubled ? Help[random.Next(Help.Length)] : "",
                    NeedsDecision = rag == Rag.Red && random.Next(4) == 0,
                    DecisionQuestion = rag == Rag.Red ? Questions[random.Next(Questions.Length)] : "",
                    SubmittedBy = project.Manager.Email,
                    SubmittedAt = submittedAt,
                });
            }

            for (var r = 0; r < 2; r++)
            {
                risks.Add(new Risk
                {
                    Id = $"{id}-R{r + 1}",
                    ProjectId = id,
                    Title = RiskTitles[random.Next(RiskTitles.Length)],
                    Probability = random.Next(1, 6),
                    Impact = random.Next(1, 6),
                    Owner = project.Manager.Name,
                    Mitigation = "Plan B agreed with the supplier; weekly follow-up.",
                    Status = random.Next(10) == 0 ? RiskStatus.Closed : RiskStatus.Open,
                    Trend = (Trend)random.Next(0, 3),
                    Raised = start.AddDays(10),
                });
            }

            issues.Add(new ProjectIssue
            {
                Id = $"{id}-I1",
                ProjectId = id,
                Title = "Test environment unavailable",
                Severity = (IssueSeverity)random.Next(0, 4),
                Owner = project.Manager.Name,
                Due = Month.LastDay.AddDays(random.Next(-10, 30)),
                Raised = Month.FirstDay.AddDays(random.Next(0, 20)),
                Status = random.Next(4) == 0 ? IssueStatus.Resolved : IssueStatus.Open,
            });

            if (i % 50 == 7)
            {
                escalations.Add(new Escalation
                {
                    Id = $"ESC-{i + 1:D5}",
                    ProjectId = id,
                    Reason = EscalationReason.BudgetOverrun,
                    Summary = "Forecast above the approved budget by more than 10 %.",
                    Question = Questions[random.Next(Questions.Length)],
                    RaisedAt = monthStart.AddDays(random.Next(0, 25)),
                });
            }

            if (i % 40 == 3)
            {
                decisions.Add(new Decision
                {
                    Id = $"DEC-{i + 1:D5}",
                    ProjectId = id,
                    Title = "Extend the test phase by two weeks",
                    Outcome = DecisionOutcome.Approve,
                    Rationale = "Quality before date.",
                    DecidedBy = "Comité de direction",
                    Forum = "Management committee",
                    DecidedAt = monthStart.AddDays(random.Next(0, 28)).AddHours(10),
                });
            }

            list.Add(project with { LatestRag = rag, LatestUpdateWeek = lastWeek });
        }

        return WithKpis(new ReviewPackInput
        {
            Month = Month,
            OrganisationName = "Alptis Assurances",
            Language = language,
            GeneratedAtUtc = GeneratedAt,
            Projects = list,
            Updates = updates,
            Requests = requests,
            Risks = risks,
            Issues = issues,
            Escalations = escalations,
            Decisions = decisions,
            PriorityWeights = new PriorityWeights(),
            Kpis = null!,
        });
    }

    /// <summary>Fills Kpis/PreviousKpis the way the monthly workflow does: KpiCalculator over the month's requests.</summary>
    public static ReviewPackInput WithKpis(ReviewPackInput input)
    {
        var (first, last) = PackModelBuilder.WeeksOf(input.Month);
        var (previousFirst, previousLast) = PackModelBuilder.WeeksOf(input.Month.Previous());
        var endOfMonth = new DateTimeOffset(input.Month.Next().FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var endOfPrevious = new DateTimeOffset(input.Month.FirstDay.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        PortfolioKpis Compute(IsoWeek from, IsoWeek to, DateTimeOffset asOf) => KpiCalculator.Compute(new KpiInput(
            input.Projects,
            input.Updates.Where(u => u.Week <= to).ToList(),
            input.Requests.Where(r => r.Week >= from && r.Week <= to).ToList(),
            input.Risks.Where(r => r.IsOpen).ToList(),
            input.Issues.Where(i => i.IsOpen).ToList(),
            input.Escalations.Where(e => e.IsOpen && e.RaisedAt <= asOf).ToList(),
            asOf));
        return input with
        {
            Kpis = Compute(first, last, endOfMonth),
            PreviousKpis = Compute(previousFirst, previousLast, endOfPrevious),
        };
    }
}
