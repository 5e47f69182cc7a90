namespace Pmo.Local.Composition;

/// <summary>The data folder's layout, resolved once against the working directory so every component agrees.</summary>
public sealed record DataFolder(string Root)
{
    public string Database => Path.Combine(Root, "pmo.db");
    public string Outbox => Path.Combine(Root, "outbox");
    public string Packs => Path.Combine(Root, "packs");
    public string Azurite => Path.Combine(Root, "azurite");
    public string Secrets => Path.Combine(Root, "secrets");
    public string Backups => Path.Combine(Root, "backups");
    public string DataProtectionKeys => Path.Combine(Secrets, "dataprotection");

    public static DataFolder Resolve(string path) => new(Path.GetFullPath(path));
}
