using System.ComponentModel.DataAnnotations;

namespace Pmo.Api;

/// <summary>An API key from configuration, with the role it grants and, for a project manager, whose projects it may touch.</summary>
public sealed class ApiKeyOptions
{
    [Required]
    [MinLength(16)]
    public string Key { get; set; } = "";

    /// <summary>Pmo.Admin, Pmo.Reader or Project.Manager.</summary>
    [Required]
    [RegularExpression("^(Pmo\\.Admin|Pmo\\.Reader|Project\\.Manager)$")]
    public string Role { get; set; } = "";

    /// <summary>The e-mail of the person using the key; for Project.Manager, the manager e-mail of their projects.</summary>
    [Required]
    [EmailAddress]
    public string Email { get; set; } = "";

    public string Name { get; set; } = "";
}

/// <summary>Entra ID bearer tokens (Azure): set both values to accept them; app roles carry the PMO roles.</summary>
public sealed class EntraIdOptions
{
    /// <summary>e.g. https://login.microsoftonline.com/{tenant}/v2.0</summary>
    public string? Authority { get; set; }

    /// <summary>The API's application id URI or client id.</summary>
    public string? Audience { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(Audience);
}

/// <summary>Settings of the HTTP API, bound from the "Api" section and validated on start.</summary>
public sealed class PmoApiOptions
{
    public const string SectionName = "Api";

    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    public EntraIdOptions EntraId { get; set; } = new();

    /// <summary>Largest JSON or form body accepted, in bytes (413 beyond).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = Http.JsonBody.DefaultMaxBytes;

    /// <summary>The local host's .eml outbox folder, listed on the dashboard when set.</summary>
    public string? OutboxFolder { get; set; }
}
