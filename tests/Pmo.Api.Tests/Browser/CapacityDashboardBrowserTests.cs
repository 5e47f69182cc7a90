using Microsoft.Playwright;
using Pmo.Api.Tests.Infrastructure;
using Pmo.Domain.Capacity;
using Pmo.Domain.Primitives;
using Pmo.Tests.Shared;
using static Pmo.Api.Tests.Infrastructure.TestData;

namespace Pmo.Api.Tests.Browser;

/// <summary>The PMO signs in to the dashboard in a real browser and opens the capacity page, in English and in French.</summary>
[Collection(ApiCollection.Name)]
public sealed class CapacityDashboardBrowserTests(ApiServer server)
{
    [Fact]
    public async Task The_capacity_page_shows_each_department_over_six_months_highlights_over_allocation_and_counts_demands()
    {
        // The server's clock is 25 November 2026: the page shows November 2026 to April 2027.
        var department = NewId("Dept");
        var project = NewId("P");
        await server.Client().CreateProjectAsync(project);
        var ana = await PersonAsync(department, "Ana");
        var bob = await PersonAsync(department, "Bob");
        await server.Store.Allocations.SetAsync(new Allocation(ana, project, new YearMonth(2026, 11), 25));
        await server.Store.Allocations.SetAsync(new Allocation(bob, project, new YearMonth(2026, 11), 5));
        await server.Store.Allocations.SetAsync(new Allocation(ana, project, new YearMonth(2026, 12), 10));

        await using var session = new BrowserSession();
        await session.InitializeAsync();
        var page = await session.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(server.BaseAddress, "/api/dashboard/signin").ToString());
        await page.GetByLabel("API key").FillAsync(ApiServer.ReaderKey);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Capacity", Exact = true }).ClickAsync();

        var row = page.Locator("#capacity tbody tr").Filter(new LocatorFilterOptions { HasText = department });
        Assert.Equal(["Nov 2026", "Dec 2026", "Jan 2027", "Feb 2027", "Mar 2027", "Apr 2027"],
            (await page.Locator("#capacity thead th").AllInnerTextsAsync()).Skip(1));
        // November: 20 + 20 days, 25 + 5 allocated; Ana's 5 extra days do not eat Bob's 15 free ones.
        var november = row.Locator("td").Nth(0);
        Assert.Equal("40 / 30 / 15\n1 above 100%", await november.InnerTextAsync());
        Assert.Contains("over", await november.GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("over", await row.Locator("td").Nth(1).GetAttributeAsync("class") ?? "", StringComparison.Ordinal);
        var overAllocated = page.Locator("#over-allocated + table tbody tr").Filter(new LocatorFilterOptions { HasText = $"Ana {department}" });
        Assert.Equal([$"Ana {department}", "Nov 2026", "20", "25", "125%"], await overAllocated.Locator("td").AllInnerTextsAsync());
        Assert.Equal(9, await page.Locator("#demands + table tbody tr").CountAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "dashboard-capacity-en.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Français" }).ClickAsync();
        Assert.Equal("Plan de charge — les 6 prochains mois", await page.Locator("h1").InnerTextAsync());
        Assert.Equal($"40 / 30 / 15\n1 au-delà de 100{FrenchTypography.Thin}%", await november.InnerTextAsync());
        Assert.Equal("nov. 2026", await page.Locator("#capacity thead th").Nth(1).InnerTextAsync());
        Assert.Contains($"125{FrenchTypography.Thin}%", await overAllocated.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Qualifiée", await page.Locator("#demands + table").InnerTextAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Artifacts.Folder("screenshots"), "dashboard-capacity-fr.png"), FullPage = true });
    }

    private async Task<string> PersonAsync(string department, string name)
    {
        var id = NewId(name.ToLowerInvariant());
        await server.Store.People.CreateAsync(new Person
        {
            Id = id, Name = $"{name} {department}", Email = $"{id}@example.org", Department = department, CapacityDaysPerMonth = 20,
        });
        return id;
    }
}
