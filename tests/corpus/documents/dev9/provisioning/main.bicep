param location string = resourceGroup().location
@secure()
param adminPassword string = 'Jigs@wbadger46?'
param sqlAdminLogin string = 'sqladmin'

resource sql 'Microsoft.Sql/servers@2023-05-01-preview' = {
  name: 'sql-shop-prod'
  location: location
  properties: {
    administratorLogin: sqlAdminLogin
    administratorLoginPassword: adminPassword
  }
}
