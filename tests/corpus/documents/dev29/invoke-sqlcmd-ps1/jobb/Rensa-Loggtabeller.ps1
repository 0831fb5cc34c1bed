# Rensar gamla rader i loggtabeller. Schemalagt jobb sondagar 03:00.
Import-Module SqlServer

$servrar = @('SQL01\PROD', 'SQL02\PROD')
foreach ($s in $servrar) {
    Invoke-Sqlcmd -ServerInstance $s -Database 'Drift' -Username 'rensjobb' -Password 'LH2UCk.M2UVcM824Z7Nf' `
        -Query "DELETE FROM dbo.AppLog WHERE Tid < DATEADD(day, -90, SYSUTCDATETIME());" -QueryTimeout 600
}
# Invoke-Sqlcmd -ServerInstance 'SQL03\TEST' -Username 'rensjobb' -Password $env:RENS_PW ...
