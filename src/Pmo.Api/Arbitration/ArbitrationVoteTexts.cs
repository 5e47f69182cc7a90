namespace Pmo.Api.Arbitration;

/// <summary>Every word of the arbitration vote page, in English and French (French typography: U+202F before : ; ? !).</summary>
public sealed record ArbitrationVoteTexts
{
    public required string Title { get; init; }

    /// <summary>The lead under the title, given the deadline as the reader's wall clock writes it.</summary>
    public required Func<string, string> Lead { get; init; }
    public required string VotingAs { get; init; }
    public required string Sponsor { get; init; }
    public required string Department { get; init; }
    public required string Budget { get; init; }
    public required string Score { get; init; }
    public required string Duration { get; init; }
    public required Func<int, string> Months { get; init; }
    public required string YourVote { get; init; }
    public required string NotVoted { get; init; }
    public required string Go { get; init; }
    public required string NoGo { get; init; }
    public required string Defer { get; init; }
    public required string Comment { get; init; }
    public required string Send { get; init; }
    public required Func<string, string> Recorded { get; init; }
    public required Func<string, string> Closed { get; init; }
    public required string Request { get; init; }
    public required string Outcome { get; init; }
    public required string ChooseOne { get; init; }
    public required string NotAChoice { get; init; }
    public required string CommentWithoutVote { get; init; }

    public static ArbitrationVoteTexts For(Language language) => language == Language.Fr ? Fr : En;

    public string Choice(Domain.Intake.VoteChoice choice) => choice switch
    {
        Domain.Intake.VoteChoice.Go => Go,
        Domain.Intake.VoteChoice.NoGo => NoGo,
        _ => Defer,
    };

    public static readonly ArbitrationVoteTexts En = new()
    {
        Title = "Arbitration vote",
        Lead = deadline => $"Vote GO, NO-GO or Defer on each request before {deadline}. You may change your votes until then; a request you leave blank counts as no vote.",
        VotingAs = "Voting as",
        Sponsor = "Sponsor",
        Department = "Department",
        Budget = "Estimated budget",
        Score = "Weighted score",
        Duration = "Estimated duration",
        Months = n => n == 1 ? "1 month" : $"{n} months",
        YourVote = "Your vote",
        NotVoted = "not voted yet",
        Go = "GO",
        NoGo = "NO-GO",
        Defer = "Defer",
        Comment = "Comment (optional)",
        Send = "Record my votes",
        Recorded = deadline => $"Your votes are recorded. You may change them until {deadline}.",
        Closed = deadline => $"This session is closed: votes were taken until {deadline}. The requesters have been told the outcome.",
        Request = "Request",
        Outcome = "Outcome",
        ChooseOne = "Choose GO, NO-GO or Defer for at least one request.",
        NotAChoice = "must be GO, NO-GO or Defer.",
        CommentWithoutVote = "choose GO, NO-GO or Defer to send this comment.",
    };

    public static readonly ArbitrationVoteTexts Fr = new()
    {
        Title = "Vote d'arbitrage",
        Lead = deadline => $"Votez GO, NO-GO ou Reporter sur chaque demande avant le {deadline}. Vous pouvez modifier vos votes jusque-là\u202F; une demande laissée vide ne compte pas comme un vote.",
        VotingAs = "Vous votez en tant que",
        Sponsor = "Sponsor",
        Department = "Direction",
        Budget = "Budget estimé",
        Score = "Score pondéré",
        Duration = "Durée estimée",
        Months = n => $"{n} mois",
        YourVote = "Votre vote",
        NotVoted = "pas encore voté",
        Go = "GO",
        NoGo = "NO-GO",
        Defer = "Reporter",
        Comment = "Commentaire (facultatif)",
        Send = "Enregistrer mes votes",
        Recorded = deadline => $"Vos votes sont enregistrés. Vous pouvez les modifier jusqu'au {deadline}.",
        Closed = deadline => $"Cette session est close\u202F: les votes étaient ouverts jusqu'au {deadline}. Les demandeurs ont été informés de la décision.",
        Request = "Demande",
        Outcome = "Décision",
        ChooseOne = "Choisissez GO, NO-GO ou Reporter pour au moins une demande.",
        NotAChoice = "doit être GO, NO-GO ou Reporter.",
        CommentWithoutVote = "choisissez GO, NO-GO ou Reporter pour envoyer ce commentaire.",
    };
}
