using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pmo.Application.Arbitration;
using Pmo.Application.Capacity;
using Pmo.Application.Intake;
using Pmo.Application.Packs;
using Pmo.Application.Submission;

namespace Pmo.Application;

/// <summary>
/// Registers the application services both hosts call. The host provides the adapters behind the ports:
/// <c>IPortfolioStore</c>, <c>IMailer</c>, <c>IReviewPackBuilder</c> (AddPmoReports) and the workflow ports
/// (<c>IWorkflowSignals</c>, <see cref="IEscalationStarter"/>, <see cref="IReviewPackRunner"/>: AddPmoWorkflows).
/// The pack archive defaults to a folder; a host that keeps packs elsewhere registers its archive first.
/// </summary>
public static class ApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPmoApplication(this IServiceCollection services, IConfiguration configuration)
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

        services.TryAddSingleton<FolderReviewPackArchive>();
        services.TryAddSingleton<IReviewPackArchive>(sp => sp.GetRequiredService<FolderReviewPackArchive>());
        services.TryAddSingleton<IReviewPackFiles>(sp => sp.GetRequiredService<IReviewPackArchive>());
        services.TryAddTransient<ReviewPackSnapshot>();

        // Transient: they hold no state and may depend on a store the host registers as scoped.
        services.TryAddTransient<ChaseNotifier>();
        services.TryAddTransient<IChaseDelivery, InlineChaseDelivery>();
        services.TryAddTransient<UpdateSubmissionService>();
        services.TryAddTransient<OutboxRelay>();
        services.TryAddTransient<DecisionService>();
        services.TryAddTransient<DecisionRelay>();

        // What the API's handlers call, one scope per request.
        services.TryAddScoped<ProjectService>();
        services.TryAddScoped<StatusUpdateService>();
        services.TryAddScoped<RiskService>();
        services.TryAddScoped<IssueService>();
        services.TryAddScoped<DecisionLogService>();
        services.TryAddScoped<IProjectRecordService<Risk>>(sp => sp.GetRequiredService<RiskService>());
        services.TryAddScoped<IProjectRecordService<ProjectIssue>>(sp => sp.GetRequiredService<IssueService>());
        services.TryAddScoped<IProjectRecordService<Decision>>(sp => sp.GetRequiredService<DecisionLogService>());
        services.TryAddScoped<EscalationService>();
        services.TryAddScoped<SettingsService>();
        services.TryAddScoped<ReviewPackService>();
        services.TryAddScoped<PortfolioSummaryService>();
        services.TryAddScoped<CapacityService>();
        services.TryAddScoped<CapacityOverviewService>();
        services.TryAddScoped<StaffingService>();
        services.TryAddTransient<DemandReturnNotice>();
        services.TryAddTransient<DemandService>();
        services.TryAddTransient<IntakeFormService>();
        services.TryAddTransient<ArbitrationVoteService>();
        services.TryAddScoped<ArbitrationSessionService>();
        return services;
    }
}
