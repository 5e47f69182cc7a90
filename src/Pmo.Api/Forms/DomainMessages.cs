namespace Pmo.Api.Forms;

/// <summary>
/// The domain validates in English; a French form shows the messages a project manager can cause in French.
/// Anything not listed stays in English rather than being guessed.
/// </summary>
public static partial class DomainMessages
{
    public static string Localise(string message, Language language)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (language != Language.Fr)
        {
            return message;
        }

        if (Between().Match(message) is { Success: true } between)
        {
            return $"doit être compris entre {between.Groups[1].Value} et {between.Groups[2].Value}.";
        }

        if (AtMost().Match(message) is { Success: true } atMost)
        {
            return $"doit faire au plus {atMost.Groups[1].Value} caractères.";
        }

        if (MonthBetween().Match(message) is { Success: true } months)
        {
            return $"doit être un mois entre {months.Groups[1].Value} et {months.Groups[2].Value}.";
        }

        if (AtMostDays().Match(message) is { Success: true } days)
        {
            return $"doit être d'au plus {days.Groups[1].Value} jours.";
        }

        return message switch
        {
            "is required." => "est obligatoire.",
            "is required when a decision is needed." => "est obligatoire quand une décision est demandée.",
            "must not be negative." => "ne doit pas être négatif.",
            "is not a milestone of this project." => "n'est pas un jalon de ce projet.",
            "is forecast twice in this update." => "est prévu deux fois dans ce point.",
            "must be greater than zero." => "doit être supérieur à zéro.",
            "must be a three-letter ISO 4217 code such as EUR." => "doit être un code ISO 4217 de trois lettres, comme EUR.",
            "must be an e-mail address such as name@example.org." => "doit être une adresse e-mail, comme nom@example.org.",
            "must be an absolute https:// address." => "doit être une adresse https:// complète.",
            _ => message,
        };
    }

    [GeneratedRegex(@"^must be between (-?\d+) and (-?\d+)\.$", RegexOptions.None, 100)]
    private static partial Regex Between();

    [GeneratedRegex(@"^must be at most (\d+) characters\.$", RegexOptions.None, 100)]
    private static partial Regex AtMost();

    [GeneratedRegex(@"^must be a month between (\d{4}-\d{2}) and (\d{4}-\d{2})\.$", RegexOptions.None, 100)]
    private static partial Regex MonthBetween();

    [GeneratedRegex(@"^must be at most (\d+) days\.$", RegexOptions.None, 100)]
    private static partial Regex AtMostDays();
}
