using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Intake;

public class ArbitrationCalendarTests
{
    private static readonly ArbitrationCalendar Paris = new(new IntakeSettings(), "Europe/Paris");

    [Fact]
    public void Default_session_is_the_second_tuesday_at_14_00_Paris_time()
    {
        // March 2027: Tuesdays 2, 9…; Paris is UTC+1 until 28 March.
        var dates = Paris.For(new YearMonth(2027, 3))!;

        Assert.Equal(Utc(2027, 3, 9, 13), dates.SessionUtc);
        Assert.Equal(dates.SessionUtc, dates.DeadlineUtc);
        Assert.Equal(Utc(2027, 3, 4, 13), dates.PackSentUtc);
        Assert.Equal(Utc(2027, 3, 7, 13), dates.ReminderUtc);
    }

    [Fact]
    public void Summer_time_moves_the_utc_instant_not_the_wall_clock()
    {
        // June 2026: Tuesdays 2, 9; Paris is UTC+2.
        Assert.Equal(Utc(2026, 6, 9, 12), Paris.For(new YearMonth(2026, 6))!.SessionUtc);
    }

    [Fact]
    public void A_schedule_that_skips_a_month_gives_no_session_that_month()
    {
        var quarterly = new ArbitrationCalendar(new IntakeSettings { SessionSchedule = "0 14 * 1,4,7,10 TUE#2" }, "Europe/Paris");

        Assert.Null(quarterly.For(new YearMonth(2027, 3)));
        Assert.Equal(Utc(2027, 4, 13, 12), quarterly.For(new YearMonth(2027, 4))!.SessionUtc);
    }

    [Fact]
    public void Bad_settings_are_refused_by_field()
    {
        var settings = new IntakeSettings
        {
            SessionSchedule = "every second tuesday",
            VoteWindow = TimeSpan.Zero,
            ReminderAfter = TimeSpan.FromDays(1),
            OverAllocationThresholdPercent = 50,
            OverAllocationMonthsRunning = 0,
            Rule = (ArbitrationRule)5,
            ArbitrationCommittee = [new Contact("Bob", "bob@example.org")],
            Chair = new Contact("Zoe", "zoe@example.org"),
        };

        var e = Assert.Throws<DomainValidationException>(() => new ArbitrationCalendar(settings, "Mars/Olympus"));

        Assert.Equal(
            ["chair", "overAllocationMonthsRunning", "overAllocationThresholdPercent", "reminderAfter", "rule", "sessionSchedule", "timeZone", "voteWindow"],
            e.Errors.Fields.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Default_settings_are_valid()
    {
        Assert.True(IntakeSettingsValidator.Validate(new IntakeSettings()).IsValid);
    }
}
