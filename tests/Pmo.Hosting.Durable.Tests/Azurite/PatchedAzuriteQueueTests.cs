using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Microsoft.Extensions.Logging.Abstractions;
using Pmo.Hosting.Durable.Azurite;
using Pmo.Hosting.Durable.Tests.Engine;

namespace Pmo.Hosting.Durable.Tests.Azurite;

/// <summary>
/// The queue store of the patched Azurite (tools/azurite/patches) behaves as the queue service: the patch only changes
/// which index LokiJS starts from and skips expiry scans that cannot find anything.
/// </summary>
public sealed class PatchedAzuriteQueueTests : IAsyncLifetime, IDisposable
{
    private readonly TestDataFolder _data = new();
    private AzuriteServer _azurite = null!;

    public async Task InitializeAsync() =>
        _azurite = await AzuriteServer.StartOrReuseAsync(new DurableEngineOptions { DataFolder = _data.Path }, NullLogger.Instance, CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _azurite.DisposeAsync();
        _data.Dispose();
    }

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_message_with_a_time_to_live_expires_after_the_queue_was_scanned_with_lasting_messages_only()
    {
        var queue = await QueueAsync("expiry");
        await queue.SendMessageAsync("lasting", timeToLive: TimeSpan.FromSeconds(-1));
        Assert.Single((await queue.PeekMessagesAsync(32)).Value); // the expiry scan ran: nothing can expire before 9999

        // Stored with its time to live (a peek here would race the expiry on a loaded machine: the receipt says it).
        var sent = (await queue.SendMessageAsync("short", timeToLive: TimeSpan.FromSeconds(1))).Value;
        Assert.Equal(TimeSpan.FromSeconds(1), sent.ExpirationTime - sent.InsertionTime);

        // Azurite's own clock decides and there is no completion to wait on: poll for the short-lived message to go.
        // The bound only catches an expiry that never happens (the bug the patch could introduce).
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        PeekedMessage[] left;
        do
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), timeout.Token);
            left = (await queue.PeekMessagesAsync(32, timeout.Token)).Value;
        }
        while (left.Length > 1);

        Assert.Equal("lasting", Assert.Single(left).MessageText);
    }

    [Fact]
    public async Task Delete_and_update_need_the_current_pop_receipt_and_the_messages_own_queue()
    {
        var first = await QueueAsync("first");
        var second = await QueueAsync("second");
        foreach (var text in new[] { "a", "b", "c" })
        {
            await first.SendMessageAsync(text);
            await second.SendMessageAsync(text);
        }

        // One receive each: a dequeue gives all its messages the same pop receipt.
        QueueMessage[] taken = [(await first.ReceiveMessageAsync(TimeSpan.FromMinutes(1))).Value, (await first.ReceiveMessageAsync(TimeSpan.FromMinutes(1))).Value];
        Assert.Equal(["a", "b"], taken.Select(m => m.MessageText));

        var wrong = await Assert.ThrowsAsync<RequestFailedException>(() => first.DeleteMessageAsync(taken[0].MessageId, taken[1].PopReceipt));
        Assert.Equal("PopReceiptMismatch", wrong.ErrorCode);
        var elsewhere = await Assert.ThrowsAsync<RequestFailedException>(() => second.DeleteMessageAsync(taken[0].MessageId, taken[0].PopReceipt));
        Assert.Equal(404, elsewhere.Status);

        var renewed = (await first.UpdateMessageAsync(taken[0].MessageId, taken[0].PopReceipt, visibilityTimeout: TimeSpan.FromMinutes(1))).Value;
        var stale = await Assert.ThrowsAsync<RequestFailedException>(() => first.DeleteMessageAsync(taken[0].MessageId, taken[0].PopReceipt));
        Assert.Equal("PopReceiptMismatch", stale.ErrorCode);
        await first.DeleteMessageAsync(taken[0].MessageId, renewed.PopReceipt);
        await first.DeleteMessageAsync(taken[1].MessageId, taken[1].PopReceipt);

        Assert.Equal(["c"], (await first.PeekMessagesAsync(32)).Value.Select(m => m.MessageText));
        Assert.Equal(["a", "b", "c"], (await second.ReceiveMessagesAsync(32)).Value.Select(m => m.MessageText));
    }

    private async Task<QueueClient> QueueAsync(string name)
    {
        var queue = new QueueClient(_azurite.Endpoints.ConnectionString, name);
        await queue.CreateIfNotExistsAsync();
        return queue;
    }
}
