using System.Diagnostics;

namespace Pmo.Reports.Tests.Support;

/// <summary>Extracts PDF text with poppler's pdftotext, the way a reader's PDF viewer would see it.</summary>
public static class Poppler
{
    public static string PdfToText(byte[] pdf, int? firstPage = null, int? lastPage = null)
    {
        var args = new List<string>();
        if (firstPage is { } f)
        {
            args.AddRange(["-f", f.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        if (lastPage is { } l)
        {
            args.AddRange(["-l", l.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }

        args.AddRange(["-enc", "UTF-8"]);
        return Run("pdftotext", args, pdf, "-");
    }

    /// <summary>One page rendered to PNG by pdftoppm (what a reader's screen shows), decoded for pixel checks.</summary>
    public static SkiaSharp.SKBitmap PageImage(byte[] pdf, int page, int dpi = 60)
    {
        var prefix = Path.Combine(Path.GetTempPath(), $"pmo-page-{Guid.NewGuid():N}");
        var pageText = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Run("pdftoppm", ["-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-png", "-singlefile", "-f", pageText, "-l", pageText], pdf, prefix);
        try
        {
            return SkiaSharp.SKBitmap.Decode(prefix + ".png");
        }
        finally
        {
            File.Delete(prefix + ".png");
        }
    }

    /// <summary>pdffonts' table: one line per font with its embedding flags.</summary>
    public static string PdfFonts(byte[] pdf) => Run("pdffonts", [], pdf);

    private static string Run(string tool, IEnumerable<string> args, byte[] pdf, params string[] after)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pmo-pack-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.ArgumentList.Add(file);
            foreach (var arg in after)
            {
                start.ArgumentList.Add(arg);
            }

            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException(
                    $"{tool} (poppler-utils) is not installed: run scripts/install-test-deps.sh (or scripts/test-deps.d/poppler.sh) first.", e);
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {stderr}");
                return stdout.Result;
            }
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The page count pdftotext sees (form feeds separate pages).</summary>
    public static int PageCount(string text) => text.Count(c => c == '\f');
}
