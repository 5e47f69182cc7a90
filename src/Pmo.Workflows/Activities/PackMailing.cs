namespace Pmo.Workflows.Activities;

/// <summary>Renders the archived snapshot of a month once per reader language.</summary>
public sealed class PackMailing(IReviewPackArchive archive, IReviewPackBuilder builder)
{
    private readonly Dictionary<Language, BuiltPack> _built = [];
    private ReviewPackInput? _snapshot;

    public async Task<BuiltPack> ForAsync(YearMonth month, Language language)
    {
        if (_built.TryGetValue(language, out var cached))
        {
            return cached;
        }

        _snapshot ??= await archive.LoadSnapshotAsync(month) ?? throw new NotFoundException("Review pack snapshot", month.ToString());
        var built = builder.Build(_snapshot with { Language = language });
        _built[language] = built;
        return built;
    }
}
