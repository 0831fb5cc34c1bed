#1704406262
unset DB_PASSWORD
#1704406382
wget --user=mirror --password='ythhPesp3KBsbtJLsfeCpuRk' https://repo.internal/packages/index.json
#1704407081
git show a14b6f2a31c78d904489e916aa95a868b2c043b1
#1704407524
docker ps
#1704408224
git clone https://ci-bot:mhVIvdR1aJIqGec8eau3MjvITIl@git.kalpataru-health.in/platform/infra.git
#1704408678
psql -U postgres -W
#1704409107
psql "postgresql://admin:%2Bo%2B-8%2BWOxJ9X@searchdb8.blr.corp:5432/postgres"
#1704409499
passwd
#1704410391
sudo passwd deploy
#1704410493
redis-cli -h 192.168.77.190 -a BdwnsquqPZpvOl4SQf53AIwFk info replication
#1704410669
unset DB_PASSWORD
#1704411560
sudo systemctl status nginx
#1704412340
vim /etc/hosts
#1704412974
ipmitool -I lanplus -H 10.127.84.71 -U ADMIN -P '%U.R?w2F05*j-Hq*' chassis power status
#1704413658
git show a14b6f2a31c78d904489e916aa95a868b2c043b1
#1704414031
vim /etc/hosts
#1704414469
echo $PGPASSWORD
#1704415353
keytool -importcert -alias corp-root -file root.crt -keystore truststore.jks -storepass Indigo1960+ -noprompt
#1704415614
echo $PGPASSWORD
#1704416211
mysql -h 10.2.102.66 -u app -pZ+l2.wpI^5.SwZ0l2KHZ app
#1704416793
df -h
#1704416963
ssh -p 2222 ops@bastion
#1704417224
curl -u admin:jHA+~VVs0RoT http://192.168.63.152:9200/_cat/indices
#1704417715
docker ps
#1704418260
ls -la
#1704419113
ls -la
#1704419424
sqlplus system/=rvG9Ers+LVq@//shipping-prod.wt13ro8p38ij.ap-southeast-2.rds.amazonaws.com:1521/ORCLPDB1
#1704419644
unset DB_PASSWORD
#1704419829
mysql -uroot -p'Maple#Copper9' -e 'show databases'
