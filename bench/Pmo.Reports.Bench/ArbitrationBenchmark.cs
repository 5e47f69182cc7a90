using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pmo.Application.Packs;
using Pmo.Domain.Capacity;
using Pmo.Reports.Arbitration;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Bench;

/// <summary>
/// Times the arbitration pack (the stages of <see cref="ArbitrationPackRenderer.WritePack"/>: model, e-mail, PDF, XLSX)
/// for a number of demands and people: first run cold, then the median of the warm runs. The capacity view the caller
/// computes (<see cref="CapacityView.For"/> over every person) is timed apart, as it is the caller's work, not the renderer's.
/// </summary>
internal static class ArbitrationBenchmark
{
    public static string Run(int demands, int people, BenchOptions options)
    {
        var input = SyntheticArbitration.Generate(demands, people, options.Language);
        var random = new Random(1);
        var staff = SyntheticArbitration.People(people, random);
        var allocations = SyntheticArbitration.Allocations(staff, SyntheticArbitration.Months, random);
        var view = Stopwatch.StartNew();
        var capacity = CapacityView.For(staff, allocations, SyntheticArbitration.Months, CapacityGrouping.Role);
        view.Stop();

        var directory = Path.Combine(options.OutputDirectory, $"arbitration-{demands}x{people}-{options.Language.ToString().ToLowerInvariant()}");
        Directory.CreateDirectory(directory);
        var cold = Measure(input, directory);
        var warm = Enumerable.Range(0, options.Runs).Select(_ => Measure(input, directory)).OrderBy(r => r.Total).ToList();
        var median = warm[warm.Count / 2];
        using var self = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"| {demands:N0} | {people:N0} ({capacity.Cells.Count} role-months, {allocations.Count:N0} allocations) | {view.Elapsed.TotalMilliseconds:0} ms | {median.Model:0} ms | {median.Html:0} ms | {median.Pdf:0} ms | {median.Xlsx:0} ms | **{median.Total:0} ms** | {median.Cpu:0} ms | {cold.Total:0} ms / {cold.Cpu:0} ms | {median.HtmlBytes / 1024.0:0.0} KB | {median.PdfBytes / 1024.0 / 1024.0:0.0} MB ({median.Pages:N0}) | {median.XlsxBytes / 1024.0 / 1024.0:0.0} MB | {self.PeakWorkingSet64 / 1024.0 / 1024.0:0} MB |");
    }

    public const string TableHeader =
        "| demands | people | capacity view (caller) | model | HTML | PDF | XLSX | **total (warm, median)** | CPU time | first run (cold): wall / CPU | HTML size | PDF size (pages) | XLSX size | peak working set |\n" +
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    private static Sample Measure(ArbitrationPackInput input, string directory)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();
        var model = ArbitrationModel.Build(input);
        var modelMs = PackBenchmark.Lap(watch);
        var email = new ArbitrationEmailWriter(model).Write();
        var htmlMs = PackBenchmark.Lap(watch);
        var stem = Path.Combine(directory, ArbitrationPackRenderer.FileStem(input));
        using (var pdf = File.Create(stem + ".pdf"))
        {
            ArbitrationPdfWriter.Write(model, pdf, CancellationToken.None);
        }

        var pdfMs = PackBenchmark.Lap(watch);
        using (var xlsx = File.Create(stem + ".xlsx"))
        {
            ArbitrationXlsxWriter.Write(model, xlsx, CancellationToken.None);
        }

        var xlsxMs = PackBenchmark.Lap(watch);
        total.Stop();
        self.Refresh();
        File.WriteAllText(stem + ".html", email.Html, Encoding.UTF8);
        return new Sample(modelMs, htmlMs, pdfMs, xlsxMs, total.Elapsed.TotalMilliseconds, (self.TotalProcessorTime - cpu).TotalMilliseconds,
            Encoding.UTF8.GetByteCount(email.Html), new FileInfo(stem + ".pdf").Length, PackBenchmark.PdfPages(stem + ".pdf"), new FileInfo(stem + ".xlsx").Length);
    }

    private sealed record Sample(double Model, double Html, double Pdf, double Xlsx, double Total, double Cpu, long HtmlBytes, long PdfBytes, int Pages, long XlsxBytes);
}
