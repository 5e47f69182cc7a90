using Pmo.Domain.Primitives;
using Pmo.Functions.Orchestration;
using Pmo.Functions.Tests.Infrastructure;

namespace Pmo.Functions.Tests.Orchestration;

/// <summary>An activity function builds its workflow activity from the invocation's services and runs it.</summary>
public sealed class ActivityFunctionTests
{
    [Fact]
    public async Task The_list_activity_function_runs_the_workflow_activity_over_the_store()
    {
        await using var host = new FunctionsTestHost();
        var created = await new HttpFunctionCaller(host).CallAsync("CreateProject", "/api/projects", FunctionsTestHost.AdminKey, Bodies.Project("billing"));
        Assert.Equal(201, created.Status);

        await using var scope = host.NewInvocation();
        var function = new FakeFunctionContext("ListActiveProjectsActivity", scope.ServiceProvider,
            new Dictionary<string, object?> { ["instanceId"] = "weekly-2026-W49" });
        var projects = await ActivityFunctions.ListActiveProjects(IsoWeek.Parse("2026-W49"), host.Durable, function);

        Assert.Equal(["billing"], projects);
    }

    [Fact]
    public async Task The_activity_context_names_the_activity_and_the_calling_instance()
    {
        await using var host = new FunctionsTestHost();
        await using var scope = host.NewInvocation();
        var function = new FakeFunctionContext("SendChaseMailActivity", scope.ServiceProvider,
            new Dictionary<string, object?> { ["instanceId"] = "chase-billing-2026-W49" });

        var context = function.ActivityContext();

        Assert.Equal("SendChaseMailActivity", context.Name.Name);
        Assert.Equal("chase-billing-2026-W49", context.InstanceId);
    }
}
