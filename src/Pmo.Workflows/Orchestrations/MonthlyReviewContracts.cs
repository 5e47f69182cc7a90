namespace Pmo.Workflows.Orchestrations;

/// <summary>Input of a month's review: the month reviewed and its deadlines (assembly, auto-approval; UTC).</summary>
public sealed record MonthlyReviewInput(YearMonth Month, MonthDeadlines Deadlines);

/// <summary>How the review ended: who approved (an e-mail, or "auto") and how many board members received it.</summary>
public sealed record MonthlyReviewResult(YearMonth Month, string ApprovedBy, bool AutoApproved, int Distributed);
