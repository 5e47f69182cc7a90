namespace Pmo.Domain.Intake;

/// <summary>Validation of <see cref="IntakeSettings"/>, field by field, as the governance settings are validated.</summary>
public static class IntakeSettingsValidator
{
    public static ValidationErrors Validate(IntakeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = new ValidationErrors()
            .Defined(settings.Rule, "rule")
            .When(settings.VoteWindow <= TimeSpan.Zero, "voteWindow", "must be a positive duration.")
            .When(settings.ReminderAfter <= TimeSpan.Zero || settings.ReminderAfter >= settings.VoteWindow,
                "reminderAfter", "must be positive and shorter than the vote window.")
            .When(settings.OverAllocationThresholdPercent is < 100 or > 1000, "overAllocationThresholdPercent", "must be between 100 and 1000.")
            .Range(settings.OverAllocationMonthsRunning, "overAllocationMonthsRunning", 1, 12);

        if (string.IsNullOrWhiteSpace(settings.SessionSchedule))
        {
            errors.Add("sessionSchedule", "is required.");
        }
        else if (!CronExpression.TryParse(settings.SessionSchedule, CronFormat.Standard, out _))
        {
            errors.Add("sessionSchedule", $"'{settings.SessionSchedule}' is not a 5-field cron expression such as \"0 14 * * TUE#2\".");
        }

        var members = settings.ArbitrationCommittee ?? [];
        for (var i = 0; i < members.Count; i++)
        {
            errors.Contact(members[i], FieldRules.Indexed("arbitrationCommittee", i));
        }

        if (settings.Chair is { } chair)
        {
            errors.Contact(chair, "chair")
                .When(members.Count > 0 && !members.Any(m => string.Equals(m?.Email, chair.Email, StringComparison.OrdinalIgnoreCase)),
                    "chair", "must be one of the arbitration committee's members.");
        }

        return errors;
    }
}
