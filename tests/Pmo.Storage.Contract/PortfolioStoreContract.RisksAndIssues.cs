using Pmo.Domain.Portfolio;

namespace Pmo.Storage.Contract;

/// <summary>Risks and issues: by project, and the open ones of the whole portfolio.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Risks_are_listed_by_project_and_open_ones_across_projects()
    {
        await Store.Risks.CreateAsync(Samples.Risk("R-1", "P-001"));
        await Store.Risks.CreateAsync(Samples.Risk("R-2", "P-001") with { Status = RiskStatus.Mitigating });
        await Store.Risks.CreateAsync(Samples.Risk("R-3", "P-001") with { Status = RiskStatus.Closed });
        await Store.Risks.CreateAsync(Samples.Risk("R-4", "P-002") with { Status = RiskStatus.Occurred });
        await Store.Risks.CreateAsync(Samples.Risk("R-5", "P-002"));

        Assert.Equal(["R-1", "R-2", "R-3"], Ids(await Store.Risks.ListByProjectAsync("P-001")));
        Assert.Equal(["R-1", "R-2", "R-5"], Ids(await Store.Risks.ListOpenAsync()));

        var r5 = (await Store.Risks.FindAsync("R-5"))!;
        await Store.Risks.ReplaceAsync(r5.Value with { Status = RiskStatus.Closed }, r5.ETag);
        Assert.Equal(["R-1", "R-2"], Ids(await Store.Risks.ListOpenAsync()));
    }

    [Fact]
    public async Task Issues_are_listed_by_project_and_open_ones_across_projects()
    {
        await Store.Issues.CreateAsync(Samples.Issue("I-1", "P-001"));
        await Store.Issues.CreateAsync(Samples.Issue("I-2", "P-001") with { Status = IssueStatus.InProgress });
        await Store.Issues.CreateAsync(Samples.Issue("I-3", "P-002") with { Status = IssueStatus.Resolved });
        await Store.Issues.CreateAsync(Samples.Issue("I-4", "P-002") with { Status = IssueStatus.Closed });
        await Store.Issues.CreateAsync(Samples.Issue("I-5", "P-003") with { Severity = IssueSeverity.Critical });

        Assert.Equal(["I-3", "I-4"], Ids(await Store.Issues.ListByProjectAsync("P-002")));
        Assert.Equal(["I-1", "I-2", "I-5"], Ids(await Store.Issues.ListOpenAsync()));

        await Store.Issues.DeleteAsync("I-1");
        Assert.Equal(["I-2", "I-5"], Ids(await Store.Issues.ListOpenAsync()));
    }

    /// <summary>Ids in ordinal order, for listings whose order the port leaves open.</summary>
    private static string[] Ids(IEnumerable<IAggregate> items) => [.. items.Select(i => i.Id).Order(StringComparer.Ordinal)];
}
