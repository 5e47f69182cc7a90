using System.Diagnostics;
using System.Text;
using Pmo.Application.Packs;
using Pmo.Reports.Charts;
using Pmo.Reports.Html;
using Pmo.Reports.Model;
using Pmo.Reports.Pdf;
using Pmo.Reports.Tests.Support;
using Pmo.Reports.Xlsx;

namespace Pmo.Reports.Bench;

/// <summary>Times each stage of the pack (the same stages <see cref="ReviewPackRenderer.WritePack"/> runs) for one size.</summary>
internal static class PackBenchmark
{
    public static BenchResult Run(int projects, BenchOptions options)
    {
        var generate = Stopwatch.StartNew();
        var input = SyntheticPortfolio.Generate(projects, options.Weeks, options.Language);
        generate.Stop();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var afterInput = Process.GetCurrentProcess().WorkingSet64;
        var generationPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        ResetPeakWorkingSet();

        // The first run is what a monthly activity in a fresh worker pays (JIT, font loading); later runs are steady state.
        var directory = Path.Combine(options.OutputDirectory, $"{projects}-{options.Language.ToString().ToLowerInvariant()}");
        // JIT work during the first run (the runtime's own counters): what ReadyToRun code avoids.
        var jitTime = System.Runtime.JitInfo.GetCompilationTime();
        var jitMethods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var cold = Measure(input, directory);
        var coldJit = System.Runtime.JitInfo.GetCompilationTime() - jitTime;
        var coldJitMethods = System.Runtime.JitInfo.GetCompiledMethodCount() - jitMethods;
        var coldPeak = Process.GetCurrentProcess().PeakWorkingSet64;
        var runs = new List<BenchResult>();
        var gen2 = GC.CollectionCount(2);
        for (var i = 0; i < options.Runs; i++)
        {
            runs.Add(Measure(input, directory));
        }

        var median = runs.OrderBy(r => r.TotalMs).ElementAt(runs.Count / 2);
        using var self = Process.GetCurrentProcess();
        return median with
        {
            Projects = projects,
            Updates = input.Updates.Count,
            GenerateMs = generate.Elapsed.TotalMilliseconds,
            ColdTotalMs = cold.TotalMs,
            ColdCpuMs = cold.CpuMs,
            ColdJitMs = coldJit.TotalMilliseconds,
            ColdJitMethods = coldJitMethods,
            WorkingSetAfterInput = afterInput,
            PeakWorkingSet = self.PeakWorkingSet64,
            GenerationPeakWorkingSet = generationPeak,
            FirstRunPeakWorkingSet = coldPeak,
            Gen2Collections = (GC.CollectionCount(2) - gen2) / options.Runs,
        };
    }

    private static BenchResult Measure(ReviewPackInput input, string directory)
    {
        Directory.CreateDirectory(directory);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var total = Stopwatch.StartNew();
        var watch = Stopwatch.StartNew();

        var model = PackModelBuilder.Build(input);
        var modelMs = Lap(watch);
        var charts = ReviewPackRenderer.Charts(model, CancellationToken.None);
        var chartsMs = Lap(watch);
        var email = new HtmlEmailWriter(model).Write(charts);
        var htmlMs = Lap(watch);
        var pdfPath = Path.Combine(directory, ReviewPackRenderer.FileStem(input) + ".pdf");
        using (var pdf = File.Create(pdfPath))
        {
            PdfPackWriter.Write(model, pdf, CancellationToken.None);
        }

        var pdfMs = Lap(watch);
        var xlsxPath = Path.Combine(directory, ReviewPackRenderer.FileStem(input) + ".xlsx");
        using (var xlsx = File.Create(xlsxPath))
        {
            XlsxPackWriter.Write(model, xlsx, CancellationToken.None);
        }

        var xlsxMs = Lap(watch);
        total.Stop();
        self.Refresh();
        var cpuMs = (self.TotalProcessorTime - cpu).TotalMilliseconds;

        File.WriteAllText(Path.Combine(directory, ReviewPackRenderer.FileStem(input) + ".html"), email.Html, Encoding.UTF8);
        foreach (var chart in email.InlineImages)
        {
            File.WriteAllBytes(Path.Combine(directory, chart.FileName), chart.Png);
        }

        return new BenchResult(
            input.Projects.Count, input.Updates.Count, 0, modelMs, chartsMs, htmlMs, pdfMs, xlsxMs, total.Elapsed.TotalMilliseconds, 0, 0, cpuMs,
            Encoding.UTF8.GetByteCount(email.Html), new FileInfo(pdfPath).Length, PdfPages(pdfPath), new FileInfo(xlsxPath).Length,
            0, 0, 0, 0, GC.GetTotalAllocatedBytes(precise: true) - allocated, 0);
    }

    /// <summary>
    /// Linux: writing 5 to clear_refs resets the peak RSS (VmHWM, which PeakWorkingSet64 reads), so the peak reported
    /// is the one reached while rendering (with the input held), not while the generator and KpiCalculator built it.
    /// </summary>
    private static void ResetPeakWorkingSet()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux: the peak then includes input generation.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    internal static double Lap(Stopwatch watch)
    {
        var ms = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        return ms;
    }

    /// <summary>Counts "/Type /Page" objects (not "/Pages"): enough to report the page count without a PDF library.</summary>
    internal static int PdfPages(string path)
    {
        var text = Encoding.Latin1.GetString(File.ReadAllBytes(path));
        var count = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            if (i + 11 >= text.Length || text[i + 11] != 's')
            {
                count++;
            }
        }

        return count;
    }
}
