// PMO Functions on Azure: `azd up` provisions this (subscription scope: it creates the resource group) and
// deploys src/Pmo.Functions to the Flex Consumption app. Everything authenticates with one user-assigned
// identity; the only secrets (SendGrid key, link-signing keys) live in Key Vault.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name; names and tags every resource.')
param environmentName string

@minLength(1)
@description('Region of every resource; it must offer Flex Consumption.')
param location string

@description('Object id of whoever runs azd (azd fills it in); granted data access only when allowed below.')
param principalId string = ''

@description('Grant principalId read/write on the task hub, Cosmos data and Key Vault secrets (a developer\'s own environment; false in CI).')
param grantPrincipalDataAccess bool = true

@description('Sender of every e-mail; a sender or domain verified in SendGrid.')
param mailFromAddress string

param mailFromName string = 'PMO'

@description('true: SendGrid validates but delivers nothing (a trial environment).')
param sendGridSandboxMode bool = false

@secure()
@description('SendGrid API key (Mail Send). Empty: keep the value already in Key Vault.')
param sendGridApiKey string = ''

@secure()
@description('Link-signing key, base64 of 32+ random bytes. Empty: keep the value already in Key Vault.')
param linkSigningKey string = ''

@secure()
@description('The key being retired during a rotation; empty when not rotating.')
param previousLinkSigningKey string = ''

@description('Base of links in e-mails (a custom domain); empty = the app\'s default host name + /api.')
param publicBaseUrl string = ''

@description('Entra ID bearer tokens for the API: the API app registration\'s application id URI or client id. Empty: API keys only.')
param entraIdAudience string = ''

@description('Token issuer authority; empty = the v2.0 endpoint of this subscription\'s tenant. Used only with entraIdAudience.')
param entraIdAuthority string = ''

@description('The organisation (tenant) this deployment serves: partition key value of its Cosmos documents.')
param pmoTenantId string = 'default'

@description('Durable task hub name: letters and digits, starting with a letter.')
param taskHubName string = 'PmoHub'

@description('Warm instances for Durable (0 = scale to zero, cheapest; 1 = no cold start, billed while idle).')
@minValue(0)
@maxValue(10)
param durableAlwaysReady int = 1

@allowed([ 512, 2048, 4096 ])
param instanceMemoryMB int = 2048

@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

var developerPrincipalId = grantPrincipalDataAccess ? principalId : ''
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-pmo-${resourceToken}'
var cosmosDatabaseName = 'pmo'
var cosmosContainerName = 'portfolio'
var cosmosLeasesContainerName = 'leases'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: { name: 'id-pmo-${resourceToken}', location: location, tags: tags }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${take(functionAppName, 32)}'
    principalId: identity.outputs.principalId
    developerPrincipalId: developerPrincipalId
  }
}

module cosmos 'app/cosmos.bicep' = {
  name: 'cosmos'
  scope: rg
  params: {
    accountName: 'cosmos-${resourceToken}'
    databaseName: cosmosDatabaseName
    containerName: cosmosContainerName
    leasesContainerName: cosmosLeasesContainerName
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    developerPrincipalId: developerPrincipalId
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  scope: rg
  params: {
    name: 'kv-${resourceToken}'
    location: location
    tags: tags
    principalId: identity.outputs.principalId
    developerPrincipalId: developerPrincipalId
    sendGridApiKey: sendGridApiKey
    linkSigningKey: linkSigningKey
    previousLinkSigningKey: previousLinkSigningKey
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    storageBlobEndpoint: storage.outputs.blobEndpoint
    storageQueueEndpoint: storage.outputs.queueEndpoint
    storageTableEndpoint: storage.outputs.tableEndpoint
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    keyVaultName: keyVault.outputs.name
    sendGridSecretName: keyVault.outputs.sendGridSecretName
    linkSigningSecretName: keyVault.outputs.linkSigningSecretName
    previousLinkSigningSecretName: keyVault.outputs.previousLinkSigningSecretName
    hasPreviousLinkSigningKey: !empty(previousLinkSigningKey)
    cosmosEndpoint: cosmos.outputs.endpoint
    cosmosDatabaseName: cosmosDatabaseName
    cosmosContainerName: cosmosContainerName
    pmoTenantId: pmoTenantId
    taskHubName: taskHubName
    mailFromAddress: mailFromAddress
    mailFromName: mailFromName
    sendGridSandboxMode: sendGridSandboxMode
    publicBaseUrl: publicBaseUrl
    entraIdAudience: entraIdAudience
    entraIdAuthority: entraIdAuthority
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    durableAlwaysReady: durableAlwaysReady
  }
}

// azd stores these outputs in the environment (.azure/<env>/.env).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_FUNCTION_NAME string = api.outputs.name
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name
output COSMOS_ENDPOINT string = cosmos.outputs.endpoint
output APPLICATIONINSIGHTS_CONNECTION_STRING string = monitoring.outputs.connectionString
