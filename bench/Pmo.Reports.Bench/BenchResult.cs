using System.Globalization;
using System.Text.Json;

namespace Pmo.Reports.Bench;

/// <summary>One portfolio size's measurements (milliseconds, bytes).</summary>
internal sealed record BenchResult(
    int Projects,
    int Updates,
    double GenerateMs,
    double ModelMs,
    double ChartsMs,
    double HtmlMs,
    double PdfMs,
    double XlsxMs,
    double TotalMs,
    double ColdTotalMs,
    double ColdCpuMs,
    double CpuMs,
    long HtmlBytes,
    long PdfBytes,
    int PdfPages,
    long XlsxBytes,
    long WorkingSetAfterInput,
    long PeakWorkingSet,
    long GenerationPeakWorkingSet,
    long FirstRunPeakWorkingSet,
    long AllocatedPerRun,
    int Gen2Collections,
    double ColdJitMs = 0,
    long ColdJitMethods = 0)
{
    public const string TableHeader =
        "| projects | updates in input | model | charts | HTML | PDF | XLSX | **total** | CPU time | first run (cold): wall / CPU | HTML size | PDF size (pages) | XLSX size | working set after input (peak while generating it) | **peak working set while rendering: first run / after all runs** | allocated per run | gen2 GCs | first run: JIT time (methods JIT-compiled) |\n" +
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

    public string ToLine() => JsonSerializer.Serialize(this);

    public static BenchResult FromLine(string line) => JsonSerializer.Deserialize<BenchResult>(line)!;

    public string ToRow() => string.Create(CultureInfo.InvariantCulture,
        $"| {Projects:N0} | {Updates:N0} | {Ms(ModelMs)} | {Ms(ChartsMs)} | {Ms(HtmlMs)} | {Ms(PdfMs)} | {Ms(XlsxMs)} | **{Ms(TotalMs)}** | {Ms(CpuMs)} | {Ms(ColdTotalMs)} / {Ms(ColdCpuMs)} | {Kb(HtmlBytes)} | {Mb(PdfBytes)} ({PdfPages:N0}) | {Mb(XlsxBytes)} | {Mb(WorkingSetAfterInput)} ({Mb(GenerationPeakWorkingSet)}) | **{Mb(FirstRunPeakWorkingSet)}** / {Mb(PeakWorkingSet)} | {Mb(AllocatedPerRun)} | {Gen2Collections} | {Ms(ColdJitMs)} ({ColdJitMethods:N0}) |");

    private static string Ms(double ms) => ms >= 1000 ? string.Create(CultureInfo.InvariantCulture, $"{ms / 1000:0.00} s") : string.Create(CultureInfo.InvariantCulture, $"{ms:0} ms");

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KB");

    private static string Mb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.0} MB");
}
