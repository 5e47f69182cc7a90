using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Pmo.Api.Health;
using Pmo.Api.Problems;
using Pmo.Application.Links;
using Pmo.Application.Ports.Storage;
using Pmo.Domain.Validation;

namespace Pmo.Api.Tests.Units;

/// <summary>Handlers and the problem mapper called directly, for the cases a live server cannot easily show.</summary>
public sealed class HandlerUnitTests
{
    [Fact]
    public async Task Health_is_a_503_problem_when_the_store_cannot_be_read()
    {
        var result = await HealthApi.Get(new BrokenStore(), CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(503, problem.StatusCode);
    }

    public static TheoryData<Exception, int> Mappings => new()
    {
        { new DomainValidationException(new ValidationErrors().Add("name", "is required.")), 422 },
        { new NotFoundException("Project", "P-1"), 404 },
        { new AlreadyExistsException("Project", "P-1"), 409 },
        { new StateConflictException("closed"), 409 },
        { new ConcurrencyException("Project", "P-1"), 412 },
        { new LinkRefusedException(LinkRefusal.Closed), 410 },
        { new LinkRefusedException(LinkRefusal.BadSignature), 403 },
        { new BadHttpRequestException("too big", 413), 413 },
        { ApiProblemException.BadRequest("week", "bad"), 400 },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Every_client_mistake_maps_to_its_status(Exception exception, int status) =>
        Assert.Equal(status, ProblemMapper.TryMap(exception)?.StatusCode);

    [Fact]
    public void Validation_problems_carry_the_field_names()
    {
        var problem = ProblemMapper.TryMap(new DomainValidationException(new ValidationErrors().Add("budget.approved", "must not be negative.")))!;
        var errors = Assert.IsType<Dictionary<string, string[]>>(problem.ProblemDetails.Extensions["errors"]);
        Assert.Equal(["must not be negative."], errors["budget.approved"]);
    }

    [Fact]
    public void Server_faults_are_not_mapped_to_client_errors() =>
        Assert.Null(ProblemMapper.TryMap(new InvalidOperationException("bug")));

    private sealed class BrokenStore : IPortfolioStore
    {
        public string TenantId => "t";
        public IProjectStore Projects => throw new NotSupportedException();
        public IStatusUpdateStore StatusUpdates => throw new NotSupportedException();
        public IUpdateRequestStore UpdateRequests => throw new NotSupportedException();
        public IRiskStore Risks => throw new NotSupportedException();
        public IIssueStore Issues => throw new NotSupportedException();
        public IDecisionStore Decisions => throw new NotSupportedException();
        public IEscalationStore Escalations => throw new NotSupportedException();
        public IReviewPackStore ReviewPacks => throw new NotSupportedException();
        public IArbitrationSessionStore ArbitrationSessions => throw new NotSupportedException();
        public ISettingsStore Settings => throw new IOException("disk gone");
        public IIdempotencyStore Idempotency => throw new NotSupportedException();
        public IPersonStore People => throw new NotSupportedException();
        public IAllocationStore Allocations => throw new NotSupportedException();
        public IDemandStore Demands => throw new NotSupportedException();
    }
}
