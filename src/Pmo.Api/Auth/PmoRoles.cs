namespace Pmo.Api.Auth;

/// <summary>The app roles of the API (Entra ID app roles on Azure, API key roles locally) and the policies built on them.</summary>
public static class PmoRoles
{
    public const string Admin = "Pmo.Admin";
    public const string Reader = "Pmo.Reader";
    public const string ProjectManager = "Project.Manager";

    /// <summary>Any role: read the portfolio.</summary>
    public const string ReadPolicy = "pmo-read";

    /// <summary>Admin or project manager: write (a manager only on their own projects).</summary>
    public const string WritePolicy = "pmo-write";

    /// <summary>Admin only: settings, runs, the dashboard's outbox.</summary>
    public const string AdminPolicy = "pmo-admin";
}
