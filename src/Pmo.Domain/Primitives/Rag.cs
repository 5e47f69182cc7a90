namespace Pmo.Domain.Primitives;

/// <summary>Red / Amber / Green status, ordered from best to worst so that Max() gives the worst.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Rag>))]
public enum Rag
{
    Green = 0,
    Amber = 1,
    Red = 2,
}

/// <summary>The direction of a RAG or a KPI compared with the previous period.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Trend>))]
public enum Trend
{
    Stable,
    Improving,
    Worsening,
}

/// <summary>A recipient's preferred language: English or French.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Language>))]
public enum Language
{
    En,
    Fr,
}
