namespace Pmo.Workflows.Activities;

/// <summary>Open a chase as the orchestration asks at <see cref="AsOfUtc"/> (its time, which decides the deadline the invitation names).</summary>
public sealed record ChaseOpening(ChaseInput Chase, DateTimeOffset AsOfUtc);

/// <summary>The request's status once opened, and the escalations the rules raised when the week was already answered.</summary>
public sealed record ChaseOpened(UpdateRequestStatus Status, IReadOnlyList<string> Escalations);

/// <summary>
/// The first step of a chase in one activity (one episode fewer per chase than one activity per action): open the
/// week's update request (<see cref="OpenUpdateRequestActivity"/>), then run the rules if the week was answered before
/// the chase opened (<see cref="EvaluateEscalationRulesActivity"/>), do nothing more if it was missed, and otherwise
/// invite the PM (<see cref="SendChaseMailActivity"/>). A retry repeats each part harmlessly: the request is created once,
/// an e-mail is sent once per message id, an escalation is raised once per deterministic id.
/// </summary>
public sealed class OpenChaseActivity(IPortfolioStore store, TimeProvider time, LinkIssuer links, MailDispatcher mail, IEscalationStarter starter)
    : TaskActivity<ChaseOpening, ChaseOpened>
{
    public override async Task<ChaseOpened> RunAsync(TaskActivityContext context, ChaseOpening input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var chase = input.Chase;
        var status = await new OpenUpdateRequestActivity(store, time).RunAsync(context, chase);
        switch (status)
        {
            case UpdateRequestStatus.Missed:
                return new ChaseOpened(status, []);
            case UpdateRequestStatus.Submitted:
                var check = new EscalationCheck(chase.ProjectId, chase.Week, input.AsOfUtc);
                return new ChaseOpened(status, await new EvaluateEscalationRulesActivity(store, starter).RunAsync(context, check));
            default:
                await new SendChaseMailActivity(store, links, mail).RunAsync(context, new ChaseMailInput(chase, ChaseStep.Invite));
                return new ChaseOpened(status, []);
        }
    }
}
