using System.Text.Json;
using Pmo.Infra.Tests.Support;
using Pmo.Storage.Cosmos;

namespace Pmo.Infra.Tests;

/// <summary>What the compiled template declares: identity-only access, the roles Durable and the app need, Flex settings.</summary>
public sealed class InfraTemplateTests
{
    private static async Task<JsonElement> ModuleAsync(string name) => Template.Module(await Bicep.MainTemplateAsync(), name);

    private static JsonElement Properties(JsonElement module, string type) =>
        Template.OfType(module, type).First().GetProperty("properties");

    [Fact]
    public async Task Storage_has_shared_keys_off_and_grants_the_roles_Durable_needs()
    {
        var storage = await ModuleAsync("storage");

        var account = Properties(storage, "Microsoft.Storage/storageAccounts");
        Assert.False(account.GetProperty("allowSharedKeyAccess").GetBoolean());
        Assert.False(account.GetProperty("allowBlobPublicAccess").GetBoolean());
        Assert.Single(Template.OfType(storage, "Microsoft.Storage/storageAccounts/blobServices/containers"));
        Assert.Superset(new HashSet<string>
        {
            "b7e6dc6d-f1e8-4753-8033-0f276bb0955b", // Storage Blob Data Owner (host, deployment package, hub blobs)
            "974c5e8b-45b9-4653-ba55-5f855dd0fb88", // Storage Queue Data Contributor (Durable control/work-item queues)
            "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3", // Storage Table Data Contributor (Durable history/instances)
        }, Template.GrantedRoles(storage).ToHashSet());
    }

    [Fact]
    public async Task Cosmos_is_serverless_keyless_and_grants_data_contributor_to_the_app()
    {
        var cosmos = await ModuleAsync("cosmos");

        var account = Properties(cosmos, "Microsoft.DocumentDB/databaseAccounts");
        Assert.True(account.GetProperty("disableLocalAuth").GetBoolean());
        Assert.Contains(account.GetProperty("capabilities").EnumerateArray(), c => c.GetProperty("name").GetString() == "EnableServerless");
        var assignment = Properties(cosmos, "Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments");
        Assert.Contains("sqlRoleDefinitions", assignment.GetProperty("roleDefinitionId").GetString());
        Assert.Contains("variables('dataContributor')", assignment.GetProperty("roleDefinitionId").GetString());
        Assert.Equal("[parameters('principalId')]", assignment.GetProperty("principalId").GetString());
        // Built-in Data Contributor (data plane): read/write items, cannot change the account.
        Assert.Equal("00000000-0000-0000-0000-000000000002", cosmos.GetProperty("variables").GetProperty("dataContributor").GetString());
    }

    [Fact]
    public async Task Cosmos_portfolio_container_matches_the_store_layout()
    {
        var template = await Bicep.MainTemplateAsync();
        var cosmos = Template.Module(template, "cosmos");
        var containers = Template.OfType(cosmos, "Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers")
            .Select(c => c.GetProperty("properties").GetProperty("resource")).ToList();
        Assert.Equal(2, containers.Count);

        var portfolio = containers.Single(c => c.GetProperty("partitionKey").GetProperty("paths")[0].GetString() == ContainerLayout.PartitionKeyPath);
        var policy = portfolio.GetProperty("indexingPolicy");
        Assert.Equal(ContainerLayout.IndexedPaths.Order(StringComparer.Ordinal),
            policy.GetProperty("includedPaths").EnumerateArray().Select(p => p.GetProperty("path").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(["/*"], policy.GetProperty("excludedPaths").EnumerateArray().Select(p => p.GetProperty("path").GetString()));
        Assert.Contains(containers, c => c.GetProperty("partitionKey").GetProperty("paths")[0].GetString() == "/id"); // leases

        var names = Template.Resources(template).Where(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments"
            && r.GetProperty("name").GetString() == "cosmos").Single().GetProperty("properties").GetProperty("parameters");
        Assert.Equal("[variables('cosmosContainerName')]", names.GetProperty("containerName").GetProperty("value").GetString());
        Assert.Equal("portfolio", template.GetProperty("variables").GetProperty("cosmosContainerName").GetString());
        Assert.Equal("leases", template.GetProperty("variables").GetProperty("cosmosLeasesContainerName").GetString());
    }

    [Fact]
    public async Task Key_vault_uses_RBAC_and_the_app_may_read_secrets()
    {
        var vaultModule = await ModuleAsync("keyvault");

        var vault = Properties(vaultModule, "Microsoft.KeyVault/vaults");
        Assert.True(vault.GetProperty("enableRbacAuthorization").GetBoolean());
        Assert.Contains("4633458b-17de-408a-b874-0445c86b69e6", Template.GrantedRoles(vaultModule)); // Key Vault Secrets User
        var parameters = vaultModule.GetProperty("parameters");
        foreach (var secret in new[] { "sendGridApiKey", "linkSigningKey", "previousLinkSigningKey" })
        {
            Assert.Equal("securestring", parameters.GetProperty(secret).GetProperty("type").GetString());
        }
    }

    [Fact]
    public async Task App_insights_takes_no_instrumentation_key_and_the_app_may_publish()
    {
        var monitoring = await ModuleAsync("monitoring");

        Assert.True(Properties(monitoring, "Microsoft.Insights/components").GetProperty("DisableLocalAuth").GetBoolean());
        Assert.Contains("3913510d-42f4-4e42-8a64-420c390055eb", Template.GrantedRoles(monitoring)); // Monitoring Metrics Publisher
    }

    [Fact]
    public async Task Function_app_is_flex_consumption_dotnet_isolated_10_with_the_user_assigned_identity()
    {
        var api = await ModuleAsync("api");

        var plan = Template.OfType(api, "Microsoft.Web/serverfarms").Single();
        Assert.Equal("FC1", plan.GetProperty("sku").GetProperty("name").GetString());
        var site = Template.OfType(api, "Microsoft.Web/sites").Single();
        Assert.Equal("functionapp,linux", site.GetProperty("kind").GetString());
        Assert.Equal("UserAssigned", site.GetProperty("identity").GetProperty("type").GetString());
        Assert.Contains("azd-service-name", site.GetProperty("tags").GetString());
        var config = site.GetProperty("properties").GetProperty("functionAppConfig");
        Assert.Equal("dotnet-isolated", config.GetProperty("runtime").GetProperty("name").GetString());
        Assert.Equal("10.0", config.GetProperty("runtime").GetProperty("version").GetString());
        Assert.Equal("UserAssignedIdentity",
            config.GetProperty("deployment").GetProperty("storage").GetProperty("authentication").GetProperty("type").GetString());
        Assert.Equal("[parameters('identityId')]", site.GetProperty("properties").GetProperty("keyVaultReferenceIdentity").GetString());
    }

    [Fact]
    public async Task App_settings_reach_storage_by_identity_and_secrets_through_key_vault_references()
    {
        var api = await ModuleAsync("api");
        var settings = AppSettings.FromApiModule(api);

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.True(settings.ContainsKey($"AzureWebJobsStorage__{service}ServiceUri"), service);
        }

        Assert.DoesNotContain("AzureWebJobsStorage", settings.Keys);
        Assert.Contains("Authorization=AAD", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);

        var keyVaultRef = api.GetProperty("variables").GetProperty("keyVaultRef").GetString();
        Assert.Contains("@Microsoft.KeyVault(VaultName=", keyVaultRef);
        Assert.Contains("variables('keyVaultRef')", settings["Mail__SendGrid__ApiKey"]);
        Assert.Contains("variables('keyVaultRef')", settings["Workflows__LinkSigningKey"]);
        Assert.Contains("variables('keyVaultRef')", settings["Workflows__PreviousLinkSigningKey"]);

        // Settings Flex Consumption rejects or ignores.
        foreach (var banned in new[] { "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_CONTENTSHARE",
                     "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_TIME_ZONE" })
        {
            Assert.DoesNotContain(banned, settings.Keys);
        }
    }

    [Fact]
    public async Task Packs_go_to_the_host_storage_accounts_blob_endpoint_which_the_app_identity_owns()
    {
        var template = await Bicep.MainTemplateAsync();
        var settings = AppSettings.FromApiModule(Template.Module(template, "api"));

        // No connection string in Azure: the archive signs in with the identity (AZURE_CLIENT_ID).
        Assert.Equal("[parameters('storageBlobEndpoint')]", settings["Packs__BlobServiceUri"]);
        Assert.DoesNotContain("Packs__ConnectionString", settings.Keys);
        var api = Template.Resources(template).Single(r => r.GetProperty("type").GetString() == "Microsoft.Resources/deployments"
            && r.GetProperty("name").GetString() == "api").GetProperty("properties").GetProperty("parameters");
        var endpoint = api.GetProperty("storageBlobEndpoint").GetProperty("value").GetString();
        Assert.Contains("'storage'", endpoint);
        Assert.Contains("outputs.blobEndpoint", endpoint);
        Assert.Contains("b7e6dc6d-f1e8-4753-8033-0f276bb0955b", Template.GrantedRoles(Template.Module(template, "storage"))); // Blob Data Owner
    }

    [Fact]
    public async Task Entra_id_bearer_tokens_are_off_unless_an_audience_is_given_then_this_tenant_issues_them()
    {
        var template = await Bicep.MainTemplateAsync();
        var settings = AppSettings.FromApiModule(Template.Module(template, "api"));

        Assert.Equal("", template.GetProperty("parameters").GetProperty("entraIdAudience").GetProperty("defaultValue").GetString());
        Assert.Equal("[parameters('entraIdAudience')]", settings["Api__EntraId__Audience"]);
        var authority = settings["Api__EntraId__Authority"];
        Assert.StartsWith("[if(empty(parameters('entraIdAudience')), '',", authority);
        Assert.Contains("tenant().tenantId", authority);
        Assert.Contains("parameters('entraIdAuthority')", authority);
    }

    [Fact]
    public async Task Main_outputs_the_app_url_and_the_parameters_file_supplies_every_required_parameter()
    {
        var template = await Bicep.MainTemplateAsync();
        Assert.True(template.GetProperty("outputs").TryGetProperty("SERVICE_API_URI", out _));

        var declared = template.GetProperty("parameters").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var supplied = Repo.Json("infra", "main.parameters.json").GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Subset(declared.Keys.ToHashSet(), supplied);
        var required = declared.Where(p => !p.Value.TryGetProperty("defaultValue", out _)).Select(p => p.Key);
        Assert.Subset(supplied, required.ToHashSet());
    }
}
