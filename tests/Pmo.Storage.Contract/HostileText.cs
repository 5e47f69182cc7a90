namespace Pmo.Storage.Contract;

/// <summary>Strings a store must keep byte for byte: accents, markup, spreadsheet formulas, SQL, JSON and control characters.</summary>
public static class HostileText
{
    public const string French = "Équipe « Données » — été, garçon, cœur, ÀÉÎÕÜ";
    public const string Script = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    public const string Formula = "=HYPERLINK(\"http://evil.example\",\"clic\")";
    public const string Sql = "'; DROP TABLE documents; -- \" OR 1=1";
    public const string Json = "{\"$type\":\"x\",\"a\":[1,2]}\\u0000 \\\" \\\\";
    public const string Controls = "line1\r\nline2\ttab \u0001 \u2028 emoji 🚀 zero\u200Bwidth";

    public static readonly string All = string.Join(" | ", French, Script, Formula, Sql, Json, Controls);
}
