namespace Pmo.Local.Demo;

/// <summary>How a simulated project manager answers the weekly reminder.</summary>
public enum PmBehaviour
{
    /// <summary>Answers on Monday afternoon, before any reminder.</summary>
    OnTime,

    /// <summary>Answers on Thursday morning, after the first reminder: on time (before Friday's deadline), after a reminder.</summary>
    AfterReminder,

    /// <summary>Never answers: reminded twice, marked missed, then escalated.</summary>
    Never,

    /// <summary>On time, but reports red in weeks 2 and 3 (the "red two weeks running" rule).</summary>
    RedTwice,

    /// <summary>On time, and flags a decision for the committee in week 3.</summary>
    FlagsDecision,
}

/// <summary>The demo cast: which project's manager behaves how, and what they write (in their language).</summary>
public static class DemoCast
{
    public static IReadOnlyDictionary<string, PmBehaviour> Behaviours { get; } = new Dictionary<string, PmBehaviour>(StringComparer.Ordinal)
    {
        ["CRM-MIGR"] = PmBehaviour.OnTime,
        ["DATA-GOUV"] = PmBehaviour.AfterReminder,
        ["ERP-FIN"] = PmBehaviour.RedTwice,
        ["PORTAIL-ADH"] = PmBehaviour.FlagsDecision,
        ["ISO-CERT"] = PmBehaviour.Never,
        ["CLOUD-INFRA"] = PmBehaviour.OnTime,
    };

    public static PmBehaviour For(string projectId) => Behaviours.GetValueOrDefault(projectId, PmBehaviour.OnTime);

    /// <summary>The update a PM submits in week <paramref name="weekIndex"/> (0-based) of the demo.</summary>
    public static StatusUpdateDraft Draft(Project project, PmBehaviour behaviour, int weekIndex)
    {
        var french = project.Manager.Language == Language.Fr;
        var red = behaviour == PmBehaviour.RedTwice && weekIndex is 1 or 2;
        var decision = behaviour == PmBehaviour.FlagsDecision && weekIndex == 2;
        var overall = red ? Rag.Red : behaviour == PmBehaviour.AfterReminder ? Rag.Amber : Rag.Green;
        return new StatusUpdateDraft
        {
            Overall = overall,
            Dimensions = new DimensionRags(Schedule: overall, Budget: red ? Rag.Amber : Rag.Green),
            ProgressPercent = Math.Min(100, 30 + (weekIndex * 8)),
            Accomplishments = french ? $"Semaine {weekIndex + 1} : ateliers tenus, livrables revus." : $"Week {weekIndex + 1}: workshops held, deliverables reviewed.",
            NextSteps = french ? "Préparer le comité de suivi." : "Prepare the steering meeting.",
            Difficulties = red ? "Payroll interface still failing; key users unavailable." : "",
            HelpNeeded = red ? "Finance to release two key users for testing." : "",
            NeedsDecision = decision,
            DecisionQuestion = decision ? "Commander l'hébergement de la beta auprès du second fournisseur (45 k€) ?" : "",
        };
    }
}
