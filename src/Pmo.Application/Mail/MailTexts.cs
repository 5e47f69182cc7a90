namespace Pmo.Application.Mail;

/// <summary>The wording of every e-mail in one language. Dates arrive already formatted by <see cref="When"/>.</summary>
public sealed partial record MailTexts(
    string Code,
    CultureInfo Culture,
    Func<string, string> Hello,
    Func<string, IsoWeek, string> InviteSubject,
    Func<string, IsoWeek, string, string> InviteBody,
    string InviteHint,
    string FillInButton,
    Func<string, IsoWeek, string> FirstReminderSubject,
    Func<string, IsoWeek, string, string> FirstReminderBody,
    Func<string, IsoWeek, string> SecondReminderSubject,
    Func<string, IsoWeek, string, string> SecondReminderBody,
    Func<string, string, IsoWeek, string, string> SecondReminderSponsorBody,
    Func<string, IsoWeek, string> MissedSubject,
    Func<string, string, IsoWeek, string> MissedBody,
    Func<IsoWeek, string> DigestSubject,
    Func<int, int, int, int, string> DigestSummary,
    IReadOnlyList<string> DigestHeaders,
    Func<ChaseOutcome, string> Outcome,
    Func<YearMonth, string> PackApprovalSubject,
    Func<YearMonth, string, string> PackApprovalBody,
    string ApproveButton,
    Func<YearMonth, string> PackSubject,
    Func<YearMonth, string> PackIntro,
    Func<string, string> EscalationSubject,
    Func<string, string> EscalationReminderSubject,
    Func<string, string, string> EscalationBody,
    string QuestionLabel,
    Func<string, string> DecideBy,
    string DecideButton,
    Func<string, string> ConveneSubject,
    Func<string, string, string> ConveneBody,
    Func<string, DecisionOutcome, string> DecisionSubject,
    Func<string, string, DecisionOutcome, string, string> DecisionBody,
    Func<DecisionOutcome, string> OutcomeName,
    string Footer,
    Func<string, string> ListName)
{
    public static MailTexts For(Language language) => language == Language.Fr ? Fr : En;

    /// <summary>True when the organisation's name already says "PMO" ("Acme PMO"): its list is not the "Acme PMO PMO calendar".</summary>
    private static bool NamesThePmo(string organisation) =>
        organisation.Split(' ', '-', '_', '/').Any(w => string.Equals(w, "PMO", StringComparison.OrdinalIgnoreCase));

    /// <summary>"1 project", "0 projects", "2 projects".</summary>
    private static string EnCount(int n, string one, string many) => $"{n} {(n == 1 ? one : many)}";

    /// <summary>"0 projet", "1 projet", "2 projets": French counts 0 and 1 in the singular.</summary>
    private static string FrCount(int n, string one, string many) => $"{n} {(n <= 1 ? one : many)}";

    /// <summary>The language of these texts.</summary>
    public Language Language => Code == "fr" ? Language.Fr : Language.En;

    /// <summary>
    /// An instant on the organisation's wall clock with its zone, in these texts' language: the one formatter the form
    /// page uses too (<see cref="WallClockText"/>), so an e-mail and the form name a deadline in the same words.
    /// </summary>
    public string When(DateTimeOffset utc, TimeZoneInfo zone) => WallClockText.Format(utc, zone, Language);
}
