namespace Pmo.Reports.Drawing;

/// <summary>The pack's colours, shared by charts, PDF and HTML so a "red" project looks the same everywhere.</summary>
internal static class Palette
{
    public static readonly SKColor Green = SKColor.Parse("#2E7D32");
    public static readonly SKColor Amber = SKColor.Parse("#F9A825");
    public static readonly SKColor Red = SKColor.Parse("#C62828");
    public static readonly SKColor Grey = SKColor.Parse("#9E9E9E");
    public static readonly SKColor Ink = SKColor.Parse("#212121");
    public static readonly SKColor Muted = SKColor.Parse("#616161");
    public static readonly SKColor Rule = SKColor.Parse("#E0E0E0");
    public static readonly SKColor HeaderFill = SKColor.Parse("#263238");
    public static readonly SKColor StripeFill = SKColor.Parse("#F5F7F8");
    public static readonly SKColor Approved = SKColor.Parse("#1565C0");
    public static readonly SKColor Forecast = SKColor.Parse("#EF6C00");
    public static readonly SKColor Accent = SKColor.Parse("#00695C");

    public static SKColor Of(Rag? rag) => rag switch
    {
        Rag.Green => Green,
        Rag.Amber => Amber,
        Rag.Red => Red,
        _ => Grey,
    };

    /// <summary>Heat map cell colour by risk score (probability × impact).</summary>
    public static SKColor OfScore(int score) => score switch
    {
        >= 15 => Red,
        >= 10 => Forecast,
        >= 5 => Amber,
        _ => Green,
    };

    /// <summary>Capacity heat map cell colour by load band (≤ 80 %, ≤ 100 %, > 100 %; light grey without capacity).</summary>
    public static SKColor OfLoad(Model.LoadBand band) => band switch
    {
        Model.LoadBand.Comfortable => Green,
        Model.LoadBand.Full => Amber,
        Model.LoadBand.Over => Red,
        _ => Rule,
    };

    public static string Hex(SKColor c) => $"#{c.Red:X2}{c.Green:X2}{c.Blue:X2}";

    /// <summary>Text colour readable on <paramref name="fill"/>.</summary>
    public static SKColor On(SKColor fill) => fill == Amber || fill == Rule ? Ink : SKColors.White;
}
