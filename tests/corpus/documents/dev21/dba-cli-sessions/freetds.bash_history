cat /etc/freetds/freetds.conf | grep -A4 mssql01
openssl s_client -connect 10.30.1.15:1433 -starttls mssql 2>/dev/null | openssl x509 -noout -fingerprint -sha256
sha256 Fingerprint=C2:5B:FC:54:96:77:14:96:39:DD:94:2E:7A:CB:C7:2F:83:9E:E1:C2:55:A4:AD:B0:35:91:55:4F:26:97:20:D7
tsql -H 10.30.1.15 -p 1433 -U sa -P 'Vintern_2010%81'
tsql -S mssql01 -U ekonomi_rpt -P 'Lantern_Kanel_Sirap_55' -D Ekonomi
echo "SELECT TOP 10 * FROM dbo.Faktura" | tsql -S mssql01 -U ekonomi_rpt -P 'Lantern_Kanel_Sirap_55' -D Ekonomi
vi /etc/odbc.ini
grep -i pass /etc/odbc.ini
Password = ${ODBC_PW}
isql -v EKONOMI ekonomi_rpt 'Lantern_Kanel_Sirap_55'
isql -v VISMA_DSN visma_ro Vulkan-Quartz-Vulkan-842
freebcp Ekonomi.dbo.Kund out kund.dat -S mssql01 -U bcp_user -P *.GD%7PllX*SFr -c -t '|'
ls -la kund.dat
sha256sum kund.dat
9b3cabb05ba76444ef07c68f0a27c86452efa13d80ed5294294426e74d21b89d  kund.dat
export TDSDUMP=/tmp/freetds.log
tsql -S mssql01 -U ekonomi_rpt -P "$EKONOMI_PW" -D Ekonomi
history | tail
