using Microsoft.DurableTask;
using Pmo.Application.Ports.Workflows;
using Pmo.Domain.Governance;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Functions.Orchestration;
using Pmo.Hosting.Durable.Testing;
using Pmo.Workflows.Activities;
using Pmo.Workflows.Orchestrations;

namespace Pmo.Functions.Tests.Orchestration;

/// <summary>
/// An orchestrator function run on the project's fake orchestration context (virtual time): the function hands the
/// context and input to the workflow class, which schedules its activities and sub-orchestrations through it.
/// </summary>
public sealed class OrchestratorFunctionTests
{
    [Fact]
    public async Task The_weekly_cycle_function_runs_the_weekly_cycle_on_the_context_it_is_given()
    {
        var week = IsoWeek.Parse("2026-W49");
        var deadlines = new GovernanceCalendar(new GovernanceSettings()).ForWeek(week);
        var harness = new OrchestrationHarness()
            .OnActivity<IsoWeek, IReadOnlyList<string>>(nameof(ListActiveProjectsActivity), _ => ["billing"])
            .OnSubOrchestrator<ChaseInput, ChaseResult>(nameof(ChaseOrchestrator), c => new ChaseResult(c.ProjectId, c.Week, ChaseOutcome.OnTimeBeforeReminder, null, []))
            .OnActivity<WeeklyCycleResult, int>(nameof(SendWeeklyDigestActivity), _ => 1);

        var run = harness.Start(
            new FunctionOrchestrator<WeeklyCycleInput, WeeklyCycleResult>(OrchestratorFunctions.WeeklyCycle),
            new WeeklyCycleInput(week, deadlines),
            deadlines.ChaseOpensUtc.UtcDateTime,
            "weekly-2026-W49");
        run.AdvanceTo(deadlines.WeeklyDigestUtc.UtcDateTime);
        var result = await run.Completion;

        Assert.NotNull(result);
        Assert.Equal("billing", Assert.Single(result.Chases).ProjectId);
        Assert.Single(run.ActivityCalls(nameof(SendWeeklyDigestActivity)));
    }

    /// <summary>The orchestrator function as the harness runs orchestrators.</summary>
    private sealed class FunctionOrchestrator<TInput, TOutput>(Func<TaskOrchestrationContext, TInput, Task<TOutput>> function)
        : TaskOrchestrator<TInput, TOutput>
    {
        public override Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input) => function(context, input);
    }
}
