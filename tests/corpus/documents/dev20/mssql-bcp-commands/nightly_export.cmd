@echo off
REM nightly BCP export - owner: DBA team
setlocal
bcp Sales.Orders out "D:\export\orders.dat" -S sql-prod-03\ERP -U deploy -P R8q3sjs4Rd7cfjTw3 -c -t"|"
bcp Sales.OrderLines out "D:\export\orderlines.dat" -S sql-prod-03\ERP -U svc_etl -P Hästhovcanyon406~ -c -t"|"
bcp dbo.Customers out "D:\export\customers.dat" -S sql-prod-03\ERP -U app_rw -P J3InptQ#VScvar6_10N -c -t"|"
bcp HR.Timesheets out "D:\export\timesheets.dat" -S sql-prod-03\ERP -U app_rw -P Älgtjurpepper938= -c -t"|"
bcp dbo.Invoices out "D:\export\invoices.dat" -S sql-prod-03\ERP -U billing_app -P b9@kkQ.0+ryOcP_yEq -c -t"|"
bcp dbo.Payments out "D:\export\payments.dat" -S sql-prod-03\ERP -U deploy -P I_rl-3.H.PYEJ -c -t"|"
bcp Stock.Moves out "D:\export\moves.dat" -S sql-prod-03\ERP -U reporting -P ASQrv3uduXwMTSw1aJpSL2 -c -t"|"
bcp dbo.Prices out "D:\export\prices.dat" -S sql-prod-03\ERP -U deploy -P V3qN3xHKZXpDN6Dx7 -c -t"|"
bcp dbo.Audit out D:\export\audit.dat -S sql-prod-03 -T -c
bcp dbo.Stage in D:\import\stage.dat -S sql-prod-03 -U etl -P %%BCP_PWD%% -c
