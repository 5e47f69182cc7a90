namespace Pmo.Api.Arbitration;

/// <summary>
/// Reads the vote page's form into ballots, one per request the member chose for (a request left blank is no vote), and
/// names each error after the request's title so the member sees which one to fix.
/// </summary>
public static partial class ArbitrationBallotReader
{
    public static (IReadOnlyList<BallotInput> Ballots, FieldErrors Errors) Read(IFormCollection form, ArbitrationVotePage page, Language language)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(page);
        var t = ArbitrationVoteTexts.For(language);
        var errors = new FieldErrors();
        List<BallotInput> ballots = [];
        foreach (var ranked in page.Agenda)
        {
            var demand = ranked.Demand;
            var text = form[ArbitrationVotePageView.ChoiceField(demand.Id)].ToString();
            var comment = form[ArbitrationVotePageView.CommentField(demand.Id)].ToString();
            if (text.Length == 0)
            {
                if (comment.Trim().Length > 0)
                {
                    errors.Add($"{demand.Title} – {t.YourVote}", t.CommentWithoutVote);
                }

                continue;
            }

            // Names only: "1" would parse as a VoteChoice too.
            if (!char.IsLetter(text[0]) || !Enum.TryParse<VoteChoice>(text, out var choice) || !Enum.IsDefined(choice))
            {
                errors.Add($"{demand.Title} – {t.YourVote}", t.NotAChoice);
                continue;
            }

            ballots.Add(new BallotInput(demand.Id, choice, comment));
        }

        if (ballots.Count == 0 && !errors.Any)
        {
            errors.Add(t.YourVote, t.ChooseOne);
        }

        return (ballots, errors);
    }

    /// <summary>The service's errors (<c>votes[i].comment</c>…) under the title of the request of ballot i.</summary>
    public static FieldErrors Named(ValidationErrors errors, IReadOnlyList<BallotInput> ballots, ArbitrationVotePage page, Language language)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(page);
        var t = ArbitrationVoteTexts.For(language);
        var titles = page.Agenda.ToDictionary(r => r.Demand.Id, r => r.Demand.Title, StringComparer.Ordinal);
        var result = new FieldErrors();
        foreach (var (field, messages) in errors.ToDictionary())
        {
            var label = field;
            if (VoteField().Match(field) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is var i && i < ballots.Count)
            {
                var title = titles.GetValueOrDefault(ballots[i].DemandId, ballots[i].DemandId);
                label = $"{title} – {(m.Groups[2].Value == "comment" ? t.Comment : t.YourVote)}";
            }

            foreach (var message in messages)
            {
                result.Add(label, DomainMessages.Localise(message, language));
            }
        }

        return result;
    }

    [GeneratedRegex(@"^votes\[(\d+)\]\.(\w+)$", RegexOptions.CultureInvariant)]
    private static partial Regex VoteField();
}
