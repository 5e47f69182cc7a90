using DocumentFormat.OpenXml.Packaging;
using Pmo.Reports.Tests.Support;

namespace Pmo.Reports.Tests;

/// <summary>The Write methods need nothing but a forward-only stream (a blob upload, an HTTP body).</summary>
public class StreamingTests
{
    [Fact]
    public void Pack_streams_into_write_only_forward_only_streams()
    {
        var input = Packs.Hostile();
        using var pdf = new ForwardOnlyStream();
        using var xlsx = new ForwardOnlyStream();

        var email = new ReviewPackRenderer().WritePack(input, pdf, xlsx);

        Assert.NotEmpty(email.Html);
        Assert.Contains("Executive summary", Poppler.PdfToText(pdf.ToArray()), StringComparison.Ordinal);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(xlsx.ToArray()), isEditable: false);
        Assert.Equal(7, workbook.WorkbookPart!.WorksheetParts.Count());
    }

    [Fact]
    public void A_cancelled_token_stops_rendering()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new ReviewPackRenderer().WritePdf(Packs.Hostile(), Stream.Null, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => new ReviewPackRenderer().WriteXlsx(Packs.Hostile(), Stream.Null, cancelled.Token));
    }

    [Fact]
    public void Same_input_renders_the_same_pdf_and_workbook()
    {
        var input = Packs.Hostile();
        var renderer = new ReviewPackRenderer();

        var first = renderer.Render(input);
        var second = renderer.Render(input);

        Assert.Equal(first.Email.Html, second.Email.Html);
        Assert.Equal(first.Pdf, second.Pdf);
        Assert.Equal(first.Xlsx, second.Xlsx);
    }

    /// <summary>Write-only, no seeking, no length: what a network upload stream offers.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        private readonly MemoryStream _bytes = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] ToArray() => _bytes.ToArray();

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _bytes.Write(buffer, offset, count);

        protected override void Dispose(bool disposing)
        {
            _bytes.Dispose();
            base.Dispose(disposing);
        }
    }
}
