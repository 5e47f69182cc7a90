using System.Text.Json;
using Pmo.Domain.Governance;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;

namespace Pmo.Domain.Tests.Validation;

/// <summary>The intake settings as part of the governance settings document: defaults, validation under "intake.".</summary>
public class IntakeSettingsWiringTests
{
    [Fact]
    public void Governance_settings_carry_the_intake_defaults()
    {
        var settings = new GovernanceSettings();

        Assert.Equal("0 14 * * TUE#2", settings.Intake.SessionSchedule);
        Assert.Equal(TimeSpan.FromDays(5), settings.Intake.VoteWindow);
        Assert.True(Validators.Validate(settings).IsValid);
    }

    [Fact]
    public void Intake_errors_are_named_under_intake()
    {
        var settings = new GovernanceSettings
        {
            Intake = new IntakeSettings
            {
                ArbitrationCommittee = [new Contact("Ann", "ann@example.org"), new Contact("Bob", "bob@")],
                Chair = new Contact("Zoe", "zoe@example.org"),
                SessionSchedule = "every second tuesday",
                ReminderAfter = TimeSpan.FromDays(6),
            },
        };

        Assert.Equal(
            ["intake.arbitrationCommittee[1].email", "intake.chair", "intake.reminderAfter", "intake.sessionSchedule"],
            Validators.Validate(settings).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_null_intake_section_is_reported_not_thrown()
    {
        Assert.Equal(["intake"], Validators.Validate(new GovernanceSettings { Intake = null! }).Fields);
    }

    [Fact]
    public void Settings_saved_before_intake_existed_read_with_the_defaults()
    {
        var settings = JsonSerializer.Deserialize<GovernanceSettings>("""{"organisationName":"Acme","timeZone":"Europe/Paris"}""", JsonSerializerOptions.Web)!;

        Assert.Equal("0 14 * * TUE#2", settings.Intake.SessionSchedule);
        Assert.Equal(ArbitrationRule.Majority, settings.Intake.Rule);
        Assert.Empty(settings.Intake.ArbitrationCommittee);
    }
}
