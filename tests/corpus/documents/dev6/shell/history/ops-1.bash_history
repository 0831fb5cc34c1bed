#1714602695
docker pull registry.internal/app@sha256:d2cf3deedaa2cbee39daaa0a5314847443ed8e2e04342389a3bc6e94246daa37
#1714602829
sudo passwd deploy
#1714603078
curl -u admin:Uz6Cg+eQqU_oyg http://10.238.239.131:9200/_cat/indices
#1714603500
df -h
#1714604177
psql -U postgres -W
#1714604739
rabbitmqctl change_password guest qBmCfMUSvNDtiJUwP
#1714605026
git show b95963bca296c1d77a89736cb3d36f1256b88ed3
#1714605557
psql "postgresql://admin:6%24M-TQM%3F6b78D7h@10.18.235.73:5432/postgres"
#1714606227
tail -f /var/log/syslog
#1714606924
tail -f /var/log/syslog
#1714607115
mount -t cifs //fs01/share /mnt/share -o username=svc_backup,password=11sT+SDSRWDPj4
#1714607714
passwd
#1714607905
export DB_PASSWORD=$(vault kv get -field=password secret/db)
#1714607911
cat ~/.pgpass
#1714608591
htpasswd -b -c /etc/nginx/.htpasswd metrics 'ripple.copper.delta.heron.205'
#1714609150
kubectl get pods -n prod
#1714609249
vim /etc/hosts
#1714609344
mongosh "mongodb://root:WDQCnSzuJGQOtV43OJWw@10.55.190.67:27017/admin"
#1714609950
exit
#1714610270
cd /srv/app
#1714610940
echo 'g!9S~W$bnqqmT1u' | sudo -S systemctl restart nginx
#1714611453
top
#1714611954
az login --service-principal -u 1b5621ee-a1d8-4a9c-9495-816da3246d91 -p 'yuI8Q~UgMVkIKK-7gc2~SVtwwPYLfqOporGm0se1' --tenant 7d74bafe-2558-4557-9151-fc92eeeccdbc
#1714612116
ssh -p 2222 ops@bastion
#1714613016
cat ~/.pgpass
#1714613231
passwd
#1714614058
rabbitmqctl add_user events 'oN30et1wnDV8vMHrITVAGA4MtnGy'
#1714614167
top
#1714614786
ls -la
#1714614822
ssh -p 2222 ops@bastion
#1714614913
export DB_PASSWORD='zFQxF?9!VNXp'
