// The Functions app on Flex Consumption (.NET isolated, Linux): one plan per app, code deployed by azd to a
// blob container, every connection made with the user-assigned identity (no keys or connection strings).
param name string
param planName string
param location string
param tags object
param identityId string
param identityClientId string
param deploymentContainerUrl string
param storageBlobEndpoint string
param storageQueueEndpoint string
param storageTableEndpoint string
param applicationInsightsConnectionString string
param keyVaultName string
param sendGridSecretName string
param linkSigningSecretName string
param previousLinkSigningSecretName string
param hasPreviousLinkSigningKey bool
param cosmosEndpoint string
param cosmosDatabaseName string
param cosmosContainerName string
@description('The organisation this host serves: the partition key value of all its documents.')
param pmoTenantId string
param taskHubName string
param mailFromAddress string
param mailFromName string
param sendGridSandboxMode bool
@description('Base of links in e-mails; empty = https://<default host name>/api.')
param publicBaseUrl string
@description('Entra ID bearer tokens: the API\'s application id URI or client id; empty = API keys only.')
param entraIdAudience string
@description('Token authority; empty = this tenant\'s v2.0 endpoint.')
param entraIdAuthority string
param maximumInstanceCount int
param instanceMemoryMB int
param durableAlwaysReady int

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  // azd finds the app to deploy to by this tag (= the service name in azure.yaml).
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identityId}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with the user-assigned identity (the default would be a system identity).
    keyVaultReferenceIdentity: identityId
    siteConfig: { minTlsVersion: '1.2' }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: { type: 'UserAssignedIdentity', userAssignedIdentityResourceId: identityId }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        // One warm instance for Durable's queue listeners avoids cold starts on every orchestration step.
        alwaysReady: durableAlwaysReady > 0 ? [ { name: 'durable', instanceCount: durableAlwaysReady } ] : []
      }
      runtime: { name: 'dotnet-isolated', version: '10.0' }
    }
  }
}

var keyVaultRef = '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName='

// The whole set of settings (this resource replaces it). Every name here is in local.settings.sample.json,
// except the Azure-only identity plumbing; a test checks that.
resource settings 'Microsoft.Web/sites/config@2024-04-01' = {
  parent: site
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    AzureWebJobsStorage__blobServiceUri: storageBlobEndpoint
    AzureWebJobsStorage__queueServiceUri: storageQueueEndpoint
    AzureWebJobsStorage__tableServiceUri: storageTableEndpoint
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsightsConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    // DefaultAzureCredential (Cosmos) picks the user-assigned identity from this variable.
    AZURE_CLIENT_ID: identityClientId
    DurableTaskHubName: taskHubName
    // Pmo.Storage.Cosmos CosmosStoreOptions ("Storage:Cosmos"); no Key: it signs in with DefaultAzureCredential.
    Storage__Cosmos__AccountEndpoint: cosmosEndpoint
    Storage__Cosmos__Database: cosmosDatabaseName
    Storage__Cosmos__Container: cosmosContainerName
    Storage__Cosmos__TenantId: pmoTenantId
    Mail__Provider: 'SendGrid'
    Mail__FromAddress: mailFromAddress
    Mail__FromName: mailFromName
    Mail__SendGrid__ApiKey: '${keyVaultRef}${sendGridSecretName})'
    Mail__SendGrid__SandboxMode: string(sendGridSandboxMode)
    Workflows__PublicBaseUrl: empty(publicBaseUrl) ? 'https://${site.properties.defaultHostName}/api' : publicBaseUrl
    Workflows__LinkSigningKey: '${keyVaultRef}${linkSigningSecretName})'
    Workflows__PreviousLinkSigningKey: hasPreviousLinkSigningKey ? '${keyVaultRef}${previousLinkSigningSecretName})' : ''
    // Pmo.Api EntraIdOptions ("Api:EntraId"): bearer tokens are accepted only when both are set, so both stay empty
    // until an audience is given; the authority then defaults to this tenant.
    Api__EntraId__Audience: entraIdAudience
    Api__EntraId__Authority: empty(entraIdAudience) ? '' : (empty(entraIdAuthority) ? '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0' : entraIdAuthority)
    // Review packs (Pmo.Storage.Blobs BlobPackOptions, "Packs"): the app folder is read-only on Flex, so they go to
    // the container "packs" of the host's storage account, created on the first pack (Blob Data Owner allows it).
    Packs__BlobServiceUri: storageBlobEndpoint
  }
}

output name string = site.name
output uri string = 'https://${site.properties.defaultHostName}'
