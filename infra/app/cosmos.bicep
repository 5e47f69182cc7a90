// Cosmos DB for NoSQL, serverless (pay per request: a PMO's volume is small and bursty). Keys are disabled:
// the app signs in with its identity and a data-plane role. Data-plane roles cannot create databases or
// containers, so they are declared here and the app never calls CreateIfNotExists in Azure.
param accountName string
param databaseName string
param containerName string
param leasesContainerName string
param location string
param tags object
param principalId string
@description('Optional: a developer or deployer who may read and write data (e.g. to seed or inspect).')
param developerPrincipalId string = ''

// Built-in "Cosmos DB Built-in Data Contributor" (data plane, not an Azure RBAC role).
var dataContributor = '00000000-0000-0000-0000-000000000002'

resource account 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: accountName
  location: location
  tags: tags
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    locations: [
      { locationName: location, failoverPriority: 0, isZoneRedundant: false }
    ]
    capabilities: [ { name: 'EnableServerless' } ]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    disableLocalAuth: true
    disableKeyBasedMetadataWriteAccess: true
    minimalTlsVersion: 'Tls12'
    publicNetworkAccess: 'Enabled'
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: account
  name: databaseName
  properties: { resource: { id: databaseName } }
}

// One container for every aggregate of every tenant (see docs/cosmos.md): partitioned by tenant so each
// query stays in one logical partition; indexed only where the store queries (kept equal to
// Pmo.Storage.Cosmos ContainerLayout.IndexedPaths, which a test checks).
resource portfolio 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = {
  parent: database
  name: containerName
  properties: {
    resource: {
      id: containerName
      partitionKey: { paths: [ '/tenantId' ], kind: 'Hash', version: 2 }
      indexingPolicy: {
        indexingMode: 'consistent'
        automatic: true
        includedPaths: [
          { path: '/tenantId/?' }
          { path: '/kind/?' }
          { path: '/q/*' }
        ]
        excludedPaths: [ { path: '/*' } ]
      }
    }
  }
}

// Change-feed processor leases; the processor requires /id as partition key.
resource leases 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = {
  parent: database
  name: leasesContainerName
  properties: {
    resource: {
      id: leasesContainerName
      partitionKey: { paths: [ '/id' ], kind: 'Hash', version: 2 }
    }
  }
}

resource appData 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: account
  name: guid(account.id, principalId, dataContributor)
  properties: {
    principalId: principalId
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributor}'
    scope: account.id
  }
}

resource developerData 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = if (!empty(developerPrincipalId)) {
  parent: account
  name: guid(account.id, developerPrincipalId, dataContributor)
  properties: {
    principalId: developerPrincipalId
    roleDefinitionId: '${account.id}/sqlRoleDefinitions/${dataContributor}'
    scope: account.id
  }
}

output endpoint string = account.properties.documentEndpoint
output accountName string = account.name
