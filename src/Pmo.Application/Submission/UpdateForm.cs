namespace Pmo.Application.Submission;

/// <summary>
/// What the update form page shows: the project, the request it answers and the answers to pre-fill — this week's
/// when it was already answered (<see cref="Answered"/>, an amendment sent back with <see cref="Version"/>), else
/// last week's.
/// </summary>
public sealed record UpdateForm(
    LinkClaims Link, Project Project, UpdateRequest Request, StatusUpdateDraft? Prefill, StatusUpdate? Answered = null, string? Version = null)
{
    public bool IsAmendment => Answered is not null;
}

/// <summary>
/// A stored update; <see cref="Delivered"/> is false when the chase will be told by the outbox relay instead.
/// <see cref="Amended"/> is true when it replaced this week's earlier answer.
/// </summary>
public sealed record SubmissionResult(StatusUpdate Update, bool Delivered, bool Amended = false);
