using Pmo.Workflows.Scheduling;

namespace Pmo.Functions.Timers;

/// <summary>
/// The scheduler tick, every 15 minutes in UTC (Flex Consumption has no time zone setting): the governance calendar,
/// in the organisation's time zone, decides what is due and the tick starts it under deterministic instance ids.
/// </summary>
public static class SchedulerTickFunction
{
    public const string Schedule = "0 */15 * * * *";

    [Function(nameof(SchedulerTick))]
    public static Task Run([TimerTrigger(Schedule)] TimerInfo timer, [DurableClient] DurableTaskClient client, FunctionContext function) =>
        function.InstanceServices.WithDurableClient(client).GetRequiredService<SchedulerTick>().RunAsync(function.CancellationToken);
}
