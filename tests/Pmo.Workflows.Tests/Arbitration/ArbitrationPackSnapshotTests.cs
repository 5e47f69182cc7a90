using Pmo.Application.Arbitration;
using Pmo.Domain.Capacity;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using Pmo.Reports.Arbitration;
using Pmo.Storage.Sqlite;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Arbitration;

/// <summary>
/// The arbitration pack's snapshot over a real SQLite file: each agenda demand's staffing request against the free days
/// of the people with that role or skill, and the sentence the rendered pack prints from it.
/// </summary>
public sealed class ArbitrationPackSnapshotTests : IAsyncLifetime, IDisposable
{
    private static readonly YearMonth March = new(2027, 3);
    private static readonly YearMonth April = new(2027, 4);

    private readonly TempFolder _folder = new();
    private SqlitePortfolioStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await SqlitePortfolioStore.OpenAsync(_folder.StoreOptions());
        await _store.Projects.CreateAsync(Project("ATLAS", "Atlas CRM", Alice, Sue));
        await _store.People.CreateAsync(Person("dora", "Data engineer", []));
        await _store.People.CreateAsync(Person("dan", "Data engineer", []));
        await _store.People.CreateAsync(Person("ana", "Analyst", ["data engineer"]));
        await _store.People.CreateAsync(Person("pia", "Project manager", []));

        // March 2027 has 23 working days; with 20 days a month each: dora 20 − 18 = 2 free, dan 20 − 10 = 10, ana 20 − 20 = 0.
        await _store.Allocations.SetAsync(new Allocation("dora", "ATLAS", March, 18));
        await _store.Allocations.SetAsync(new Allocation("dan", "ATLAS", March, 10));
        await _store.Allocations.SetAsync(new Allocation("ana", "ATLAS", March, 20));
        await _store.Allocations.SetAsync(new Allocation("dan", "ATLAS", April, 25));
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private static Person Person(string id, string role, string[] skills) => new()
    {
        Id = id,
        Name = $"Person {id}",
        Email = $"{id}@example.org",
        Department = "Data",
        Role = role,
        Skills = skills,
        CapacityDaysPerMonth = 20,
    };

    private static RankedDemand Ranked(int rank, string id, params DemandStaffing[] staffing) => new(rank, ArbitrationWorld.Demand(id, 3) with { Staffing = staffing }, 60m);

    private async Task<Pmo.Application.Packs.ArbitrationPackInput> SnapshotAsync(Language language, params RankedDemand[] agenda)
    {
        var settings = ArbitrationWorld.Settings() with { DefaultLanguage = language };
        var session = new ArbitrationSession
        {
            Id = "arbitration-2027-02",
            Month = new YearMonth(2027, 2),
            Members = [Carl],
            Chair = Carl,
            DeadlineUtc = new DateTimeOffset(2027, 2, 9, 13, 0, 0, TimeSpan.Zero),
        };
        return await ArbitrationPackSnapshot.TakeAsync(_store, settings, session, agenda, new DateTimeOffset(2027, 2, 4, 13, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Each_demand_s_request_is_summed_by_role_and_month_against_the_free_days_of_that_role_or_skill()
    {
        var input = await SnapshotAsync(Language.En,
            Ranked(1, "ALPHA", new DemandStaffing("Data engineer", March, 30), new DemandStaffing("data engineer", March, 10), new DemandStaffing("Data engineer", April, 8)),
            Ranked(2, "BETA", new DemandStaffing("Project manager", March, 5), new DemandStaffing("Quantum physicist", April, 1)),
            Ranked(3, "GAMMA"));

        // Data engineers in March: dora 2 + dan 10 + ana 0 (an analyst with the skill, fully allocated) = 12 free. April has
        // 22 working days: dora 20 + dan 0 (over-allocated, eats nobody else's time) + ana 20 = 40.
        Assert.Equal(
            [("Data engineer", March, 40m, 12m), ("Data engineer", April, 8m, 40m)],
            input.StaffingNeeds["ALPHA"].Select(n => (n.Role, n.Month, n.NeededDays, n.FreeDays)));
        Assert.Equal(
            [("Project manager", March, 5m, 20m), ("Quantum physicist", April, 1m, 0m)],
            input.StaffingNeeds["BETA"].Select(n => (n.Role, n.Month, n.NeededDays, n.FreeDays)));
        Assert.False(input.StaffingNeeds.ContainsKey("GAMMA"));
    }

    [Theory]
    [InlineData(Language.En, "ALPHA needs 40 days of Data engineer time in March 2027; 12 are free.", "No staffing need given.")]
    [InlineData(Language.Fr, "ALPHA nécessite 40 jours de Data engineer en mars 2027\u202F; 12 sont libres.", "Aucun besoin en ressources indiqué.")]
    public async Task The_rendered_pack_states_each_need_in_the_committee_s_language(Language language, string sentence, string none)
    {
        var input = await SnapshotAsync(language,
            Ranked(1, "ALPHA", new DemandStaffing("Data engineer", March, 40)),
            Ranked(2, "BETA"));

        var html = System.Net.WebUtility.HtmlDecode(new ArbitrationPackRenderer().Render(input).Email.Html);

        Assert.Contains(sentence, html, StringComparison.Ordinal);
        Assert.Contains(none, html, StringComparison.Ordinal);
    }
}
