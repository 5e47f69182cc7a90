namespace Pmo.Application.Mail;

public sealed partial class MailComposer
{
    /// <summary>
    /// To the requester of a returned demand: the PMO's comment and the amend link. One message per return: the id ends
    /// with the history's length, which grows with every move.
    /// </summary>
    public MailMessage DemandReturned(Demand demand, string amendUrl)
    {
        ArgumentNullException.ThrowIfNull(demand);
        var t = MailTexts.For(demand.Requester.Language);
        var d = t.Demand;
        var content = new MailContent(
            d.ReturnedSubject(demand.Title),
            d.ReturnedSubject(demand.Title),
            [t.Hello(demand.Requester.Name), d.ReturnedBody(demand.Title, demand.Id), Domain.Rules.Typography.Labelled(d.CommentLabel, demand.ReturnedComment ?? "", t.Language)])
        {
            Button = new MailButton(d.AmendButton, amendUrl),
            After = [d.AmendHint],
        };
        var stepId = $"demand-{demand.Id}-returned-{demand.History.Count}";
        return Message(MailKind.DemandReturned, MailIds.For(stepId, demand.Requester.Email), demand.Requester, content);
    }
}
