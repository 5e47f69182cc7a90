using System.Text.RegularExpressions;
using Pmo.Infra.Tests.Support;

namespace Pmo.Infra.Tests;

/// <summary>
/// One test-naming style across the test projects (docs/architecture.md, "Conventions"): a test is named by the
/// sentence it proves, words joined by underscores (<c>A_stale_write_fails_alone</c>), optionally after the member
/// under test (<c>VerifyOrThrow_refused_token_throws_with_the_reason</c>). The other style in common use,
/// <c>Member_StateUnderTest_ExpectedBehaviour</c>, glues capitalised words together; no analyzer checks names of
/// test methods, so this test does.
/// </summary>
public sealed partial class TestNamingTests
{
    [Fact]
    public void Every_test_is_named_as_a_sentence_with_underscores()
    {
        var offenders = TestMethods()
            .Where(test => !IsSentenceStyle(test.Name))
            .Select(test => $"{test.File}: {test.Name}")
            .ToList();

        Assert.True(offenders.Count == 0, "Name these tests as sentences (Words_joined_like_this):\n" + string.Join('\n', offenders));
    }

    [Theory]
    [InlineData("A_stale_write_fails_alone", true)]
    [InlineData("VerifyOrThrow_refused_token_throws_with_the_reason", true)]
    [InlineData("The_registered_SendGrid_mailer_sends_to_the_configured_host", true)]
    [InlineData("Verify_GenuineToken_ReturnsItsClaims", false)]
    [InlineData("Tick_Repeated_StartsNothingTwice", false)]
    [InlineData("FiveWeeksAndAMonthEnd_send_the_mails", false)]
    [InlineData("Works", false)]
    public void The_rule_tells_the_two_styles_apart(string name, bool expected) =>
        Assert.Equal(expected, IsSentenceStyle(name));

    /// <summary>
    /// At least two words; after the first segment, no segment glues three capitalised words together and at most one
    /// glues two (a product or member name such as SendGrid or RateLimit); the first segment (the subject, possibly a
    /// member name) glues at most four.
    /// </summary>
    internal static bool IsSentenceStyle(string name)
    {
        var segments = name.Split('_');
        if (segments.Length < 2 || segments.Any(s => s.Length == 0) || CapitalisedWords(segments[0]) > 4)
        {
            return false;
        }

        var rest = segments.Skip(1).Select(CapitalisedWords).ToList();
        return rest.All(words => words < 3) && rest.Count(words => words == 2) <= 1;
    }

    // "ReturnsItsClaims" → 3, "SendGrid" → 2, "the" → 0, "SMTP" → 1 (an acronym is one word).
    private static int CapitalisedWords(string segment) => CapitalisedWord().Count(segment);

    private static IEnumerable<(string File, string Name)> TestMethods()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "tests"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (Match match in TestMethod().Matches(File.ReadAllText(file)))
            {
                yield return (Path.GetRelativePath(Repo.Root, file), match.Groups["name"].Value);
            }
        }
    }

    [GeneratedRegex(@"\[(?:Fact|Theory)\b[^\n]*\n(?:\s*\[[^\n]*\n)*\s*public (?:async )?(?:Task|ValueTask|void) (?<name>\w+)\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"[A-Z]+(?![a-z])|[A-Z][a-z0-9]+")]
    private static partial Regex CapitalisedWord();
}
