using Pmo.Storage.Cosmos.Setup;

namespace Pmo.Storage.Cosmos.Tests;

public sealed class CosmosStoreOptionsValidatorTests
{
    private static CosmosStoreOptions Valid() => new()
    {
        AccountEndpoint = new Uri("https://pmo-prod.documents.azure.com:443/"),
        TenantId = "acme",
    };

    private static string[] Failures(CosmosStoreOptions options) =>
        [.. new CosmosStoreOptionsValidator().Validate(null, options).Failures ?? []];

    [Fact]
    public void An_azure_account_with_managed_identity_needs_only_an_endpoint_and_a_tenant() =>
        Assert.Empty(Failures(Valid()));

    [Fact]
    public void A_loopback_emulator_with_a_key_is_valid() =>
        Assert.Empty(Failures(Valid().With(o =>
        {
            o.AccountEndpoint = new Uri("https://127.0.0.1:8081/");
            o.Emulator = true;
            o.Key = Convert.ToBase64String(new byte[64]);
        })));

    [Theory]
    [InlineData(null)]
    [InlineData("http://pmo.documents.azure.com/")]
    public void The_endpoint_must_be_https(string? endpoint) =>
        Assert.Contains(Failures(Valid().With(o => o.AccountEndpoint = endpoint is null ? null : new Uri(endpoint))), f => f.StartsWith("AccountEndpoint", StringComparison.Ordinal));

    [Fact]
    public void The_emulator_certificate_is_only_accepted_on_loopback() =>
        Assert.Contains(Failures(Valid().With(o =>
        {
            o.Emulator = true;
            o.Key = Convert.ToBase64String(new byte[64]);
        })), f => f.Contains("loopback", StringComparison.Ordinal));

    [Fact]
    public void The_emulator_needs_a_key() =>
        Assert.Contains(Failures(Valid().With(o =>
        {
            o.AccountEndpoint = new Uri("https://localhost:8081/");
            o.Emulator = true;
        })), f => f.StartsWith("Emulator needs a Key", StringComparison.Ordinal));

    [Fact]
    public void A_key_must_be_base64() =>
        Assert.Contains(Failures(Valid().With(o => o.Key = "not base64!")), f => f.StartsWith("Key", StringComparison.Ordinal));

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("trailing ")]
    public void Database_and_container_names_follow_cosmos_rules(string name)
    {
        Assert.Contains(Failures(Valid().With(o => o.Database = name)), f => f.StartsWith("Database", StringComparison.Ordinal));
        Assert.Contains(Failures(Valid().With(o => o.Container = name)), f => f.StartsWith("Container", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("tab\t")]
    public void The_tenant_is_required_and_printable(string tenant) =>
        Assert.Contains(Failures(Valid().With(o => o.TenantId = tenant)), f => f.StartsWith("TenantId", StringComparison.Ordinal));
}

internal static class OptionsEditing
{
    public static CosmosStoreOptions With(this CosmosStoreOptions options, Action<CosmosStoreOptions> change)
    {
        change(options);
        return options;
    }
}
