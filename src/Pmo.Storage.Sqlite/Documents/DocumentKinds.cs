namespace Pmo.Storage.Sqlite.Documents;

/// <summary>The values of the documents.kind column, one per aggregate; stored in the file, so never renamed.</summary>
internal static class DocumentKinds
{
    public const string Project = "project";
    public const string StatusUpdate = "status-update";
    public const string UpdateRequest = "update-request";
    public const string Risk = "risk";
    public const string Issue = "issue";
    public const string Decision = "decision";
    public const string Escalation = "escalation";
    public const string ReviewPack = "review-pack";
    public const string ArbitrationSession = "arbitration-session";
    public const string Settings = "settings";
    public const string Idempotency = "idempotency";
    public const string Person = "person";
    public const string Allocation = "allocation";
    public const string Demand = "demand";
}
