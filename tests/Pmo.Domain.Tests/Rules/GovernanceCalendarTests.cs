using Pmo.Domain.Governance;
using Pmo.Domain.Primitives;
using Pmo.Domain.Rules;
using Pmo.Domain.Validation;
using static Pmo.Domain.Tests.Samples;

namespace Pmo.Domain.Tests.Rules;

public class GovernanceCalendarTests
{
    private static readonly GovernanceCalendar Paris = new(new GovernanceSettings());

    [Fact]
    public void Week_before_spring_forward_is_in_winter_time()
    {
        var d = Paris.ForWeek(IsoWeek.Parse("2026-W13"));

        Assert.Equal(Utc(2026, 3, 23, 8), d.ChaseOpensUtc);
        Assert.Equal(Utc(2026, 3, 25, 11), d.FirstReminderUtc);
        Assert.Equal(Utc(2026, 3, 26, 16), d.SecondReminderUtc);
        Assert.Equal(Utc(2026, 3, 27, 11), d.MarkedMissedUtc);
        Assert.Equal(Utc(2026, 3, 27, 13), d.WeeklyDigestUtc);
    }

    [Fact]
    public void Week_after_spring_forward_opens_at_nine_summer_time()
    {
        var d = Paris.ForWeek(IsoWeek.Parse("2026-W14"));

        Assert.Equal(Utc(2026, 3, 30, 7), d.ChaseOpensUtc);
        Assert.Equal(Utc(2026, 4, 3, 12), d.WeeklyDigestUtc);
    }

    [Fact]
    public void Week_before_fall_back_is_in_summer_time()
    {
        var d = Paris.ForWeek(IsoWeek.Parse("2026-W43"));

        Assert.Equal(Utc(2026, 10, 19, 7), d.ChaseOpensUtc);
        Assert.Equal(Utc(2026, 10, 23, 10), d.MarkedMissedUtc);
    }

    [Fact]
    public void Week_after_fall_back_opens_at_nine_winter_time()
    {
        var d = Paris.ForWeek(IsoWeek.Parse("2026-W44"));

        Assert.Equal(Utc(2026, 10, 26, 8), d.ChaseOpensUtc);
        Assert.Equal(Utc(2026, 10, 30, 11), d.MarkedMissedUtc);
    }

    [Fact]
    public void Week_53_runs_from_28_December_into_January()
    {
        var d = Paris.ForWeek(IsoWeek.Parse("2026-W53"));

        Assert.Equal(Utc(2026, 12, 28, 8), d.ChaseOpensUtc);
        Assert.Equal(Utc(2027, 1, 1, 11), d.MarkedMissedUtc);
        Assert.Equal(Utc(2027, 1, 1, 13), d.WeeklyDigestUtc);
    }

    [Fact]
    public void Week_at_uses_the_organisation_wall_clock_not_UTC()
    {
        // 23:30Z on Sunday 3 January is already 00:30 on Monday 4 January in Paris.
        Assert.Equal(IsoWeek.Parse("2026-W53"), Paris.WeekAt(Utc(2027, 1, 3, 22, 59)));
        Assert.Equal(IsoWeek.Parse("2027-W01"), Paris.WeekAt(Utc(2027, 1, 3, 23, 30)));
    }

    [Fact]
    public void Weekly_event_is_the_occurrence_inside_the_week_even_when_it_fires_daily()
    {
        var calendar = new GovernanceCalendar(new GovernanceSettings { Calendar = new CalendarTimes { ChaseOpens = "30 8 * * *" } });

        Assert.Equal(Utc(2026, 11, 23, 7, 30), calendar.ForWeek(IsoWeek.Parse("2026-W48")).ChaseOpensUtc);
    }

    [Fact]
    public void Review_of_October_2026_is_assembled_on_Monday_2_November_because_the_1st_is_a_Sunday()
    {
        var d = Paris.ForMonth(YearMonth.Parse("2026-10"));

        Assert.Equal(YearMonth.Parse("2026-10"), d.Month);
        Assert.Equal(Utc(2026, 11, 2, 6), d.AssembleUtc);
    }

    [Fact]
    public void Review_of_July_2026_is_assembled_on_Monday_3_August_because_the_1st_is_a_Saturday()
    {
        Assert.Equal(Utc(2026, 8, 3, 5), Paris.ForMonth(YearMonth.Parse("2026-07")).AssembleUtc);
    }

    [Fact]
    public void Review_of_August_2026_is_assembled_on_Tuesday_1_September()
    {
        Assert.Equal(Utc(2026, 9, 1, 5), Paris.ForMonth(YearMonth.Parse("2026-08")).AssembleUtc);
    }

    [Fact]
    public void Review_of_December_is_assembled_in_January_of_the_next_year()
    {
        Assert.Equal(Utc(2027, 1, 1, 6), Paris.ForMonth(YearMonth.Parse("2026-12")).AssembleUtc);
    }

    [Fact]
    public void Review_pack_is_auto_approved_after_the_configured_delay()
    {
        var calendar = new GovernanceCalendar(new GovernanceSettings { PackAutoApproveAfter = TimeSpan.FromHours(48) });

        Assert.Equal(Utc(2026, 11, 4, 6), calendar.ForMonth(YearMonth.Parse("2026-10")).AutoApproveUtc);
    }

    [Fact]
    public void Escalation_reminder_and_convene_notice_follow_the_SLA()
    {
        var d = Paris.ForEscalation(Utc(2026, 11, 25, 10));

        Assert.Equal(Utc(2026, 11, 28, 10), d.CommitteeReminderUtc);
        Assert.Equal(Utc(2026, 12, 2, 10), d.ConveneUtc);
    }

    [Fact]
    public void Between_lists_a_week_of_events_in_time_order_with_their_week()
    {
        var events = Paris.Between(Utc(2026, 11, 22, 23), Utc(2026, 11, 29, 23));

        Assert.Equal(
            [
                new CalendarEvent(CalendarEventKind.ChaseOpens, Utc(2026, 11, 23, 8), IsoWeek.Parse("2026-W48")),
                new CalendarEvent(CalendarEventKind.FirstReminder, Utc(2026, 11, 25, 11), IsoWeek.Parse("2026-W48")),
                new CalendarEvent(CalendarEventKind.SecondReminder, Utc(2026, 11, 26, 16), IsoWeek.Parse("2026-W48")),
                new CalendarEvent(CalendarEventKind.MarkedMissed, Utc(2026, 11, 27, 11), IsoWeek.Parse("2026-W48")),
                new CalendarEvent(CalendarEventKind.WeeklyDigest, Utc(2026, 11, 27, 13), IsoWeek.Parse("2026-W48")),
            ],
            events);
    }

    [Fact]
    public void Between_excludes_its_start_and_includes_its_end()
    {
        var chase = Utc(2026, 11, 23, 8);
        var reminder = Utc(2026, 11, 25, 11);

        var events = Paris.Between(chase, reminder);

        Assert.Equal([CalendarEventKind.FirstReminder], events.Select(e => e.Kind));
    }

    [Fact]
    public void Between_includes_the_monthly_review_with_the_month_it_covers()
    {
        var events = Paris.Between(Utc(2026, 11, 30, 9), Utc(2026, 12, 1, 10));

        var review = Assert.Single(events);
        Assert.Equal(new CalendarEvent(CalendarEventKind.MonthlyReview, Utc(2026, 12, 1, 6), Month: YearMonth.Parse("2026-11")), review);
    }

    [Fact]
    public void Between_orders_weekly_and_monthly_events_together_across_a_year_end()
    {
        var events = Paris.Between(Utc(2026, 12, 31, 17), Utc(2027, 1, 1, 12));

        Assert.Equal(
            [CalendarEventKind.MonthlyReview, CalendarEventKind.MarkedMissed],
            events.Select(e => e.Kind));
        Assert.Equal(IsoWeek.Parse("2026-W53"), events[1].Week);
    }

    [Fact]
    public void Between_an_empty_interval_is_empty()
    {
        Assert.Empty(Paris.Between(Utc(2026, 11, 23, 8), Utc(2026, 11, 23, 8)));
    }

    [Fact]
    public void Between_agrees_with_ForWeek_across_a_DST_change()
    {
        var events = Paris.Between(Utc(2026, 3, 22, 0), Utc(2026, 4, 6, 0));

        // Weeks 13 and 14, plus the review of March on Wednesday 1 April.
        Assert.Equal(11, events.Count);
        Assert.Equal(Paris.ForWeek(IsoWeek.Parse("2026-W14")).ChaseOpensUtc, events[5].AtUtc);
        Assert.Equal(Paris.ForMonth(YearMonth.Parse("2026-03")).AssembleUtc, events[6].AtUtc);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.AtUtc <= p.Second.AtUtc));
    }

    [Fact]
    public void Time_zone_is_the_organisation_one()
    {
        var calendar = new GovernanceCalendar(new GovernanceSettings { TimeZone = "America/New_York" });

        Assert.Equal("America/New_York", calendar.TimeZone.Id);
        Assert.Equal(Utc(2026, 11, 23, 14), calendar.ForWeek(IsoWeek.Parse("2026-W48")).ChaseOpensUtc);
    }

    [Fact]
    public void Unknown_time_zone_is_refused_naming_timeZone()
    {
        var e = Assert.Throws<DomainValidationException>(() => new GovernanceCalendar(new GovernanceSettings { TimeZone = "Mars/Olympus" }));

        Assert.Equal(["timeZone"], e.Errors.Fields);
    }

    [Fact]
    public void Bad_cron_is_refused_naming_its_field()
    {
        var settings = new GovernanceSettings { Calendar = new CalendarTimes { ChaseOpens = "at nine", MonthlyReview = "0 7 32 * *" } };

        var e = Assert.Throws<DomainValidationException>(() => new GovernanceCalendar(settings));

        Assert.Equal(["calendar.chaseOpens", "calendar.monthlyReview"], e.Errors.Fields.Order());
    }

    [Fact]
    public void Weekly_event_that_does_not_fire_every_week_is_refused()
    {
        var settings = new GovernanceSettings { Calendar = new CalendarTimes { WeeklyDigest = "0 14 1 * *" } };

        var e = Assert.Throws<DomainValidationException>(() => new GovernanceCalendar(settings));

        Assert.Equal(["calendar.weeklyDigest"], e.Errors.Fields);
    }

    [Fact]
    public void Weekly_events_out_of_cycle_order_are_refused()
    {
        var settings = new GovernanceSettings { Calendar = new CalendarTimes { FirstReminder = "0 8 * * MON" } };

        var e = Assert.Throws<DomainValidationException>(() => new GovernanceCalendar(settings));

        Assert.Equal(["calendar.firstReminder"], e.Errors.Fields);
    }

    [Fact]
    public void Digest_at_the_same_time_as_marked_missed_is_accepted()
    {
        var calendar = new GovernanceCalendar(new GovernanceSettings { Calendar = new CalendarTimes { WeeklyDigest = "0 12 * * FRI" } });

        var d = calendar.ForWeek(IsoWeek.Parse("2026-W48"));
        Assert.Equal(d.MarkedMissedUtc, d.WeeklyDigestUtc);
    }

    [Fact]
    public void Monthly_review_that_skips_short_months_is_refused()
    {
        var settings = new GovernanceSettings { Calendar = new CalendarTimes { MonthlyReview = "0 7 31 * *" } };

        var e = Assert.Throws<DomainValidationException>(() => new GovernanceCalendar(settings));

        Assert.Equal(["calendar.monthlyReview"], e.Errors.Fields);
    }

    [Fact]
    public void Monthly_review_on_the_last_day_of_the_month_is_accepted()
    {
        var calendar = new GovernanceCalendar(new GovernanceSettings { Calendar = new CalendarTimes { MonthlyReview = "0 18 L * *" } });

        // The review of January 2027 on Sunday 28 February at 18:00 Paris time.
        Assert.Equal(Utc(2027, 2, 28, 17), calendar.ForMonth(YearMonth.Parse("2027-01")).AssembleUtc);
    }

    [Fact]
    public void The_pms_answer_deadline_is_the_missed_instant_whatever_the_calendar_says_of_the_reminders()
    {
        var custom = new GovernanceCalendar(new GovernanceSettings
        {
            Calendar = new CalendarTimes { FirstReminder = "0 10 * * TUE", SecondReminder = "30 8 * * THU", MarkedMissed = "0 18 * * THU" },
        });

        Assert.Equal(Utc(2026, 3, 27, 11), Paris.ForWeek(IsoWeek.Parse("2026-W13")).AnswerDeadlineUtc()); // Friday 12:00 Paris, winter
        Assert.Equal(Utc(2026, 10, 23, 10), Paris.ForWeek(IsoWeek.Parse("2026-W43")).AnswerDeadlineUtc()); // Friday 12:00 Paris, summer
        Assert.Equal(Utc(2026, 3, 26, 17), custom.ForWeek(IsoWeek.Parse("2026-W13")).AnswerDeadlineUtc()); // Thursday 18:00 Paris
    }
}
