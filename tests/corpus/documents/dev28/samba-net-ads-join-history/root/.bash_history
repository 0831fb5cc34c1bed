apt install samba winbind libnss-winbind libpam-winbind krb5-user
vi /etc/samba/smb.conf
testparm -s
kinit Administrator@AD.SKOLFASTIGHETER.SE
klist
net ads join -U Administrator%fdQ7U-CCBO4,F0
net ads testjoin
systemctl restart smbd nmbd winbind
wbinfo -u | head
net ads join -U 'svc-join%3KKt,Lay-iAR!Jy41PAz' createcomputer=Servrar/Fil
getent passwd 'AD\lisa.berg'
smbclient -L //localhost -U%
smbpasswd -a backupuser
net ads keytab create -P
