USE [master]
GO
EXEC master.dbo.sp_addlinkedserver
    @server = N'AFFARSSYSTEM',
    @srvproduct = N'',
    @provider = N'MSOLEDBSQL',
    @datasrc = N'affar-sql01.int,1433';
GO
EXEC master.dbo.sp_addlinkedsrvlogin
    @rmtsrvname = N'AFFARSSYSTEM',
    @useself = N'False',
    @locallogin = NULL,
    @rmtuser = N'lankad_las',
    @rmtpassword = N'kWO#8BMZ#@wb4edp(R';
GO
CREATE LOGIN [rapport_app] WITH PASSWORD = N'Ekorre-Polstjarna5604', CHECK_POLICY = ON;
GO
