using System.Buffers.Text;

namespace Pmo.Application.Links;

/// <summary>
/// Signs and verifies link tokens: base64url(JSON claims) "." base64url(HMAC-SHA256(key, first part)).
/// Verification accepts the current or the previous key (rotation) and compares MACs in constant time.
/// It checks the token alone; whether the request behind it is still open is the services' job.
/// </summary>
public sealed class LinkSigner
{
    private const int MinKeyBytes = 32;
    private readonly byte[] _key;
    private readonly byte[]? _previousKey;

    public LinkSigner(IOptions<WorkflowOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _key = DecodeKey(options.Value.LinkSigningKey, nameof(WorkflowOptions.LinkSigningKey));
        _previousKey = string.IsNullOrWhiteSpace(options.Value.PreviousLinkSigningKey)
            ? null
            : DecodeKey(options.Value.PreviousLinkSigningKey, nameof(WorkflowOptions.PreviousLinkSigningKey));
    }

    public string Sign(LinkClaims claims)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var payload = new TokenPayload(
            claims.TenantId, claims.ProjectId, claims.RequestId, (int)claims.Purpose, claims.ExpiresAt.ToUnixTimeSeconds(), claims.Actor);
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(payload, TokenJson.Default.TokenPayload));
        return body + "." + Base64Url.EncodeToString(Mac(_key, body));
    }

    /// <summary>The claims of a genuine, unexpired token for <paramref name="purpose"/> in <paramref name="tenantId"/>, or the refusal.</summary>
    public LinkVerification Verify(string? token, LinkPurpose purpose, string tenantId, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 4096)
        {
            return LinkVerification.Refused(LinkRefusal.Malformed);
        }

        var dot = token.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot != token.LastIndexOf('.') || !TryDecode(token[(dot + 1)..], out var mac))
        {
            return LinkVerification.Refused(LinkRefusal.Malformed);
        }

        var body = token[..dot];
        if (!Matches(_key, body, mac) && (_previousKey is null || !Matches(_previousKey, body, mac)))
        {
            return LinkVerification.Refused(LinkRefusal.BadSignature);
        }

        if (!TryDecode(body, out var json) || !TryRead(json, out var payload))
        {
            return LinkVerification.Refused(LinkRefusal.Malformed);
        }

        var claims = new LinkClaims(
            payload.T, payload.P, payload.R, (LinkPurpose)payload.U, DateTimeOffset.FromUnixTimeSeconds(payload.E), payload.A ?? "");
        if (!string.Equals(claims.TenantId, tenantId, StringComparison.Ordinal))
        {
            return LinkVerification.Refused(LinkRefusal.WrongTenant);
        }

        if (claims.Purpose != purpose)
        {
            return LinkVerification.Refused(LinkRefusal.WrongPurpose);
        }

        return now >= claims.ExpiresAt ? LinkVerification.Refused(LinkRefusal.Expired) : LinkVerification.Accepted(claims);
    }

    /// <summary>Like <see cref="Verify"/> but throws <see cref="LinkRefusedException"/>.</summary>
    public LinkClaims VerifyOrThrow(string? token, LinkPurpose purpose, string tenantId, DateTimeOffset now)
    {
        var result = Verify(token, purpose, tenantId, now);
        return result.Claims ?? throw new LinkRefusedException(result.Refusal);
    }

    private static bool Matches(byte[] key, string body, byte[] mac) =>
        CryptographicOperations.FixedTimeEquals(Mac(key, body), mac);

    private static byte[] Mac(byte[] key, string body) => HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(body));

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || !Base64Url.IsValid(text))
        {
            return false;
        }

        bytes = Base64Url.DecodeFromChars(text);
        return true;
    }

    private static bool TryRead(byte[] json, out TokenPayload payload)
    {
        payload = null!;
        try
        {
            var read = JsonSerializer.Deserialize(json, TokenJson.Default.TokenPayload);
            if (read is null || read.T is null || read.P is null || read.R is null || !Enum.IsDefined((LinkPurpose)read.U))
            {
                return false;
            }

            payload = read;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    internal static byte[] DecodeKey(string? base64, string name)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(base64 ?? "");
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"Link signing {name} must be base64.");
        }

        return key.Length >= MinKeyBytes
            ? key
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Link signing {name} must be at least {MinKeyBytes} bytes."));
    }
}
