namespace Pmo.Storage.Cosmos.Documents;

/// <summary>
/// One kind of document in the shared container: <see cref="Prefix"/> starts its Cosmos id and fills its "kind"
/// field (so two kinds may use the same id), <see cref="Name"/> names it in errors.
/// </summary>
internal sealed record DocumentKind(string Prefix, string Name)
{
    public static readonly DocumentKind Project = new("project", "Project");
    public static readonly DocumentKind StatusUpdate = new("update", "StatusUpdate");
    public static readonly DocumentKind UpdateRequest = new("request", "UpdateRequest");
    public static readonly DocumentKind Risk = new("risk", "Risk");
    public static readonly DocumentKind Issue = new("issue", "Issue");
    public static readonly DocumentKind Decision = new("decision", "Decision");
    public static readonly DocumentKind Escalation = new("escalation", "Escalation");
    public static readonly DocumentKind ReviewPack = new("pack", "ReviewPack");
    public static readonly DocumentKind ArbitrationSession = new("arbitration-session", "ArbitrationSession");
    public static readonly DocumentKind Settings = new("settings", "GovernanceSettings");
    public static readonly DocumentKind Idempotency = new("idempotency", "IdempotencyRecord");
    public static readonly DocumentKind Person = new("person", "Person");
    public static readonly DocumentKind Allocation = new("allocation", "Allocation");
    public static readonly DocumentKind Demand = new("demand", "Demand");

    /// <summary>The Cosmos id of the document whose domain id is <paramref name="id"/>.</summary>
    public string CosmosId(string id) => DocumentIds.Encode(Prefix, id);
}
