// The Function App on the Flex Consumption plan, running Sentinel as a .NET 10 isolated-worker app.

@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Function App (also its host name prefix).')
param appName string

@description('Azure region.')
param location string

@description('Tags for every resource.')
param tags object

@description('Resource ID of the user-assigned identity the app runs as.')
param identityId string

@description('Client ID of that identity (for DefaultAzureCredential and the host).')
param identityClientId string

@description('Name of the storage account used as AzureWebJobsStorage.')
param storageAccountName string

@description('Primary blob endpoint of the storage account, ending in a slash.')
param blobEndpoint string

@description('Primary table endpoint of the storage account (the app\'s state).')
param tableEndpoint string

@description('Blob container the deployment package is written to.')
param deploymentContainerName string

@description('Application Insights connection string (no key material: local auth is off).')
param appInsightsConnectionString string

@description('URI of the Key Vault holding the app\'s secrets.')
param vaultUri string

@description('Memory of each instance, in MB.')
param instanceMemoryMB int

@description('Upper bound of instances the plan scales out to.')
param maximumInstanceCount int

@description('Automation mode: off, dry-run or live.')
param sentinelMode string

@description('NCRONTAB schedule (six fields) of the monitoring tick.')
param monitorSchedule string

@description('NCRONTAB schedule (six fields) of the notification delivery.')
param deliverySchedule string

@description('Base address of the Bitget REST API.')
param bitgetBaseAddress string

@description('Bitget product type the app watches.')
param bitgetProductType string

@description('Bitget account kind: auto, classic or unified.')
param bitgetAccountKind string

@description('Whether to trade on Bitget demo (paper) trading.')
param bitgetDemoTrading bool

@description('Whether the streaming watch runs beside the polling tick.')
param streamingEnabled bool

@description('Bitget WebSocket host of the streaming watch.')
param streamingBaseAddress string

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Without it the platform looks for a system-assigned identity, which this app does not have.
    keyVaultReferenceIdentity: identityId
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      // Flex ignores FUNCTIONS_WORKER_RUNTIME; the stack is chosen here. ARM accepts a version that is
      // not in the catalogue and the app then fails with a bare 500, so this must stay exactly
      // 'dotnet-isolated' '10.0' (.NET 10 isolated is GA on Flex).
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      remoteDebuggingEnabled: false
      appSettings: [
        // Host storage through the identity; no connection string exists.
        {
          name: 'AzureWebJobsStorage__accountName'
          value: storageAccountName
        }
        {
          name: 'AzureWebJobsStorage__credential'
          value: 'managedidentity'
        }
        {
          name: 'AzureWebJobsStorage__clientId'
          value: identityClientId
        }
        {
          name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
          value: appInsightsConnectionString
        }
        {
          name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING'
          value: 'ClientId=${identityClientId};Authorization=AAD'
        }
        // DefaultAzureCredential picks the user-assigned identity from this.
        {
          name: 'AZURE_CLIENT_ID'
          value: identityClientId
        }
        // The host resolves [TimerTrigger("%MONITOR_SCHEDULE%")] etc. from these; without them it cannot index the timers.
        {
          name: 'MONITOR_SCHEDULE'
          value: monitorSchedule
        }
        {
          name: 'DELIVERY_SCHEDULE'
          value: deliverySchedule
        }
        {
          name: 'STREAMING_SCHEDULE'
          value: '0 * * * * *'
        }
        {
          name: 'Sentinel__Mode'
          value: sentinelMode
        }
        {
          name: 'Bitget__BaseAddress'
          value: bitgetBaseAddress
        }
        {
          name: 'Bitget__ProductType'
          value: bitgetProductType
        }
        {
          name: 'Bitget__AccountKind'
          value: bitgetAccountKind
        }
        {
          name: 'Bitget__DemoTrading'
          value: string(bitgetDemoTrading)
        }
        {
          name: 'Streaming__Enabled'
          value: string(streamingEnabled)
        }
        {
          name: 'Streaming__BaseAddress'
          value: streamingBaseAddress
        }
        {
          name: 'Streaming__Duration'
          value: '00:00:55'
        }
        {
          name: 'KeyVault__VaultUri'
          value: vaultUri
        }
        {
          name: 'State__TableServiceUri'
          value: tableEndpoint
        }
        {
          name: 'Hosting__HealthProbeTimeout'
          value: '00:00:05'
        }
        {
          name: 'Logging__LogLevel__Default'
          value: 'Information'
        }
      ]
    }
  }
}

// Deployments authenticate with Entra ID; user/password publishing credentials stay off.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
