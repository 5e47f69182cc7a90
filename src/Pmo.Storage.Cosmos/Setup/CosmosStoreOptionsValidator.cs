using Microsoft.Extensions.Options;

namespace Pmo.Storage.Cosmos.Setup;

/// <summary>Refuses a configuration that could not work, at start, with every problem named.</summary>
public sealed class CosmosStoreOptionsValidator : IValidateOptions<CosmosStoreOptions>
{
    private static readonly char[] ForbiddenInNames = ['/', '\\', '#', '?'];

    public ValidateOptionsResult Validate(string? name, CosmosStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var endpoint = options.AccountEndpoint;
        if (endpoint is null || !endpoint.IsAbsoluteUri || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add("AccountEndpoint must be an absolute https:// URI.");
        }

        if (!string.IsNullOrEmpty(options.Key) && !IsBase64(options.Key))
        {
            failures.Add("Key must be a base64 account key (or empty to sign in with DefaultAzureCredential).");
        }

        if (options.Emulator)
        {
            if (endpoint is { IsAbsoluteUri: true } && !endpoint.IsLoopback)
            {
                failures.Add("Emulator accepts a self-signed certificate, so AccountEndpoint must be a loopback address.");
            }

            if (string.IsNullOrEmpty(options.Key))
            {
                failures.Add("Emulator needs a Key (any base64 string; the local emulator does not check it).");
            }
        }

        CheckName(options.Database, nameof(options.Database), failures);
        CheckName(options.Container, nameof(options.Container), failures);
        if (string.IsNullOrWhiteSpace(options.TenantId) || options.TenantId.Length > 128 || options.TenantId.Any(char.IsControl))
        {
            failures.Add("TenantId must be 1 to 128 printable characters.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckName(string value, string field, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 255 || value.IndexOfAny(ForbiddenInNames) >= 0 || value.EndsWith(' '))
        {
            failures.Add($"{field} must be 1 to 255 characters, without '/', '\\', '#', '?' or a trailing space.");
        }
    }

    private static bool IsBase64(string value) =>
        Convert.TryFromBase64String(value, new byte[value.Length], out var written) && written > 0;
}
