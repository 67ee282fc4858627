// Example values; every parameter not listed keeps its default in main.bicep.
// Secrets never go here: put them into Key Vault after deployment (docs: deploy guide).
using 'main.bicep'

param appName = 'sentinel'
param sentinelMode = 'dry-run'
param monitorSchedule = '*/30 * * * * *'
param deliverySchedule = '*/5 * * * * *'
param bitgetProductType = 'USDT-FUTURES'
param bitgetAccountKind = 'auto'
param bitgetDemoTrading = false
param streamingEnabled = false
param streamingBaseAddress = 'wss://ws.bitget.com'
param instanceMemoryMB = 2048
param maximumInstanceCount = 40
param deadMansSwitchMinutes = 15
param alertEmailAddresses = []
param tags = {
  app: 'sentinel'
}
