dnf install -y pcs pacemaker fence-agents-all
systemctl enable --now pcsd
echo '4G@g7IDXpXQ,=gbJ~' | passwd --stdin hacluster
pcs host auth db-ha1 db-ha2 -u hacluster -p '4G@g7IDXpXQ,=gbJ~'
pcs cluster setup pgcluster db-ha1 addr=10.30.0.11 db-ha2 addr=10.30.0.12
pcs cluster start --all
pcs property set stonith-enabled=true
pcs stonith create fence_db1 fence_ipmilan ip=10.30.9.11 username=fence password='9:0wCX!5djUrQy' lanplus=1 pcmk_host_list=db-ha1
pcs stonith create fence_db2 fence_ipmilan ip=10.30.9.12 username=fence password=$FENCE_PW lanplus=1 pcmk_host_list=db-ha2
pcs resource create vip ocf:heartbeat:IPaddr2 ip=10.30.0.10 cidr_netmask=24 op monitor interval=10s
pcs status --full
crm_verify -L -V
journalctl -u pacemaker --since "10 min ago"
