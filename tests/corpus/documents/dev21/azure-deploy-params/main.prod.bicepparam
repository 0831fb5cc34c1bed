using './main.bicep'

param location = 'swedencentral'
param environmentName = 'prod'
param vmAdminUsername = 'azadmin'
param vmAdminPassword = '!BFOm.?f!4Q.yOP'
param sqlAdministratorLogin = 'sqladmin'
param sqlAdministratorLoginPassword = 'Lisboa.1988.24'
// preferred: read from Key Vault once the vault exists
// param sqlAdministratorLoginPassword = az.getSecret('<subscription-id>', 'rg-shared', 'kv-shared-prod', 'sqlAdminPassword')
param subscriptionId = 'ebfa7613-dbd7-4305-86c3-c8fc2eca113e'
param logAnalyticsWorkspaceId = 'ccc87f5b-c54c-4d1d-a32e-be56bd04c5b0'

param sshPublicKey = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIuSXeLr3b+g6J2cdE2zqKz/SqLjNnXiiP2avDgQNjnY azadmin@build'
param tags = {
  owner: 'plattform'
  costCenter: '4410'
}
