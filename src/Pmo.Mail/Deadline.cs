namespace Pmo.Mail;

/// <summary>
/// A token cancelled by the caller's token or once <c>timeout</c> has passed on a <see cref="TimeProvider"/>: network
/// timeouts measured on the injected clock rather than by the socket or HttpClient, so a test can make a request time
/// out exactly when the server holds it, whatever the machine's load.
/// </summary>
internal sealed class Deadline : IDisposable
{
    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;

    public Deadline(TimeSpan timeout, TimeProvider time, CancellationToken ct)
    {
        _timer = new CancellationTokenSource(timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(ct, _timer.Token);
    }

    public CancellationToken Token => _linked.Token;

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
