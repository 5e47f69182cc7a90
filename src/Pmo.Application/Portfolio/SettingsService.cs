using Pmo.Application.Arbitration;

namespace Pmo.Application.Portfolio;

/// <summary>The organisation's governance settings: the defaults until someone saves them, then ETag-checked replaces.</summary>
public sealed class SettingsService(IPortfolioStore store)
{
    public const string Kind = "Settings";

    /// <summary>The saved settings with their ETag, or the defaults with a null ETag when none were saved yet.</summary>
    public async Task<(GovernanceSettings Settings, string? ETag)> GetAsync(CancellationToken cancellationToken = default)
    {
        var saved = await store.Settings.FindAsync(cancellationToken);
        return saved is null ? (new GovernanceSettings(), null) : (saved.Value, saved.ETag);
    }

    /// <summary>Saves; <paramref name="ifMatch"/> null only when nothing was saved yet.</summary>
    public async Task<Versioned<GovernanceSettings>> ReplaceAsync(GovernanceSettings settings, string? ifMatch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        Validators.Validate(settings).ThrowIfInvalid();

        // The calendar must be able to start with these settings (time zone, crons that occur every week).
        _ = new GovernanceCalendar(settings);
        if (ifMatch is not null)
        {
            var current = await store.Settings.FindAsync(cancellationToken)
                ?? throw new ConcurrencyException(Kind, GovernanceSettings.SingletonId);
            ifMatch = ETags.Check(current.ETag, ifMatch, Kind, GovernanceSettings.SingletonId);
        }

        return await store.Settings.SaveAsync(settings, ifMatch, cancellationToken);
    }

    /// <summary>
    /// Governance events in (from, to], arbitration sessions included, in time order, for the iCalendar feed; with the
    /// organisation's language, which the feed is written in.
    /// </summary>
    public async Task<UpcomingEvents> UpcomingAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        new ValidationErrors()
            .When(to <= from, "to", "must be after from.")
            .When(to - from > TimeSpan.FromDays(400), "to", "must be at most 400 days after from.")
            .ThrowIfInvalid();
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        var events = new GovernanceCalendar(settings).Between(from, to).Concat(ArbitrationSchedule.Shown(settings, from, to)).OrderBy(e => e.AtUtc);
        return new UpcomingEvents([.. events], settings.DefaultLanguage);
    }
}

/// <summary>The coming governance events and the language the organisation reads them in.</summary>
public sealed record UpcomingEvents(IReadOnlyList<CalendarEvent> Events, Language Language);
