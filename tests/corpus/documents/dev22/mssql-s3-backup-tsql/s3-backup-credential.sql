-- SQL Server 2022: back up to S3-compatible object storage
-- The secret is '<AccessKeyID>:<SecretKeyID>'
USE master;
GO
IF EXISTS (SELECT * FROM sys.credentials WHERE name = 's3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod')
    DROP CREDENTIAL [s3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod];
GO
CREATE CREDENTIAL [s3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod]
WITH IDENTITY = 'S3 Access Key',
     SECRET = 'AKIAFM3X5LFIDXEZEVQB:2rthC+er3G8iwoSMikLNPLGy9TPe1kQ19Rxgpv39';
GO
BACKUP DATABASE [Ekonomi]
TO URL = 's3://s3.eu-north-1.amazonaws.com:443/sql-backups-prod/Ekonomi_full.bak'
WITH COMPRESSION, STATS = 10, FORMAT, MAXTRANSFERSIZE = 20971520;
GO
