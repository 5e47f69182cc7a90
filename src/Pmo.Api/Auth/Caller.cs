namespace Pmo.Api.Auth;

/// <summary>Who is calling, as the handlers need it: their e-mail and whether they may touch a given project.</summary>
public static class Caller
{
    /// <summary>The caller's e-mail: the API key's, or the token's email / preferred_username / upn claim.</summary>
    public static string Email(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(ClaimTypes.Email)
            ?? user.FindFirstValue("email")
            ?? user.FindFirstValue("preferred_username")
            ?? user.FindFirstValue(ClaimTypes.Upn)
            ?? user.Identity?.Name
            ?? "unknown";
    }

    public static bool IsAdmin(ClaimsPrincipal user) => user?.IsInRole(PmoRoles.Admin) == true;

    /// <summary>An admin may touch any project; a project manager only the projects whose manager they are.</summary>
    public static void EnsureMayTouch(ClaimsPrincipal user, Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        if (IsAdmin(user))
        {
            return;
        }

        if (user.IsInRole(PmoRoles.ProjectManager) && string.Equals(project.Manager?.Email, Email(user), StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        throw ApiProblemException.Forbidden($"Only the project's manager or the PMO may change project '{project.Id}'.");
    }
}
