namespace Pmo.Local.Demo;

/// <summary>
/// The simulated project managers of one week: each waits for its update request, then answers through the same
/// service the update form uses, with the signed link the reminder carried, at the virtual time its behaviour says.
/// </summary>
public sealed class ProjectManagers(IPortfolioStore store, LinkIssuer links, UpdateSubmissionService submissions, DemoTimeline timeline, DemoProgress progress)
{
    public Task RunWeekAsync(IsoWeek week, int weekIndex, IReadOnlyList<Project> projects, CancellationToken ct) =>
        Task.WhenAll(projects.Select(p => AnswerAsync(p, week, weekIndex, ct)));

    private async Task AnswerAsync(Project project, IsoWeek week, int weekIndex, CancellationToken ct)
    {
        var behaviour = DemoCast.For(project.Id);
        var deadlines = timeline.Calendar.ForWeek(week);
        var answerAt = behaviour switch
        {
            PmBehaviour.Never => (DateTimeOffset?)null,
            PmBehaviour.AfterReminder => deadlines.FirstReminderUtc + TimeSpan.FromHours(20),
            _ => deadlines.ChaseOpensUtc + TimeSpan.FromHours(4),
        };
        if (answerAt is not { } at)
        {
            return;
        }

        await timeline.UntilAsync(at, ct);
        var request = await WaitForRequestAsync(project.Id, week, ct);
        var url = links.UpdateForm(project.Id, request.Id, project.Manager.Email, request.Deadline);
        var token = Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
        var draft = DemoCast.Draft(project, behaviour, weekIndex);
        try
        {
            await submissions.SubmitAsync(token, draft, ct);
        }
        catch (LinkRefusedException ex)
        {
            // Only when the machine is so slow that the week closed first: the form refuses, as it would a real PM.
            progress.Line(at, $"{project.Manager.Name} answers for {project.Id} too late: {ex.Message}");
            return;
        }
        progress.Line(at, $"{project.Manager.Name} answers for {project.Id}: {draft.Overall}"
            + (behaviour == PmBehaviour.AfterReminder ? " (on time, after a reminder)" : "")
            + (draft.NeedsDecision ? " — asks the committee for a decision" : ""));
    }

    // The chase creates the request in its first activity, a moment after it starts.
    private async Task<UpdateRequest> WaitForRequestAsync(string projectId, IsoWeek week, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (await store.UpdateRequests.FindAsync(UpdateRequest.IdFor(projectId, week), timeout.Token) is { } found)
            {
                return found.Value;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
