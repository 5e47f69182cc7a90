namespace Pmo.Functions.Durable;

/// <summary>
/// The invocation's <see cref="DurableTaskClient"/>. On Functions the client comes from the <c>[DurableClient]</c> binding
/// (the host passes its endpoint per invocation), not from the container; the function puts it here and the container
/// hands it to the shared services (<c>OrchestrationStarter</c>, the API's handlers) that ask for a DurableTaskClient.
/// </summary>
public sealed class DurableClientScope
{
    private DurableTaskClient? _client;

    public DurableTaskClient Client
    {
        get => _client ?? throw new InvalidOperationException(
            "No DurableTaskClient in this invocation: the function must take a [DurableClient] parameter and hand it over.");
        set => _client = value ?? throw new ArgumentNullException(nameof(value));
    }
}
