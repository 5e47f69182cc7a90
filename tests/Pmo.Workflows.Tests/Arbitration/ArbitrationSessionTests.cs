using Pmo.Application.Arbitration;
using Pmo.Application.Links;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Workflows.Arbitration;
using Pmo.Workflows.Tests.Support;
using static Pmo.Workflows.Tests.Arbitration.ArbitrationWorld;
using static Pmo.Workflows.Tests.Support.TestPortfolio;

namespace Pmo.Workflows.Tests.Arbitration;

[Collection(SerialCollection.Name)]
public sealed class ArbitrationSessionTests
{
    [Fact]
    public async Task Votes_before_the_deadline_decide_each_demand_log_it_and_create_the_GO_project_in_Approved()
    {
        var (world, demands) = await StartAsync();
        await using var _ = world;

        Assert.Equal(["ALPHA", "BETA", "GAMMA"], (await world.Store.ArbitrationSessions.FindAsync(December))!.Value.Agenda);
        foreach (var id in new[] { "ALPHA", "BETA", "GAMMA" })
        {
            Assert.Equal(DemandStatus.InArbitration, (await demands.GetAsync(id)).Status);
        }

        Assert.Equal(["carl@committee.example", "claire@committee.example", "hugo@committee.example"],
            world.Mailer.Sent.Where(m => m.Kind == "arbitration-pack").Select(m => m.To).Order());

        await world.AdvanceToAsync(Paris.At(12, 4, 9));
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.Go), ("BETA", VoteChoice.NoGo), ("GAMMA", VoteChoice.Defer));
        await VoteAsync(world, Claire, ("ALPHA", VoteChoice.Go), ("BETA", VoteChoice.NoGo), ("GAMMA", VoteChoice.Go));
        await VoteAsync(world, Hugo, ("ALPHA", VoteChoice.NoGo), ("BETA", VoteChoice.Go), ("GAMMA", VoteChoice.NoGo));
        await world.AdvanceToAsync(Deadline.AddMinutes(15));

        var result = await Session(world).ResultAsync();
        Assert.Equal([VoteChoice.Go, VoteChoice.NoGo, VoteChoice.NoGo], result.Decisions.Select(d => d.Outcome));
        Assert.Equal(["ALPHA"], result.ProjectsCreated);
        Assert.False(result.Reminded);
        Assert.DoesNotContain(world.Mailer.Sent, m => m.Kind == "arbitration-reminder");
        Assert.Equal([DemandStatus.Go, DemandStatus.NoGo, DemandStatus.NoGo], [(await demands.GetAsync("ALPHA")).Status, (await demands.GetAsync("BETA")).Status, (await demands.GetAsync("GAMMA")).Status]);

        var project = (await world.Store.Projects.FindAsync("ALPHA"))!.Value;
        Assert.Equal(ProjectPhase.Approved, project.Phase);
        Assert.Equal(("Demand ALPHA", Sam, "Finance", 250_000m), (project.Name, project.Sponsor, project.Department, project.Budget.Approved));
        Assert.Equal("ALPHA", (await demands.GetAsync("ALPHA")).ProjectId);
        Assert.Null(await world.Store.Projects.FindAsync("BETA"));

        var logged = (await world.Store.Decisions.FindAsync(DecideArbitrationActivity.DecisionId(December, "GAMMA")))!.Value;
        Assert.Equal(DecisionOutcome.Reject, logged.Outcome);
        Assert.Equal("Tie broken by the chair's vote. GO 1, NO-GO 1, Defer 1; the chair voted NO-GO.", logged.Rationale);
        Assert.Equal(Deadline, logged.DecidedAt);

        var outcomes = world.Mailer.Sent.Where(m => m.Kind == "arbitration-outcome").ToList();
        Assert.Equal(3, outcomes.Count);
        Assert.All(outcomes, m => Assert.Equal((Requester.Email, "fr"), (m.To, m.Language)));
        Assert.Contains("Le comité d'arbitrage a prononcé un GO pour votre demande «\u202FDemand ALPHA\u202F»", outcomes[0].Message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_who_never_votes_is_reminded_once_and_the_outcome_comes_from_the_others()
    {
        var (world, demands) = await StartAsync();
        await using var _ = world;
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.Go), ("BETA", VoteChoice.Go), ("GAMMA", VoteChoice.NoGo));
        await VoteAsync(world, Hugo, ("ALPHA", VoteChoice.Go), ("BETA", VoteChoice.Go));

        await world.AdvanceToAsync(Deadline.AddMinutes(15));

        var reminders = world.Mailer.Sent.Where(m => m.Kind == "arbitration-reminder").ToList();
        Assert.Equal(["claire@committee.example", "hugo@committee.example"], reminders.Select(m => m.To).Order());
        Assert.All(reminders, m => Assert.Equal("Sun 06/12 14:00", Paris.Local(m.SentAtUtc)));
        var result = await Session(world).ResultAsync();
        Assert.True(result.Reminded);
        Assert.Equal([VoteChoice.Go, VoteChoice.Go, VoteChoice.NoGo], result.Decisions.Select(d => d.Outcome));
        Assert.Equal((2, 0, 0), (result.Decisions[0].Go, result.Decisions[0].NoGo, result.Decisions[0].Defer));
        Assert.Equal(DemandStatus.NoGo, (await demands.GetAsync("GAMMA")).Status);
    }

    [Fact]
    public async Task A_vote_exactly_at_the_deadline_is_refused_and_the_page_says_the_session_is_closed()
    {
        var (world, _) = await StartAsync();
        await using var __ = world;
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.Go));
        await world.AdvanceToAsync(Deadline);
        var service = world.Get<ArbitrationVoteService>();

        var atDeadline = await Assert.ThrowsAsync<LinkRefusedException>(() => service.VoteAsync(TokenOf(world, Claire), [new BallotInput("ALPHA", VoteChoice.NoGo)]));
        Assert.Equal(LinkRefusal.Closed, atDeadline.Reason);
        Assert.True((await service.OpenAsync(TokenOf(world, Claire))).Closed);

        await world.AdvanceToAsync(Deadline.AddHours(2));
        var after = await Assert.ThrowsAsync<LinkRefusedException>(() => service.VoteAsync(TokenOf(world, Carl), [new BallotInput("ALPHA", VoteChoice.NoGo)]));
        Assert.Equal(LinkRefusal.Closed, after.Reason);
        var result = await Session(world).ResultAsync();
        Assert.Equal((VoteChoice.Go, 1, 0), (result.Decisions[0].Outcome, result.Decisions[0].Go, result.Decisions[0].NoGo));
    }

    [Fact]
    public async Task A_second_vote_before_the_deadline_replaces_the_first()
    {
        var (world, _) = await StartAsync();
        await using var __ = world;
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.Go));
        await world.AdvanceToAsync(Paris.At(12, 7, 10));
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.NoGo));

        var session = (await world.Store.ArbitrationSessions.FindAsync(December))!.Value;
        var vote = Assert.Single(session.VotesOn("ALPHA"));
        Assert.Equal((VoteChoice.NoGo, Paris.At(12, 7, 10)), (vote.Choice, vote.At));
    }

    [Fact]
    public async Task A_tie_is_broken_by_the_chair_and_deferred_when_the_chair_is_outside_it()
    {
        var (world, demands) = await StartAsync();
        await using var _ = world;
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.Go), ("BETA", VoteChoice.Go));
        await VoteAsync(world, Claire, ("ALPHA", VoteChoice.NoGo), ("BETA", VoteChoice.NoGo));
        await VoteAsync(world, Hugo, ("ALPHA", VoteChoice.NoGo));

        await world.AdvanceToAsync(Deadline.AddMinutes(15));

        var result = await Session(world).ResultAsync();
        Assert.Equal([VoteChoice.NoGo, VoteChoice.Defer, VoteChoice.Defer], result.Decisions.Select(d => d.Outcome));
        Assert.Equal("Tie and no casting vote from the chair: deferred.", result.Decisions[1].Reason);
        Assert.Equal(DemandStatus.Deferred, (await demands.GetAsync("BETA")).Status);
        Assert.Empty(result.ProjectsCreated);
    }

    [Fact]
    public async Task Under_ChairDecides_the_chair_outvotes_the_members()
    {
        var (world, demands) = await StartAsync(ArbitrationRule.ChairDecides);
        await using var _ = world;
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.NoGo), ("BETA", VoteChoice.Go));
        await VoteAsync(world, Claire, ("ALPHA", VoteChoice.NoGo), ("BETA", VoteChoice.Go));
        await VoteAsync(world, Hugo, ("ALPHA", VoteChoice.Go), ("BETA", VoteChoice.NoGo));

        await world.AdvanceToAsync(Deadline.AddMinutes(15));

        var result = await Session(world).ResultAsync();
        Assert.Equal([VoteChoice.Go, VoteChoice.NoGo, VoteChoice.Defer], result.Decisions.Select(d => d.Outcome));
        Assert.Equal(DemandStatus.Go, (await demands.GetAsync("ALPHA")).Status);
    }

    [Fact]
    public async Task GO_creates_the_approved_project_once_when_its_activity_is_retried()
    {
        var (world, demands) = await StartAsync();
        await using var _ = world;
        await VoteAsync(world, Carl, ("ALPHA", VoteChoice.Go));
        demands.FailOnce = d => d.ProjectId is not null; // the first attempt creates the project, then fails to link it

        await world.AdvanceToAsync(Deadline.AddMinutes(15));

        var run = Session(world).Run;
        Assert.Equal(2, run.ActivityCalls(nameof(CreateGoProjectActivity)).Count);
        Assert.Equal(["ALPHA"], (await Session(world).ResultAsync()).ProjectsCreated);
        Assert.Single(await world.Store.Projects.ListAllAsync(), p => p.Name == "Demand ALPHA");
        Assert.Equal("ALPHA", (await demands.GetAsync("ALPHA")).ProjectId);
    }

    [Fact]
    public async Task Forged_other_session_and_non_member_links_are_refused()
    {
        var (world, _) = await StartAsync();
        await using var __ = world;
        var service = world.Get<ArbitrationVoteService>();
        var token = TokenOf(world, Carl);
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        var stranger = Issuer(world).ArbitrationVote(December, "mallory@acme.example", Deadline);
        var decisionLink = Issuer(world).Decision("ATLAS", "E-1", Carl.Email, world.Now);

        Assert.Equal(LinkRefusal.BadSignature, (await Assert.ThrowsAsync<LinkRefusedException>(() => service.OpenAsync(forged))).Reason);
        Assert.Equal(LinkRefusal.BadSignature, (await Assert.ThrowsAsync<LinkRefusedException>(
            () => service.VoteAsync(TokenFrom(stranger), [new BallotInput("ALPHA", VoteChoice.Go)]))).Reason);
        Assert.Equal(LinkRefusal.WrongPurpose, (await Assert.ThrowsAsync<LinkRefusedException>(() => service.OpenAsync(TokenFrom(decisionLink)))).Reason);
        Assert.Empty((await world.Store.ArbitrationSessions.FindAsync(December))!.Value.Votes);
    }

    [Fact]
    public async Task Concurrent_votes_of_different_members_are_all_kept()
    {
        var (world, _) = await StartAsync();
        await using var __ = world;
        var service = world.Get<ArbitrationVoteService>();

        await Task.WhenAll(new[] { Carl, Claire, Hugo }.Select(m => Task.Run(() =>
            service.VoteAsync(TokenOf(world, m), [new BallotInput("ALPHA", VoteChoice.Go), new BallotInput("BETA", VoteChoice.NoGo)]))));

        var session = (await world.Store.ArbitrationSessions.FindAsync(December))!.Value;
        Assert.Equal(6, session.Votes.Count);
        Assert.Equal(3, session.VotesOn("BETA").Count);
    }

    [Fact]
    public async Task A_vote_on_a_demand_off_the_agenda_is_named_and_nothing_is_stored()
    {
        var (world, _) = await StartAsync();
        await using var __ = world;

        var error = await Assert.ThrowsAsync<Domain.Validation.DomainValidationException>(() => world.Get<ArbitrationVoteService>()
            .VoteAsync(TokenOf(world, Carl), [new BallotInput("ALPHA", VoteChoice.Go), new BallotInput("ZETA", VoteChoice.Go)]));

        Assert.Equal(["votes[1].demandId"], error.Errors.Fields);
        Assert.Empty((await world.Store.ArbitrationSessions.FindAsync(December))!.Value.Votes);
    }

    private static string TokenFrom(string url) => Uri.UnescapeDataString(url[(url.LastIndexOf('/') + 1)..]);
}
