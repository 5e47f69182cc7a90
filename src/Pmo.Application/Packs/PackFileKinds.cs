namespace Pmo.Application.Packs;

/// <summary>The downloadable renderings of a pack, by kind ("html", "pdf", "xlsx"), as the API names them.</summary>
public static class PackFileKinds
{
    public static string ContentType(string kind) => kind switch
    {
        "html" => "text/html; charset=utf-8",
        "pdf" => "application/pdf",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        _ => "application/octet-stream",
    };

    /// <summary>"report.pdf" → "pdf"; null for inline images and anything else.</summary>
    public static string? KindOf(string fileName)
    {
        var extension = Path.GetExtension(fileName).TrimStart('.').ToLowerInvariant();
        return extension is "html" or "pdf" or "xlsx" ? extension : null;
    }
}
