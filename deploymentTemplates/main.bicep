// MeetingBot on Azure: App Service (Linux, .NET 10), Azure Database for PostgreSQL flexible server, Key Vault,
// Application Insights and the Azure Bot resource with its Microsoft Teams channel.
//
// Deploy into an existing resource group (see README.md beside this file):
//   az deployment group create -g <group> -f deploymentTemplates/main.bicep -p deploymentTemplates/main.parameters.json
//
// Secrets (bot client secret, PostgreSQL connection string, Hangfire dashboard password, Slack signing secret and
// bot token) go into Key Vault only; the web app reads them as Key Vault references through a user-assigned
// managed identity that holds "Key Vault Secrets User" on this vault and nothing else.

targetScope = 'resourceGroup'

// ---------- parameters ----------

@description('Short lower-case prefix for resource names (letters and digits, starts with a letter).')
@minLength(3)
@maxLength(12)
param namePrefix string = 'meetingbot'

@description('Region of every resource except the Azure Bot resource, which is global.')
param location string = resourceGroup().location

@description('How the bot authenticates to Bot Framework: SingleTenant (an Entra app registration with a client secret) or UserAssignedMSI (a managed identity this template creates; no secret). New bots cannot be MultiTenant.')
@allowed([
  'SingleTenant'
  'UserAssignedMSI'
])
param botAppType string = 'SingleTenant'

@description('SingleTenant only: Application (client) ID of the bot\'s Entra app registration. Ignored for UserAssignedMSI.')
param botAppId string = ''

@description('SingleTenant only: a client secret of that app registration. Stored in Key Vault.')
@secure()
param botAppPassword string = ''

@description('Entra tenant of the app registration (or managed identity). Defaults to the tenant you deploy in.')
param botTenantId string = tenant().tenantId

@description('Azure Bot pricing tier. Microsoft Teams is a standard channel, free on F0.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('App Service plan SKU (Linux). B1 or above: "Always On" is not available on Free/Shared plans.')
param appServiceSku string = 'B1'

@description('Number of web app instances. Several instances share the PostgreSQL database and Hangfire storage.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('PostgreSQL administrator login (not "azure_superuser", "admin", "root", "postgres" and the like).')
param postgresAdminLogin string = 'meetingbot'

@description('PostgreSQL administrator password: 8-128 characters from three of upper case, lower case, digits, symbols. Stored in Key Vault as part of the connection string.')
@secure()
@minLength(8)
param postgresAdminPassword string

@description('PostgreSQL major version.')
@allowed([
  '16'
  '17'
])
param postgresVersion string = '16'

@description('PostgreSQL compute SKU; Standard_B1ms (Burstable) is plenty for an alliance secretariat.')
param postgresSkuName string = 'Standard_B1ms'

@description('PostgreSQL compute tier matching postgresSkuName.')
@allowed([
  'Burstable'
  'GeneralPurpose'
  'MemoryOptimized'
])
param postgresSkuTier string = 'Burstable'

@description('PostgreSQL storage in GiB.')
param postgresStorageSizeGB int = 32

@description('Name of the application database.')
param postgresDatabaseName string = 'meetingbot'

@description('IANA time zone used when neither a member nor a meeting series has one (MeetingBot:DefaultTimeZone).')
param defaultTimeZone string = 'Europe/Vienna'

@description('Optional: Entra object id (or Teams user id) of the first administrator (MeetingBot:Admins:0). Leave empty to let whoever installs the bot in a team become its chair.')
param adminUserId string = ''

@description('Optional: password for the Hangfire dashboard at /hangfire (user "admin"). Empty: the dashboard is closed to remote callers.')
@secure()
param hangfireDashboardPassword string = ''

@description('Optional: the Slack app\'s signing secret (Basic Information > App Credentials). Empty: Slack stays off.')
@secure()
param slackSigningSecret string = ''

@description('Optional: the Slack app\'s bot token, xoxb-... (OAuth & Permissions). Needed with slackSigningSecret.')
@secure()
param slackBotToken string = ''

@description('Microsoft Graph, optional: the mailbox whose calendar holds the meetings (invited people for the minutes). Empty: off.')
param graphInvitationsMailbox string = ''

@description('Microsoft Graph, optional: the Microsoft 365 group id of the team whose document library gets the approved minutes (folder "Minutes"). Empty: off.')
param graphArchiveGroupId string = ''

@description('Microsoft Graph, optional: the mailbox the approved minutes are e-mailed from. Empty: off.')
param graphMailSender string = ''

@description('Microsoft Graph, optional: the distribution list(s) the approved minutes go to, separated by ";". Needed with graphMailSender.')
param graphMailTo string = ''

@description('Tags put on every resource.')
param tags object = {
  application: 'MeetingBot'
}

// ---------- names ----------

var prefix = toLower(namePrefix)
var suffix = uniqueString(resourceGroup().id, prefix)
var webAppName = '${prefix}-${suffix}'
var botName = '${prefix}-bot-${suffix}'
var keyVaultName = '${take(prefix, 10)}-kv-${take(suffix, 10)}'
var postgresServerName = '${prefix}-pg-${suffix}'
var useManagedIdentityForBot = botAppType == 'UserAssignedMSI'
var useSlack = !empty(slackSigningSecret)
var useGraph = !empty(graphInvitationsMailbox) || !empty(graphArchiveGroupId) || !empty(graphMailSender)

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

// ---------- identities ----------

@description('Identity the web app uses to resolve its Key Vault references.')
resource appIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${prefix}-app-id-${suffix}'
  location: location
  tags: tags
}

@description('UserAssignedMSI only: the bot\'s own identity; its client id is the bot\'s Microsoft App ID.')
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = if (useManagedIdentityForBot) {
  name: '${prefix}-bot-id-${suffix}'
  location: location
  tags: tags
}

var microsoftAppId = useManagedIdentityForBot ? botIdentity!.properties.clientId : botAppId
var microsoftAppTenantId = useManagedIdentityForBot ? botIdentity!.properties.tenantId : botTenantId

// ---------- monitoring ----------

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${prefix}-logs-${suffix}'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${prefix}-ai-${suffix}'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
  }
}

// ---------- PostgreSQL ----------

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: postgresServerName
  location: location
  tags: tags
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: postgresVersion
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    storage: {
      storageSizeGB: postgresStorageSizeGB
      autoGrow: 'Enabled'
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
    network: {
      publicNetworkAccess: 'Enabled'
    }
  }
}

// Lets Azure services (the web app's outbound addresses among them) reach the server; TLS is required.
// For a private network instead, see README.md.
resource postgresAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAllAzureServicesAndResourcesWithinAzureIps'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource postgresDatabase 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: postgresDatabaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// The password is quoted so that ';' or '=' in it cannot break the connection string.
var postgresConnectionString = 'Host=${postgres.properties.fullyQualifiedDomainName};Port=5432;Database=${postgresDatabaseName};Username=${postgresAdminLogin};Password="${replace(postgresAdminPassword, '"', '""')}";SSL Mode=Require'

// ---------- Key Vault and its secrets ----------

resource keyVault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

resource appIdentityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: keyVault
  name: guid(keyVault.id, appIdentity.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: appIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource postgresSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: keyVault
  name: 'postgres-connection-string'
  properties: {
    value: postgresConnectionString
    contentType: 'Npgsql connection string'
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!useManagedIdentityForBot) {
  parent: keyVault
  name: 'bot-app-password'
  properties: {
    value: botAppPassword
    contentType: 'Entra client secret of the bot app registration'
  }
}

resource hangfireSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(hangfireDashboardPassword)) {
  parent: keyVault
  name: 'hangfire-dashboard-password'
  properties: {
    value: hangfireDashboardPassword
  }
}

resource slackSigningSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (useSlack) {
  parent: keyVault
  name: 'slack-signing-secret'
  properties: {
    value: slackSigningSecret
  }
}

resource slackBotTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (useSlack) {
  parent: keyVault
  name: 'slack-bot-token'
  properties: {
    value: slackBotToken
  }
}

// A Key Vault reference to the current version of a secret (rotations are picked up within a day, or on restart).
var secretsUri = '${keyVault.properties.vaultUri}secrets/'

// ---------- web app settings ----------
// The app's configuration keys, with ':' written as '__' for environment variables. Every name here must exist
// in appsettings.sample.json (tests/MeetingBot.IntegrationTests/Deployment/DeploymentSettingsTests.cs checks it);
// keep each setting in one of the appSettings* arrays below.

var appSettingsCore = [
  { name: 'MicrosoftAppType', value: botAppType }
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
  { name: 'Storage__Provider', value: 'Postgres' }
  { name: 'Storage__PostgresConnectionString', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}${postgresSecret.name})' }
  { name: 'MeetingBot__DefaultTimeZone', value: defaultTimeZone }
  { name: 'LocalChat__Enabled', value: 'false' }
  // Download links in messages (minutes, calendar files) point at the app's public address.
  { name: 'Downloads__PublicBaseUrl', value: 'https://${webAppName}.azurewebsites.net' }
  // appsettings.json listens on localhost:3978 for development; App Service forwards to port 8080 on any address.
  { name: 'Urls', value: 'http://+:8080' }
  { name: 'WEBSITES_PORT', value: '8080' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
  { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
]

var appSettingsBotPassword = useManagedIdentityForBot ? [] : [
  { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}bot-app-password)' }
]

var appSettingsAdmins = empty(adminUserId) ? [] : [
  { name: 'MeetingBot__Admins__0', value: adminUserId }
]

var appSettingsHangfire = empty(hangfireDashboardPassword) ? [] : [
  { name: 'Hangfire__DashboardPassword', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}hangfire-dashboard-password)' }
]

// Graph signs in as the app's user-assigned identity; grant it Calendars.Read, Files.ReadWrite.All and Mail.Send
// (application permissions) for the parts switched on (see README.md beside this file).
var appSettingsGraph = !useGraph ? [] : concat(
  [{ name: 'Graph__ManagedIdentityClientId', value: appIdentity.properties.clientId }],
  empty(graphInvitationsMailbox) ? [] : [{ name: 'Graph__Invitations__Mailbox', value: graphInvitationsMailbox }],
  empty(graphArchiveGroupId) ? [] : [{ name: 'Graph__Archive__GroupId', value: graphArchiveGroupId }],
  empty(graphMailSender) ? [] : [
    { name: 'Graph__Mail__Sender', value: graphMailSender }
    { name: 'Graph__Mail__To', value: graphMailTo }
  ]
)

var appSettingsSlack = !useSlack ? [] : [
  { name: 'Slack__SigningSecret', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}slack-signing-secret)' }
  { name: 'Slack__BotToken', value: '@Microsoft.KeyVault(SecretUri=${secretsUri}slack-bot-token)' }
]

// ---------- App Service ----------

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${prefix}-plan-${suffix}'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: union(
      { '${appIdentity.id}': {} },
      useManagedIdentityForBot ? { '${botIdentity.id}': {} } : {}
    )
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: appIdentity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(appSettingsCore, appSettingsBotPassword, appSettingsAdmins, appSettingsHangfire, appSettingsSlack, appSettingsGraph)
    }
  }
  dependsOn: [
    // Key Vault references resolve at start: the secrets and the right to read them must exist first.
    appIdentityReadsSecrets
    botPasswordSecret
    hangfireSecret
    slackSigningSecretSecret
    slackBotTokenSecret
    postgresDatabase
    postgresAllowAzure
  ]
}

// ---------- Azure Bot ----------

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'MeetingBot'
    description: 'Agendas, apologies, reminders and minutes for the alliance\'s online meetings.'
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: botAppType
    msaAppTenantId: microsoftAppTenantId
    msaAppMSIResourceId: useManagedIdentityForBot ? botIdentity.id : null
    developerAppInsightsApplicationId: appInsights.properties.AppId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
    }
  }
}

// ---------- outputs ----------

@description('Host name for manifest/build-package.sh (botDomain) and the Slack app\'s request URLs.')
output botDomain string = webApp.properties.defaultHostName

@description('The bot\'s Microsoft App ID for manifest/build-package.sh (botAppId).')
output botAppId string = microsoftAppId

output messagingEndpoint string = 'https://${webApp.properties.defaultHostName}/api/messages'
output webAppName string = webApp.name
output botResourceName string = bot.name
output keyVaultName string = keyVault.name
output postgresServer string = postgres.properties.fullyQualifiedDomainName
