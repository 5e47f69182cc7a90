using Microsoft.Playwright;

namespace Pmo.Api.Tests.Browser;

/// <summary>
/// Debian's headless chromium (installed by scripts/test-deps.d/chromium.sh) driven by Playwright for .NET.
/// Playwright's own browser download is never used: the executable path is given explicitly.
/// </summary>
public sealed class BrowserSession : IAsyncLifetime, IAsyncDisposable
{
    public const string Chromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/install-test-deps.sh (it installs Debian's chromium).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
            Timeout = 120_000, // bounds a hang only: Chromium starts slowly on a 2-core CI box running other test assemblies
        });
    }

    async ValueTask IAsyncDisposable.DisposeAsync() => await DisposeAsync();

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
