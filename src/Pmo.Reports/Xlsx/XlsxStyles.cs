using DocumentFormat.OpenXml.Spreadsheet;

namespace Pmo.Reports.Xlsx;

/// <summary>Cell formats of the workbook; the enum values are indexes into the stylesheet's cellXfs.</summary>
internal enum CellStyle : uint
{
    Text = 0,
    Header = 1,
    Date = 2,
    Integer = 3,
    Percent = 4,
    Decimal = 5,
    DateTime = 6,
    Money = 7,

    /// <summary>A portfolio sum with the portfolio's currency in its number format ("2 810 000 EUR"), still a number.</summary>
    PortfolioMoney = 8,

    /// <summary>Capacity heat map cells: a load (whole percent) filled with its band's colour (as <see cref="Drawing.Palette.OfLoad"/>).</summary>
    LoadComfortable = 9,
    LoadFull = 10,
    LoadOver = 11,
    LoadNone = 12,
}

internal static class XlsxStyles
{
    private const uint DateFormat = 164;
    private const uint DateTimeFormat = 165;
    private const uint PortfolioMoneyFormat = 166;
    private const uint SharePercentFormat = 167;
    private const uint LoadPercentFormat = 168;

    /// <param name="currency">The portfolio's currency (<see cref="Model.PackModel.Currency"/>), shown after its sums; none when null.</param>
    /// <param name="language">The pack's language: its percent style, "67%" or "67 %" (U+202F), as in the HTML and PDF.</param>
    public static Stylesheet Create(string? currency, Language language = Language.En) => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = DateTimeFormat, FormatCode = "yyyy-mm-dd hh:mm" },
            new NumberingFormat { NumberFormatId = PortfolioMoneyFormat, FormatCode = MoneyFormat(currency) },
            new NumberingFormat { NumberFormatId = SharePercentFormat, FormatCode = PercentFormat("0.00", language) },
            new NumberingFormat { NumberFormatId = LoadPercentFormat, FormatCode = PercentFormat("0", language) }) { Count = 5 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new Color { Rgb = "FFFFFFFF" }, new FontName { Val = "Calibri" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFE0E6EA" }) { PatternType = PatternValues.Solid }),
            Solid(Palette.Green),
            Solid(Palette.Amber),
            Solid(Palette.Red),
            Solid(Palette.Rule)) { Count = 7 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            Format(0),
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true },
            Format(DateFormat),
            Format(3), // #,##0
            Format(SharePercentFormat),
            Format(2), // 0.00
            Format(DateTimeFormat),
            Format(3),
            Format(PortfolioMoneyFormat),
            Load(fill: 3, font: 2),
            Load(fill: 4, font: 1),
            Load(fill: 5, font: 2),
            Load(fill: 6, font: 1)) { Count = 13 });

    /// <summary><c>#,##0 "EUR"</c>: the ISO code as a quoted literal, so the cell stays a number Excel can sum.</summary>
    internal static string MoneyFormat(string? currency) =>
        currency is null ? "#,##0" : "#,##0 \"" + currency.Replace("\"", "", StringComparison.Ordinal) + "\"";

    /// <summary><c>0%</c>, or in French <c>0"\u202F"%</c>: the space a quoted literal, so the cell stays a number.</summary>
    internal static string PercentFormat(string digits, Language language) =>
        language == Language.Fr ? digits + "\"" + Typography.NarrowNoBreakSpace + "\"%" : digits + "%";

    private static Fill Solid(SkiaSharp.SKColor colour) =>
        new(new PatternFill(new ForegroundColor { Rgb = $"FF{Palette.Hex(colour)[1..]}" }) { PatternType = PatternValues.Solid });

    /// <summary>A load cell: whole percent in the pack's style, centred, on its band's fill.</summary>
    private static CellFormat Load(uint fill, uint font) => new(new Alignment { Horizontal = HorizontalAlignmentValues.Center })
    {
        NumberFormatId = LoadPercentFormat,
        FontId = font,
        FillId = fill,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = true,
        ApplyFont = true,
        ApplyFill = true,
        ApplyAlignment = true,
    };

    private static CellFormat Format(uint numberFormat) => new()
    {
        NumberFormatId = numberFormat,
        FontId = 0,
        FillId = 0,
        BorderId = 0,
        FormatId = 0,
        ApplyNumberFormat = numberFormat == 0 ? null : BooleanValue.FromBoolean(true),
    };
}
