using Pmo.Functions.Tests.Infrastructure;
using Pmo.Workflows;

namespace Pmo.Functions.Tests.Metadata;

/// <summary>
/// The functions the Functions host will load (functions.metadata) against the core: the workflow registry's
/// orchestrators and activities, the routes the shared API maps, and the scheduler tick.
/// </summary>
public sealed class FunctionsMetadataTests
{
    private const string Orchestration = "orchestrationTrigger";
    private const string Activity = "activityTrigger";
    private const string Http = "httpTrigger";
    private const string Timer = "timerTrigger";

    private static readonly IReadOnlyList<FunctionEntry> Functions = FunctionsMetadata.Load();

    [Fact]
    public void Every_function_has_exactly_one_trigger_of_a_known_type()
    {
        foreach (var function in Functions)
        {
            var triggers = function.Bindings.Where(b => b.Type.EndsWith("Trigger", StringComparison.Ordinal)).ToList();
            Assert.True(triggers.Count == 1, $"{function.Name} has {triggers.Count} triggers.");
            Assert.Contains(triggers[0].Type, new[] { Orchestration, Activity, Http, Timer });
        }

        Assert.Equal(Functions.Count, Functions.Select(f => f.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void Every_orchestrator_of_the_registry_has_an_orchestration_function_and_no_other_exists()
    {
        var expected = WorkflowRegistry.Orchestrators.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var actual = Functions.Where(f => f.Trigger.Type == Orchestration).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);

        // A function named after an orchestrator must be an orchestration (not an activity or HTTP function by mistake).
        foreach (var name in expected)
        {
            Assert.Equal(Orchestration, Functions.Single(f => f.Name == name).Trigger.Type);
        }
    }

    [Fact]
    public void Every_activity_of_the_registry_has_an_activity_function_and_no_other_exists()
    {
        var expected = WorkflowRegistry.Activities.Select(t => t.Name).Order(StringComparer.Ordinal).ToList();
        var actual = Functions.Where(f => f.Trigger.Type == Activity).Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);

        foreach (var name in expected)
        {
            Assert.Equal(Activity, Functions.Single(f => f.Name == name).Trigger.Type);
        }
    }

    [Fact]
    public async Task The_http_functions_are_exactly_the_routes_the_shared_api_maps()
    {
        await using var host = new FunctionsTestHost();
        var api = host.Api.Routes.Select(r => r.Key).Order(StringComparer.Ordinal).ToList();
        var functions = Functions.Where(f => f.Trigger.Type == Http)
            .SelectMany(f => f.Trigger.Methods.Select(m => $"{m} {f.Trigger.Route}"))
            .Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(api);
        var withoutFunction = api.Except(functions).ToList();
        var withoutRoute = functions.Except(api).ToList();
        Assert.True(withoutFunction.Count == 0, "API routes without a function: " + string.Join(", ", withoutFunction));
        Assert.True(withoutRoute.Count == 0, "Functions for routes the API does not map: " + string.Join(", ", withoutRoute));
        Assert.Equal(api.Count, functions.Count);  // one function per route and method
    }

    [Fact]
    public void The_intake_routes_have_their_functions_keyed_or_anonymous_as_the_api_maps_them()
    {
        string[] keyed =
        [
            "GET demands", "POST demands", "GET demands/ranking", "GET demands/{id}", "PUT demands/{id}",
            "POST demands/{id}/qualify", "POST demands/{id}/return", "POST demands/{id}/withdraw", "POST intake-links",
        ];
        string[] anonymous = ["GET forms/intake/{token}", "POST forms/intake/{token}", "GET forms/intake-amend/{token}", "POST forms/intake-amend/{token}"];
        var http = Functions.Where(f => f.Trigger.Type == Http)
            .SelectMany(f => f.Trigger.Methods.Select(m => (Key: $"{m.ToUpperInvariant()} {f.Trigger.Route}", f.Trigger.AuthLevel)))
            .ToDictionary(x => x.Key, x => x.AuthLevel, StringComparer.OrdinalIgnoreCase);

        Assert.All(keyed, route => Assert.Equal("Function", http.GetValueOrDefault(route)));
        Assert.All(anonymous, route => Assert.Equal("Anonymous", http.GetValueOrDefault(route)));
    }

    [Fact]
    public async Task Http_functions_need_a_function_key_unless_the_api_route_is_anonymous()
    {
        await using var host = new FunctionsTestHost();
        foreach (var function in Functions.Where(f => f.Trigger.Type == Http))
        {
            var trigger = function.Trigger;
            var route = host.Api.Find(trigger.Methods.Single(), trigger.Route!);
            Assert.Equal(route.Anonymous ? "Anonymous" : "Function", trigger.AuthLevel);
        }
    }

    [Fact]
    public void The_scheduler_tick_is_the_only_timer_and_ticks_every_15_minutes_in_utc()
    {
        var timer = Assert.Single(Functions, f => f.Trigger.Type == Timer);
        Assert.Equal("SchedulerTick", timer.Name);
        Assert.Equal("0 */15 * * * *", timer.Trigger.Schedule);
    }

    [Fact]
    public void Functions_that_start_or_query_workflows_take_the_durable_client()
    {
        foreach (var function in Functions.Where(f => f.Trigger.Type is Http or Timer or Activity))
        {
            Assert.Contains(function.Bindings, b => b.Type == "durableClient" && b.Direction == "In");
        }

        // An orchestration may not bind anything but its context and input (the Durable analyzers' rule).
        Assert.All(Functions.Where(f => f.Trigger.Type == Orchestration), f => Assert.Single(f.Bindings));
    }

    [Fact]
    public void Every_entry_point_is_a_method_of_the_host_assembly()
    {
        var assembly = typeof(Pmo.Functions.Http.ApiEndpoints).Assembly;
        foreach (var function in Functions)
        {
            var split = function.EntryPoint.LastIndexOf('.');
            var type = assembly.GetType(function.EntryPoint[..split]);
            Assert.NotNull(type);
            Assert.NotNull(type.GetMethod(function.EntryPoint[(split + 1)..]));
        }
    }

    [Fact]
    public void The_build_output_carries_host_json_with_the_api_route_prefix_and_a_named_task_hub()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "host", "host.json");
        Assert.True(File.Exists(path), $"The host's build output has no host.json ({path}).");
        using var hostJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        var extensions = hostJson.RootElement.GetProperty("extensions");

        // The HTTP functions' routes are relative to this prefix, as the shared API's are to "/api".
        Assert.Equal("api", extensions.GetProperty("http").GetProperty("routePrefix").GetString());
        Assert.False(string.IsNullOrWhiteSpace(extensions.GetProperty("durableTask").GetProperty("hubName").GetString()));
    }

    [Fact]
    public void The_host_keeps_a_running_orchestration_in_memory_between_episodes_as_the_local_engine_does()
    {
        using var hostJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host", "host.json")));
        var durable = hostJson.RootElement.GetProperty("extensions").GetProperty("durableTask");

        // Extended sessions: a chase's next episode (its invitation sent, an answer) reads no history from storage.
        Assert.True(durable.GetProperty("extendedSessionsEnabled").GetBoolean());
        Assert.Equal(
            new Pmo.Hosting.Durable.DurableEngineOptions().ExtendedSessionIdleTimeout,
            TimeSpan.FromSeconds(durable.GetProperty("extendedSessionIdleTimeoutInSeconds").GetInt32()));
    }
}
