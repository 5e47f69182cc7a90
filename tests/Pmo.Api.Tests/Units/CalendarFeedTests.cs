using System.Text;
using Microsoft.Extensions.Time.Testing;
using Pmo.Api.Calendar;
using Pmo.Application.Portfolio;
using Pmo.Domain.Governance;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using Pmo.Storage.Sqlite;

namespace Pmo.Api.Tests.Units;

/// <summary>
/// The iCalendar feed's handler over a real SQLite file of its own: settings (language, committee) are saved here without
/// touching the shared server's, which other tests read as defaults.
/// </summary>
public sealed class CalendarFeedTests : IAsyncDisposable
{
    private static readonly Contact Carl = new("Carl Committee", "carl@example.org");
    private readonly string _folder = Directory.CreateTempSubdirectory("pmo-feed-").FullName;
    private readonly SqlitePortfolioStore _store;

    public CalendarFeedTests() => _store = new SqlitePortfolioStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "pmo.db") });

    [Fact]
    public async Task The_arbitration_session_has_a_human_title_and_a_description_in_english_like_every_other_event()
    {
        await SaveAsync(new GovernanceSettings { Intake = new IntakeSettings { ArbitrationCommittee = [Carl] } });

        var text = await FeedAsync();

        Assert.Contains("X-WR-CALNAME:PMO governance calendar", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Arbitration pack sent\\, votes open (2026-12)", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Arbitration committee session\\, votes close (2026-12)", text, StringComparison.Ordinal);
        Assert.Contains("DTSTART:20261208T130000Z", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ArbitrationPackSent (", text, StringComparison.Ordinal);
        var events = text.Split("BEGIN:VEVENT")[1..];
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains("DESCRIPTION:", e, StringComparison.Ordinal));
        Assert.Contains("DESCRIPTION:Votes close as the arbitration committee meets.", Unfolded(text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_organisation_reads_the_feed_in_french()
    {
        await SaveAsync(new GovernanceSettings { DefaultLanguage = Language.Fr, Intake = new IntakeSettings { ArbitrationCommittee = [Carl] } });

        var text = Unfolded(await FeedAsync());

        Assert.Contains("X-WR-CALNAME:Calendrier de gouvernance du PMO", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Comité d'arbitrage\\, clôture des votes (2026-12)", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Demandes de point hebdomadaire envoyées (2026-W49)", text, StringComparison.Ordinal);
        Assert.Contains("DESCRIPTION:Le dossier de revue de 2026-11", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Weekly update", text, StringComparison.Ordinal);
    }

    private async Task SaveAsync(GovernanceSettings settings) => await _store.Settings.SaveAsync(settings, null);

    private async Task<string> FeedAsync()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
        var result = await CalendarFeedApi.Get("21", new SettingsService(_store), clock, CancellationToken.None);
        return Encoding.UTF8.GetString(result.FileContents.Span);
    }

    /// <summary>iCalendar folds lines at 75 octets (CRLF + space); unfolded, a description reads as one line.</summary>
    private static string Unfolded(string text) => text.Replace("\r\n ", "", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
