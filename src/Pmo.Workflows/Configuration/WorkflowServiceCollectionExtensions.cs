using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pmo.Workflows.Scheduling;

namespace Pmo.Workflows.Configuration;

/// <summary>
/// Registers the durable side for both hosts: the implementations of the application's workflow ports
/// (<see cref="IWorkflowSignals"/>, <see cref="IEscalationStarter"/>, <see cref="IReviewPackRunner"/>) and the scheduler
/// tick. The host calls AddPmoApplication too, provides <c>DurableTaskClient</c>, and registers the orchestrators and
/// activities with <see cref="WorkflowRegistry.Register"/>.
/// </summary>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddPmoWorkflows(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<OrchestrationStarter>();
        services.TryAddTransient<WorkflowRunner>();
        services.TryAddTransient<IReviewPackRunner>(sp => sp.GetRequiredService<WorkflowRunner>());
        services.TryAddTransient<IEscalationStarter, DurableEscalationStarter>();
        services.TryAddTransient<IWorkflowSignals, DurableWorkflowSignals>();
        services.TryAddTransient<SchedulerTick>();
        return services;
    }
}
