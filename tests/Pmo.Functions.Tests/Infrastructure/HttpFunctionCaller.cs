using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Pmo.Functions.Tests.Infrastructure;

/// <summary>
/// Calls an HTTP function the way the worker does: a new invocation scope, an ASP.NET Core request on the function's
/// route (route values matched from the function's own template, as the worker's routing sets them), the function's
/// method invoked with the request and the Durable client, then the returned result executed on the response.
/// </summary>
public sealed class HttpFunctionCaller(FunctionsTestHost host)
{
    public static IEnumerable<MethodInfo> HttpFunctions() =>
        typeof(Pmo.Functions.Http.ApiEndpoints).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null && Trigger(m) is not null);

    public static HttpTriggerAttribute? Trigger(MethodInfo method) =>
        method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null);

    public static MethodInfo Function(string name) =>
        HttpFunctions().Single(m => m.GetCustomAttribute<FunctionAttribute>()!.Name == name);

    /// <summary>The function's result without executing it.</summary>
    public static IResult Invoke(MethodInfo function, IServiceProvider services, HttpRequest request, DurableTaskClient client)
    {
        var target = function.IsStatic ? null : ActivatorUtilities.CreateInstance(services, function.DeclaringType!);
        return (IResult)function.Invoke(target, [request, client])!;
    }

    public Task<HttpCallResult> CallAsync(string functionName, string path, string? apiKey = null, JsonNode? body = null, string? ifMatch = null, string? accept = null) =>
        CallAsync(functionName, path, apiKey, body is null ? null : Encoding.UTF8.GetBytes(body.ToJsonString()), "application/json", ifMatch, accept);

    /// <summary>The call with a raw body (any bytes, any content type, or a stream without a length when <paramref name="chunked"/>).</summary>
    public async Task<HttpCallResult> CallAsync(
        string functionName, string path, string? apiKey, byte[]? body, string? contentType, string? ifMatch = null, string? accept = null, bool chunked = false)
    {
        var function = Function(functionName);
        var trigger = Trigger(function)!;
        await using var scope = host.NewInvocation();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        var request = context.Request;
        request.Method = trigger.Methods!.Single().ToUpperInvariant();
        var question = path.IndexOf('?', StringComparison.Ordinal);
        request.Path = question < 0 ? path : path[..question];
        request.QueryString = question < 0 ? QueryString.Empty : new QueryString(path[question..]);
        request.Scheme = "https";
        request.Host = new HostString("pmo.example.org");

        var values = new RouteValueDictionary();
        var matcher = new TemplateMatcher(TemplateParser.Parse("api/" + trigger.Route), []);
        Assert.True(matcher.TryMatch(request.Path, values), $"{path} does not match the route of {functionName} ({trigger.Route}).");
        request.RouteValues = values;

        if (apiKey is not null)
        {
            request.Headers["X-Api-Key"] = apiKey;
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch = ifMatch;
        }

        if (accept is not null)
        {
            request.Headers.Accept = accept;
        }

        if (body is not null)
        {
            request.ContentType = contentType;
            request.ContentLength = chunked ? null : body.Length;
            request.Body = new MemoryStream(body);
        }

        var responseBody = new MemoryStream();
        context.Response.Body = responseBody;

        var result = Invoke(function, scope.ServiceProvider, request, host.Durable);
        await result.ExecuteAsync(context);

        return new HttpCallResult(
            context.Response.StatusCode,
            context.Response.ContentType,
            context.Response.Headers.ETag.ToString(),
            Encoding.UTF8.GetString(responseBody.ToArray()),
            result);
    }
}

public sealed record HttpCallResult(int Status, string? ContentType, string ETag, string Body, IResult Result)
{
    public JsonNode Json => JsonNode.Parse(Body) ?? throw new InvalidOperationException("Empty body.");
}
