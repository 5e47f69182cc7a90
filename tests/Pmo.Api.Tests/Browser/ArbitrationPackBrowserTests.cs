using Microsoft.Playwright;
using Pmo.Application.Packs;
using Pmo.Domain.Capacity;
using Pmo.Domain.Intake;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Reports.Arbitration;

namespace Pmo.Api.Tests.Browser;

/// <summary>
/// The arbitration pack's e-mail as a mail client shows it, in Chromium at the 900 px a mail pane gives: the 6-month
/// capacity table by role (large teams, over-allocations, a long role name) stays inside the 760 px column.
/// </summary>
public sealed class ArbitrationPackBrowserTests
{
    private const int MailWidth = 900;
    private static readonly YearMonth March = new(2027, 3);

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Fr)]
    public async Task The_capacity_table_fits_a_900_px_mail_pane_without_scrolling(Language language)
    {
        var input = Input(language);
        var pack = new ArbitrationPackRenderer().Render(input);
        var folder = Artifacts.Folder("screenshots");
        await File.WriteAllBytesAsync(Path.Combine(folder, $"arbitration-pack-{language.ToString().ToLowerInvariant()}.pdf"), pack.Pdf);

        await using var session = new BrowserSession();
        await session.InitializeAsync();
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = MailWidth, Height = 1200 } });
        await page.SetContentAsync(pack.Email.Html);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, $"arbitration-pack-mail-{language.ToString().ToLowerInvariant()}.png"), FullPage = true });
        var capacityTop = await page.EvaluateAsync<float>("[...document.querySelectorAll('h2')].at(-1).getBoundingClientRect().top + window.scrollY");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(folder, $"arbitration-pack-capacity-{language.ToString().ToLowerInvariant()}.png"),
            FullPage = true,
            Clip = new Clip { X = 0, Y = capacityTop - 8, Width = MailWidth, Height = 700 },
        });

        var pageWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var overflowing = await page.EvaluateAsync<string[]>(
            """
            () => {
              const column = document.querySelector('body > table div');
              const right = column.getBoundingClientRect().right;
              return [...column.querySelectorAll('table')]
                .filter(t => t.getBoundingClientRect().right > right + 0.5)
                .map(t => `${t.querySelector('th, td')?.innerText} (${Math.round(t.getBoundingClientRect().width)} px)`);
            }
            """);
        Assert.True(pageWidth <= MailWidth, $"The mail is {pageWidth}px wide in a {MailWidth}px pane.");
        Assert.Empty(overflowing);
        var text = await page.InnerTextAsync("body");
        Assert.Contains("Business intelligence and data visualisation specialist", text, StringComparison.Ordinal);
        Assert.Contains(language == Language.En ? "Aug 2027" : "août 2027", text, StringComparison.Ordinal);
    }

    /// <summary>Four demands and 6 roles of up to 45 people each over March–August 2027, the busiest roles over 100 % for some.</summary>
    private static ArbitrationPackInput Input(Language language)
    {
        string[] roles = ["Data engineer", "Business intelligence and data visualisation specialist", "Architect", "Developer", "Project manager", "Tester"];
        var months = Enumerable.Range(0, 6).Select(i => YearMonth.Of(March.FirstDay.AddMonths(i))).ToList();
        var people = new List<Person>();
        var allocations = new List<Allocation>();
        for (var r = 0; r < roles.Length; r++)
        {
            for (var n = 0; n < 45 - (r * 5); n++)
            {
                var id = $"p-{r}-{n}";
                people.Add(new Person { Id = id, Name = $"Person {r}.{n}", Email = $"{id}@example.org", Role = roles[r], CapacityDaysPerMonth = 20 });
                allocations.AddRange(months.Select((m, i) => new Allocation(id, "ATLAS", m, Math.Min(30, 12 + r + i + (n % 7)))));
            }
        }

        var demands = Enumerable.Range(1, 4).Select(i => new RankedDemand(i, new Demand
        {
            Id = $"DEM-2027-{i:D3}",
            Title = $"Demand {i}",
            Sponsor = new Contact("Sam Sponsor", "sam@example.org"),
            Department = "Finance",
            BusinessCase = "Close the books faster.",
            ExpectedBenefits = "Two days saved each month.",
            EstimatedBudget = new Money(250_000m),
            EstimatedDurationMonths = 9,
            Requester = new Contact("Rita Requester", "rita@example.org"),
            Status = DemandStatus.InArbitration,
        }, 80m - i)).ToList();

        return new ArbitrationPackInput
        {
            OrganisationName = "Acme",
            Language = language,
            SessionMonth = March,
            DeadlineUtc = new DateTimeOffset(2027, 3, 9, 13, 0, 0, TimeSpan.Zero),
            TimeZone = "Europe/Paris",
            Currency = "EUR",
            GeneratedAtUtc = new DateTimeOffset(2027, 3, 4, 13, 0, 0, TimeSpan.Zero),
            Demands = demands,
            RemainingBudget = new Money(1_200_000m),
            Capacity = CapacityView.For(people, allocations, months, CapacityGrouping.Role),
            StaffingNeeds = new Dictionary<string, IReadOnlyList<StaffingNeed>>
            {
                ["DEM-2027-001"] = [new StaffingNeed("Data engineer", March, 40, 12)],
            },
        };
    }
}
