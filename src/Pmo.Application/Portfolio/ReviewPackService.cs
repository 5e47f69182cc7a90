namespace Pmo.Application.Portfolio;

/// <summary>A downloadable file of a review pack.</summary>
public sealed record PackFile(Stream Content, string ContentType, string FileName);

/// <summary>Monthly review packs: list, read, download a rendering, and run a month's review now.</summary>
public sealed class ReviewPackService(IPortfolioStore store, IReviewPackFiles files, IReviewPackRunner runner, TimeProvider clock)
{
    public const string Kind = "ReviewPack";

    public static readonly IReadOnlyDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["html"] = "text/html; charset=utf-8",
        ["pdf"] = "application/pdf",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    public Task<IReadOnlyList<ReviewPack>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        new ValidationErrors().Range(limit, "limit", 1, 120).ThrowIfInvalid();
        return store.ReviewPacks.ListRecentAsync(limit, cancellationToken);
    }

    public async Task<Versioned<ReviewPack>> GetAsync(YearMonth month, CancellationToken cancellationToken = default) =>
        await store.ReviewPacks.FindAsync(month, cancellationToken) ?? throw new NotFoundException(Kind, month.ToString());

    public async Task<PackFile> DownloadAsync(YearMonth month, string kind, CancellationToken cancellationToken = default)
    {
        if (!ContentTypes.TryGetValue(kind, out var contentType))
        {
            throw new DomainValidationException(new ValidationErrors().Add("format", "must be html, pdf or xlsx."));
        }

        var pack = (await GetAsync(month, cancellationToken)).Value;
        var stream = pack.Files.ContainsKey(kind) ? await files.OpenAsync(month, kind, cancellationToken) : null;
        return stream is null
            ? throw new NotFoundException($"{Kind} file", $"{month}.{kind}")
            : new PackFile(stream, contentType, $"portfolio-review-{month}.{kind}");
    }

    /// <summary>Starts the review of a past (or the current) month; returns the orchestration instance id.</summary>
    public Task<string> RunNowAsync(YearMonth month, CancellationToken cancellationToken = default)
    {
        var thisMonth = YearMonth.Of(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        new ValidationErrors().When(month > thisMonth, "month", $"must not be after the current month ({thisMonth}).").ThrowIfInvalid();
        return runner.RunNowAsync(month, cancellationToken);
    }
}
