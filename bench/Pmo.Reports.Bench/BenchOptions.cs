using System.Globalization;
using Pmo.Domain.Primitives;

namespace Pmo.Reports.Bench;

/// <param name="Arbitration">Demands and people of the arbitration pack run (<c>--arbitration 500x2000</c>); null: review pack only.</param>
internal sealed record BenchOptions(IReadOnlyList<int> Projects, int Weeks, int Runs, Language Language, string OutputDirectory, int? Single, (int Demands, int People)? Arbitration = null)
{
    public static BenchOptions Parse(string[] args)
    {
        var projects = new List<int> { 100, 1_000, 10_000 };
        var weeks = 52;
        var runs = 3;
        var language = Language.En;
        var output = Path.Combine(Path.GetTempPath(), "pmo-reports-bench");
        int? single = null;
        (int, int)? arbitration = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--projects": projects = value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList(); break;
                case "--weeks": weeks = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--runs": runs = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--lang": language = Enum.Parse<Language>(value, ignoreCase: true); break;
                case "--out": output = value; break;
                case "--single": single = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--arbitration":
                    var parts = value.Split('x');
                    arbitration = (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
                    break;
                default: throw new ArgumentException($"Unknown option {args[i]}.");
            }

            i++;
        }

        return new BenchOptions(projects, weeks, runs, language, output, single, arbitration);
    }

    public string[] ChildArgs(int projects) =>
    [
        "--single", projects.ToString(CultureInfo.InvariantCulture), "--weeks", Weeks.ToString(CultureInfo.InvariantCulture),
        "--runs", Runs.ToString(CultureInfo.InvariantCulture), "--lang", Language.ToString(), "--out", OutputDirectory,
    ];
}
