using System.Diagnostics;

namespace Pmo.Reports.Tests.Support;

/// <summary>Extracts PDF text with poppler's pdftotext, the way a reader's PDF viewer would see it.</summary>
public static class Poppler
{
    public static string PdfToText(byte[] pdf, int? firstPage = null, int? lastPage = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"pmo-pack-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
            if (firstPage is { } f)
            {
                start.ArgumentList.Add("-f");
                start.ArgumentList.Add(f.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (lastPage is { } l)
            {
                start.ArgumentList.Add("-l");
                start.ArgumentList.Add(l.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            start.ArgumentList.Add("-enc");
            start.ArgumentList.Add("UTF-8");
            start.ArgumentList.Add(file);
            start.ArgumentList.Add("-");
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException(
                    "pdftotext (poppler-utils) is not installed: run scripts/install-test-deps.sh (or scripts/test-deps.d/poppler.sh) first.", e);
            }

            using (process)
            {
                var stdout = process.StandardOutput.ReadToEndAsync();
                var stderr = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.True(process.ExitCode == 0, $"pdftotext failed ({process.ExitCode}): {stderr}");
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
