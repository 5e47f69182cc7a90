using System.Reflection;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Pmo.Application.Packs;
using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Reports.Tests.Support;
using Pmo.Reports.Text;

namespace Pmo.Reports.Tests;

/// <summary>
/// The PM is given one deadline (Friday 12:00): an answer before it is on time, before any reminder or after one; no
/// answer by then is missed. The pack says so in both languages and never calls an on-time answer late.
/// </summary>
public partial class ComplianceVocabularyTests
{
    /// <summary>
    /// One week of three active projects: the first answers on Tuesday, the second on Thursday after Wednesday's reminder,
    /// the third never.
    /// </summary>
    private static ReviewPackInput OneWeek(Language language)
    {
        var input = SyntheticPortfolio.Generate(3, weeks: 1, language);
        var projects = input.Projects.Select(p => p with { Phase = ProjectPhase.Execution }).ToList();
        var requests = input.Requests.Select((r, i) => i switch
        {
            0 => r with { Status = UpdateRequestStatus.Submitted, RemindedAt = null, SubmittedAt = r.SentAt.AddDays(1) },
            1 => r with { Status = UpdateRequestStatus.Submitted, RemindedAt = r.SentAt.AddDays(2), SubmittedAt = r.SentAt.AddDays(3) },
            _ => r with { Status = UpdateRequestStatus.Missed, SubmittedAt = null, MissedAt = r.Deadline },
        }).ToList();
        return SyntheticPortfolio.WithKpis(input with { Projects = projects, Requests = requests });
    }

    [Theory]
    [InlineData(Language.En, "Weekly update compliance", "Before any reminder", "After a reminder", "Missed", "an update is on time when it arrives before its deadline")]
    [InlineData(Language.Fr, "Respect des mises à jour hebdomadaires", "Sans relance", "Après relance", "Manquées", "une mise à jour est dans les délais si elle arrive avant sa date limite")]
    public void The_compliance_table_splits_on_time_answers_into_before_any_reminder_and_after_a_reminder(
        Language language, string section, string before, string after, string missed, string definition)
    {
        var input = OneWeek(language);
        Assert.Equal((3, 2, 1, 1), (input.Kpis.UpdatesRequested, input.Kpis.UpdatesOnTime, input.Kpis.UpdatesAfterReminder, input.Kpis.UpdatesMissed));
        var pack = new ReviewPackRenderer().Render(input);

        var pdf = Poppler.PdfToText(pack.Pdf);
        var ranking = (language == Language.Fr ? FrenchText.Instance : EnglishText.Instance).Ranking;
        var start = pdf.LastIndexOf(section, StringComparison.Ordinal);
        var compliance = Spaces(pdf[start..pdf.IndexOf(ranking, start, StringComparison.Ordinal)]);
        Assert.Contains(before, compliance, StringComparison.Ordinal);
        Assert.Contains(after, compliance, StringComparison.Ordinal);
        Assert.Contains(missed, compliance, StringComparison.Ordinal);
        Assert.Contains(definition, Regex.Replace(compliance, @"\s+", " ").ToLowerInvariant(), StringComparison.Ordinal);
        // The Thursday answer and the missed week are followed up; the Tuesday answer is not listed.
        Assert.Contains(input.Projects[1].Id, compliance, StringComparison.Ordinal);
        Assert.Contains(input.Projects[2].Id, compliance, StringComparison.Ordinal);
        Assert.DoesNotContain(input.Projects[0].Id, compliance, StringComparison.Ordinal);

        using var document = SpreadsheetDocument.Open(new MemoryStream(pack.Xlsx), isEditable: false);
        var rows = Rows(document, language == Language.Fr ? "Projets" : "Projects");
        int Column(string header) => rows[0].FindIndex(c => Text(c) == header);
        var thursday = rows.Single(r => Text(r[1]) == input.Projects[1].Id);
        Assert.Equal(("0", "1"), (Text(thursday[Column(before)]), Text(thursday[Column(after)])));
    }

    [Fact]
    public void No_text_of_the_pack_in_either_language_calls_an_answer_late()
    {
        foreach (var text in new[] { EnglishText.Instance, FrenchText.Instance })
        {
            var strings = typeof(PackText).GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.PropertyType == typeof(string))
                .Select(p => (p.Name, Value: (string)p.GetValue(text)!));
            Assert.All(strings, s => Assert.DoesNotMatch(LateWords(), s.Value));
        }
    }

    [GeneratedRegex(@"(?i)\blate\b|retard|à l'heure")]
    private static partial Regex LateWords();

    private static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    private static List<List<Cell>> Rows(SpreadsheetDocument document, string sheetName)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        return [.. ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList())];
    }

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text ?? "";
}
