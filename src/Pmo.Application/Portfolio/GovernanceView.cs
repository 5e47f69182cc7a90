namespace Pmo.Application.Portfolio;

/// <summary>The tenant's settings with what activities derive from them: the calendar and the mail composer.</summary>
public sealed record GovernanceView(GovernanceSettings Settings, GovernanceCalendar Calendar, MailComposer Composer)
{
    public static async Task<GovernanceView> LoadAsync(IPortfolioStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        var settings = await store.Settings.GetOrDefaultAsync(cancellationToken);
        var calendar = CalendarCache.For(settings);
        return new GovernanceView(settings, calendar, new MailComposer(calendar.TimeZone, settings.OrganisationName, store.TenantId));
    }
}
