using System.Text.RegularExpressions;

namespace Pmo.Local.Tests.Support;

/// <summary>One numbered step of the README's tour: its text and its code spans, in order.</summary>
public sealed record TourStep(int Number, string Text, IReadOnlyList<string> Code)
{
    /// <summary>The one code span of this step that starts with <paramref name="prefix"/>.</summary>
    public string CodeStartingWith(string prefix)
    {
        var found = Code.Where(c => c.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException($"Tour step {Number} should show one `{prefix}…` command; it shows {found.Count}:\n{Text}");
    }

    /// <summary>The one code span of this step that contains <paramref name="fragment"/>.</summary>
    public string CodeContaining(string fragment)
    {
        var found = Code.Where(c => c.Contains(fragment, StringComparison.Ordinal)).ToList();
        return found.Count == 1
            ? found[0]
            : throw new InvalidOperationException($"Tour step {Number} should show one `…{fragment}…`; it shows {found.Count}:\n{Text}");
    }
}

/// <summary>
/// The "A 5-minute tour" section of README.md, read when the test runs, so the test runs what the README says today
/// (a drifted README fails the test rather than the reader).
/// </summary>
public static partial class ReadmeTour
{
    public const string Heading = "## A 5-minute tour";

    /// <summary>The port the README's commands use; the tests move it to a free one.</summary>
    public const string ReadmeHostPort = "localhost:7071";

    public static IReadOnlyList<TourStep> Read(string readmePath)
    {
        var readme = File.ReadAllText(readmePath).Replace("\r\n", "\n", StringComparison.Ordinal);
        var start = readme.IndexOf("\n" + Heading + "\n", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"README.md has no '{Heading}' section.");
        }

        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        var steps = Step().Matches(section)
            .Select(m => new TourStep(
                int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture),
                m.Groups["text"].Value,
                Code().Matches(m.Groups["text"].Value).Select(c => c.Groups[1].Value).ToList()))
            .ToList();
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i].Number != i + 1)
            {
                throw new InvalidOperationException($"The tour's steps are not numbered 1, 2, 3…: {string.Join(", ", steps.Select(s => s.Number))}");
            }
        }

        return steps;
    }

    /// <summary><paramref name="text"/> with the README's host and port replaced by the test host's.</summary>
    public static string OnPort(string text, int port) =>
        text.Replace(ReadmeHostPort, $"localhost:{port}", StringComparison.Ordinal);

    // A numbered item and its indented continuation lines.
    [GeneratedRegex(@"^(?<n>\d+)\. (?<text>.*(?:\n {2,}.*)*)", RegexOptions.Multiline)]
    private static partial Regex Step();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex Code();
}
