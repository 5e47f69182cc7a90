using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Pmo.Storage.Blobs.Setup;

/// <summary>Fails the start, not the first pack a month later, when the packs' storage is not configured.</summary>
internal sealed partial class BlobPackOptionsValidator : IValidateOptions<BlobPackOptions>
{
    public ValidateOptionsResult Validate(string? name, BlobPackOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString)
            && !(Uri.TryCreate(options.BlobServiceUri, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
        {
            errors.Add("Packs:BlobServiceUri must be the storage account's blob endpoint (https://<account>.blob.core.windows.net), or Packs:ConnectionString an Azurite connection string.");
        }

        if (!ContainerName().IsMatch(options.ContainerName ?? ""))
        {
            errors.Add("Packs:ContainerName must be 3-63 lowercase letters, digits or single hyphens.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ContainerName();
}
