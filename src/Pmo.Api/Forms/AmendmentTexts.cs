namespace Pmo.Api.Forms;

/// <summary>The words of the update form when the week was already answered (amendment, conflict), in English and French.</summary>
public static class AmendmentTexts
{
    /// <param name="answeredAt">When the week was first answered, on the organisation's clock.</param>
    /// <param name="deadline">Until when it can be changed, with the zone.</param>
    public static string Banner(Language language, string answeredAt, string deadline) => language == Language.Fr
        ? $"Vous avez déjà répondu le {answeredAt} — vous pouvez modifier votre réponse jusqu'au {deadline}."
        : $"You already answered on {answeredAt} — you can change your answer until {deadline}.";

    public static string Submit(Language language) =>
        language == Language.Fr ? "Enregistrer ma nouvelle réponse" : "Save my new answer";

    public static string Changed(Language language) =>
        language == Language.Fr ? "Votre réponse a bien été modifiée." : "Your answer was changed.";

    public static string ChangeAgain(Language language, string deadline) => language == Language.Fr
        ? $"Vous pouvez encore la modifier avec le même lien jusqu'au {deadline}."
        : $"You can change it again with the same link until {deadline}.";

    /// <param name="changedAt">When the stored answer was last written, on the organisation's clock.</param>
    public static string Conflict(Language language, string changedAt) => language == Language.Fr
        ? $"Votre réponse n'a pas été enregistrée\u202F: la réponse de cette semaine a été modifiée le {changedAt}, après l'ouverture de ce formulaire. Vos saisies sont conservées ci-dessous\u202F; renvoyez-les pour remplacer la réponse enregistrée, ou rouvrez le lien pour la voir."
        : $"Your answer was not saved: this week's answer was changed on {changedAt}, after you opened this form. What you entered is kept below; send it again to replace the saved answer, or open the link again to see it.";
}
