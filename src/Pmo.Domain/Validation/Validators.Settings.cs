using Pmo.Domain.Intake;

namespace Pmo.Domain.Validation;

public static partial class Validators
{
    public static ValidationErrors Validate(GovernanceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new ValidationErrors()
            .Required(settings.OrganisationName, "organisationName")
            .Defined(settings.DefaultLanguage, "defaultLanguage")
            .When(settings.PackAutoApproveAfter <= TimeSpan.Zero, "packAutoApproveAfter", "must be a positive duration.");

        ValidateCalendar(settings, errors);
        ValidateThresholds(settings, errors);
        if (settings.PriorityWeights is { } weights)
        {
            Prioritisation.CheckWeights(weights, errors, "priorityWeights");
        }
        else
        {
            errors.Add("priorityWeights", "is required.");
        }

        ValidateRecipients(settings.Recipients, errors);
        if (settings.Intake is { } intake)
        {
            errors.Merge("intake", IntakeSettingsValidator.Validate(intake));
        }
        else
        {
            errors.Add("intake", "is required.");
        }

        return errors;
    }

    /// <summary>Time zone and crons; when they parse, the calendar itself checks that weekly events fire every week.</summary>
    private static void ValidateCalendar(GovernanceSettings settings, ValidationErrors errors)
    {
        var syntax = new ValidationErrors();
        CalendarSettings.ParseTimeZone(settings.TimeZone, syntax);
        CalendarSettings.ParseCrons(settings.Calendar, syntax);
        if (!syntax.IsValid)
        {
            errors.Merge("", syntax);
            return;
        }

        try
        {
            _ = new GovernanceCalendar(settings);
        }
        catch (DomainValidationException e)
        {
            errors.Merge("", e.Errors);
        }
    }

    private static void ValidateThresholds(GovernanceSettings settings, ValidationErrors errors)
    {
        if (settings.Escalation is { } e)
        {
            errors.Range(e.RedWeeksRunning, "escalation.redWeeksRunning", 1, 52)
                .NotNegative(e.BudgetOverrunRatio, "escalation.budgetOverrunRatio")
                .Range(e.MilestoneSlipDays, "escalation.milestoneSlipDays", 0, 3650)
                .Range(e.MissedUpdatesRunning, "escalation.missedUpdatesRunning", 1, 52);
        }
        else
        {
            errors.Add("escalation", "is required.");
        }

        if (settings.Sla is { } sla)
        {
            errors.NotNegative(sla.CommitteeReminderAfter, "sla.committeeReminderAfter")
                .NotNegative(sla.ConveneAfter, "sla.conveneAfter")
                .When(sla.ConveneAfter < sla.CommitteeReminderAfter, "sla.conveneAfter", "must not come before the committee reminder.");
        }
        else
        {
            errors.Add("sla", "is required.");
        }

        if (settings.Rag is { } rag)
        {
            errors.Range(rag.ScheduleAmberSlipDays, "rag.scheduleAmberSlipDays", 0, 3650)
                .Range(rag.ScheduleRedSlipDays, "rag.scheduleRedSlipDays", 0, 3650)
                .When(rag.ScheduleRedSlipDays < rag.ScheduleAmberSlipDays, "rag.scheduleRedSlipDays", "must not be below the amber threshold.")
                .NotNegative(rag.BudgetAmberOverrunRatio, "rag.budgetAmberOverrunRatio")
                .NotNegative(rag.BudgetRedOverrunRatio, "rag.budgetRedOverrunRatio")
                .When(rag.BudgetRedOverrunRatio < rag.BudgetAmberOverrunRatio, "rag.budgetRedOverrunRatio", "must not be below the amber threshold.")
                .Range(rag.RisksAmberScore, "rag.risksAmberScore", 1, 25)
                .Range(rag.RisksRedScore, "rag.risksRedScore", 1, 25)
                .When(rag.RisksRedScore < rag.RisksAmberScore, "rag.risksRedScore", "must not be below the amber threshold.");
        }
        else
        {
            errors.Add("rag", "is required.");
        }
    }

    private static void ValidateRecipients(GovernanceRecipients? recipients, ValidationErrors errors)
    {
        if (recipients is null)
        {
            errors.Add("recipients", "is required.");
            return;
        }

        ValidateContacts(recipients.Pmo, "recipients.pmo", errors);
        ValidateContacts(recipients.ReviewBoard, "recipients.reviewBoard", errors);
        ValidateContacts(recipients.Committee, "recipients.committee", errors);
        if (recipients.CommitteeChair is { } chair)
        {
            errors.Contact(chair, "recipients.committeeChair", nameRequired: false);
        }
    }

    private static void ValidateContacts(IReadOnlyList<Contact>? contacts, string field, ValidationErrors errors)
    {
        for (var i = 0; contacts is not null && i < contacts.Count; i++)
        {
            errors.Contact(contacts[i], FieldRules.Indexed(field, i), nameRequired: false);
        }
    }
}
