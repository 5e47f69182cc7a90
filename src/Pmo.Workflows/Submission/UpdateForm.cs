using Pmo.Domain.Portfolio;
using Pmo.Workflows.Links;

namespace Pmo.Workflows.Submission;

/// <summary>What the update form page shows: the project, the request it answers and last week's answers to pre-fill.</summary>
public sealed record UpdateForm(LinkClaims Link, Project Project, UpdateRequest Request, StatusUpdateDraft? Prefill);

/// <summary>A stored update; <see cref="Delivered"/> is false when the chase will be told by the outbox relay instead.</summary>
public sealed record SubmissionResult(StatusUpdate Update, bool Delivered);
