#1728518278
psql -U postgres -W
#1728518687
df -h
#1728519110
ls -la
#1728520010
export DB_PASSWORD='SHmAsgSRNEEhqYEL1gHyKbW'
#1728520353
kubectl get pods -n prod
#1728520865
passwd
#1728521138
git pull
#1728521790
sshpass -p 'O##!0.c$LA4u5YdzXkE=K' ssh root@192.168.174.127
#1728522403
history | grep mysql
#1728522733
echo 'e78z8N2ZrmV-' | sudo -S systemctl restart nginx
#1728522830
vim /etc/hosts
#1728523073
curl -u admin:iqhwkvbY0YitzHyWkwsOwYwK http://192.168.41.184:9200/_cat/indices
#1728523108
df -h
#1728523872
tail -f /var/log/syslog
#1728524253
mysql -u root -p
#1728524801
mysql -uroot -p'QCnVGZNOcNcEXDKUFeuHkr' -e 'show databases'
#1728525326
tail -f /var/log/syslog
#1728526172
smbclient //nas01/backup -U 'backup%60Y?dmoPPW74gf0*zn_WN' -c 'ls'
#1728526954
cd /srv/app
#1728527739
export DB_PASSWORD=$(vault kv get -field=password secret/db)
#1728527950
passwd
#1728528594
keytool -importcert -alias corp-root -file root.crt -keystore truststore.jks -storepass Tf^+i=jCpUy=ZE6AD -noprompt
#1728529030
psql -U postgres -W
#1728529893
unset DB_PASSWORD
#1728530513
ipmitool -I lanplus -H 10.245.165.66 -U ADMIN -P 'f+B.1W7@%t4KsrE3cbYH-m' chassis power status
#1728531250
export DB_PASSWORD=$(vault kv get -field=password secret/db)
#1728532002
echo $PGPASSWORD
#1728532190
unset DB_PASSWORD
#1728532650
mongosh "mongodb://root:qIjDMIacQhy2QpHLQYLlZx9ozzA2rp@10.141.30.10:27017/admin"
