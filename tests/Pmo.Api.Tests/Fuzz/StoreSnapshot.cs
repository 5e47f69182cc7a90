using System.Text;
using System.Text.Json;
using Pmo.Application.Ports.Storage;

namespace Pmo.Api.Tests.Fuzz;

/// <summary>Every document of the store with its ETag, as one string: equal snapshots mean nothing was written.</summary>
public static class StoreSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<string> TakeAsync(IPortfolioStore store)
    {
        var text = new StringBuilder();
        void Add(string kind, object? value, string? etag = null) =>
            text.Append(kind).Append(' ').Append(etag).Append(' ').AppendLine(JsonSerializer.Serialize(value, Json));

        foreach (var project in await store.Projects.ListAllAsync())
        {
            var versioned = await store.Projects.FindAsync(project.Id);
            Add("project", versioned!.Value, versioned.ETag);
            foreach (var update in await store.StatusUpdates.ListByProjectAsync(project.Id))
            {
                Add("update", update, (await store.StatusUpdates.FindAsync(update.Id))!.ETag);
            }

            Add("risks", await store.Risks.ListByProjectAsync(project.Id));
            Add("issues", await store.Issues.ListByProjectAsync(project.Id));
            Add("decisions", await store.Decisions.ListByProjectAsync(project.Id));
            Add("escalations", await store.Escalations.ListByProjectAsync(project.Id));
            Add("requests", await store.UpdateRequests.ListRecentByProjectAsync(project.Id, 1000));
        }

        var settings = await store.Settings.FindAsync();
        Add("settings", settings?.Value, settings?.ETag);
        Add("packs", await store.ReviewPacks.ListRecentAsync(1000));
        return text.ToString();
    }
}
