namespace Pmo.Application.Links;

/// <summary>
/// The pages signed links open, relative to <see cref="WorkflowOptions.PublicBaseUrl"/>. The HTTP hosts map
/// these routes ("{token}" is the route parameter) so the e-mails and the pages cannot drift apart.
/// </summary>
public static class LinkRoutes
{
    public const string UpdateForm = "forms/update/{token}";
    public const string Decision = "forms/decision/{token}";
    public const string PackApproval = "forms/pack/{token}";
    public const string Intake = "forms/intake/{token}";
    public const string IntakeAmend = "forms/intake-amend/{token}";
    public const string ArbitrationVote = "forms/arbitration/{token}";

    public static string For(LinkPurpose purpose) => purpose switch
    {
        LinkPurpose.UpdateForm => UpdateForm,
        LinkPurpose.Decision => Decision,
        LinkPurpose.PackApproval => PackApproval,
        LinkPurpose.Intake => Intake,
        LinkPurpose.IntakeAmend => IntakeAmend,
        LinkPurpose.ArbitrationVote => ArbitrationVote,
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    /// <summary>The absolute URL of the page for <paramref name="token"/>.</summary>
    public static string Url(string publicBaseUrl, LinkPurpose purpose, string token)
    {
        ArgumentNullException.ThrowIfNull(publicBaseUrl);
        return publicBaseUrl.TrimEnd('/') + "/" + For(purpose).Replace("{token}", Uri.EscapeDataString(token), StringComparison.Ordinal);
    }
}
