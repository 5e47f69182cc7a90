using System.Text.Json;
using BareEndpoint;
using Microsoft.Data.Sqlite;

// A bare reference for bench/load: the same URLs, API-key header and JSON bodies as the local host, each request one
// statement on one table (GET: a single-row read; PUT: a single-row update), nothing else (no validation, no ETag,
// no idempotency, no outbox). Usage: BareEndpoint --port N --data FOLDER --projects N; env PMO_KEY.
var options = BareOptions.Parse(args);
var database = await BareDatabase.CreateAsync(Path.Combine(options.Data, "bare.db"), options.Projects);

var builder = WebApplication.CreateBuilder();
builder.WebHost.ConfigureKestrel(k => k.ListenLocalhost(options.Port));
var app = builder.Build();

app.MapGet("/api/health", () => Results.Ok());

app.MapGet("/api/projects/{id}", async (string id, HttpRequest request) =>
{
    if (!Authorised(request))
    {
        return Results.Unauthorized();
    }

    var body = await database.ReadProjectAsync(id);
    return body is null ? Results.NotFound() : Results.Text(body, "application/json");
});

app.MapPut("/api/projects/{id}/updates/{week}", async (string id, string week, HttpRequest request) =>
{
    if (!Authorised(request))
    {
        return Results.Unauthorized();
    }

    var update = await request.ReadFromJsonAsync<BareUpdate>();
    if (update is null || update.ProjectId != id || update.Week != week)
    {
        return Results.BadRequest();
    }

    return await database.RecordUpdateAsync(id, week, update.Overall, JsonSerializer.Serialize(update, BareJson.Options))
        ? Results.Created($"/api/projects/{id}/updates/{week}", update)
        : Results.NotFound();
});

await app.RunAsync();

bool Authorised(HttpRequest request) =>
    string.Equals(request.Headers["X-Api-Key"], options.Key, StringComparison.Ordinal);
