using System.Diagnostics.CodeAnalysis;

namespace Pmo.Application.Submission;

/// <summary>
/// What a project manager fills in on the weekly update form (the <see cref="StatusAnswer"/> fields); project, week and
/// author come from the link.
/// </summary>
public sealed record StatusUpdateDraft : StatusAnswer
{
    public StatusUpdateDraft()
    {
    }

    [SetsRequiredMembers]
    private StatusUpdateDraft(StatusAnswer answer)
        : base(answer)
    {
    }

    /// <summary>The draft of last week's answers, to pre-fill the form (without last week's decision request).</summary>
    public static StatusUpdateDraft From(StatusUpdate update) =>
        new(update) { NeedsDecision = false, DecisionQuestion = "" };

    /// <summary>This week's answer as it was sent, to amend it (the decision request included).</summary>
    public static StatusUpdateDraft FromAnswer(StatusUpdate update) => new(update);

    /// <summary>The update to store; its outbox marker (<see cref="StatusUpdate.EventDeliveredAt"/>) starts null.</summary>
    public StatusUpdate ToStatusUpdate(string projectId, IsoWeek week, string submittedBy, DateTimeOffset submittedAt) =>
        StatusUpdate.Of(this, projectId, week, submittedBy, submittedAt);
}
