"""Database clients, message brokers, mail, VPN/Wi-Fi, network gear, crash reporters."""
import json
from c_common import *
from c_infra import awspair


def pgpass(C):
    for i in range(1, 4):
        d = C.doc(f"pgpass/pgpass-{choice(['dba', 'deploy', 'analyst'])}-{i}")
        lines = ["# hostname:port:database:username:password"]
        for j in range(R.randint(3, 5)):
            lines.append(f"{choice(['orders-db', 'crm-db', 'dwh', 'pg-replica'])}.corp.local:5432:{choice(['orders', 'crm', '*'])}:{choice(['app', 'readonly', 'postgres', 'etl'])}:{d.L('password', password(avoid=':'))}")
        lines.append("# localhost entries removed, use peer auth")
        d.done("\n".join(lines))
    d = C.doc("pgpass/pg_service.conf")
    d.done(f"""[orders-prod]
host=orders-db.corp.local
port=5432
dbname=orders
user=report
password={d.L('password', password())}
sslmode=verify-full

[dwh]
host=dwh.corp.local
dbname=dwh
user=etl
# password comes from ~/.pgpass
""")


def mycnf(C):
    for i in range(1, 4):
        d = C.doc(f"mycnf/my-{choice(['root', 'backup', 'app'])}-{i}.cnf")
        d.done(f"""[client]
user=backup
password="{d.L('password', password())}"
host={ip_priv()}
default-character-set=utf8mb4

[mysqldump]
user=dump
password={d.L('password', password())}
single-transaction
quick

[mysql]
prompt=\\u@\\h [\\d]>\\_
""")


def db_clients(C):
    for i in range(1, 3):
        d = C.doc(f"db-clients/dbeaver-data-sources-{i}.json")
        conns = {}
        for j in range(R.randint(2, 4)):
            cid = f"postgres-jdbc-{rs(HEX, 12)}-{rs(HEX, 16)}"
            conns[cid] = {"provider": "postgresql", "driver": "postgres-jdbc", "name": choice(["orders prod", "crm replica", "dwh", "local"]) + f" {j}",
                          "save-password": True, "configuration": {"host": choice(["orders-db", "crm-db", "dwh"]) + ".corp.local", "port": "5432",
                                                                  "database": "orders", "url": f"jdbc:postgresql://orders-db.corp.local:5432/orders",
                                                                  "configurationType": "MANUAL", "type": "prod", "auth-model": "native",
                                                                  "user": "analyst", "password": d.L("password", password())}}
        d.done(json.dumps({"folders": {}, "connections": conns}, indent=1))
    d = C.doc("db-clients/datagrip-dataSources.local.xml")
    d.done(f"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal" created-in="DB-243.21565.180">
    <data-source name="orders@prod" uuid="{d.X(uuid4())}">
      <database-info product="PostgreSQL" version="16.3" jdbc-version="4.2" driver-name="PostgreSQL JDBC Driver" driver-version="42.7.3" dbms="POSTGRES" exact-version="16.3" />
      <user-name>orders_ro</user-name>
      <schema-mapping><introspection-scope><node kind="database" qname="@"><node kind="schema" qname="@" /></node></introspection-scope></schema-mapping>
    </data-source>
  </component>
</project>
<!-- dataSources.xml: <jdbc-url>jdbc:sqlserver://mssql.corp.local:1433;databaseName=ERP;user=erp_ro;password={d.L('password', password())}</jdbc-url> -->
""")
    d = C.doc("db-clients/tnsnames.ora")
    d.done(f"""# tnsnames.ora Network Configuration File: /u01/app/oracle/product/19.0.0/dbhome_1/network/admin/tnsnames.ora
ERP =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = erp-db.corp.local)(PORT = 1521))
    (CONNECT_DATA = (SERVER = DEDICATED) (SERVICE_NAME = ERP.corp.local))
  )

DWH =
  (DESCRIPTION =
    (ADDRESS_LIST = (ADDRESS = (PROTOCOL = TCPS)(HOST = dwh-db.corp.local)(PORT = 2484)))
    (CONNECT_DATA = (SERVICE_NAME = DWH))
    (SECURITY = (SSL_SERVER_CERT_DN = "CN=dwh-db.corp.local"))
  )
""")
    d = C.doc("db-clients/nightly-export.sh")
    d.done(f"""#!/bin/bash
# nightly export from ERP to the data warehouse
set -euo pipefail
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/dbhome_1
sqlplus -s erp_export/{d.L('password', password(), glued=False)}@ERP @/opt/etl/export_orders.sql
expdp system/{d.L('password', password())}@DWH schemas=STAGE directory=DATA_PUMP_DIR dumpfile=stage_%U.dmp
PGPASSWORD='{d.L('password', password())}' psql -h dwh.corp.local -U etl -d dwh -c "\\copy stage.orders from '/tmp/orders.csv' csv header"
echo "done, checksum $(sha256sum /tmp/orders.csv | cut -c1-64)"
""")


def rabbitmq(C):
    for i in range(1, 3):
        d = C.doc(f"rabbitmq/rabbitmq-{i}.conf")
        d.done(f"""listeners.tcp.default = 5672
management.tcp.port = 15672
default_user = admin
default_pass = {d.L('password', password())}
default_vhost = /
loopback_users.guest = false
ssl_options.password = {d.L('password', password())}
cluster_formation.peer_discovery_backend = rabbit_peer_discovery_k8s
log.file.level = info
""")
    for i in range(1, 3):
        d = C.doc(f"rabbitmq/definitions-{i}.json")
        users = [{"name": choice(["orders", "billing", "monitor"]) + str(j), "password_hash": d.X(b64s(36)), "hashing_algorithm": "rabbit_password_hashing_sha256", "tags": ["monitoring"] if j else ["administrator"], "limits": {}} for j in range(3)]
        d.done(json.dumps({"rabbit_version": "3.13.6", "rabbitmq_version": "3.13.6", "users": users,
                           "vhosts": [{"name": "/"}], "permissions": [{"user": users[0]["name"], "vhost": "/", "configure": ".*", "write": ".*", "read": ".*"}],
                           "parameters": [{"value": {"src-uri": "amqp://shovel:" + d.L("url-credentials", pw_url(password())) + "@rabbit-old.corp.local:5672/%2f",
                                                     "src-queue": "orders", "dest-uri": "amqps://shovel:" + d.L("url-credentials", pw_url(password())) + "@rabbit.corp.local:5671/%2f",
                                                     "dest-queue": "orders"}, "vhost": "/", "component": "shovel", "name": "migrate-orders"}],
                           "queues": [{"name": "orders", "vhost": "/", "durable": True, "auto_delete": False, "arguments": {"x-queue-type": "quorum"}}]}, indent=2))
    d = C.doc("rabbitmq/celeryconfig.py")
    d.done(f"""broker_url = "amqp://celery:{d.L('url-credentials', pw_url(password()))}@rabbit.corp.local:5672/celery"
result_backend = "redis://:{d.L('url-credentials', pw_url(password()))}@redis.corp.local:6379/1"
task_serializer = "json"
broker_password = None  # set via env in prod
""")


def nats(C):
    for i in range(1, 3):
        d = C.doc(f"nats/nats-server-{i}.conf")
        d.done(f"""port: 4222
http_port: 8222
server_name: nats-{i}

authorization {{
  users = [
    {{ user: orders, password: "{d.L('password', password())}", permissions: {{ publish: "orders.>", subscribe: "_INBOX.>" }} }}
    {{ user: billing, password: "{d.L('password', password())}" }}
    {{ user: monitor, password: "$2a$11{d.X('$' + rs(ALNUM + './', 53))}" }}
    {{ nkey: U{d.X(rs(B32, 55))} }}
  ]
}}

cluster {{
  name: prod
  listen: 0.0.0.0:6222
  authorization {{
    user: route
    password: {d.L('password', password('gen'))}
  }}
  routes = [ nats-route://route:{d.L('url-credentials', pw_url(password()))}@nats-2.corp.local:6222 ]
}}

leafnodes {{
  remotes = [ {{ url: "tls://connect.ngs.global", credentials: "/etc/nats/ngs.creds" }} ]
}}
""")
    d = C.doc("nats/ngs-user.creds")
    j = jwt(sub="U" + rs(B32, 55), iss="A" + rs(B32, 55), aud="NATS", alg="ES256", extra={"nats": {"type": "user", "version": 2}})
    d.done(f"""-----BEGIN NATS USER JWT-----
{d.L('jwt', j)}
------END NATS USER JWT------

************************* IMPORTANT *************************
NKEY Seed printed below can be used to sign and prove identity.
NKEYs are sensitive and should be treated as secrets.

-----BEGIN USER NKEY SEED-----
{d.L('generic-secret', 'SUA' + rs(B32, 55))}
------END USER NKEY SEED------

*************************************************************
""")


def mqtt(C):
    for i in range(1, 3):
        d = C.doc(f"mqtt/mosquitto-{i}.conf")
        d.done(f"""listener 8883
cafile /etc/mosquitto/certs/ca.crt
certfile /etc/mosquitto/certs/server.crt
keyfile /etc/mosquitto/certs/server.key
allow_anonymous false
password_file /etc/mosquitto/passwd

connection cloud-bridge
address {choice(['mqtt.hivemq.cloud', 'eu1.cloud.thethings.network', 'broker.emqx.io'])}:8883
remote_username nordkraft-gw-{i}
remote_password {d.L('password', password())}
remote_clientid gw-{rs(HEX, 8)}
topic sensors/# out 1
bridge_insecure false
""")
    d = C.doc("mqtt/passwd")
    d.done("\n".join(f"{u}:$7$101${d.X(b64s(12))}${b64s(64)}" for u in ["sensor01", "sensor02", "gateway", "grafana"]))
    d = C.doc("mqtt/zigbee2mqtt-configuration.yaml")
    d.done(f"""homeassistant: true
permit_join: false
mqtt:
  base_topic: zigbee2mqtt
  server: mqtt://{ip_priv()}:1883
  user: z2m
  password: '{d.L('password', password())}'
serial:
  port: /dev/ttyUSB0
advanced:
  network_key: '!secret zigbee_network_key'
  pan_id: {R.randint(1000, 60000)}
frontend:
  port: 8080
  auth_token: {d.L('generic-secret', generic())}
""")


def mail(C):
    for i in range(1, 4):
        d = C.doc(f"msmtp/msmtprc-{i}")
        e1 = d.L("email", email())
        e2 = d.L("email", email(domain="nordkraft.se"))
        d.done(f"""# ~/.msmtprc
defaults
auth           on
tls            on
tls_trust_file /etc/ssl/certs/ca-certificates.crt
logfile        ~/.msmtp.log

account        gmail
host           smtp.gmail.com
port           587
from           {e1}
user           {e1}
password       {d.L('password', rs('abcdefghijklmnopqrstuvwxyz', 4) + ' ' + rs('abcdefghijklmnopqrstuvwxyz', 4) + ' ' + rs('abcdefghijklmnopqrstuvwxyz', 4) + ' ' + rs('abcdefghijklmnopqrstuvwxyz', 4))}

account        work
host           smtp.office365.com
port           587
from           {e2}
user           {e2}
passwordeval   "pass show mail/work"

account        relay
host           mail.corp.local
port           25
from           {d.L('email', 'cron@' + choice(['nordkraft.se', 'fakturera.io']))}
user           cron
password       {d.L('password', password())}

account default : gmail
""")
    for i in range(1, 3):
        d = C.doc(f"fetchmail/fetchmailrc-{i}")
        d.done(f"""set daemon 300
set logfile /var/log/fetchmail.log
poll imap.{choice(['telia.com', 'bredband.net', 'gmx.de', 'orange.fr'])} proto IMAP port 993
  user '{d.L('email', email())}' there with password '{d.L('password', password())}' is 'anna' here
  options ssl keep fetchall
poll pop.corp.local proto POP3
  user 'support' there with password "{d.L('password', password())}" is 'helpdesk' here
  mda "/usr/bin/procmail -d %T"
""")
    for i in range(1, 3):
        d = C.doc(f"postfix/sasl_passwd-{i}")
        d.done(f"""# /etc/postfix/sasl_passwd  -- run postmap after editing
[smtp.sendgrid.net]:587 apikey:{d.L('password', 'SG.' + rs(B64URL, 22) + '.' + rs(B64URL, 43))}
[email-smtp.eu-north-1.amazonaws.com]:587 {d.L('aws-access-key-id', aws_id())}:{d.L('password', b64s(33))}
[mail.{choice(['telia.com', 'one.com', 'glesys.se'])}]:465 {d.L('email', email())}:{d.L('password', password())}
""")
    # fix: SendGrid key is its own category
    for path, (t, dd) in list(C.docs.items()):
        if path.startswith("postfix/"):
            dd.labels = [("sendgrid-key|password", v) if v.startswith("SG.") else (c, v) for c, v in dd.labels]
    d = C.doc("postfix/main.cf")
    d.done(f"""smtpd_banner = $myhostname ESMTP
myhostname = mx1.corp.local
relayhost = [smtp.sendgrid.net]:587
smtp_sasl_auth_enable = yes
smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd
smtp_sasl_security_options = noanonymous
smtp_tls_security_level = encrypt
smtp_tls_CAfile = /etc/ssl/certs/ca-certificates.crt
""")


def wifi(C):
    for i in range(1, 3):
        d = C.doc(f"nm-wifi/{choice(['Kontoret', 'Hemma', 'Guest', 'Lager'])}-{i}.nmconnection")
        d.done(f"""[connection]
id={choice(['Kontoret', 'Hemma-5G', 'Lagret'])}
uuid={d.X(uuid4())}
type=wifi
interface-name=wlp2s0

[wifi]
mode=infrastructure
ssid={choice(['Kontoret', 'Telia-' + rs('0123456789ABCDEF', 6), 'COMHEM_' + rs('0123456789abcdef', 6)])}

[wifi-security]
auth-alg=open
key-mgmt=wpa-psk
psk={d.L('password', password())}

[ipv4]
method=auto

[ipv6]
addr-gen-mode=stable-privacy
method=auto
""")
    d = C.doc("nm-wifi/eduroam.nmconnection")
    d.done(f"""[connection]
id=eduroam
uuid={d.X(uuid4())}
type=wifi

[wifi]
ssid=eduroam

[wifi-security]
key-mgmt=wpa-eap

[802-1x]
eap=peap;
identity={d.L('email', email(domain='student.lu.se'))}
anonymous-identity=anonymous
ca-cert=/etc/ssl/certs/eduroam-ca.pem
phase2-auth=mschapv2
password={d.L('password', password())}
""")
    d = C.doc("nm-wifi/wpa_supplicant.conf")
    d.done(f"""ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=SE

network={{
    ssid="Lagret-IoT"
    psk="{d.L('password', password())}"
    key_mgmt=WPA-PSK
}}

network={{
    ssid="Kontoret"
    #psk="old-password-removed"
    key_mgmt=NONE
}}

network={{
    ssid="CORP-8021X"
    key_mgmt=WPA-EAP
    eap=PEAP
    identity="svc-scanner"
    password="{d.L('password', password())}"
    phase2="auth=MSCHAPV2"
}}
""")


def openvpn(C):
    for i in range(1, 3):
        d = C.doc(f"openvpn/auth-{i}.txt")
        d.done(f"{choice(['erik.lindqvist', 'vpn-backup', 'anna.b'])}\n{d.L('password', password())}")
    for i in range(1, 3):
        d = C.doc(f"openvpn/client-{i}.ovpn")
        d.done(f"""client
dev tun
proto udp
remote vpn.nordkraft.se 1194
resolv-retry infinite
nobind
persist-key
persist-tun
remote-cert-tls server
auth-user-pass /etc/openvpn/auth.txt
cipher AES-256-GCM
verb 3
# static-challenge "Enter OTP" 1
<ca>
-----BEGIN CERTIFICATE-----
{chr(10).join(b64s(48) for _ in range(6))}
-----END CERTIFICATE-----
</ca>
# server cert sha256: {d.X(colon_fp())}
""")
    d = C.doc("openvpn/wg0.conf")
    d.done(f"""[Interface]
Address = 10.66.0.{R.randint(2, 250)}/32
ListenPort = 51820
# PublicKey = {d.X(b64s(32))}
PostUp = wg set %i private-key /etc/wireguard/private.key

[Peer]
PublicKey = {d.X(b64s(32))}
Endpoint = vpn.nordkraft.se:51820
AllowedIPs = 10.0.0.0/8
PersistentKeepalive = 25
""")


def netgear(C):
    for i in range(1, 3):
        d = C.doc(f"netgear/sw-core-{i}.cfg")
        d.done(f"""!
version 15.2
hostname sw-core-{i}
!
enable secret 9 $9${d.X(rs(ALNUM + './', 14))}${rs(ALNUM + './', 43)}
!
username admin privilege 15 secret 9 $9${rs(ALNUM + './', 14)}${rs(ALNUM + './', 43)}
username netops privilege 15 password 0 {d.L('password', password())}
!
aaa new-model
aaa authentication login default group tacacs+ local
tacacs server TAC1
 address ipv4 {ip_priv()}
 key 0 {d.L('password', password())}
!
snmp-server community {d.L('password', password('gen'))} RO SNMP-ACL
snmp-server user monitor NMS v3 auth sha {d.L('password', password())} priv aes 128 {d.L('password', password())}
!
interface Vlan10
 ip address {ip_priv()} 255.255.255.0
!
line vty 0 4
 transport input ssh
!
end
""")
    d = C.doc("netgear/mikrotik-export.rsc")
    d.done(f"""# {choice(['jan', 'feb', 'mar'])}/0{R.randint(1, 9)}/2025 10:22:01 by RouterOS 7.15.3
# software id = {rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}-{rs('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 4)}
/interface wireless security-profiles
set [ find default=yes ] supplicant-identity=MikroTik
add authentication-types=wpa2-psk mode=dynamic-keys name=office wpa2-pre-shared-key={d.L('password', password())}
/ppp secret
add name=vpn-erik password={d.L('password', password())} profile=vpn service=l2tp
/ip ipsec identity
add peer=hq secret={d.L('password', password('gen'))}
/user
add group=full name=backup password={d.L('password', password())}
""")


def bugsnag(C):
    for i in range(1, 4):
        d = C.doc(f"bugsnag/event-{rs(HEX, 24)}.json")
        tok = d.bearer()
        ev = {"apiKey": d.L("generic-secret", hexs(32)), "payloadVersion": "5", "notifier": {"name": "Bugsnag Node", "version": "7.22.7", "url": "https://github.com/bugsnag/bugsnag-js"},
              "events": [{"exceptions": [{"errorClass": "AxiosError", "message": "Request failed with status code 401",
                                          "stacktrace": [{"file": "node_modules/axios/lib/core/settle.js", "lineNumber": 19, "method": "settle"},
                                                         {"file": "src/clients/partner.js", "lineNumber": R.randint(10, 200), "method": "fetchOrders"}]}],
                          "severity": "error", "unhandled": True, "app": {"releaseStage": "production", "version": f"2.{R.randint(0, 20)}.{R.randint(0, 9)}"},
                          "device": {"hostname": f"api-{rs(HEX, 8)}", "runtimeVersions": {"node": "20.17.0"}},
                          "request": {"url": f"https://{host()}/v1/orders?token={d.L('generic-secret', generic())}", "httpMethod": "GET",
                                      "headers": {"authorization": "Bearer " + tok, "user-agent": "okhttp/4.12.0", "x-request-id": d.X(uuid4())},
                                      "clientIp": ip_doc()},
                          "metaData": {"config": {"url": "/v1/orders", "headers": {"Authorization": "Bearer " + d.bearer(), "X-Api-Key": d.L("generic-secret", generic())},
                                                  "auth": {"username": "partner", "password": d.L("password", password())}},
                                       "user": {"email": d.L("email", email()), "phone": d.L("phone", phone())}},
                          "user": {"id": str(R.randint(10**5, 10**6))}}]}
        d.done(json.dumps(ev, indent=2, ensure_ascii=False))
