using Pmo.Storage.Cosmos.Documents;

namespace Pmo.Storage.Cosmos.Tests;

public sealed class DocumentIdsTests
{
    [Theory]
    [InlineData("P-001", "project:P-001")]
    [InlineData("P-001-2026-W48", "project:P-001-2026-W48")]
    [InlineData("mail:weekly-2026-W48:pm@example.org", "project:mail:weekly-2026-W48:pm@example.org")]
    public void Usual_ids_stay_readable(string id, string expected) =>
        Assert.Equal(expected, DocumentIds.Encode("project", id));

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a?b")]
    [InlineData("a#b")]
    [InlineData("a%20b")]
    [InlineData("trailing ")]
    [InlineData("Équipe « données »")]
    [InlineData("tab\there")]
    public void Characters_Cosmos_or_its_gateways_mishandle_are_escaped(string id)
    {
        var encoded = DocumentIds.Encode("idempotency", id);

        Assert.All(encoded, c => Assert.True(char.IsAsciiLetterOrDigit(c) || "-_.:@~".Contains(c), $"'{c}' in {encoded}"));
    }

    [Fact]
    public void Distinct_ids_get_distinct_cosmos_ids()
    {
        string[] ids = ["a b", "a~20b", "a~b", "a_b", "a.b", "A b", "a  b", new string('x', 300), new string('x', 301)];

        var encoded = ids.Select(id => DocumentIds.Encode("risk", id)).ToArray();

        Assert.Equal(ids.Length, encoded.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Ids_too_long_for_Cosmos_become_a_stable_hash_within_255_characters()
    {
        var id = string.Concat(Enumerable.Repeat("é/", 200));

        var encoded = DocumentIds.Encode("idempotency", id);

        Assert.True(encoded.Length <= 255);
        Assert.StartsWith("idempotency:~h", encoded, StringComparison.Ordinal);
        Assert.Equal(encoded, DocumentIds.Encode("idempotency", id));
    }

    [Fact]
    public void The_kind_prefix_keeps_kinds_apart() =>
        Assert.NotEqual(DocumentIds.Encode("risk", "X-1"), DocumentIds.Encode("issue", "X-1"));
}
