using System.Reflection;
using System.Text.Json;

namespace Pmo.Infra.Tests.Support;

/// <summary>Paths of the repository and of the Bicep CLI, written into the assembly at build time.</summary>
internal static class Repo
{
    public static string Root { get; } = Metadata("RepoRoot");

    public static string BicepPath { get; } = Metadata("BicepPath");

    public static string File(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => System.IO.File.ReadAllText(File(parts));

    public static JsonElement Json(params string[] parts)
    {
        using var document = JsonDocument.Parse(Read(parts), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }

    private static string Metadata(string key) =>
        typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"Assembly metadata {key} is missing.");
}
