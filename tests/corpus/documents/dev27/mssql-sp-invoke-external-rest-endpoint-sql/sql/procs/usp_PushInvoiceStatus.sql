-- Azure SQL Database: requires ALTER DATABASE SCOPED CONFIGURATION / permission EXECUTE ANY EXTERNAL ENDPOINT
CREATE OR ALTER PROCEDURE dbo.usp_PushInvoiceStatus
    @InvoiceId int
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @payload nvarchar(max) =
        (SELECT InvoiceId, Status, PaidAt FROM dbo.Invoice WHERE InvoiceId = @InvoiceId FOR JSON PATH, WITHOUT_ARRAY_WRAPPER);
    DECLARE @response nvarchar(max), @ret int;

    -- The preferred way is a DATABASE SCOPED CREDENTIAL with IDENTITY = 'HTTPEndpointHeaders';
    -- kept inline until the migration ticket DBA-3312 is done.
    EXEC @ret = sp_invoke_external_rest_endpoint
        @url      = N'https://billing-hooks.nordfakt.se/api/invoice-status',
        @method   = 'POST',
        @headers  = N'{"Authorization":"Bearer yvMRCcHNhtmuS0Xseu3gRIBcrxOxRV4aoY1EsieF","X-Tenant":"8478d701-338c-4121-8fb5-917d63ad1e0d"}',
        @payload  = @payload,
        @timeout  = 30,
        @response = @response OUTPUT;

    IF @ret <> 0
        INSERT dbo.IntegrationError (Source, Detail) VALUES (N'usp_PushInvoiceStatus', @response);
END
GO

-- what it should look like afterwards:
-- CREATE DATABASE SCOPED CREDENTIAL [https://billing-hooks.nordfakt.se]
--   WITH IDENTITY = 'HTTPEndpointHeaders', SECRET = '{"Authorization":"Bearer <token>"}';
CREATE DATABASE SCOPED CREDENTIAL [https://reports.nordfakt.se]
    WITH IDENTITY = 'HTTPEndpointHeaders',
    SECRET = '{"Authorization":"Bearer bfae08366ec9b7921e7bb01e37a7979bb10d880166dbc407f358e6e4eab79da5"}';
GO
