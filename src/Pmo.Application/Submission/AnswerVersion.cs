using System.Buffers.Text;

namespace Pmo.Application.Submission;

/// <summary>
/// The version of a week's answer that an amendment form carries: a hash of the stored answer that ignores the
/// outbox marker. The store's ETag would also change when the relay marks the event delivered, which is not a change
/// of the answer and must not turn an amendment into a conflict.
/// </summary>
public static class AnswerVersion
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General);

    public static string Of(StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var json = JsonSerializer.SerializeToUtf8Bytes(update with { EventDeliveredAt = null }, Options);
        return Base64Url.EncodeToString(SHA256.HashData(json));
    }
}
