namespace Pmo.Api.Arbitration;

/// <summary>
/// Reads the vote page's form into ballots, one per request the member chose for (a request left blank is no vote). Each
/// error is keyed by the form field it concerns (<see cref="ArbitrationVotePageView.ChoiceField"/>,
/// <see cref="ArbitrationVotePageView.CommentField"/>), so the page shows it beside that request's choice or comment;
/// what the member posted is kept so a refused page shows their choices and comments, not the stored votes.
/// </summary>
public static partial class ArbitrationBallotReader
{
    /// <summary>The key of an error that concerns the whole form rather than one request.</summary>
    public const string FormField = "votes";

    public static (IReadOnlyList<BallotInput> Ballots, FieldErrors Errors, IReadOnlyDictionary<string, PostedBallot> Posted) Read(
        IFormCollection form, ArbitrationVotePage page, Language language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(page);
        var t = ArbitrationVoteTexts.For(language);
        var errors = new FieldErrors();
        var posted = new Dictionary<string, PostedBallot>(StringComparer.Ordinal);
        List<BallotInput> ballots = [];
        foreach (var ranked in page.Agenda)
        {
            var demand = ranked.Demand;
            var text = form[ArbitrationVotePageView.ChoiceField(demand.Id)].ToString();
            var comment = form[ArbitrationVotePageView.CommentField(demand.Id)].ToString();
            posted[demand.Id] = new PostedBallot(text, comment);
            if (text.Length == 0)
            {
                if (comment.Trim().Length > 0)
                {
                    errors.Add(ArbitrationVotePageView.ChoiceField(demand.Id), t.CommentWithoutVote);
                }

                continue;
            }

            // Names only: "1" would parse as a VoteChoice too.
            if (!char.IsLetter(text[0]) || !Enum.TryParse<VoteChoice>(text, out var choice) || !Enum.IsDefined(choice))
            {
                errors.Add(ArbitrationVotePageView.ChoiceField(demand.Id), t.NotAChoice);
                continue;
            }

            ballots.Add(new BallotInput(demand.Id, choice, comment));
        }

        if (ballots.Count == 0 && !errors.Any)
        {
            errors.Add(FormField, t.ChooseOne);
        }

        return (ballots, errors, posted);
    }

    /// <summary>The service's errors (<c>votes[i].comment</c>…) under the form field of ballot i's request.</summary>
    public static FieldErrors Named(ValidationErrors errors, IReadOnlyList<BallotInput> ballots, Language language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(ballots);
        var result = new FieldErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var key = field;
            if (VoteField().Match(field) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < ballots.Count)
            {
                var demandId = ballots[i].DemandId;
                key = m.Groups[2].Value == "comment" ? ArbitrationVotePageView.CommentField(demandId) : ArbitrationVotePageView.ChoiceField(demandId);
            }

            foreach (var message in messages)
            {
                result.Add(key, DomainMessages.Localise(message, language));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^votes\[(\d+)\]\.(\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VoteField();
}

/// <summary>One request's choice and comment as the member posted them (the choice as text: it may be invalid).</summary>
public sealed record PostedBallot(string Choice, string Comment);
