using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pmo.Workflows.Links;
using Pmo.Workflows.Submission;

namespace Pmo.Workflows.Configuration;

/// <summary>
/// Registers the workflows' services for both hosts. The host provides <c>IPortfolioStore</c>, <c>IMailer</c> and
/// <c>DurableTaskClient</c>, and registers the orchestrators and activities with <see cref="WorkflowRegistry.Register"/>.
/// </summary>
public static class WorkflowServiceCollectionExtensions
{
    public static IServiceCollection AddPmoWorkflows(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<WorkflowOptions>()
            .Bind(configuration.GetSection(WorkflowOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WorkflowOptions>, WorkflowOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<LinkSigner>();

        // Transient: they hold no state and may depend on a store the host registers as scoped.
        services.TryAddTransient<ChaseNotifier>();
        services.TryAddTransient<UpdateSubmissionService>();
        services.TryAddTransient<OutboxRelay>();
        services.TryAddTransient<DecisionService>();
        services.TryAddTransient<DecisionRelay>();
        return services;
    }
}
