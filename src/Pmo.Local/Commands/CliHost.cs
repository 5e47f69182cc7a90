using Microsoft.Extensions.Hosting;

namespace Pmo.Local.Commands;

/// <summary>A host with only the store, for the one-shot commands (seed, export, import). Logs go to stderr so stdout stays data.</summary>
public static class CliHost
{
    public static IHost BuildStoreHost(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        LocalConfiguration.Apply(builder.Configuration, CommonOptions.ToConfiguration(result), result.UnmatchedTokens);
        builder.Logging.AddLocalConsole(toStandardError: true);
        builder.Services.AddLocalStorage(builder.Configuration);
        return builder.Build();
    }
}
