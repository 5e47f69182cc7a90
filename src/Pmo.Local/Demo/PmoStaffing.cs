using Pmo.Application.Capacity;
using Pmo.Application.Mail;

namespace Pmo.Local.Demo;

/// <summary>
/// The demo's PMO staffing the project of the GO on the Friday after the session, before the next weekly cycle: Marc
/// Dupont (architect, French-speaking) is named PM and two people join for the next two months, through the staffing
/// service the API calls. Marc gets the welcome e-mail, and the next week's invitation is his.
/// </summary>
public sealed class PmoStaffing(IPortfolioStore store, MailDispatcher mail, DemoTimeline timeline, DemoProgress progress)
{
    public const string ManagerId = "marc-dupont";

    /// <summary>Staffs <paramref name="projectId"/> at <paramref name="virtualAt"/> (the clock is set there, so the welcome names the next week).</summary>
    public async Task RunAsync(string projectId, DateTimeOffset virtualAt, CancellationToken ct)
    {
        timeline.Clock.Rebase(virtualAt);
        var project = await store.Projects.FindAsync(projectId, ct) ?? throw new InvalidOperationException($"The GO's project {projectId} is missing.");
        var first = YearMonth.Of(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(virtualAt, timeline.Calendar.TimeZone).DateTime)).Next();
        var second = first.Next();
        var request = new StaffingRequest(
            new StaffingManager(ManagerId, Language: Language.Fr),
            [
                new StaffingLine("sofia-garcia", first, 5), new StaffingLine("sofia-garcia", second, 5),
                new StaffingLine("yann-leroy", first, 4), new StaffingLine("yann-leroy", second, 4),
            ]);
        var service = new StaffingService(store, mail, timeline.Clock);
        var staffed = (await service.StaffAsync(projectId, request, project.ETag, $"demo-staffing-{projectId}", DemoPortfolio.Pmo.Email, ct)).Value;

        var load = staffed.ManagerWorkload.Count > 0 ? staffed.ManagerWorkload[0] : null;
        var over = staffed.Loads.OverAllocated.Select(l => $"{l.Name} {l.Month}").ToList();
        progress.Line(virtualAt, $"PMO staffs {projectId}: {staffed.Manager.Name} named PM (manages {staffed.ManagerProjects.Count} active project(s), "
            + (load is null ? "no days held" : $"{load.Allocated:0.#} of {load.Available:0.#} days in {load.Month}")
            + $"), team of {staffed.Team.Select(l => l.PersonId).Distinct().Count()}"
            + (over.Count > 0 ? $", over-allocated: {string.Join(", ", over)}" : ", nobody over-allocated")
            + (staffed.ManagerChanged ? "; welcome e-mail sent" : ""));
    }
}
