using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Pmo.Functions.Orchestration;
using Pmo.Workflows;

namespace Pmo.Functions.Tests.Orchestration;

/// <summary>
/// Each orchestrator and activity function has its workflow class's input and output types, so the Durable host
/// hands the class the input it was scheduled with and the caller gets back what the class returns.
/// </summary>
public sealed class WorkflowFunctionShapeTests
{
    public static TheoryData<string> Orchestrators() => [.. WorkflowRegistry.Orchestrators.Select(t => t.Name)];

    public static TheoryData<string> Activities() => [.. WorkflowRegistry.Activities.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Orchestrators))]
    public void An_orchestrator_function_takes_the_context_and_the_classes_input_and_returns_its_output(string name)
    {
        var (input, output) = TypeArguments(WorkflowRegistry.Orchestrators.Single(t => t.Name == name), typeof(TaskOrchestrator<,>));
        var function = FunctionNamed(typeof(OrchestratorFunctions), name);
        var parameters = function.GetParameters();

        Assert.Equal(2, parameters.Length);
        Assert.Equal(typeof(TaskOrchestrationContext), parameters[0].ParameterType);
        Assert.NotNull(parameters[0].GetCustomAttribute<OrchestrationTriggerAttribute>());
        Assert.Equal(input, parameters[1].ParameterType);
        Assert.Equal(typeof(Task<>).MakeGenericType(output), function.ReturnType);
    }

    [Theory]
    [MemberData(nameof(Activities))]
    public void An_activity_function_takes_the_classes_input_and_returns_its_output(string name)
    {
        var (input, output) = TypeArguments(WorkflowRegistry.Activities.Single(t => t.Name == name), typeof(TaskActivity<,>));
        var function = FunctionNamed(typeof(ActivityFunctions), name);
        var trigger = function.GetParameters().Single(p => p.GetCustomAttribute<ActivityTriggerAttribute>() is not null);

        Assert.Equal(input, trigger.ParameterType);
        Assert.Equal(typeof(Task<>).MakeGenericType(output), function.ReturnType);
    }

    private static MethodInfo FunctionNamed(Type type, string name) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m => m.GetCustomAttribute<FunctionAttribute>()?.Name == name);

    private static (Type Input, Type Output) TypeArguments(Type workflowClass, Type openBase)
    {
        for (var type = workflowClass; type is not null; type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == openBase)
            {
                var arguments = type.GetGenericArguments();
                return (arguments[0], arguments[1]);
            }
        }

        throw new InvalidOperationException($"{workflowClass.Name} does not derive from {openBase.Name}.");
    }
}
