using Pmo.Application.Packs;
using Pmo.Domain.Intake;
using Pmo.Domain.Primitives;
using Pmo.Reports.Arbitration;

namespace Pmo.Reports.Tests.Support;

/// <summary>Test arbitration packs: 12 demands and 40 people, the first two demands with hostile texts; rendered once per language.</summary>
public static class Arbitrations
{
    public const int Demands = 12;
    public const int People = 40;
    public const string AttachmentUrl = "https://docs.example.org/business-case.pdf?v=1&lang=fr";

    private static readonly Dictionary<Language, (ArbitrationPackInput Input, RenderedPack Pack)> Cache = [];
    private static readonly Lock Gate = new();

    public static ArbitrationPackInput Input(Language language = Language.En) => Get(language).Input;

    public static RenderedPack Render(Language language = Language.En) => Get(language).Pack;

    /// <summary>The input with one demand replaced (same rank and score).</summary>
    public static ArbitrationPackInput With(ArbitrationPackInput input, string demandId, Func<Demand, Demand> change) => input with
    {
        Demands = [.. input.Demands.Select(r => r.Demand.Id == demandId ? r with { Demand = change(r.Demand) } : r)],
    };

    private static (ArbitrationPackInput Input, RenderedPack Pack) Get(Language language)
    {
        lock (Gate)
        {
            if (!Cache.TryGetValue(language, out var cached))
            {
                var input = SyntheticArbitration.Generate(Demands, People, language);
                var first = input.Demands[0].Demand.Id;
                var second = input.Demands[1].Demand.Id;
                input = With(input, first, d => d with
                {
                    Title = Packs.ScriptName,
                    BusinessCase = Packs.FormulaDifficulty,
                    Attachments = [new DemandAttachment("Business case <v1>", AttachmentUrl)],
                });
                input = With(input, second, d => d with { Title = Packs.FormulaName });
                cached = (input, new ArbitrationPackRenderer().Render(input));
                Cache[language] = cached;
            }

            return cached;
        }
    }
}
