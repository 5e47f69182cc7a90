using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Pmo.Reports;
using Pmo.Workflows.Arbitration;
using Pmo.Workflows.Links;
using Pmo.Workflows.Mail;
using Pmo.Workflows.Packs;
using Pmo.Workflows.Portfolio;
using Pmo.Workflows.Scheduling;
using Pmo.Workflows.Submission;

namespace Pmo.Workflows.Configuration;

/// <summary>
/// Registers the workflows' services for both hosts, including the implementations of the API's ports
/// (<see cref="IEscalationStarter"/>, <see cref="IReviewPackRunner"/>, <see cref="IReviewPackFiles"/>). The host provides
/// <c>IPortfolioStore</c>, <c>IMailer</c> and <c>DurableTaskClient</c>, and registers the orchestrators and activities
/// with <see cref="WorkflowRegistry.Register"/>.
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
        services.TryAddTransient<LinkIssuer>();
        services.TryAddTransient<MailDispatcher>();

        // Packs: the full renderer by default; hosts or tests may register another IReviewPackBuilder first.
        services.TryAddSingleton<IReviewPackRenderer, ReviewPackRenderer>();
        services.TryAddTransient<IReviewPackBuilder, RendererPackBuilder>();
        services.TryAddSingleton<FolderReviewPackArchive>();
        services.TryAddSingleton<IReviewPackArchive>(sp => sp.GetRequiredService<FolderReviewPackArchive>());
        services.TryAddSingleton<IReviewPackFiles>(sp => sp.GetRequiredService<IReviewPackArchive>());
        services.TryAddTransient<ReviewPackSnapshot>();

        // Starting orchestrations (needs the host's DurableTaskClient).
        services.TryAddTransient<OrchestrationStarter>();
        services.TryAddTransient<WorkflowRunner>();
        services.TryAddTransient<IReviewPackRunner>(sp => sp.GetRequiredService<WorkflowRunner>());
        services.TryAddTransient<IEscalationStarter, DurableEscalationStarter>();
        services.TryAddTransient<SchedulerTick>();

        // Transient: they hold no state and may depend on a store the host registers as scoped.
        services.TryAddTransient<ChaseNotifier>();
        services.TryAddTransient<IChaseDelivery, InlineChaseDelivery>();
        services.TryAddTransient<UpdateSubmissionService>();
        services.TryAddTransient<OutboxRelay>();
        services.TryAddTransient<DecisionService>();
        services.TryAddTransient<DecisionRelay>();
        services.TryAddSingleton<IArbitrationDemands, NoDemandsYet>();
        services.TryAddTransient<ArbitrationVoteService>();
        return services;
    }
}
