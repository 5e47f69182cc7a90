using System.Text.Json.Nodes;
using Pmo.Application.Mail;
using Pmo.Application.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Functions.Tests.Infrastructure;

namespace Pmo.Functions.Tests.Http;

/// <summary>The staffing route called directly on the Functions host: the same handler as the local host, over SQLite.</summary>
public sealed class StaffingFunctionTests : IAsyncDisposable
{
    private readonly FunctionsTestHost _host = new();
    private HttpFunctionCaller Caller => new(_host);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task StaffProject_names_the_pm_writes_the_team_and_welcomes_the_new_pm()
    {
        var created = await Caller.CallAsync("CreateProject", "/api/projects", FunctionsTestHost.AdminKey, Bodies.Project("staffed"));
        var person = new JsonObject { ["id"] = "lea", ["name"] = "Léa Martin", ["email"] = "lea@example.org", ["role"] = "Project manager", ["capacityDaysPerMonth"] = 18 };
        Assert.Equal(201, (await Caller.CallAsync("CreatePerson", "/api/people", FunctionsTestHost.AdminKey, person)).Status);
        var body = new JsonObject
        {
            ["manager"] = new JsonObject { ["personId"] = "lea", ["language"] = "Fr" },
            ["team"] = new JsonArray(new JsonObject { ["personId"] = "lea", ["month"] = "2027-03", ["days"] = 6 }),
        };

        var withoutIfMatch = await Caller.CallAsync("StaffProject", "/api/projects/staffed/staffing", FunctionsTestHost.AdminKey, body);
        var staffed = await Caller.CallAsync("StaffProject", "/api/projects/staffed/staffing", FunctionsTestHost.AdminKey, body, created.ETag);

        Assert.Equal(428, withoutIfMatch.Status);
        Assert.Equal(200, staffed.Status);
        Assert.True(staffed.Json["managerChanged"]!.GetValue<bool>());
        var project = (await _host.Store.Projects.FindAsync("staffed"))!;
        Assert.Equal("lea@example.org", project.Value.Manager.Email);
        Assert.True(ETags.Same(project.ETag, staffed.ETag));
        Assert.Equal(6m, (await _host.Store.Allocations.FindAsync("lea", "staffed", YearMonth.Parse("2027-03", null)))!.Days);
        Assert.NotNull(await _host.Store.Idempotency.FindAsync($"mail:{MailIds.For(MailComposer.WelcomeStepId("staffed"), "lea@example.org")}"));
    }
}
