using Pmo.Application.Packs;
using Pmo.Domain.Primitives;

namespace Pmo.Reports.Tests.Support;

/// <summary>Test packs: a synthetic portfolio whose first projects carry hostile names and texts.</summary>
public static class Packs
{
    public const string ScriptName = "<script>alert(1)</script>";
    public const string FormulaName = "=HYPERLINK(\"http://x\",\"y\")";
    public const string FormulaDifficulty = "@SUM(1+1)*cmd|' /C calc'!A0";

    private static readonly Dictionary<(int, int, Language), ReviewPackInput> Cache = [];
    private static readonly Dictionary<(int, int, Language), RenderedPack> Rendered = [];
    private static readonly Lock Gate = new();

    /// <summary>Projects 1 and 2 are red with hostile names; project 3's difficulty is a formula.</summary>
    public static ReviewPackInput Hostile(int projects = 60, int weeks = 10, Language language = Language.En)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue((projects, weeks, language), out var cached))
            {
                return cached;
            }

            var input = SyntheticPortfolio.Generate(projects, weeks, language);
            var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["PRJ-00001"] = ScriptName, ["PRJ-00002"] = FormulaName };
            var list = input.Projects.Select(p => names.TryGetValue(p.Id, out var n) ? p with { Name = n, Phase = Pmo.Domain.Portfolio.ProjectPhase.Execution } : p).ToList();
            var updates = input.Updates.Select(u => u.ProjectId switch
            {
                "PRJ-00001" or "PRJ-00002" => u with { Overall = Rag.Red, Difficulties = ScriptName, HelpNeeded = FormulaName },
                "PRJ-00003" => u with { Overall = Rag.Red, Difficulties = FormulaDifficulty },
                _ => u,
            }).ToList();
            var result = SyntheticPortfolio.WithKpis(input with { Projects = list, Updates = updates });
            Cache[(projects, weeks, language)] = result;
            return result;
        }
    }

    /// <summary>The hostile pack rendered once per shape (rendering is what the tests inspect, not what they time).</summary>
    public static RenderedPack Render(int projects = 60, int weeks = 10, Language language = Language.En)
    {
        var input = Hostile(projects, weeks, language);
        lock (Gate)
        {
            if (!Rendered.TryGetValue((projects, weeks, language), out var pack))
            {
                pack = new ReviewPackRenderer().Render(input);
                Rendered[(projects, weeks, language)] = pack;
            }

            return pack;
        }
    }
}
