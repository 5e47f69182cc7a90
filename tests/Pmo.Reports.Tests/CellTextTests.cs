using Pmo.Reports.Xlsx;

namespace Pmo.Reports.Tests;

public class CellTextTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+33 1 23", "'+33 1 23")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\t=cmd", "'\t=cmd")]
    [InlineData("\r=cmd", "'\r=cmd")]
    [InlineData("＝HYPERLINK()", "'＝HYPERLINK()")]
    [InlineData("Budget = 12", "Budget = 12")]
    [InlineData("Écart budgétaire", "Écart budgétaire")]
    [InlineData("", "")]
    public void Formula_starts_are_prefixed_other_text_is_kept(string input, string expected) =>
        Assert.Equal(expected, CellText.Safe(input));

    [Fact]
    public void Characters_xml_cannot_carry_are_dropped()
    {
        Assert.Equal("ab😀c", CellText.Safe("a\u0001b😀\uD800c\uFFFF"));
    }

    [Fact]
    public void Text_is_capped_at_excel_cell_limit() =>
        Assert.Equal(CellText.MaxLength, CellText.Safe(new string('x', 40_000)).Length);
}
