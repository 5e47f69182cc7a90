using Microsoft.DurableTask;

namespace Pmo.Hosting.Durable.Testing;

/// <summary>A test double standing in for an activity class.</summary>
internal sealed class DelegateActivity<TInput, TOutput>(Func<TInput, Task<TOutput>> handler) : TaskActivity<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskActivityContext context, TInput input) => handler(input);
}

/// <summary>A test double standing in for a sub-orchestrator class.</summary>
internal sealed class DelegateOrchestrator<TInput, TOutput>(Func<TInput, TOutput> handler) : TaskOrchestrator<TInput, TOutput>
{
    public override Task<TOutput> RunAsync(TaskOrchestrationContext context, TInput input) => Task.FromResult(handler(input));
}
