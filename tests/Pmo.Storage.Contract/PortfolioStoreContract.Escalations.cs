using Pmo.Domain.Portfolio;

namespace Pmo.Storage.Contract;

/// <summary>Escalations: by a set of statuses and by project.</summary>
public abstract partial class PortfolioStoreContract
{
    [Fact]
    public async Task Escalations_are_listed_by_any_of_several_statuses()
    {
        await Store.Escalations.CreateAsync(Samples.Escalation("E-1", status: EscalationStatus.Open));
        await Store.Escalations.CreateAsync(Samples.Escalation("E-2", status: EscalationStatus.CommitteeReminded));
        await Store.Escalations.CreateAsync(Samples.Escalation("E-3", status: EscalationStatus.Decided));
        await Store.Escalations.CreateAsync(Samples.Escalation("E-4", status: EscalationStatus.CommitteeConvened));
        await Store.Escalations.CreateAsync(Samples.Escalation("E-5", status: EscalationStatus.Withdrawn));

        Assert.Equal(["E-1", "E-2"], Ids(await Store.Escalations.ListByStatusAsync([EscalationStatus.Open, EscalationStatus.CommitteeReminded])));
        Assert.Equal(["E-3"], Ids(await Store.Escalations.ListByStatusAsync([EscalationStatus.Decided])));
        Assert.Empty(await Store.Escalations.ListByStatusAsync([]));
        Assert.Equal(5, (await Store.Escalations.ListByStatusAsync(Enum.GetValues<EscalationStatus>())).Count);
    }

    [Fact]
    public async Task Escalations_are_listed_by_project()
    {
        await Store.Escalations.CreateAsync(Samples.Escalation("E-1", "P-001"));
        await Store.Escalations.CreateAsync(Samples.Escalation("E-2", "P-002"));
        await Store.Escalations.CreateAsync(Samples.Escalation("E-3", "P-001", EscalationStatus.Decided));

        Assert.Equal(["E-1", "E-3"], Ids(await Store.Escalations.ListByProjectAsync("P-001")));
        Assert.Empty(await Store.Escalations.ListByProjectAsync("P-404"));
    }
}
