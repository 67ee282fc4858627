// The dead man's switch: Sentinel's silence is itself an alert, raised by Azure Monitor outside the app.
// It fires when Application Insights received no successful monitoring tick for the chosen window, so a
// stopped app, a broken deployment, an expired key or a region incident still reaches a human.

@description('Name of the action group.')
param actionGroupName string

@description('Name of the scheduled query alert rule.')
param ruleName string

@description('Azure region of the alert rule.')
param location string

@description('Tags for every resource.')
param tags object

@description('Name of the Application Insights component the app reports to.')
param appInsightsName string

@description('Minutes without a successful tick before the alert fires.')
param silentMinutes int

@description('Email addresses the action group notifies.')
param emailAddresses array

@description('Webhook URLs the action group calls (never a URL that is itself a secret: parameters stay in the deployment history).')
param webhookUrls array

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// Action groups are global resources; the short name (at most 12 characters) is what SMS and email show.
resource actionGroup 'Microsoft.Insights/actionGroups@2023-01-01' = {
  name: actionGroupName
  location: 'global'
  tags: tags
  properties: {
    groupShortName: 'sentinel'
    enabled: true
    emailReceivers: [for (address, i) in emailAddresses: {
      name: 'email-${i}'
      emailAddress: address
      useCommonAlertSchema: true
    }]
    webhookReceivers: [for (url, i) in webhookUrls: {
      name: 'webhook-${i}'
      serviceUri: url
      useCommonAlertSchema: true
    }]
  }
}

// The tick records sentinel.tick.duration with outcome=Succeeded only when the exchange was read and the
// snapshot stored. Count-less-than-one over the window also fires when no telemetry arrives at all.
resource silence 'Microsoft.Insights/scheduledQueryRules@2023-12-01' = {
  name: ruleName
  location: location
  tags: tags
  kind: 'LogAlert'
  properties: {
    displayName: 'Sentinel: no successful tick for ${silentMinutes} minutes'
    description: 'Sentinel has not completed a monitoring tick in ${silentMinutes} minutes: the app is down, cannot read the exchange, or cannot report. Positions are not being watched.'
    severity: 1
    enabled: true
    scopes: [
      appInsights.id
    ]
    evaluationFrequency: 'PT5M'
    windowSize: 'PT${silentMinutes}M'
    autoMitigate: true
    criteria: {
      allOf: [
        {
          query: 'customMetrics | where name == "sentinel.tick.duration" and tostring(customDimensions.outcome) == "Succeeded"'
          timeAggregation: 'Count'
          operator: 'LessThan'
          threshold: 1
          failingPeriods: {
            numberOfEvaluationPeriods: 1
            minFailingPeriodsToAlert: 1
          }
        }
      ]
    }
    actions: {
      actionGroups: [
        actionGroup.id
      ]
    }
  }
}

output actionGroupId string = actionGroup.id
output ruleId string = silence.id
