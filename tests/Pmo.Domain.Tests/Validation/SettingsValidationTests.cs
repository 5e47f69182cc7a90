using Pmo.Domain.Governance;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;

namespace Pmo.Domain.Tests.Validation;

public class SettingsValidationTests
{
    [Fact]
    public void Default_settings_are_valid()
    {
        Assert.True(Validators.Validate(new GovernanceSettings()).IsValid);
    }

    [Fact]
    public void Bad_time_zone_and_crons_are_reported_by_field()
    {
        var settings = new GovernanceSettings
        {
            TimeZone = "Europe/Atlantis",
            Calendar = new CalendarTimes { FirstReminder = "noon on wednesday", MonthlyReview = "" },
        };

        Assert.Equal(
            ["calendar.firstReminder", "calendar.monthlyReview", "timeZone"],
            Validators.Validate(settings).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Weekly_event_that_skips_weeks_is_reported()
    {
        var settings = new GovernanceSettings { Calendar = new CalendarTimes { SecondReminder = "0 17 15 * *" } };

        Assert.Equal(["calendar.secondReminder"], Validators.Validate(settings).Fields);
    }

    [Fact]
    public void Negative_and_inconsistent_thresholds_are_reported_by_field()
    {
        var settings = new GovernanceSettings
        {
            PackAutoApproveAfter = TimeSpan.Zero,
            Escalation = new EscalationThresholds { RedWeeksRunning = 0, BudgetOverrunRatio = -0.1m, MilestoneSlipDays = -1, MissedUpdatesRunning = 0 },
            Sla = new EscalationSla { CommitteeReminderAfter = TimeSpan.FromDays(-1), ConveneAfter = TimeSpan.FromDays(-2) },
            Rag = new RagThresholds { ScheduleAmberSlipDays = 40, BudgetAmberOverrunRatio = -0.05m, RisksRedScore = 26 },
            PriorityWeights = new PriorityWeights(Feasibility: -1),
        };

        Assert.Equal(
            [
                "escalation.budgetOverrunRatio", "escalation.milestoneSlipDays", "escalation.missedUpdatesRunning",
                "escalation.redWeeksRunning", "packAutoApproveAfter", "priorityWeights.feasibility",
                "rag.budgetAmberOverrunRatio", "rag.risksRedScore", "rag.scheduleRedSlipDays",
                "sla.committeeReminderAfter", "sla.conveneAfter",
            ],
            Validators.Validate(settings).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void All_zero_priority_weights_are_reported()
    {
        var settings = new GovernanceSettings { PriorityWeights = new PriorityWeights(0, 0, 0, 0, 0) };

        Assert.Equal(["priorityWeights"], Validators.Validate(settings).Fields);
    }

    [Fact]
    public void Invalid_recipient_emails_are_reported_by_index()
    {
        var settings = new GovernanceSettings
        {
            Recipients = new GovernanceRecipients
            {
                Pmo = [new Contact("PMO", "pmo@example.org"), new Contact("Typo", "pmo@example")],
                ReviewBoard = [new Contact("", "")],
                Committee = [new Contact("Chair", "chair@example.org")],
                CommitteeChair = new Contact("Chair", "chair example.org"),
            },
        };

        Assert.Equal(
            ["recipients.committeeChair.email", "recipients.pmo[1].email", "recipients.reviewBoard[0].email"],
            Validators.Validate(settings).Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Missing_organisation_name_is_reported()
    {
        Assert.Equal(["organisationName"], Validators.Validate(new GovernanceSettings { OrganisationName = "" }).Fields);
    }
}
