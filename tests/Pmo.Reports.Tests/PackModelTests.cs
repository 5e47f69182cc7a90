using Pmo.Domain.Portfolio;
using Pmo.Domain.Primitives;
using Pmo.Reports.Model;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

public class PackModelTests
{
    [Theory]
    [InlineData(2026, 10, "2026-W40", "2026-W44")] // 1 Oct 2026 is a Thursday, so W40 is October's
    [InlineData(2026, 11, "2026-W45", "2026-W48")] // W49 starts 30 Nov but its Thursday is in December
    [InlineData(2027, 1, "2027-W01", "2027-W04")] // 2026-W53 holds 1 Jan 2027 but its Thursday is 31 Dec
    public void A_month_holds_the_iso_weeks_whose_thursday_falls_in_it(int year, int month, string first, string last)
    {
        var (f, l) = PackModelBuilder.WeeksOf(new YearMonth(year, month));

        Assert.Equal((first, last), (f.ToString(), l.ToString()));
    }

    [Fact]
    public void Trend_compares_the_latest_status_with_the_last_one_before_the_month()
    {
        var input = SyntheticPortfolio.Generate(3, weeks: 8);
        var (firstWeek, lastWeek) = PackModelBuilder.WeeksOf(input.Month);
        var id = input.Projects[0].Id;
        var updates = input.Updates.Where(u => u.ProjectId != id).ToList();
        updates.Add(Update(id, firstWeek.Previous(), Rag.Red));
        updates.Add(Update(id, lastWeek, Rag.Amber));

        var row = PackModelBuilder.Build(input with { Updates = updates, Projects = input.Projects.Select(p => p with { Phase = ProjectPhase.Execution }).ToList() }).RowsById[id];

        Assert.Equal(Rag.Amber, row.Overall);
        Assert.Equal(Rag.Red, row.PreviousRag);
        Assert.Equal(Trend.Improving, row.Trend);
    }

    [Fact]
    public void Compliance_counts_only_the_month_requests_of_each_project()
    {
        var input = SyntheticPortfolio.Generate(1, weeks: 8);
        var (firstWeek, lastWeek) = PackModelBuilder.WeeksOf(input.Month);
        var project = input.Projects[0] with { Phase = ProjectPhase.Execution };
        var wednesday = new DateTimeOffset(firstWeek.Next().Monday.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero).AddDays(2);
        UpdateRequest Request(IsoWeek w, UpdateRequestStatus s, DateTimeOffset? remindedAt = null) =>
            new() { ProjectId = project.Id, Week = w, Status = s, RemindedAt = remindedAt, SubmittedAt = s == UpdateRequestStatus.Submitted ? wednesday.AddDays(1) : null };
        var requests = new List<UpdateRequest>
        {
            Request(firstWeek.Previous(), UpdateRequestStatus.Missed), // last month: not counted
            Request(firstWeek, UpdateRequestStatus.Submitted) with { Late = true }, // older stores' "late" counts for nothing
            Request(firstWeek.Next(), UpdateRequestStatus.Submitted, remindedAt: wednesday), // Thursday's answer after Wednesday's reminder
            Request(lastWeek, UpdateRequestStatus.Missed),
        };

        var model = PackModelBuilder.Build(input with { Projects = [project], Requests = requests });
        var row = model.RowsById[project.Id];

        Assert.Equal((3, 1, 1, 1), (row.Requested, row.BeforeReminder, row.AfterReminder, row.Missed));
        Assert.Equal(2m / 3m, row.Compliance);
        Assert.Equal([row], model.NonCompliant);
        Assert.Equal(PackModelBuilder.TrendWeeks, model.ComplianceTrend.Count);
        Assert.Equal(lastWeek, model.ComplianceTrend[^1].Week);
    }

    private static StatusUpdate Update(string projectId, IsoWeek week, Rag rag) => new() { ProjectId = projectId, Week = week, Overall = rag };
}
