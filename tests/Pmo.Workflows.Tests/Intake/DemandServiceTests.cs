using Pmo.Domain.Governance;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using Pmo.Domain.Validation;
using Pmo.Application.Intake;
using Pmo.Application.Links;
using Pmo.Application.Mail;

namespace Pmo.Workflows.Tests.Intake;

/// <summary>The demand service: its moves through the state machine, its validation, its ETags, and the ranking.</summary>
public sealed class DemandServiceTests
{
    [Fact]
    public async Task Create_stores_a_submitted_demand_whose_history_names_the_requester_move()
    {
        await using var world = new IntakeWorld();

        var created = await world.Demands.CreateAsync(IntakeWorld.Content(title: "  Padded title  "), "integration@example.org");

        var demand = (await world.Store.Demands.FindAsync(created.Value.Id))!.Value;
        Assert.Equal(DemandStatus.Submitted, demand.Status);
        Assert.Equal("Padded title", demand.Title);
        Assert.Equal(world.Clock.GetUtcNow(), demand.SubmittedAt);
        var move = Assert.Single(demand.History);
        Assert.Equal((DemandStatus.Draft, DemandStatus.Submitted, DemandActor.Requester, "integration@example.org"), (move.From, move.To, move.Actor, move.ActorName));
    }

    [Fact]
    public async Task Create_refuses_invalid_content_naming_each_field_and_writes_nothing()
    {
        await using var world = new IntakeWorld();
        var content = IntakeWorld.Content() with { Title = "", EstimatedDurationMonths = 0, EstimatedBudget = new Money(-1m, "eu") };

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => world.Demands.CreateAsync(content, "x@example.org"));

        Assert.Superset(new HashSet<string> { "title", "estimatedDurationMonths", "estimatedBudget.amount", "estimatedBudget.currency" }, error.Errors.Fields.ToHashSet());
        Assert.Empty(await world.Demands.ListAsync(null));
    }

    [Fact]
    public async Task A_null_attachment_is_named_rather_than_crashing()
    {
        await using var world = new IntakeWorld();
        var content = IntakeWorld.Content() with { Attachments = [null!] };

        var error = await Assert.ThrowsAsync<DomainValidationException>(() => world.Demands.CreateAsync(content, "x@example.org"));

        Assert.Equal(["attachments[0]"], error.Errors.Fields);
    }

    [Fact]
    public async Task Return_needs_a_comment_and_mails_the_requester_once_per_return_in_their_language()
    {
        await using var world = new IntakeWorld();
        var created = await world.Demands.CreateAsync(IntakeWorld.Content(), "camille@example.org");

        var noComment = await Assert.ThrowsAsync<DomainValidationException>(() => world.Demands.ReturnAsync(created.Value.Id, created.ETag, "  ", "pmo@example.org"));
        Assert.Equal(["comment"], noComment.Errors.Fields);
        Assert.Empty(world.Mailer.Sent);

        var returned = await world.Demands.ReturnAsync(created.Value.Id, created.ETag, "Ajoutez le devis du fournisseur.", "pmo@example.org");

        var mail = Assert.Single(world.Mailer.Sent).Message;
        Assert.Equal(MailKind.DemandReturned.Category(), mail.Category);
        Assert.Equal("fr", mail.Language);
        Assert.Equal("camille@example.org", mail.To[0].Email);
        Assert.Contains("Ajoutez le devis du fournisseur.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(IntakeWorld.PublicBaseUrl + "/forms/intake-amend/", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(DemandStatus.Returned, returned.Value.Status);

        // Resubmitted, returned again: a second e-mail (another id), never the first one twice.
        var resubmitted = await world.Demands.AmendAsync(created.Value.Id, IntakeWorld.Content(), returned.ETag, DemandActor.Requester, "camille@example.org");
        await world.Demands.ReturnAsync(created.Value.Id, resubmitted.ETag, "Encore un point.", "pmo@example.org");
        Assert.Equal(2, world.Mailer.Sent.Select(m => m.Message.MessageId).Distinct().Count());
    }

    [Fact]
    public async Task Amend_follows_who_may_amend_in_which_status()
    {
        await using var world = new IntakeWorld();
        var created = await world.Demands.CreateAsync(IntakeWorld.Content(), "camille@example.org");

        var byPmo = await world.Demands.AmendAsync(created.Value.Id, IntakeWorld.Content(title: "Completed by the PMO"), created.ETag, DemandActor.Pmo, "pmo@example.org");
        Assert.Equal(DemandStatus.Submitted, byPmo.Value.Status);
        var qualified = await world.Demands.QualifyAsync(created.Value.Id, byPmo.ETag, "pmo@example.org");

        var requester = await Assert.ThrowsAsync<DomainValidationException>(() =>
            world.Demands.AmendAsync(created.Value.Id, IntakeWorld.Content(), qualified.ETag, DemandActor.Requester, "camille@example.org"));
        var pmo = await Assert.ThrowsAsync<DomainValidationException>(() =>
            world.Demands.AmendAsync(created.Value.Id, IntakeWorld.Content(), qualified.ETag, DemandActor.Pmo, "pmo@example.org"));

        Assert.Equal(["status"], requester.Errors.Fields);
        Assert.Equal(["status"], pmo.Errors.Fields);
        Assert.Equal(qualified.ETag, (await world.Store.Demands.FindAsync(created.Value.Id))!.ETag);
    }

    [Fact]
    public async Task A_stale_etag_writes_nothing_and_a_final_demand_cannot_be_withdrawn_again()
    {
        await using var world = new IntakeWorld();
        var created = await world.Demands.CreateAsync(IntakeWorld.Content(), "camille@example.org");
        var withdrawn = await world.Demands.WithdrawAsync(created.Value.Id, created.ETag, DemandActor.Requester, "camille@example.org", "No longer needed.");

        await Assert.ThrowsAsync<ConcurrencyException>(() => world.Demands.QualifyAsync(created.Value.Id, created.ETag, "pmo@example.org"));
        var again = await Assert.ThrowsAsync<DomainValidationException>(() =>
            world.Demands.WithdrawAsync(created.Value.Id, withdrawn.ETag, DemandActor.Pmo, "pmo@example.org", ""));

        Assert.Equal(["status"], again.Errors.Fields);
        var stored = (await world.Store.Demands.FindAsync(created.Value.Id))!;
        Assert.Equal(withdrawn.ETag, stored.ETag);
        Assert.Equal(DemandStatus.Withdrawn, stored.Value.Status);
        Assert.Equal("No longer needed.", stored.Value.History[^1].Comment);
    }

    [Fact]
    public async Task Ranking_orders_qualified_demands_by_the_saved_weights_and_ignores_the_rest()
    {
        await using var world = new IntakeWorld();
        await world.Store.Settings.SaveAsync(new GovernanceSettings { PriorityWeights = new PriorityWeights(StrategicAlignment: 10, BusinessValue: 0, Urgency: 0, RiskReduction: 0, Feasibility: 0) }, null);
        var low = await world.Demands.CreateAsync(IntakeWorld.Content("Low", strategic: 2), "a@example.org");
        var high = await world.Demands.CreateAsync(IntakeWorld.Content("High", strategic: 5), "b@example.org");
        await world.Demands.CreateAsync(IntakeWorld.Content("Not qualified", strategic: 5), "c@example.org");
        await world.Demands.QualifyAsync(low.Value.Id, low.ETag, "pmo@example.org");
        await world.Demands.QualifyAsync(high.Value.Id, high.ETag, "pmo@example.org");

        var ranking = await world.Demands.RankingAsync();

        Assert.Equal(["High", "Low"], ranking.Select(r => r.Demand.Title));
        Assert.Equal([1, 2], ranking.Select(r => r.Rank));
        Assert.True(ranking[0].Score > ranking[1].Score);
    }

    [Fact]
    public async Task The_amend_link_works_while_the_requester_may_amend_and_is_closed_after()
    {
        await using var world = new IntakeWorld();
        var created = await world.Demands.CreateAsync(IntakeWorld.Content(), "camille@example.org");
        var returned = await world.Demands.ReturnAsync(created.Value.Id, created.ETag, "Add the quote.", "pmo@example.org");
        var token = IntakeWorld.TokenOf(world.Links.IntakeAmend(created.Value.Id, "camille@example.org", world.Clock.GetUtcNow()));

        var resubmitted = await world.Forms.AmendAsync(token, IntakeWorld.Content(title: "With the quote"), returned.ETag);
        Assert.Equal(DemandStatus.Submitted, resubmitted.Value.Status);
        await world.Demands.QualifyAsync(created.Value.Id, resubmitted.ETag, "pmo@example.org");

        var closed = await Assert.ThrowsAsync<LinkRefusedException>(() => world.Forms.OpenAmendAsync(token));
        Assert.Equal(LinkRefusal.Closed, closed.Reason);
    }

    [Fact]
    public async Task The_intake_link_may_be_used_again_but_not_past_its_lifetime_nor_forged()
    {
        await using var world = new IntakeWorld();
        var token = IntakeWorld.TokenOf(world.Links.Intake(Language.Fr, "pmo@example.org", world.Clock.GetUtcNow()));

        Assert.Equal(Language.Fr, world.Forms.OpenIntake(token).Language);
        Assert.Equal(Language.Fr, world.Forms.OpenIntake(token).Language);
        var forged = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        Assert.Equal(LinkRefusal.BadSignature, Assert.Throws<LinkRefusedException>(() => world.Forms.OpenIntake(forged)).Reason);

        world.Clock.Advance(TimeSpan.FromDays(30));
        Assert.Equal(LinkRefusal.Expired, Assert.Throws<LinkRefusedException>(() => world.Forms.OpenIntake(token)).Reason);
    }
}
