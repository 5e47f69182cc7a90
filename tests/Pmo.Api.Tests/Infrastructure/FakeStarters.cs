using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Pmo.Application.Portfolio;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Api.Tests.Infrastructure;

/// <summary>Starts "orchestrations" on the fake client under the real deterministic ids, so status queries find them.</summary>
public sealed class FakeEscalationStarter(DurableTaskClient client) : IEscalationStarter
{
    public async Task<string> StartAsync(Escalation escalation, CancellationToken cancellationToken = default) =>
        await client.ScheduleNewOrchestrationInstanceAsync("EscalationOrchestrator", escalation.Id, new StartOrchestrationOptions($"escalation-{escalation.Id}"), cancellationToken);
}

public sealed class FakeReviewPackRunner(DurableTaskClient client) : IReviewPackRunner
{
    public async Task<string> RunNowAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        await client.ScheduleNewOrchestrationInstanceAsync("MonthlyReviewOrchestrator", month.ToString(), new StartOrchestrationOptions($"review-{month}"), cancellationToken);
}
