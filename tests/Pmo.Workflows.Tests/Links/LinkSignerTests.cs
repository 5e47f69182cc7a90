using Microsoft.Extensions.Options;
using Pmo.Application.Configuration;
using Pmo.Application.Links;

namespace Pmo.Workflows.Tests.Links;

public sealed class LinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);
    private static readonly string KeyA = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
    private static readonly string KeyB = Convert.ToBase64String(Enumerable.Range(101, 32).Select(i => (byte)i).ToArray());

    private static readonly LinkClaims Claims = new(
        "acme", "PRJ-1", "PRJ-1-2026-W48", LinkPurpose.UpdateForm, Now.AddDays(5), "pm@example.org");

    private static LinkSigner Signer(string key, string? previous = null) =>
        new(Options.Create(new WorkflowOptions { PublicBaseUrl = "http://localhost:7071/api", LinkSigningKey = key, PreviousLinkSigningKey = previous }));

    [Fact]
    public void Verify_genuine_token_returns_its_claims()
    {
        var signer = Signer(KeyA);

        var result = signer.Verify(signer.Sign(Claims), LinkPurpose.UpdateForm, "acme", Now);

        Assert.True(result.IsValid);
        Assert.Equal(Claims, result.Claims);
    }

    [Fact]
    public void Verify_tampered_payload_is_refused_as_bad_signature()
    {
        var signer = Signer(KeyA);
        var token = signer.Sign(Claims);
        var forged = Signer(KeyA).Sign(Claims with { ProjectId = "PRJ-2" });
        var tampered = forged.Split('.')[0] + "." + token.Split('.')[1];

        Assert.Equal(LinkRefusal.BadSignature, signer.Verify(tampered, LinkPurpose.UpdateForm, "acme", Now).Refusal);
    }

    [Fact]
    public void Verify_flipped_signature_character_is_refused()
    {
        var signer = Signer(KeyA);
        var token = signer.Sign(Claims);
        var last = token[^2] == 'A' ? 'B' : 'A';
        var tampered = token[..^2] + last + token[^1];

        Assert.False(signer.Verify(tampered, LinkPurpose.UpdateForm, "acme", Now).IsValid);
    }

    [Fact]
    public void Verify_token_signed_with_another_key_is_refused()
    {
        var token = Signer(KeyB).Sign(Claims);

        Assert.Equal(LinkRefusal.BadSignature, Signer(KeyA).Verify(token, LinkPurpose.UpdateForm, "acme", Now).Refusal);
    }

    [Fact]
    public void Verify_after_rotation_accepts_tokens_of_the_previous_key()
    {
        var oldToken = Signer(KeyA).Sign(Claims);

        var result = Signer(KeyB, previous: KeyA).Verify(oldToken, LinkPurpose.UpdateForm, "acme", Now);

        Assert.True(result.IsValid);
    }

    [Fact]
    public void Verify_at_or_after_expiry_is_refused_as_expired()
    {
        var signer = Signer(KeyA);

        var result = signer.Verify(signer.Sign(Claims), LinkPurpose.UpdateForm, "acme", Claims.ExpiresAt);

        Assert.Equal(LinkRefusal.Expired, result.Refusal);
    }

    [Fact]
    public void Verify_wrong_purpose_is_refused()
    {
        var signer = Signer(KeyA);

        var result = signer.Verify(signer.Sign(Claims), LinkPurpose.Decision, "acme", Now);

        Assert.Equal(LinkRefusal.WrongPurpose, result.Refusal);
    }

    [Fact]
    public void Verify_other_tenant_is_refused()
    {
        var signer = Signer(KeyA);

        var result = signer.Verify(signer.Sign(Claims), LinkPurpose.UpdateForm, "globex", Now);

        Assert.Equal(LinkRefusal.WrongTenant, result.Refusal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public void Verify_garbage_is_refused_as_malformed(string token)
    {
        Assert.Equal(LinkRefusal.Malformed, Signer(KeyA).Verify(token, LinkPurpose.UpdateForm, "acme", Now).Refusal);
    }

    [Fact]
    public void VerifyOrThrow_refused_token_throws_with_the_reason()
    {
        var ex = Assert.Throws<LinkRefusedException>(() => Signer(KeyA).VerifyOrThrow("eHh4.eHh4", LinkPurpose.UpdateForm, "acme", Now));

        Assert.Equal(LinkRefusal.BadSignature, ex.Reason);
    }

    [Fact]
    public void URL_builds_the_page_address_under_the_public_base()
    {
        Assert.Equal("http://localhost:7071/api/forms/decision/abc.def", LinkRoutes.Url("http://localhost:7071/api/", LinkPurpose.Decision, "abc.def"));
    }
}
