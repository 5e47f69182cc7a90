using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pmo.Application;
using Pmo.Application.Configuration;
using Pmo.Reports;
using Pmo.Workflows.Configuration;

namespace Pmo.Workflows.Tests.Orchestrations;

public sealed class WorkflowRegistryTests
{
    [Fact]
    public void Registry_lists_every_orchestrator_and_activity_of_the_assembly()
    {
        var types = typeof(WorkflowRegistry).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }).ToList();

        Assert.Equal(
            types.Where(t => typeof(ITaskOrchestrator).IsAssignableFrom(t)).Select(t => t.Name).Order(),
            WorkflowRegistry.Orchestrators.Select(t => t.Name).Order());
        Assert.Equal(
            types.Where(t => typeof(ITaskActivity).IsAssignableFrom(t)).Select(t => t.Name).Order(),
            WorkflowRegistry.Activities.Select(t => t.Name).Order());
    }

    [Theory]
    [InlineData("", "https://pmo.example/api")]
    [InlineData("c2hvcnQ=", "https://pmo.example/api")]
    [InlineData("not base64!", "https://pmo.example/api")]
    [InlineData(null, "not a url")]
    public void Options_with_a_bad_key_or_URL_fail_validation(string? key, string url)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Workflows:PublicBaseUrl"] = url,
            ["Workflows:LinkSigningKey"] = key ?? Support.VirtualWorld.SigningKey,
        }).Build();
        using var services = new ServiceCollection().AddPmoApplication(configuration).AddPmoReports().AddPmoWorkflows().BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WorkflowOptions>>().Value);
    }
}
