using Microsoft.Extensions.Options;
using Pmo.Application.Configuration;
using Pmo.Application.Submission;
using Pmo.Workflows.Configuration;

namespace Pmo.Workflows.Scheduling;

/// <summary>
/// The single scheduler tick (a timer trigger on Azure, a hosted loop locally). Asks the calendar what fell due in the
/// lookback window up to now and starts it under deterministic ids, so repeated, late or missed ticks are harmless
/// and a host that was down catches up. Also relays undelivered events and starts escalations not yet running.
/// </summary>
public sealed partial class SchedulerTick(
    IPortfolioStore store,
    WorkflowRunner runner,
    IEscalationStarter escalations,
    OutboxRelay outbox,
    DecisionRelay decisions,
    TimeProvider time,
    IOptions<WorkflowOptions> options,
    ILogger<SchedulerTick> logger)
{
    private static readonly EscalationStatus[] OpenStatuses =
        [EscalationStatus.Open, EscalationStatus.CommitteeReminded, EscalationStatus.CommitteeConvened];

    public async Task<TickResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        var calendar = CalendarCache.For(settings);
        List<string> started = [], already = [], tooLate = [];
        var from = now - options.Value.SchedulerLookback;

        foreach (var due in calendar.Between(from, now).Concat(ArbitrationSchedule.Between(settings, from, now)))
        {
            (string Id, bool Started)? outcome = due switch
            {
                { Kind: CalendarEventKind.ChaseOpens, Week: { } week } when now < calendar.ForWeek(week).MarkedMissedUtc =>
                    await runner.StartWeeklyCycleAsync(new WeeklyCycleInput(week, calendar.ForWeek(week)), cancellationToken),
                { Kind: CalendarEventKind.ChaseOpens, Week: { } week } => Skip(tooLate, InstanceIds.Weekly(week)),
                { Kind: CalendarEventKind.MonthlyReview, Month: { } month } =>
                    await runner.StartMonthlyReviewAsync(month, cancellationToken),
                { Kind: CalendarEventKind.ArbitrationPackSent, Month: { } month } when ArbitrationSchedule.For(settings, month, now) is { } dates && dates.DeadlineUtc > now && dates.PackSentUtc == due.AtUtc =>
                    await runner.StartArbitrationAsync(new ArbitrationInput(month, dates), cancellationToken),
                { Kind: CalendarEventKind.ArbitrationPackSent, Month: { } month } => Skip(tooLate, InstanceIds.Arbitration(month)),
                _ => null, // Reminders, missed and digest are durable timers inside the running orchestrations.
            };

            if (outcome is { } o)
            {
                (o.Started ? started : already).Add(o.Id);
            }
        }

        // Escalations raised by the rules or by hand whose orchestration did not start (crash, engine outage).
        foreach (var escalation in await store.Escalations.ListByStatusAsync(OpenStatuses, cancellationToken))
        {
            await escalations.StartAsync(escalation, cancellationToken);
        }

        var relayed = await outbox.RelayAsync(cancellationToken) + await decisions.RelayAsync(cancellationToken);
        LogTick(now, started.Count, already.Count, tooLate.Count, relayed);
        return new TickResult(now, started, already, tooLate, relayed);
    }

    private static (string, bool)? Skip(List<string> tooLate, string instanceId)
    {
        // Past its "missed" deadline the week's invitations would be pointless; the next week starts on time.
        tooLate.Add(instanceId);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler tick at {Now}: {Started} started, {Already} already running, {TooLate} too late, {Relayed} events relayed")]
    private partial void LogTick(DateTimeOffset now, int started, int already, int tooLate, int relayed);
}
