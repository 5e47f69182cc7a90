using Pmo.Application.Ports.Storage;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;

namespace Pmo.Storage.Contract;

/// <summary>Project listing: filters combined with AND, id order, paging with continuation tokens.</summary>
public abstract partial class PortfolioStoreContract
{
    private async Task SeedPortfolioAsync()
    {
        var projects = new[]
        {
            Samples.Project("P-001", "Plateforme DONNÉES") with { Phase = ProjectPhase.Execution, LatestRag = Rag.Red },
            Samples.Project("P-002", "CRM refresh") with { Phase = ProjectPhase.Idea, Portfolio = "Sales" },
            Samples.Project("P-003", "Data lake") with { Phase = ProjectPhase.Approved, LatestRag = Rag.Green },
            Samples.Project("P-004", "Payroll") with { Phase = ProjectPhase.Closed, Manager = new Contact("Other", "other@example.org") },
            Samples.Project("P-005", "Intranet") with { Phase = ProjectPhase.Closing, Portfolio = "Sales", LatestRag = Rag.Red },
            Samples.Project("P-006", "Migration données") with { Phase = ProjectPhase.OnHold, LatestRag = Rag.Amber },
            Samples.Project("P-007", "Mobile app") with { Phase = ProjectPhase.Execution, Manager = new Contact("Other", "other@example.org") },
        };
        foreach (var project in projects.AsEnumerable().Reverse())
        {
            await Store.Projects.CreateAsync(project);
        }
    }

    private async Task<string[]> ListIdsAsync(ProjectQuery query) =>
        [.. (await Store.Projects.ListAsync(query)).Items.Select(p => p.Id)];

    [Fact]
    public async Task Project_listing_without_filters_returns_every_project_by_id()
    {
        await SeedPortfolioAsync();

        var page = await Store.Projects.ListAsync(new ProjectQuery());

        Assert.Equal(["P-001", "P-002", "P-003", "P-004", "P-005", "P-006", "P-007"], page.Items.Select(p => p.Id));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Project_listing_filters_by_each_field()
    {
        await SeedPortfolioAsync();

        Assert.Equal(["P-001", "P-007"], await ListIdsAsync(new ProjectQuery { Phase = ProjectPhase.Execution }));
        Assert.Equal(["P-001", "P-003", "P-005", "P-007"], await ListIdsAsync(new ProjectQuery { ActiveOnly = true }));
        Assert.Equal(["P-002", "P-005"], await ListIdsAsync(new ProjectQuery { Portfolio = "Sales" }));
        Assert.Equal(["P-004", "P-007"], await ListIdsAsync(new ProjectQuery { ManagerEmail = "other@example.org" }));
        Assert.Equal(["P-001", "P-005"], await ListIdsAsync(new ProjectQuery { LatestRag = Rag.Red }));
        Assert.Equal(["P-006"], await ListIdsAsync(new ProjectQuery { LatestRag = Rag.Amber }));
    }

    [Fact]
    public async Task Project_listing_text_is_a_case_insensitive_substring_of_the_id_or_the_name()
    {
        await SeedPortfolioAsync();

        Assert.Equal(["P-001", "P-006"], await ListIdsAsync(new ProjectQuery { Text = "données" }));
        Assert.Equal(["P-003"], await ListIdsAsync(new ProjectQuery { Text = "DATA" }));
        Assert.Equal(["P-007"], await ListIdsAsync(new ProjectQuery { Text = "p-007" }));
        Assert.Empty(await ListIdsAsync(new ProjectQuery { Text = "nothing like it" }));
    }

    [Fact]
    public async Task Project_listing_combines_filters_with_and()
    {
        await SeedPortfolioAsync();

        Assert.Equal(["P-005"], await ListIdsAsync(new ProjectQuery { ActiveOnly = true, Portfolio = "Sales" }));
        Assert.Equal(["P-001"], await ListIdsAsync(new ProjectQuery { Phase = ProjectPhase.Execution, LatestRag = Rag.Red, Text = "plate" }));
        Assert.Empty(await ListIdsAsync(new ProjectQuery { Portfolio = "Sales", ManagerEmail = "other@example.org" }));
    }

    [Fact]
    public async Task Project_listing_pages_through_everything_once_in_id_order()
    {
        var ids = Enumerable.Range(1, 12).Select(n => $"P-{n:D3}").ToArray();
        foreach (var id in ids.AsEnumerable().Reverse())
        {
            await Store.Projects.CreateAsync(Samples.Project(id));
        }

        var pages = await ReadAllPagesAsync(new ProjectQuery { PageSize = 5 });

        Assert.All(pages, p => Assert.InRange(p.Items.Count, 1, 5));
        Assert.Equal(ids, pages.SelectMany(p => p.Items).Select(p => p.Id));
        Assert.Equal(3, pages.Count);
        Assert.Null(pages[^1].ContinuationToken);
    }

    [Fact]
    public async Task Project_listing_pages_keep_their_filters()
    {
        for (var n = 1; n <= 9; n++)
        {
            var phase = n % 3 == 0 ? ProjectPhase.Idea : ProjectPhase.Execution;
            await Store.Projects.CreateAsync(Samples.Project($"P-{n:D3}") with { Phase = phase });
        }

        var pages = await ReadAllPagesAsync(new ProjectQuery { ActiveOnly = true, PageSize = 2 });

        Assert.Equal(["P-001", "P-002", "P-004", "P-005", "P-007", "P-008"], pages.SelectMany(p => p.Items).Select(p => p.Id));
    }

    [Fact]
    public async Task Project_listing_continues_after_the_previous_page_changed()
    {
        for (var n = 1; n <= 6; n++)
        {
            await Store.Projects.CreateAsync(Samples.Project($"P-{n:D3}"));
        }

        var first = await Store.Projects.ListAsync(new ProjectQuery { PageSize = 3 });
        await Store.Projects.DeleteAsync("P-003");
        await Store.Projects.CreateAsync(Samples.Project("P-000"));
        var second = await Store.Projects.ListAsync(new ProjectQuery { PageSize = 3, ContinuationToken = first.ContinuationToken });

        Assert.Equal(["P-001", "P-002", "P-003"], first.Items.Select(p => p.Id));
        Assert.Equal(["P-004", "P-005", "P-006"], second.Items.Select(p => p.Id));
    }

    private async Task<List<Page<Project>>> ReadAllPagesAsync(ProjectQuery query)
    {
        var pages = new List<Page<Project>>();
        string? token = null;
        do
        {
            var page = await Store.Projects.ListAsync(query with { ContinuationToken = token });
            pages.Add(page);
            token = page.ContinuationToken;
            Assert.True(pages.Count <= 100, "The continuation tokens never end.");
        }
        while (token is not null);

        // A store may end with an empty page when the last full page had no way to know it was the last.
        if (pages.Count > 1 && pages[^1].Items.Count == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    [Fact]
    public async Task Active_and_all_projects_are_listed_by_id()
    {
        await SeedPortfolioAsync();

        Assert.Equal(["P-001", "P-003", "P-005", "P-007"], (await Store.Projects.ListActiveAsync()).Select(p => p.Id));
        Assert.Equal(7, (await Store.Projects.ListAllAsync()).Count);
        Assert.Equal("P-001", (await Store.Projects.ListAllAsync())[0].Id);
        Assert.Equal("P-007", (await Store.Projects.ListAllAsync())[^1].Id);
    }

    [Fact]
    public async Task Listings_follow_replaces_and_deletes()
    {
        await SeedPortfolioAsync();
        var p1 = (await Store.Projects.FindAsync("P-001"))!;

        await Store.Projects.ReplaceAsync(p1.Value with { Phase = ProjectPhase.Closed }, p1.ETag);
        await Store.Projects.DeleteAsync("P-003");

        Assert.Equal(["P-005", "P-007"], (await Store.Projects.ListActiveAsync()).Select(p => p.Id));
        Assert.Equal(["P-004"], await ListIdsAsync(new ProjectQuery { Phase = ProjectPhase.Closed, ManagerEmail = "other@example.org" }));
        Assert.Equal(["P-001", "P-004"], await ListIdsAsync(new ProjectQuery { Phase = ProjectPhase.Closed }));
    }
}
