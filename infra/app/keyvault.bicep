// Key Vault (Azure RBAC, no access policies) holding the SendGrid API key and the link-signing keys.
// The app reads them through Key Vault references in its settings, with its user-assigned identity.
// A secret is written only when its value is given, so a provision without it leaves the vault's value alone.
param name string
param location string
param tags object
param principalId string
@description('Optional: a developer or deployer allowed to set and read secrets (rotation by hand).')
param developerPrincipalId string = ''
@secure()
param sendGridApiKey string = ''
@secure()
param linkSigningKey string = ''
@secure()
param previousLinkSigningKey string = ''

var secretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var secretsOfficer = 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
    // Flex Consumption cannot resolve references to a network-restricted vault: keep public access.
    publicNetworkAccess: 'Enabled'
  }
}

resource sendGrid 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(sendGridApiKey)) {
  parent: vault
  name: 'sendgrid-api-key'
  properties: { value: sendGridApiKey, contentType: 'SendGrid API key (Mail Send)' }
}

resource linkKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(linkSigningKey)) {
  parent: vault
  name: 'link-signing-key'
  properties: { value: linkSigningKey, contentType: 'base64 HMAC key, 32+ bytes' }
}

resource previousLinkKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(previousLinkSigningKey)) {
  parent: vault
  name: 'link-signing-key-previous'
  properties: { value: previousLinkSigningKey, contentType: 'base64 HMAC key, 32+ bytes (rotation)' }
}

resource appSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, principalId, secretsUser)
  scope: vault
  properties: {
    principalId: principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUser)
  }
}

resource developerSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(developerPrincipalId)) {
  name: guid(vault.id, developerPrincipalId, secretsOfficer)
  scope: vault
  properties: {
    principalId: developerPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsOfficer)
  }
}

output name string = vault.name
output sendGridSecretName string = 'sendgrid-api-key'
output linkSigningSecretName string = 'link-signing-key'
output previousLinkSigningSecretName string = 'link-signing-key-previous'
