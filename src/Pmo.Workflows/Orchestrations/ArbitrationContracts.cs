namespace Pmo.Workflows.Orchestrations;

/// <summary>Input of a month's arbitration session: the month and its UTC instants (pack sent, reminder, deadline).</summary>
public sealed record ArbitrationInput(YearMonth Month, ArbitrationDates Dates);

/// <summary>The session as opened: the ranked agenda and the members (chair included) who vote on it.</summary>
public sealed record ArbitrationOpened(YearMonth Month, IReadOnlyList<string> Agenda, IReadOnlyList<string> MemberEmails);

/// <summary>The e-mails of a session to its members: the pack with vote links, then the reminder.</summary>
public enum ArbitrationMailStep
{
    Pack,
    Reminder,
}

public sealed record ArbitrationMailInput(YearMonth Month, ArbitrationMailStep Step);

/// <summary>One GO of the session, whose approved project is created.</summary>
public sealed record GoProjectInput(YearMonth Month, string DemandId);

/// <summary>How the session ended: each demand's outcome, the projects created on GO, whether the reminder went out.</summary>
public sealed record ArbitrationResult(
    YearMonth Month,
    IReadOnlyList<ArbitrationDecision> Decisions,
    IReadOnlyList<string> ProjectsCreated,
    bool Reminded,
    int VotesReceived);
