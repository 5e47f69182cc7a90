namespace Pmo.Reports.Pdf;

/// <summary>
/// Forwards writes to the caller's stream and answers Position with the bytes written so far. Skia's managed stream
/// adapter reads Position after every write; a forward-only stream (an HTTP body, a blob upload) throws there, and an
/// exception inside Skia's native callback ends the process. Never disposes the caller's stream.
/// </summary>
internal sealed class PositionTrackingStream(Stream inner) : Stream
{
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _written;

    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Flush() => inner.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count)
    {
        inner.Write(buffer, offset, count);
        _written += count;
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        inner.Write(buffer);
        _written += buffer.Length;
    }
}
