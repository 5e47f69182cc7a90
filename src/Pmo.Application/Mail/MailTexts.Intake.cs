namespace Pmo.Application.Mail;

/// <summary>The wording of the intake e-mails (a returned demand) in one language.</summary>
public sealed record DemandMailTexts(
    Func<string, string> ReturnedSubject,
    Func<string, string, string> ReturnedBody,
    string CommentLabel,
    string AmendButton,
    string AmendHint)
{
    public static DemandMailTexts En { get; } = new(
        ReturnedSubject: title => $"Your demand needs changes: {title}",
        ReturnedBody: (title, id) => $"The PMO has reviewed your demand \"{title}\" ({id}) and returned it to you before qualifying it.",
        CommentLabel: "The PMO's comment",
        AmendButton: "Amend my demand",
        AmendHint: "The link opens your demand as you sent it: change what the PMO asks for and send it again. It is resubmitted at once; the link stops working once the PMO has qualified it.");

    public static DemandMailTexts Fr { get; } = new(
        ReturnedSubject: title => $"Votre demande est à compléter\u202F: {title}",
        ReturnedBody: (title, id) => $"Le PMO a examiné votre demande «\u202F{title}\u202F» ({id}) et vous la renvoie avant de la qualifier.",
        CommentLabel: "Commentaire du PMO",
        AmendButton: "Modifier ma demande",
        AmendHint: "Le lien ouvre votre demande telle que vous l'avez envoyée\u202F: modifiez ce que le PMO demande et renvoyez-la. Elle est aussitôt soumise de nouveau\u202F; le lien ne fonctionne plus une fois la demande qualifiée.");
}

public sealed partial record MailTexts
{
    /// <summary>The intake e-mails' wording in these texts' language.</summary>
    public DemandMailTexts Demand => Code == "fr" ? DemandMailTexts.Fr : DemandMailTexts.En;
}
