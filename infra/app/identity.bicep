// The app's user-assigned identity: created before the app so every role can be granted to it up front
// (a system identity would only exist after the site, and Key Vault references would race the grants).
param name string
param location string
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
