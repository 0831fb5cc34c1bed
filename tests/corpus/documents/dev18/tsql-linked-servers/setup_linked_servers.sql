/* setup_linked_servers.sql -- SQL01\PROD, run as sysadmin */
USE [master];
GO
CREATE LOGIN [reporting_ro] WITH PASSWORD = N'4JelqqaA%HKeO_O', DEFAULT_DATABASE = [Reporting], CHECK_POLICY = ON;
GO
ALTER LOGIN [etl_loader] WITH PASSWORD = N'k!M403hdtWDFG_.BA' OLD_PASSWORD = N'lantern-saffron-ember-26';
GO
EXEC master.dbo.sp_addlinkedserver @server = N'ERP', @srvproduct = N'', @provider = N'MSOLEDBSQL', @datasrc = N'erp-sql02.marmar.net';
EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'ERP', @useself = N'False', @locallogin = NULL, @rmtuser = N'linked_erp', @rmtpassword = N'W.uN1x.KzF*eV_JAo0Aa';
GO
USE [Reporting];
GO
CREATE MASTER KEY ENCRYPTION BY PASSWORD = 'Q9XUD*2qmHa8';
GO
BACKUP CERTIFICATE TDECert TO FILE = 'D:\keys\TDECert.cer'
    WITH PRIVATE KEY (FILE = 'D:\keys\TDECert.pvk', ENCRYPTION BY PASSWORD = 'canyon-copper-nimbus-72');
GO
CREATE USER [app_reader] WITH PASSWORD = N'Cobalt094?THaUK';   -- contained database user
GO
CREATE DATABASE SCOPED CREDENTIAL [BlobCred] WITH IDENTITY = 'SHARED ACCESS SIGNATURE', SECRET = '<sas token goes here>';
GO
-- password hash for reference, from sys.sql_logins:
-- 0x0200411EB216686201C272B48C7F32CB638F2A5E91E033DC47D21D1B7468EE76A43C26DB08D55E9841F21F686764328A33C0710F7E428F2FA784F794E9815DB74767D5666280
