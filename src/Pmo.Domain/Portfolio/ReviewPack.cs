namespace Pmo.Domain.Portfolio;

[JsonConverter(typeof(JsonStringEnumConverter<ReviewPackStatus>))]
public enum ReviewPackStatus
{
    Assembling,
    AwaitingApproval,
    Approved,
    Distributed,
    Failed,
}

/// <summary>The record of one monthly portfolio review pack; the rendered files live beside it (blob or folder).</summary>
public sealed record ReviewPack : IAggregate
{
    public static string IdFor(YearMonth month) => month.ToString();

    public string Id => IdFor(Month);
    public required YearMonth Month { get; init; }
    public ReviewPackStatus Status { get; init; } = ReviewPackStatus.Assembling;
    public DateTimeOffset AssembledAt { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }

    /// <summary>"pmo@…" when approved by link, "auto" when the approval delay ran out.</summary>
    public string ApprovedBy { get; init; } = "";
    public DateTimeOffset? DistributedAt { get; init; }
    public int ProjectCount { get; init; }

    /// <summary>File names of the rendered outputs by kind ("html", "pdf", "xlsx").</summary>
    public IReadOnlyDictionary<string, string> Files { get; init; } = new Dictionary<string, string>();
}
