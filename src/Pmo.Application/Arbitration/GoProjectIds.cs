namespace Pmo.Application.Arbitration;

/// <summary>
/// The id of the project a GO creates: the demand's own id, so a retried creation finds it, and the decision log of a
/// demand (GO, NO-GO or deferred) is filed under the id its project has or would have.
/// </summary>
public static class GoProjectIds
{
    public static string For(string demandId) => demandId;
}
