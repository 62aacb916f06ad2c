// Connector Decoder on Azure: the bot's identity, its Azure Bot registration with the Teams channel,
// a Container Apps host with every setting the bot reads, a registry for its image, and a Storage
// account for the sentinel's tables reached with the identity (no keys). See docs/deploy.md.
// infra/main.json is this template in ARM JSON, written by hand to match (no Bicep compiler was at
// hand); test/deploy/infra.test.ts checks that both declare the same parameters, resources and outputs.

@description('Region for every resource but the bot registration, which is global.')
param location string = resourceGroup().location

@description('Start of every resource name; a suffix unique to the resource group is added.')
@minLength(3)
@maxLength(20)
param namePrefix string = 'connector-decoder'

@description('Image to run, such as <registry>.azurecr.io/connector-decoder:<tag>. Empty on the first run: everything but the container app is created, so the image can be built into the new registry.')
param containerImage string = ''

@description('Azure Bot pricing tier: F0 (free, standard channels such as Teams) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Tenants whose users get answers (comma-separated ids); empty means this deployment\'s own tenant only.')
param allowedTenantIds string = ''

@description('Log level of the bot: fatal, error, warn, info, debug, trace or silent.')
@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
  'silent'
])
param logLevel string = 'info'

@description('Turn on the sentinel\'s Microsoft Graph checks of this tenant\'s certificate connectors and Cloud PKI. The identity then needs Graph application permissions (docs/deploy.md).')
param graphChecks bool = false

@description('Instances kept running (at least 1: Teams expects an answer within seconds).')
@minValue(1)
@maxValue(10)
param minReplicas int = 1

@description('Instances at most.')
@minValue(1)
@maxValue(30)
param maxReplicas int = 3

var suffix = uniqueString(resourceGroup().id)
var identityName = '${namePrefix}-id'
var workspaceName = '${namePrefix}-logs-${suffix}'
var environmentName = '${namePrefix}-env'
var appName = take('${namePrefix}-app', 32)
var botName = '${namePrefix}-bot-${suffix}'
var registryName = take('cdacr${suffix}', 50)
var storageName = take('cdstore${suffix}', 24)
var port = 3978
var tenantIds = empty(allowedTenantIds) ? tenant().tenantId : allowedTenantIds
var acrPullRole = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var tableContributorRole = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: identityName
  location: location
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: workspaceName
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource environment 'Microsoft.App/managedEnvironments@2024-03-01' = {
  name: environmentName
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: workspace.properties.customerId
        sharedKey: workspace.listKeys().primarySharedKey
      }
    }
  }
}

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: registryName
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: false
  }
}

resource registryPull 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(registry.id, identity.id, acrPullRole)
  scope: registry
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableContributor 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, tableContributorRole)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', tableContributorRole)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource app 'Microsoft.App/containerApps@2024-03-01' = if (!empty(containerImage)) {
  name: appName
  location: location
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    managedEnvironmentId: environment.id
    configuration: {
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: port
        transport: 'auto'
        allowInsecure: false
      }
      registries: [
        {
          server: registry.properties.loginServer
          identity: identity.id
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'bot'
          image: containerImage
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          env: [
            {
              name: 'MicrosoftAppType'
              value: 'UserAssignedMSI'
            }
            {
              name: 'MicrosoftAppId'
              value: identity.properties.clientId
            }
            {
              name: 'MicrosoftAppTenantId'
              value: identity.properties.tenantId
            }
            {
              name: 'AZURE_CLIENT_ID'
              value: identity.properties.clientId
            }
            {
              name: 'HOST'
              value: '0.0.0.0'
            }
            {
              name: 'PORT'
              value: string(port)
            }
            {
              name: 'LOG_LEVEL'
              value: logLevel
            }
            {
              name: 'ALLOWED_TENANT_IDS'
              value: tenantIds
            }
            {
              name: 'STORAGE_ACCOUNT_URL'
              value: storage.properties.primaryEndpoints.table
            }
            {
              name: 'PUBLIC_BASE_URL'
              value: 'https://${appName}.${environment.properties.defaultDomain}'
            }
            {
              name: 'GRAPH_TENANT_ID'
              value: graphChecks ? identity.properties.tenantId : ''
            }
          ]
          probes: [
            {
              type: 'Liveness'
              httpGet: {
                path: '/healthz'
                port: port
              }
              initialDelaySeconds: 10
              periodSeconds: 30
            }
            {
              type: 'Readiness'
              httpGet: {
                path: '/healthz'
                port: port
              }
              periodSeconds: 10
            }
          ]
        }
      ]
      scale: {
        minReplicas: minReplicas
        maxReplicas: maxReplicas
      }
    }
  }
  dependsOn: [
    registryPull
    tableContributor
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'Connector Decoder'
    endpoint: 'https://${appName}.${environment.properties.defaultDomain}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppType: 'UserAssignedMSI'
    msaAppTenantId: identity.properties.tenantId
    msaAppMSIResourceId: identity.id
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The bot\'s messaging endpoint, as the Azure Bot registration has it.')
output messagingEndpoint string = bot.properties.endpoint

@description('The bot\'s app id: the managed identity\'s client id (MicrosoftAppId, and botId in the Teams manifest).')
output appId string = identity.properties.clientId

@description('The tenant of the identity (MicrosoftAppTenantId).')
output tenantId string = identity.properties.tenantId

@description('The identity\'s service principal, to be granted Microsoft Graph permissions for the sentinel.')
output principalId string = identity.properties.principalId

@description('Registry to build the image into (az acr build --registry).')
output registryName string = registry.name

@description('Registry host name, the start of containerImage.')
output registryLoginServer string = registry.properties.loginServer

@description('The container app that runs the bot.')
output containerAppName string = appName

@description('Table endpoint of the sentinel\'s Storage account (STORAGE_ACCOUNT_URL).')
output storageTableUrl string = storage.properties.primaryEndpoints.table
