// Sentinel on Azure: one command deploys everything into an existing resource group.
//   az deployment group create -g <group> --template-file infra/bicep/main.bicep --parameters infra/bicep/main.bicepparam
// No secret goes through this template: the Bitget credentials and webhook URLs are put into Key Vault
// afterwards (see the deploy guide), and every service is reached with the app's managed identity.

targetScope = 'resourceGroup'

@description('Short name used in every resource name: 3-12 lowercase letters and digits.')
@minLength(3)
@maxLength(12)
param appName string = 'sentinel'

@description('Azure region of every resource; defaults to the resource group\'s.')
param location string = resourceGroup().location

@description('Automation mode after deployment. Stay on dry-run until the alerts look right.')
@allowed([
  'off'
  'dry-run'
  'live'
])
param sentinelMode string = 'dry-run'

@description('NCRONTAB schedule (six fields, with seconds) of the monitoring tick.')
param monitorSchedule string = '*/30 * * * * *'

@description('NCRONTAB schedule (six fields, with seconds) of the notification delivery.')
param deliverySchedule string = '*/5 * * * * *'

@description('Base address of the Bitget REST API.')
param bitgetBaseAddress string = 'https://api.bitget.com'

@description('Bitget product type the app watches.')
param bitgetProductType string = 'USDT-FUTURES'

@description('Bitget account kind: auto (detect from the key), classic (v2 API) or unified (v3 API).')
@allowed([
  'auto'
  'classic'
  'unified'
])
param bitgetAccountKind string = 'auto'

@description('Use Bitget demo (paper) trading; needs a demo API key.')
param bitgetDemoTrading bool = false

@description('Run the streaming watch (prices by WebSocket, rules evaluated on every update) beside the polling tick.')
param streamingEnabled bool = false

@description('Bitget WebSocket host for the streaming watch (wss://wspap.bitget.com for demo trading).')
param streamingBaseAddress string = 'wss://ws.bitget.com'

@description('Memory of each Flex Consumption instance, in MB.')
@allowed([
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound of Flex Consumption instances.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Days a deleted secret (or the vault) can be recovered; purge protection holds it that long.')
@minValue(7)
@maxValue(90)
param keyVaultSoftDeleteRetentionInDays int = 90

@description('Minutes without a successful monitoring tick before the dead man\'s switch alert fires.')
@allowed([
  10
  15
  30
  45
  60
])
param deadMansSwitchMinutes int = 15

@description('Email addresses the dead man\'s switch alert notifies.')
param alertEmailAddresses array = []

@description('Webhook URLs the dead man\'s switch alert calls. Not for URLs that are themselves secrets (a Teams Workflows URL): parameters stay in the deployment history; add those with az after deployment.')
param alertWebhookUrls array = []

@description('Tags for every resource.')
param tags object = {}

// Stable per resource group and app name, so a re-deployment updates the same resources.
var token = uniqueString(subscription().id, resourceGroup().id, appName)
var compactName = toLower(replace(appName, '-', ''))
var deploymentContainerName = 'app-package'
var tableNames = [
  'rules'
  'alertstates'
  'snapshots'
  'outbox'
  'audit'
  'control'
  'leases'
  'pricehistory'
]

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: 'id-${appName}-${token}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: take('st${compactName}${token}', 24)
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
    tableNames: tableNames
  }
}

module vault 'modules/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: take('kv-${compactName}-${token}', 24)
    location: location
    tags: tags
    softDeleteRetentionInDays: keyVaultSoftDeleteRetentionInDays
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: 'log-${appName}-${token}'
    appInsightsName: 'appi-${appName}-${token}'
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module deadMansSwitch 'modules/deadmansswitch.bicep' = {
  name: 'deadmansswitch'
  params: {
    actionGroupName: 'ag-${appName}-${token}'
    ruleName: 'alert-${appName}-silent-${token}'
    location: location
    tags: tags
    appInsightsName: monitoring.outputs.appInsightsName
    silentMinutes: deadMansSwitchMinutes
    emailAddresses: alertEmailAddresses
    webhookUrls: alertWebhookUrls
  }
}

module roles 'modules/roles.bicep' = {
  name: 'roles'
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    vaultName: vault.outputs.name
    appInsightsName: monitoring.outputs.appInsightsName
  }
}

module app 'modules/functionapp.bicep' = {
  name: 'functionapp'
  // The host reaches storage with the identity as soon as it starts: grant the roles first.
  dependsOn: [
    roles
  ]
  params: {
    planName: 'plan-${appName}-${token}'
    appName: 'func-${appName}-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    appInsightsConnectionString: monitoring.outputs.connectionString
    vaultUri: vault.outputs.uri
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    sentinelMode: sentinelMode
    monitorSchedule: monitorSchedule
    deliverySchedule: deliverySchedule
    bitgetBaseAddress: bitgetBaseAddress
    bitgetProductType: bitgetProductType
    bitgetAccountKind: bitgetAccountKind
    bitgetDemoTrading: bitgetDemoTrading
    streamingEnabled: streamingEnabled
    streamingBaseAddress: streamingBaseAddress
  }
}

@description('Base URL of the app; the API lives under /api.')
output appUrl string = 'https://${app.outputs.defaultHostName}'

@description('Name of the Function App (for az functionapp commands).')
output functionAppName string = app.outputs.name

@description('Name of the Key Vault to put the secrets into.')
output keyVaultName string = vault.outputs.name

@description('URI of the Key Vault.')
output keyVaultUri string = vault.outputs.uri

@description('Resource ID of the dead man\'s switch alert rule (fires when no tick succeeded for deadMansSwitchMinutes).')
output deadMansSwitchRuleId string = deadMansSwitch.outputs.ruleId
