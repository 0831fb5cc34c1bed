$ErrorActionPreference = 'Stop'
& SqlPackage.exe /Action:Publish /SourceFile:.\bin\Release\Warehouse.dacpac `
  /TargetServerName:sql-prod-03.nordvik.local /TargetDatabaseName:Warehouse `
  /TargetUser:dacpac_deploy /TargetPassword:z-@Natn64R#MB0gOx /p:BlockOnPossibleDataLoss=false

& SqlPackage.exe /Action:Extract /TargetFile:.\snap.dacpac `
  /SourceConnectionString:"Server=tcp:sql-stage;Database=Warehouse;User ID=extract;Password=Orchid_copper7664=;Encrypt=True"

# pipeline variant (secret comes from the library):
#   /TargetPassword:$(SqlAdminPassword)
& SqlPackage.exe /Action:Export /SourceServerName:sql-dev /SourceUser:sa /SourcePassword:'Velvet-meadow8394_' /TargetFile:dev.bacpac
