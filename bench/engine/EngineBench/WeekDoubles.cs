using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.DurableTask;
using Pmo.Application.Portfolio;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Workflows.Activities;
using Pmo.Workflows.Orchestrations;

namespace EngineBench;

/// <summary>
/// What the doubles of the weekly cycle's activities saw: when each project's invitation went out and when the digest
/// ran. The benchmark times the engine running the real orchestrators, not the store or the mail.
/// </summary>
public sealed class WeekProbe
{
    private readonly ConcurrentDictionary<string, long> _invited = new(StringComparer.Ordinal);
    private int _expected;

    public IReadOnlyDictionary<string, long> Invited => _invited;

    public TaskCompletionSource AllInvited { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource DigestSent { get; private set; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The projects <see cref="ListActiveProjectsActivity"/> returns for the next cycle.</summary>
    public IReadOnlyList<string> Projects { get; private set; } = [];

    public void Arm(IReadOnlyList<string> projects)
    {
        Projects = projects;
        _expected = projects.Count;
        _invited.Clear();
        AllInvited = new(TaskCreationOptions.RunContinuationsAsynchronously);
        DigestSent = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public void Sent(ChaseMailInput input)
    {
        if (input.Step == ChaseStep.Invite)
        {
            Invite(input.Chase.ProjectId);
        }
    }

    public void Invite(string projectId)
    {
        // At least once: a re-run keeps the first timestamp.
        if (_invited.TryAdd(projectId, Stopwatch.GetTimestamp()) && _invited.Count == _expected)
        {
            AllInvited.TrySetResult();
        }
    }
}

/// <summary>
/// Doubles of the activities the weekly cycle and the chase call (both chase shapes), registered under the workflow
/// registry's names, so the engine runs <see cref="WeeklyCycleOrchestrator"/> and <see cref="ChaseOrchestrator"/>
/// themselves: same episodes, messages and payload shapes as the hosts, without the store or the mail.
/// </summary>
public static class WeekDoubles
{
    public static DurableTaskRegistry Register(DurableTaskRegistry registry, WeekProbe probe) => registry
        .AddOrchestrator<WeeklyCycleOrchestrator>()
        .AddOrchestrator<ChaseOrchestrator>()
        .AddActivityFunc<IsoWeek, IReadOnlyList<string>>(nameof(ListActiveProjectsActivity), (_, _) => probe.Projects)
        .AddActivityFunc<ChaseOpening, ChaseOpened>(nameof(OpenChaseActivity), (_, input) =>
        {
            probe.Invite(input.Chase.ProjectId);
            return new ChaseOpened(UpdateRequestStatus.Sent, []);
        })
        .AddActivityFunc<ChaseStepInput, IReadOnlyList<string>>(nameof(ChaseStepActivity), (_, _) => Array.Empty<string>())
        .AddActivityFunc<ChaseInput, UpdateRequestStatus>(nameof(OpenUpdateRequestActivity), (_, _) => UpdateRequestStatus.Sent)
        .AddActivityFunc<ChaseMailInput, int>(nameof(SendChaseMailActivity), (_, input) =>
        {
            probe.Sent(input);
            return 1;
        })
        .AddActivityFunc<ChaseStepRecord, UpdateRequestStatus>(nameof(RecordChaseStepActivity), (_, input) => UpdateRequestStatus.Submitted)
        .AddActivityFunc<EscalationCheck, IReadOnlyList<string>>(nameof(EvaluateEscalationRulesActivity), (_, _) => Array.Empty<string>())
        .AddActivityFunc<WeeklyCycleResult, int>(nameof(SendWeeklyDigestActivity), (_, _) =>
        {
            probe.DigestSent.TrySetResult();
            return 1;
        })
        .AddActivityFunc<OverAllocationCheck, IReadOnlyList<string>>(nameof(EvaluateOverAllocationActivity), (_, _) => Array.Empty<string>());
}
