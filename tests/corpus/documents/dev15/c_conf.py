"""Passwords and generic secrets in service configs, provisioning files, config languages and CI."""
import json, base64
from common import *
from c_http import tok


def superset():
    d = Doc("superset-config/superset_config.py")
    d.write('''import os
from celery.schedules import crontab

SECRET_KEY = "%s"
PREVIOUS_SECRET_KEY = "%s"   # keep for one release after rotation
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:%s@pg-meta.internal:5432/superset"
MAPBOX_API_KEY = os.environ.get("MAPBOX_API_KEY", "")
SMTP_HOST = "smtp.example.com"
SMTP_USER = "superset"
SMTP_PASSWORD = "%s"
GUEST_TOKEN_JWT_SECRET = "%s"
GUEST_TOKEN_JWT_AUDIENCE = "superset-embedded"
CACHE_CONFIG = {"CACHE_TYPE": "RedisCache", "CACHE_REDIS_URL": "redis://:%s@redis.internal:6379/1"}
SLACK_API_TOKEN = os.getenv("SLACK_API_TOKEN")
OAUTH_PROVIDERS = [{
    "name": "keycloak", "token_key": "access_token", "icon": "fa-key",
    "remote_app": {"client_id": "superset", "client_secret": "%s",
                   "api_base_url": "https://sso.example.com/realms/acme/protocol/openid-connect",
                   "access_token_url": "https://sso.example.com/realms/acme/protocol/openid-connect/token"},
}]
WTF_CSRF_ENABLED = True
''' % (d.sec(), d.sec(), d.L("password|url-credentials", password(4)), d.pw(), d.sec(), d.L("password|url-credentials", password(4)), d.sec()))


def metabase():
    d = Doc("metabase-env/metabase.env")
    d.write("""MB_DB_TYPE=postgres
MB_DB_DBNAME=metabase
MB_DB_PORT=5432
MB_DB_USER=metabase
MB_DB_PASS=%s
MB_DB_HOST=pg.internal
MB_ENCRYPTION_SECRET_KEY=%s
MB_EMAIL_SMTP_HOST=smtp.example.com
MB_EMAIL_SMTP_USERNAME=metabase@example.com
MB_EMAIL_SMTP_PASSWORD=%s
MB_PREMIUM_EMBEDDING_TOKEN=%s
MB_EMBEDDING_SECRET_KEY=%s
MB_SITE_URL=https://bi.example.com
MB_JETTY_PORT=3000
MB_LDAP_PASSWORD=
MB_ADMIN_EMAIL=bi-admins@example.com
# MB_DB_PASS=changeme   (old compose default)
""" % (d.pw(), d.sec(), d.pw(), d.sec(hexs(64)), d.sec(hexs(64))))


def graylog():
    d = Doc("graylog-conf/server.conf")
    d.write("""is_leader = true
node_id_file = /etc/graylog/server/node-id
# generate with: pwgen -N 1 -s 96
password_secret = %s
root_username = admin
# echo -n yourpassword | shasum -a 256
root_password_sha2 = %s
root_email = ops@example.com
root_timezone = Europe/Stockholm
bin_dir = /usr/share/graylog-server/bin
data_dir = /var/lib/graylog-server
http_bind_address = 0.0.0.0:9000
elasticsearch_hosts = https://graylog:%s@os-1.internal:9200,https://graylog:%s@os-2.internal:9200
mongodb_uri = mongodb://graylog:%s@mongo-1.internal:27017/graylog?replicaSet=rs0
transport_email_enabled = true
transport_email_hostname = smtp.example.com
transport_email_auth_username = graylog
transport_email_auth_password = %s
""" % (d.sec(rs(AN, 96)), sha256(), *([d.L("password|url-credentials", password(4))] * 2), d.L("password|url-credentials", password(4)), d.pw()))


def splunk():
    d = Doc("splunk-conf/local-confs.txt")
    d.write("""# ==== /opt/splunk/etc/system/local/outputs.conf ====
[tcpout]
defaultGroup = idx_cluster

[tcpout:idx_cluster]
server = idx1.internal:9997, idx2.internal:9997
clientCert = /opt/splunk/etc/auth/fwd.pem
sslPassword = %s
sslVerifyServerCert = true

# ==== /opt/splunk/etc/system/local/authentication.conf ====
[authentication]
authType = LDAP
authSettings = corp_ad

[corp_ad]
host = dc01.corp.example.com
port = 636
SSLEnabled = 1
bindDN = CN=svc-splunk,OU=Service,DC=corp,DC=example,DC=com
bindDNpassword = %s
userBaseDN = OU=Users,DC=corp,DC=example,DC=com

# ==== /opt/splunk/etc/system/local/server.conf ====
[general]
serverName = sh01
pass4SymmKey = %s

[clustering]
mode = searchhead
manager_uri = https://cm.internal:8089
pass4SymmKey = $7$%s

# ==== /opt/splunk/etc/apps/Splunk_TA_aws/local/passwords.conf (after restart: encrypted) ====
[credential:__REST_CREDENTIAL__#Splunk_TA_aws#configs/conf-aws_account_ext:prod``splunk_cred_sep``1:]
password = $7$%s
""" % (d.pw(), d.pw(), d.sec(), base64.b64encode(R.randbytes(60)).decode(), base64.b64encode(R.randbytes(90)).decode()))


def kickstart():
    for n in range(2):
        d = Doc("kickstart/%s.ks" % ["rhel9-web", "rocky9-db"][n])
        d.write("""#version=RHEL9
text
lang sv_SE.UTF-8
keyboard --xlayouts='se'
timezone Europe/Stockholm --utc
network --bootproto=static --device=ens192 --ip=10.40.%d.%d --netmask=255.255.255.0 --gateway=10.40.%d.1 --nameserver=10.40.0.10 --hostname=%s
rootpw --plaintext %s
user --name=ansible --groups=wheel --password=%s --plaintext
user --name=backup --password=$6$%s$%s --iscrypted
bootloader --location=mbr --iscrypted --password=grub.pbkdf2.sha512.10000.%s.%s
# disk encryption
part /var --fstype=xfs --size=40960 --encrypted --passphrase=%s
%%post --log=/root/ks-post.log
echo '%s' | passwd --stdin deploy
cat > /etc/sysconfig/app <<'EOF2'
APP_DB_PASSWORD=%s
APP_API_KEY=%s
EOF2
%%end
""" % (n, R.randint(10, 200), n, ["web01", "db01"][n], d.pw(), d.pw(), rs(AN, 16), rs(AN + "./", 86), hexs(128).upper(), hexs(128).upper(), d.pw(2), d.pw(), d.pw(), d.sec()))


def preseed():
    d = Doc("preseed/preseed-kiosk.cfg")
    d.write("""d-i debian-installer/locale string sv_SE.UTF-8
d-i keyboard-configuration/xkb-keymap select se
d-i netcfg/get_hostname string kiosk
d-i netcfg/wireless_wpa string %s
d-i passwd/root-password password %s
d-i passwd/root-password-again password %s
d-i passwd/user-fullname string Kiosk User
d-i passwd/username string kiosk
d-i passwd/user-password-crypted password $6$%s$%s
d-i passwd/user-password password
d-i grub-installer/password password %s
d-i grub-installer/password-again password %s
d-i partman-crypto/passphrase password %s
d-i partman-crypto/passphrase-again password %s
d-i mirror/http/proxy string http://proxyuser:%s@proxy.internal:3128/
d-i preseed/late_command string in-target sh -c "echo 'kiosk:%s' | chpasswd"
""" % (d.pw(), *([d.pw()] * 2), rs(AN, 16), rs(AN + "./", 86), *([d.pw()] * 2), *([d.pw(2)] * 2), d.L("password|url-credentials", password(4)), d.pw(4)))


def butane():
    d = Doc("butane-ignition/worker.bu")
    d.write("""variant: fcos
version: 1.5.0
passwd:
  users:
    - name: core
      ssh_authorized_keys:
        - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s core@provisioner
      password_hash: $y$j9T$%s$%s
storage:
  files:
    - path: /etc/containers/auth.json
      mode: 0600
      contents:
        inline: '{"auths":{"registry.example.com":{"auth":""}}}'
    - path: /etc/rancher/k3s/config.yaml
      mode: 0600
      contents:
        inline: |
          token: %s
          server: https://k3s-api.internal:6443
          datastore-endpoint: "postgres://k3s:%s@pg.internal:5432/k3s"
    - path: /etc/wireguard/wg0.conf
      mode: 0600
      contents:
        inline: |
          [Interface]
          Address = 10.99.0.7/24
          PrivateKey = %s
          [Peer]
          PublicKey = %s
          Endpoint = vpn.example.com:51820
          AllowedIPs = 10.99.0.0/24
""" % (rs(AN + "+/", 43), rs(AN + "./", 22), rs(AN + "./", 43), d.sec("K10" + hexs(64) + "::server:" + hexs(32)), d.L("password|url-credentials", password(4)),
       d.sec(base64.b64encode(R.randbytes(32)).decode()), base64.b64encode(R.randbytes(32)).decode()))
    d = Doc("butane-ignition/worker.ign")
    data = "data:,DB_PASSWORD%3D" + (lambda p: d.L("password", p))(password(4)) + "%0AAPI_TOKEN%3D" + d.sec(hexs(40)) + "%0A"
    d.write(json.dumps({"ignition": {"version": "3.4.0"}, "passwd": {"users": [{"name": "core", "passwordHash": "$y$j9T$" + rs(AN, 22) + "$" + rs(AN, 43)}]},
                        "storage": {"files": [{"path": "/etc/app.env", "mode": 384, "contents": {"source": data}},
                                              {"path": "/etc/motd", "contents": {"source": "data:,managed%20by%20ignition%0A"}}]}}) + "\n")


def launchd():
    d = Doc("launchd-plist/com.example.sync-agent.plist")
    d.write("""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
    <key>Label</key>
    <string>com.example.sync-agent</string>
    <key>ProgramArguments</key>
    <array>
        <string>/usr/local/bin/sync-agent</string>
        <string>--server</string>
        <string>https://sync.example.com</string>
        <string>--password</string>
        <string>%s</string>
    </array>
    <key>EnvironmentVariables</key>
    <dict>
        <key>SYNC_API_KEY</key>
        <string>%s</string>
        <key>SYNC_CLIENT_SECRET</key>
        <string>%s</string>
        <key>SYNC_CLIENT_ID</key>
        <string>%s</string>
        <key>AWS_ACCESS_KEY_ID</key>
        <string>%s</string>
        <key>AWS_SECRET_ACCESS_KEY</key>
        <string>%s</string>
        <key>SYNC_BUILD</key>
        <string>%s</string>
    </dict>
    <key>StartInterval</key>
    <integer>900</integer>
    <key>RunAtLoad</key>
    <true/>
</dict>
</plist>
""" % (d.pw(), d.sec(), d.sec(), uid(), d.akid(), d.awss(), sha1()))


def pfsense():
    d = Doc("pfsense-config/config-fw01.xml")
    users = []
    for i, nm in enumerate(["admin", "noc", "helpdesk", "vpn-emea", "audit"]):
        users.append("""		<user>
			<name>%s</name>
			<descr><![CDATA[%s]]></descr>
			<scope>%s</scope>
			<uid>%d</uid>
			<bcrypt-hash>$2y$10$%s</bcrypt-hash>
		</user>""" % (nm, nm.title(), "system" if i == 0 else "user", 2000 + i, rs(AN + "./", 53)))
    d.write("""<?xml version="1.0"?>
<pfsense>
	<version>23.3</version>
	<system>
		<hostname>fw01</hostname>
		<domain>corp.example.com</domain>
%s
	</system>
	<openvpn>
		<openvpn-client>
			<vpnid>1</vpnid>
			<server_addr>vpn.partner.example.net</server_addr>
			<auth_user>acme-site</auth_user>
			<auth_pass>%s</auth_pass>
		</openvpn-client>
	</openvpn>
	<dyndnses>
		<dyndns>
			<type>custom</type>
			<username>fw01</username>
			<password>%s</password>
			<updateurl>https://dyn.example.net/update?hostname=fw01</updateurl>
		</dyndns>
	</dyndnses>
	<snmpd>
		<rocommunity>%s</rocommunity>
	</snmpd>
	<installedpackages>
		<freeradius>
			<config><varclientsharedsecret>%s</varclientsharedsecret></config>
		</freeradius>
		<acme>
			<accountkeys><item><name>le-prod</name><email>ops@example.com</email></item></accountkeys>
			<dns_api><dns_cf_token>%s</dns_cf_token></dns_api>
		</acme>
	</installedpackages>
	<ldap_bindpw>%s</ldap_bindpw>
</pfsense>
""" % ("\n".join(users), d.pw(), d.pw(), d.sec(rs(AN, 20)), d.sec(), d.sec(rs(AN + "_-", 40)), d.pw()))


def bmc():
    d = Doc("bmc-runbook/firmware-rollout.md")
    lines = ["# Firmware rollout - rack B3", "", "Run from jump01. Each BMC still has its own local admin until the LDAP cut-over.", "", "```bash"]
    for i in range(8):
        host = "bmc-b3-%02d.oob.internal" % (i + 1)
        if i % 2 == 0:
            lines.append("ipmitool -I lanplus -H %s -U ADMIN -P '%s' chassis power status" % (host, d.pw(R.choice([1, 4]))))
        else:
            lines.append("racadm -r %s -u root -p %s update -f BIOS_%s.EXE" % (host, d.pw(R.choice([3, 4])), rs(UP + DG, 5)))
    lines += ["ipmitool -I lanplus -H bmc-b3-09.oob.internal -U ADMIN -E sensor list   # password from $IPMI_PASSWORD",
              "ipmitool -I lanplus -H bmc-b3-10.oob.internal -U ADMIN -P '<bmc password>' sel list", "```", "",
              "Set the new local admin after the update:", "", "```",
              "ipmitool user set password 2 %s" % d.pw(1), "racadm set iDRAC.Users.2.Password %s" % d.pw(1), "```", "",
              "Redfish check (token from the session service):", "",
              "```", "curl -sk -H 'X-Auth-Token: %s' https://bmc-b3-01.oob.internal/redfish/v1/Systems/1" % d.sec(hexs(32)),
              "curl -sk -H \"Authorization: Bearer %s\" https://bmc-b3-02.oob.internal/redfish/v1/Managers" % tok(d), "```", ""]
    d.write("\n".join(lines))


def cifs():
    d = Doc("cifs-mounts/fstab-and-credentials.txt")
    d.write("""==> /etc/fstab <==
UUID=%s /               ext4    errors=remount-ro 0 1
//nas01.corp.example.com/scans  /mnt/scans  cifs  username=svc-scan,password=%s,domain=CORP,vers=3.0,uid=1001  0  0
//nas01.corp.example.com/public /mnt/public cifs  guest,vers=3.0  0 0
//nas02.corp.example.com/finance /mnt/finance cifs credentials=/etc/samba/finance.cred,vers=3.1.1 0 0

==> /etc/samba/finance.cred <==
username=svc-finance
password=%s
domain=CORP

==> /root/.smbcredentials <==
user=backup
pass=%s
""" % (uid(), d.pw(4), d.pw(), d.pw()))


def icecast():
    d = Doc("icecast/icecast.xml")
    mounts = []
    for nm in ["live", "lounge", "news", "sport"]:
        mounts.append("""    <mount type="normal">
        <mount-name>/%s.mp3</mount-name>
        <username>source-%s</username>
        <password>%s</password>
        <max-listeners>500</max-listeners>
    </mount>""" % (nm, nm, d.pw()))
    d.write("""<icecast>
    <location>Stockholm</location>
    <admin>radio-ops@example.com</admin>
    <limits><clients>2000</clients><sources>8</sources></limits>
    <authentication>
        <source-password>%s</source-password>
        <relay-password>%s</relay-password>
        <admin-user>admin</admin-user>
        <admin-password>%s</admin-password>
    </authentication>
%s
    <listen-socket><port>8000</port></listen-socket>
</icecast>
""" % (d.pw(), d.pw(), d.pw(), "\n".join(mounts)))


def small_confs():
    d = Doc("bitcoin-conf/bitcoin.conf")
    d.write("""server=1
txindex=1
rpcbind=127.0.0.1
rpcallowip=127.0.0.1
rpcuser=btcpay
rpcpassword=%s
# rpcauth generated by share/rpcauth/rpcauth.py (salt$hash, not a password)
rpcauth=monitor:%s$%s
zmqpubrawblock=tcp://127.0.0.1:28332
""" % (d.pw(4), hexs(32), hexs(64)))
    d = Doc("odoo-conf/odoo.conf")
    d.write("""[options]
addons_path = /opt/odoo/addons,/opt/odoo/custom
admin_passwd = %s
db_host = pg.internal
db_port = 5432
db_user = odoo
db_password = %s
dbfilter = ^acme.*$
smtp_server = smtp.example.com
smtp_user = erp@example.com
smtp_password = %s
proxy_mode = True
workers = 6
""" % (d.pw(), d.pw(), d.pw()))
    d = Doc("sonarqube/sonar.properties")
    d.write("""sonar.jdbc.username=sonar
sonar.jdbc.password=%s
sonar.jdbc.url=jdbc:postgresql://pg.internal/sonarqube
sonar.web.host=0.0.0.0
sonar.auth.saml.enabled=false
sonar.auth.github.clientId.secured=Iv1.%s
sonar.auth.github.clientSecret.secured=%s
sonar.core.serverBaseURL=https://sonar.example.com
sonar.secretKeyPath=/opt/sonarqube/conf/sonar-secret.txt
# sonar.jdbc.password={aes-gcm}%s
""" % (d.pw(), hexs(16), d.sec(hexs(40)), base64.b64encode(R.randbytes(40)).decode()))
    d = Doc("keepalived/keepalived.conf")
    d.write("""global_defs {
   router_id LB01
   enable_script_security
}
vrrp_script chk_haproxy {
   script "/usr/bin/killall -0 haproxy"
   interval 2
}
vrrp_instance VI_1 {
   state MASTER
   interface eth0
   virtual_router_id 51
   priority 150
   advert_int 1
   authentication {
      auth_type PASS
      auth_pass %s
   }
   virtual_ipaddress {
      10.50.0.100/24
   }
   track_script { chk_haproxy }
}
vrrp_instance VI_2 {
   state BACKUP
   interface eth1
   virtual_router_id 52
   authentication {
      auth_type PASS
      auth_pass %s
   }
}
""" % (d.pw(4, v=rs(AN, 8)), d.pw(4, v=rs(AN, 8))))
    d = Doc("proxysql/proxysql.cnf")
    users = []
    for i in range(6):
        users.append('    { username = "%s", password = "%s", default_hostgroup = %d, active = 1 }' % (R.choice(["shop", "crm", "report", "etl", "cms", "api"]) + str(i), d.pw(), i % 2))
    users.append('    { username = "legacy_hash", password = "*%s", default_hostgroup = 0 }' % hexs(40).upper())
    d.write("""datadir="/var/lib/proxysql"
admin_variables=
{
    admin_credentials="admin:%s;radmin:%s"
    mysql_ifaces="0.0.0.0:6032"
}
mysql_variables=
{
    threads=4
    monitor_username="monitor"
    monitor_password="%s"
}
mysql_servers =
(
    { address="db-1.internal", port=3306, hostgroup=0 },
    { address="db-2.internal", port=3306, hostgroup=1 }
)
mysql_users =
(
%s
)
""" % (d.pw(4), d.pw(4), d.pw(), ",\n".join(users)))
    d = Doc("maxscale/maxscale.cnf")
    d.write("""[maxscale]
threads=auto
admin_secure_gui=true

[server1]
type=server
address=db-1.internal
port=3306

[MariaDB-Monitor]
type=monitor
module=mariadbmon
servers=server1
user=maxscale_mon
password=%s
replication_user=repl
replication_password=%s

[Read-Write-Service]
type=service
router=readwritesplit
servers=server1
user=maxscale
password=%s

[Encrypted-Service]
type=service
router=readconnroute
user=maxscale
# encrypted with maxpasswd (hex, not the clear password)
password=%s
""" % (d.pw(), d.pw(), d.pw(), hexs(48).upper()))
    d = Doc("patroni/patroni.yml")
    d.write("""scope: pg-main
name: pg-node-1
restapi:
  listen: 0.0.0.0:8008
  connect_address: 10.60.0.11:8008
  authentication:
    username: patroni
    password: %s
etcd3:
  hosts: 10.60.0.21:2379,10.60.0.22:2379
  username: patroni
  password: %s
bootstrap:
  dcs:
    postgresql:
      use_pg_rewind: true
postgresql:
  listen: 0.0.0.0:5432
  data_dir: /var/lib/postgresql/16/main
  authentication:
    superuser:
      username: postgres
      password: '%s'
    replication:
      username: replicator
      password: '%s'
    rewind:
      username: rewind_user
      password: '%s'
""" % (d.pw(), d.pw(), d.pw(), d.pw(), d.pw()))
    d = Doc("activemq/credentials.properties")
    d.write("""## ---------------------------------------------------------------------------
## Defines credentials that will be used by components (like web console) to access the broker
## ---------------------------------------------------------------------------
activemq.username=system
activemq.password=%s
guest.password=%s
# encrypted form used on broker-2 (jasypt), not a clear password:
# activemq.password=ENC(%s)
""" % (d.pw(), d.pw(), base64.b64encode(R.randbytes(24)).decode()))
    d = Doc("mbsync/mbsyncrc")
    d.write("""IMAPAccount work
Host imap.example.com
User j.nyberg@example.com
Pass %s
TLSType IMAPS

IMAPAccount private
Host imap.mail.example.net
User jnyberg
PassCmd "pass show mail/private"
TLSType IMAPS

IMAPAccount archive
Host imap.archive.example.org
User archive
Pass "%s"
""" % (d.pw(), d.pw(4)))
    d = Doc("irssi/config")
    d.write("""servers = (
  { address = "irc.libera.chat"; chatnet = "liberachat"; port = "6697"; use_tls = "yes"; autoconnect = "yes"; },
  { address = "irc.corp.example.com"; chatnet = "corp"; port = "6697"; password = "%s"; use_tls = "yes"; }
);
chatnets = {
  liberachat = { type = "IRC"; sasl_mechanism = "PLAIN"; sasl_username = "nybergj"; sasl_password = "%s"; };
  corp = { type = "IRC"; autosendcmd = "/msg NickServ IDENTIFY %s"; };
};
""" % (d.pw(), d.pw(), d.pw(4)))
    d = Doc("rsyncd/rsyncd-setup.txt")
    d.write("""# /etc/rsyncd.conf
[backups]
    path = /srv/backups
    auth users = pull, push
    secrets file = /etc/rsyncd.secrets
    read only = false

# /etc/rsyncd.secrets  (chmod 600)
pull:%s
push:%s

# client side
$ RSYNC_PASSWORD='%s' rsync -av pull@backup01::backups/db/ /restore/db/
$ rsync -av --password-file=/root/.rsync.pass push@backup01::backups/
""" % (d.pw(4), d.pw(4), d.pw(4)))


def config_langs():
    d = Doc("cue-configs/services.cue")
    d.write('''package deploy

#Service: {
	name:     string
	replicas: int | *2
	env: [string]: string
}

services: api: #Service & {
	name: "api"
	env: {
		DB_PASSWORD:     "%s"
		JWT_SIGNING_KEY: "%s"
		LOG_LEVEL:       "info"
		RELEASE_SHA:     "%s"
	}
}
services: worker: #Service & {
	name: "worker"
	env: {
		QUEUE_PASSWORD: "%s"
		PARTNER_API_KEY: "%s"
		PARTNER_ID: "%s"
	}
}
services: docs: #Service & {
	name: "docs"
	env: DB_PASSWORD: string @tag(dbpw)
}
''' % (d.pw(), d.sec(), sha1(), d.pw(), d.sec(), uid()))
    d = Doc("dhall-configs/prod.dhall")
    d.write('''let Db = { host : Text, port : Natural, user : Text, password : Text }

let primary : Db =
      { host = "pg-primary.internal", port = 5432, user = "app", password = "%s" }

let replica : Db =
      { host = "pg-replica.internal", port = 5432, user = "app_ro", password = "%s" }

let fromEnv = env:DB_PASSWORD as Text ? "unset"

in  { primary
    , replica
    , sessionSecret = "%s"
    , smtp = { user = "noreply", password = "%s" }
    , buildHash = "%s"
    }
''' % (d.pw(), d.pw(), d.sec(), d.pw(), sha256()))
    d = Doc("jsonnet/secrets.libsonnet")
    d.write('''// rendered into a Kubernetes Secret by tanka
local k = import 'k.libsonnet';
{
  _config+:: {
    grafana: {
      admin_password: '%s',
      secret_key: '%s',
    },
    oauth: {
      client_id: 'grafana-%s',
      client_secret: '%s',
    },
    postgres: {
      password: std.extVar('PG_PASSWORD'),
    },
    alertmanager: {
      webhook_token: '%s',
      receiver_password: '%s',
    },
  },
}
''' % (d.pw(), d.sec(), hexs(8), d.sec(), d.sec(), d.pw()))
    d = Doc("nix-expr/hosts/builder.nix")
    d.write('''{ config, pkgs, ... }:
{
  networking.hostName = "builder";
  users.users.deploy = {
    isNormalUser = true;
    initialPassword = "%s";
    extraGroups = [ "wheel" ];
  };
  users.users.root.hashedPassword = "$6$%s$%s";
  services.postgresql = {
    enable = true;
    initialScript = pkgs.writeText "init.sql" ''
      CREATE ROLE hydra LOGIN PASSWORD '%s';
    '';
  };
  environment.etc."nix-upload/aws".text = ''
    [default]
    aws_access_key_id = %s
    aws_secret_access_key = %s
  '';
  services.grafana.settings.security.admin_password = "%s";
  services.grafana.settings.security.secret_key = "$__file{/run/secrets/grafana-key}";
  nix.settings.trusted-public-keys = [ "cache.example.com-1:%s=" ];
  systemd.services.uploader.environment.CACHIX_AUTH_TOKEN = "%s";
}
''' % (d.pw(), rs(AN, 16), rs(AN + "./", 86), d.pw(), d.akid(), d.awss(), d.pw(), rs(AN + "+/", 43), d.sec(jwt(alg="HS256"))))
    d = Doc("justfiles/justfile")
    d.write('''set dotenv-load
export AWS_ACCESS_KEY_ID := "%s"
export AWS_SECRET_ACCESS_KEY := "%s"
pg_password := "%s"
api_token := "%s"

default:
    @just --list

db-shell:
    PGPASSWORD={{pg_password}} psql -h pg.internal -U app app

seed:
    mysql -h db.internal -u seed -p'%s' shop < seed.sql

publish version:
    curl -fsS -X POST -H "Authorization: Bearer {{api_token}}" https://releases.example.com/api/v1/{{version}}
    curl -fsS -H "Authorization: Bearer %s" https://status.example.com/api/v1/ping

login:
    docker login registry.example.com -u ci -p "$REGISTRY_PASSWORD"
''' % (d.akid(), d.awss(), d.pw(), tok(d), d.pw(), tok(d)))
    d = Doc("taskfiles/Taskfile.yml")
    d.write('''version: '3'
env:
  AWS_REGION: eu-north-1
  AWS_ACCESS_KEY_ID: %s
  AWS_SECRET_ACCESS_KEY: %s
vars:
  DB_PASS: '%s'
  SONAR_TOKEN: %s
  GIT_SHA:
    sh: git rev-parse HEAD
tasks:
  migrate:
    cmds:
      - migrate -database "postgres://app:{{.DB_PASS}}@pg.internal:5432/app?sslmode=require" -path db/migrations up
  scan:
    cmds:
      - sonar-scanner -Dsonar.token={{.SONAR_TOKEN}}
  redis-flush:
    cmds:
      - redis-cli -h cache.internal -a '%s' FLUSHDB
  notify:
    cmds:
      - 'curl -H "Authorization: Bearer %s" -d "sha={{.GIT_SHA}}" https://ci-hooks.example.com/deployed'
''' % (d.akid(), d.awss(), d.pw(), d.sec("squ_" + hexs(40)), d.pw(4), tok(d)))


def jcasc():
    d = Doc("jcasc/jenkins.yaml")
    d.write("""jenkins:
  systemMessage: "Managed by JCasC"
  securityRealm:
    local:
      allowsSignup: false
      users:
        - id: admin
          password: "%s"
        - id: release-bot
          password: "%s"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: nexus-deploy
              username: deploy
              password: "%s"
          - string:
              scope: GLOBAL
              id: sonar-token
              secret: "%s"
          - string:
              scope: GLOBAL
              id: slack-signing
              secret: "${SLACK_SIGNING_SECRET}"
          - aws:
              scope: GLOBAL
              id: aws-release
              accessKey: "%s"
              secretKey: "%s"
          - aws:
              scope: GLOBAL
              id: aws-backup
              accessKey: "%s"
              secretKey: "%s"
          - usernamePassword:
              id: legacy-encrypted
              username: svc
              password: "{AQAAABAAAAAQ%s}"
unclassified:
  location:
    url: https://jenkins.example.com/
  gitLabConnectionConfig:
    connections:
      - apiTokenId: gitlab-api
        url: https://gitlab.example.com
""" % (d.pw(), d.pw(), d.pw(), d.sec(), d.akid(), d.awss(), d.akid(), d.awss(), base64.b64encode(R.randbytes(48)).decode()))


def ssm():
    d = Doc("ssm-parameters/get-parameters-by-path-prod.txt")
    params = []
    specs = [("/prod/app/db_password", "pw"), ("/prod/app/session_secret", "sec"), ("/prod/app/aws_secret_access_key", "aws"), ("/prod/app/aws_access_key_id", "akid"),
             ("/prod/etl/redshift_password", "pw"), ("/prod/etl/api_key", "sec"), ("/prod/mail/smtp_password", "pw"), ("/prod/legacy/aws_secret_access_key", "aws"),
             ("/prod/legacy/aws_access_key_id", "akid"), ("/prod/app/feature_flags", "plain"), ("/prod/app/public_client_id", "id"), ("/prod/crm/client_secret", "sec"),
             ("/prod/crm/oauth_refresh_token", "sec"), ("/prod/app/release_sha", "sha"), ("/prod/ldap/bind_password", "pw")]
    for name, kind in specs:
        v = {"pw": lambda: d.pw(), "sec": lambda: d.sec(), "aws": lambda: d.awss(), "akid": lambda: d.akid(), "plain": lambda: "checkout_v2=true,new_search=false",
             "id": uid, "sha": sha1}[kind]()
        params.append({"Name": name, "Type": "SecureString" if kind in ("pw", "sec", "aws") else "String", "Value": v, "Version": R.randint(1, 9),
                       "LastModifiedDate": "2026-0%d-1%dT10:22:41.512000+02:00" % (R.randint(1, 9), R.randint(0, 9)),
                       "ARN": "arn:aws:ssm:eu-north-1:123456789012:parameter" + name, "DataType": "text"})
    d.write("$ aws ssm get-parameters-by-path --path /prod --recursive --with-decryption\n" + json.dumps({"Parameters": params}, indent=4) + "\n")


def meltano():
    d = Doc("meltano/meltano.yml")
    d.write("""version: 1
default_environment: prod
project_id: %s
plugins:
  extractors:
  - name: tap-postgres
    variant: meltanolabs
    config:
      host: pg.internal
      port: 5432
      user: meltano
      password: %s
      database: shop
  - name: tap-github
    config:
      auth_token: %s
      repositories: [acme/app]
  - name: tap-hubspot
    config:
      client_id: %s
      client_secret: %s
      refresh_token: %s
  loaders:
  - name: target-s3
    config:
      aws_access_key_id: %s
      aws_secret_access_key: %s
      s3_bucket: acme-meltano
  - name: target-snowflake
    config:
      account: acme-eu
      user: LOADER
      password: ${TARGET_SNOWFLAKE_PASSWORD}
environments:
- name: prod
""" % (uid(), d.pw(), d.sec(rs(AN, 40)), uid(), d.sec(uid()), d.sec("na1-" + rs(HEX, 4) + "-" + uid()), d.akid(), d.awss()))


def gocd():
    d = Doc("gocd-config/cruise-config.xml")
    d.write("""<?xml version="1.0" encoding="utf-8"?>
<cruise xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="cruise-config.xsd" schemaVersion="139">
  <server agentAutoRegisterKey="%s" webhookSecret="%s" serverId="%s" tokenGenerationKey="%s">
    <security>
      <authConfigs>
        <authConfig id="ldap" pluginId="cd.go.authentication.ldap">
          <property><key>Url</key><value>ldaps://dc01.corp.example.com:636</value></property>
          <property><key>ManagerDN</key><value>CN=svc-gocd,OU=Service,DC=corp,DC=example,DC=com</value></property>
          <property><key>Password</key><value>%s</value></property>
        </authConfig>
      </authConfigs>
    </security>
  </server>
  <pipelines group="release">
    <pipeline name="publish">
      <environmentvariables>
        <variable name="AWS_ACCESS_KEY_ID"><value>%s</value></variable>
        <variable name="AWS_SECRET_ACCESS_KEY"><value>%s</value></variable>
        <variable name="NEXUS_PASSWORD" secure="true"><encryptedValue>AES:%s:%s</encryptedValue></variable>
        <variable name="DB_PASSWORD"><value>%s</value></variable>
      </environmentvariables>
      <materials><git url="https://git.example.com/acme/app.git" /></materials>
    </pipeline>
  </pipelines>
</cruise>
""" % (uid(), d.sec(hexs(32)), uid(), d.sec(uid()), d.pw(), d.akid(), d.awss(), base64.b64encode(R.randbytes(16)).decode(), base64.b64encode(R.randbytes(32)).decode(), d.pw()))


def build():
    superset(); metabase(); graylog(); splunk(); kickstart(); preseed(); butane(); launchd(); pfsense(); bmc(); cifs(); icecast(); small_confs()
    config_langs(); jcasc(); ssm(); meltano(); gocd()
