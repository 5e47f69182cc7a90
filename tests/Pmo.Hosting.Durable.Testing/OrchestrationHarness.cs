using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Pmo.Hosting.Durable.Testing;

/// <summary>
/// Virtual-time test harness for orchestrator classes: runs a <see cref="TaskOrchestrator{TInput,TOutput}"/>
/// against a fake <see cref="TaskOrchestrationContext"/> whose clock moves only when the test says so, so weeks of
/// calendar pass in milliseconds. Activities are real classes (from the hosts' <see cref="DurableTaskRegistry"/>
/// or by type, built from <see cref="Services"/>) or test doubles; every action is recorded for assertions.
/// </summary>
/// <example>
/// <code>
/// var harness = new OrchestrationHarness()
///     .AddTasks(registry => registry.AddActivity&lt;SendReminder&gt;())   // real activity, built from Services
///     .OnActivity&lt;Project, bool&gt;(nameof(NotifyPmo), _ =&gt; true);     // or a double
/// var run = harness.Start(new ChaseOrchestrator(), input, startUtc);
/// run.AdvanceTo(startUtc.AddDays(2));                  // fires every timer due on the way, in order
/// run.RaiseEvent("UpdateSubmitted", payload);          // as DurableTaskClient.RaiseEventAsync would
/// var output = await run.Completion;                   // fails at once, saying what it waits for, if unfinished
/// Assert.Single(run.ActivityCalls(nameof(SendReminder)));
/// </code>
/// Each step returns when the orchestration is idle. Payloads cross the SDK's JSON converter as on the wire.
/// Not simulated: replay (code runs once, <c>IsReplaying</c> is false), entities, custom retry handlers.
/// </example>
public sealed class OrchestrationHarness
{
    private static readonly DateTime DefaultStart = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly HarnessScheduler _scheduler = new(DefaultStart);
    private readonly Dictionary<TaskName, Func<IServiceProvider, ITaskActivity>> _activities = [];
    private readonly Dictionary<TaskName, Func<IServiceProvider, ITaskOrchestrator>> _orchestrators = [];
    private readonly List<RecordedAction> _actions = [];
    private int _instanceCount;

    /// <summary>Services used to build activity and orchestrator classes (constructor injection).</summary>
    public IServiceProvider Services { get; set; } = new ServiceCollection().BuildServiceProvider();

    /// <summary>Logger factory behind the orchestrators' replay-safe loggers.</summary>
    public ILoggerFactory LoggerFactory { get; set; } = NullLoggerFactory.Instance;

    /// <summary>The virtual clock; register it as the <see cref="TimeProvider"/> of services that must share it.</summary>
    public VirtualClock Clock => _scheduler.Clock;

    /// <summary>How long a step waits for an activity that completes on another thread before failing the test.</summary>
    public TimeSpan ActivityTimeout
    {
        get => _scheduler.ExternalWorkTimeout;
        set => _scheduler.ExternalWorkTimeout = value;
    }

    /// <summary>Everything every instance did, in order.</summary>
    public IReadOnlyList<RecordedAction> Actions => _actions;

    /// <summary>Registers the orchestrators and activities of a registry (the same one the hosts use).</summary>
    public OrchestrationHarness AddTasks(DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var (name, factory) in registry.GetActivities())
        {
            _activities[name] = factory;
        }

        foreach (var (name, factory) in registry.GetOrchestrators())
        {
            _orchestrators[name] = factory;
        }

        return this;
    }

    /// <summary>Registers tasks with the same callback the hosts pass to the engine.</summary>
    public OrchestrationHarness AddTasks(Action<DurableTaskRegistry> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var registry = new DurableTaskRegistry();
        configure(registry);
        return AddTasks(registry);
    }

    /// <summary>Registers a real activity class under its class name, built from <see cref="Services"/> per call.</summary>
    public OrchestrationHarness AddActivity<TActivity>()
        where TActivity : class, ITaskActivity
    {
        _activities[typeof(TActivity).Name] = sp => ActivatorUtilities.GetServiceOrCreateInstance<TActivity>(sp);
        return this;
    }

    /// <summary>Registers an activity instance under <paramref name="name"/>.</summary>
    public OrchestrationHarness AddActivity(TaskName name, ITaskActivity activity)
    {
        _activities[name] = _ => activity;
        return this;
    }

    /// <summary>Replaces the activity <paramref name="name"/> with a test double (throw to simulate a failure).</summary>
    public OrchestrationHarness OnActivity<TInput, TOutput>(TaskName name, Func<TInput, TOutput> handler) =>
        AddActivity(name, new DelegateActivity<TInput, TOutput>(input => Task.FromResult(handler(input))));

    /// <summary>Replaces the activity <paramref name="name"/> with an asynchronous test double.</summary>
    public OrchestrationHarness OnAsyncActivity<TInput, TOutput>(TaskName name, Func<TInput, Task<TOutput>> handler) =>
        AddActivity(name, new DelegateActivity<TInput, TOutput>(handler));

    /// <summary>Registers an orchestrator class (for sub-orchestrations) under its class name.</summary>
    public OrchestrationHarness AddOrchestrator<TOrchestrator>()
        where TOrchestrator : class, ITaskOrchestrator
    {
        _orchestrators[typeof(TOrchestrator).Name] = sp => ActivatorUtilities.GetServiceOrCreateInstance<TOrchestrator>(sp);
        return this;
    }

    /// <summary>Replaces the sub-orchestrator <paramref name="name"/> with a test double that completes at once.</summary>
    public OrchestrationHarness OnSubOrchestrator<TInput, TOutput>(TaskName name, Func<TInput, TOutput> handler)
    {
        _orchestrators[name] = _ => new DelegateOrchestrator<TInput, TOutput>(handler);
        return this;
    }

    /// <summary>
    /// Starts <paramref name="orchestrator"/> with <paramref name="input"/> at <paramref name="startUtc"/> (virtual
    /// time never goes back: a later start after an earlier one fires the timers due in between).
    /// </summary>
    public OrchestrationRun<TOutput> Start<TInput, TOutput>(
        TaskOrchestrator<TInput, TOutput> orchestrator, TInput input, DateTime startUtc, string? instanceId = null)
    {
        ArgumentNullException.ThrowIfNull(orchestrator);
        var name = new TaskName(orchestrator.GetType().Name);
        var run = new OrchestrationRun<TOutput>(this, _scheduler, name, instanceId ?? NewInstanceId(), _ => orchestrator);
        Launch(run, HarnessJson.Serialize(input), startUtc);
        return run;
    }

    /// <summary>Starts an orchestrator class built from <see cref="Services"/>.</summary>
    public OrchestrationRun Start<TOrchestrator>(object? input, DateTime startUtc, string? instanceId = null)
        where TOrchestrator : class, ITaskOrchestrator
    {
        var run = new OrchestrationRun(
            this,
            _scheduler,
            typeof(TOrchestrator).Name,
            instanceId ?? NewInstanceId(),
            sp => ActivatorUtilities.GetServiceOrCreateInstance<TOrchestrator>(sp),
            parent: null);
        Launch(run, HarnessJson.Serialize(input), startUtc);
        return run;
    }

    internal void Record(RecordedAction action) => _actions.Add(action);

    internal OrchestrationRun StartChild(TaskName name, string instanceId, ParentOrchestrationInstance parent, string? inputJson)
    {
        if (!_orchestrators.TryGetValue(name, out var factory))
        {
            throw new InvalidOperationException(
                $"Sub-orchestrator '{name}' is not registered with the harness; use AddTasks, AddOrchestrator or OnSubOrchestrator.");
        }

        var child = new OrchestrationRun(this, _scheduler, name, instanceId, factory, parent);
        _scheduler.Register(child);
        child.Start(inputJson);
        return child;
    }

    internal async Task<string?> InvokeActivityAsync(TaskName name, string instanceId, string? inputJson)
    {
        if (!_activities.TryGetValue(name, out var factory))
        {
            throw new InvalidOperationException(
                $"Activity '{name}' is not registered with the harness; use AddTasks, AddActivity or OnActivity.");
        }

        // Counted as outside work so a step waits for activities that finish on another thread.
        _scheduler.BeginExternalWork();
        try
        {
            var activity = factory(Services);
            var input = HarnessJson.Deserialize(inputJson, activity.InputType);
            var output = await activity.RunAsync(new FakeActivityContext(name, instanceId), input);
            return HarnessJson.Serialize(output);
        }
        finally
        {
            _scheduler.EndExternalWork();
        }
    }

    private void Launch(OrchestrationRun run, string? inputJson, DateTime startUtc)
    {
        _scheduler.AdvanceTo(startUtc);
        _scheduler.Register(run);
        run.Start(inputJson);
    }

    // Predictable ids, so a test can name an instance it did not name itself.
    private string NewInstanceId() => $"harness-{++_instanceCount}";
}
