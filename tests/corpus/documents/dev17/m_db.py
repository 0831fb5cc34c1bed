"""Database configs, client histories and logs."""
import json as _json


class json:  # noqa: N801 - every JSON document here is written as UTF-8, not \u-escaped
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


from common import uenc, jesc


def cockroach(S):
    d = S.doc("cockroachdb-cli/provision-session.txt")
    p1 = d.pwraw("alnum")
    d.set(f"""ops@crdb-bastion:~$ cockroach sql --certs-dir=/etc/cockroach/certs --host=crdb-0.crdb.db.svc:26257
#
# Welcome to the CockroachDB SQL shell.
# All statements must be terminated by a semicolon.
# To exit, type: \\q.
#
# Server version: CockroachDB CCL v24.2.4 (x86_64-pc-linux-gnu, built 2024/10/10 16:40:44, go1.22.5)
# Cluster ID: {d.uuid()}
#
root@crdb-0.crdb.db.svc:26257/defaultdb> CREATE USER IF NOT EXISTS ledger_app WITH PASSWORD '{d.pw('mix', enc='sq', punct="!#%*-=?@_.'")}';
CREATE ROLE

Time: 61ms total (execution 61ms / network 0ms)

root@crdb-0.crdb.db.svc:26257/defaultdb> CREATE USER reporting WITH LOGIN PASSWORD '{d.pw('words')}' VALID UNTIL '2027-06-30';
CREATE ROLE

root@crdb-0.crdb.db.svc:26257/defaultdb> ALTER USER migrator WITH PASSWORD '{d.pw('alnum')}';
ALTER ROLE

root@crdb-0.crdb.db.svc:26257/defaultdb> CREATE USER cdc_sink WITH PASSWORD '{d.pw('alnum')}';
CREATE ROLE

root@crdb-0.crdb.db.svc:26257/defaultdb> CREATE CHANGEFEED FOR TABLE ledger.entries INTO 'kafka://kafka-0.kafka.svc:9093?sasl_enabled=true&sasl_user=crdb&sasl_password={d.lab('password', S.g.password('alnum'))}&sasl_mechanism=SCRAM-SHA-512';
        job_id
----------------------
  1011904872233510913
(1 row)

root@crdb-0.crdb.db.svc:26257/defaultdb> ALTER USER old_etl WITH PASSWORD NULL;
ALTER ROLE

root@crdb-0.crdb.db.svc:26257/defaultdb> SELECT username, options FROM system.users WHERE username LIKE 'l%';
   username  | options
-------------+----------
  ledger_app | {{}}
(1 row)

root@crdb-0.crdb.db.svc:26257/defaultdb> \\q
ops@crdb-bastion:~$ cockroach sql --url "postgresql://ledger_app:{d.lab('url-credentials|password', uenc(p1))}@crdb-public.db.svc:26257/ledger?sslmode=verify-full&sslrootcert=/etc/cockroach/certs/ca.crt" -e "SELECT count(*) FROM entries"
  count
----------
  2219840
(1 row)

ops@crdb-bastion:~$ cockroach sql --url "postgresql://ledger_app:REDACTED@crdb-public.db.svc:26257/ledger" -e "SHOW GRANTS"
ERROR: password authentication failed for user ledger_app
""")


def tidb(S):
    d = S.doc("tidb-lightning/tidb-lightning.toml")
    ak, sk = S.g.akid(), S.g.aws_secret()
    d.lab("aws-access-key-id", ak)
    d.lab("aws-secret-key", uenc(sk))
    d.set(f"""[lightning]
level = "info"
file = "/var/log/tidb-lightning/tidb-lightning.log"
check-requirements = true

[checkpoint]
enable = true
driver = "mysql"
dsn = "lightning_ckpt:{d.pw('alnum')}@tcp(10.5.0.21:4000)/?charset=utf8mb4"

[tikv-importer]
backend = "local"
sorted-kv-dir = "/data/sorted-kv"

[mydumper]
# source: dumpling export from the legacy MySQL cluster
data-source-dir = "s3://legacy-mysql-dumps/2026-11-01/orders?region=eu-west-1&access-key={ak}&secret-access-key={uenc(sk)}"
filter = ['orders.*', '!orders.tmp_*']

[tidb]
host = "tidb-prod.db.internal"
port = 4000
user = "lightning"
password = "{d.pw('mix', punct='!#%*-=?@_.')}"
status-port = 10080
pd-addr = "10.5.0.11:2379"

[security]
ca-path = "/etc/tidb/ssl/ca.pem"
cert-path = "/etc/tidb/ssl/client.pem"
key-path = "/etc/tidb/ssl/client-key.pem"
""")


def scylla(S):
    d = S.doc("scylladb-conf/cqlshrc")
    d.set(f"""; ~/.cassandra/cqlshrc used by the ops bastion for ScyllaDB 6.x
[authentication]
username = ops_ro
password = {d.pw('alnum')}

[connection]
hostname = 10.11.0.31
port = 9142
ssl = true

[ssl]
certfile = /etc/scylla/ca.crt
validate = true
""")
    d = S.doc("scylladb-conf/scylla-manager.yaml")
    d.set(f"""# Scylla Manager server config
http: 127.0.0.1:5080
https: 0.0.0.0:5443
tls_cert_file: /etc/scylla-manager/scylla_manager.crt
tls_key_file: /etc/scylla-manager/scylla_manager.key

database:
  hosts:
    - 10.11.0.31
    - 10.11.0.32
  user: scylla_manager
  password: "{d.pw('words')}"
  keyspace: scylla_manager
  replication_factor: 3

# per-cluster agent token (must match auth_token in scylla-manager-agent.yaml on every node)
# sctool cluster add --host 10.11.0.31 --name prod --auth-token <token>
clusters:
  prod:
    auth_token: {d.gs('alnum40')}
  staging:
    auth_token: "{d.gs('hex32')}"

logger:
  mode: stderr
  level: info
""")


def neo4j(S):
    d = S.doc("neo4j-admin-history/cypher-shell-session.log")
    d.set(f"""$ docker run -d --name graph -p7474:7474 -p7687:7687 -e NEO4J_AUTH=neo4j/{d.pw('alnum')} neo4j:5.24-enterprise
$ neo4j-admin dbms set-initial-password {d.pw('words')} --require-password-change=false
Changed password for user 'neo4j'. IMPORTANT: this change will only take effect if performed before the database is started for the first time.
$ cypher-shell -a neo4j+s://graph.kg.internal:7687 -u neo4j -p '{d.pw('mix', punct='!#%*-=?@_.$')}' -d system
Connected to Neo4j using Bolt protocol version 5.6 at neo4j+s://graph.kg.internal:7687 as user neo4j.
Type :help for a list of available commands or :exit to exit the shell.
neo4j@system> CREATE USER recommender SET PASSWORD '{d.pw('alnum')}' CHANGE NOT REQUIRED;
0 rows
ready to start consuming query after 41 ms, results consumed after another 0 ms
neo4j@system> CREATE USER analyst SET ENCRYPTED PASSWORD '1,{d.sha256()},{d.hexid(32)}' CHANGE REQUIRED;
0 rows
neo4j@system> ALTER USER etl SET PASSWORD "{d.pw('mix', punct='!%*-_.')}" CHANGE NOT REQUIRED;
0 rows
neo4j@system> CREATE USER bi_export IF NOT EXISTS SET PLAINTEXT PASSWORD '{d.pw('words')}' CHANGE NOT REQUIRED;
0 rows
neo4j@system> ALTER CURRENT USER SET PASSWORD FROM '********' TO '********';
0 rows
neo4j@system> SHOW USERS YIELD user, roles, passwordChangeRequired;
+----------------------------------------------------------+
| user          | roles                 | passwordChangeRequired |
+----------------------------------------------------------+
| "analyst"     | ["PUBLIC"]            | TRUE                   |
| "etl"         | ["PUBLIC", "editor"]  | FALSE                  |
| "neo4j"       | ["admin", "PUBLIC"]   | FALSE                  |
| "recommender" | ["PUBLIC", "reader"]  | FALSE                  |
+----------------------------------------------------------+
4 rows
neo4j@system> :exit
""")


def influx(S):
    d = S.doc("influx-cli-configs/configs")
    t1 = S.g.b64(64, url=True, pad=True)
    t2 = S.g.b64(64, url=True, pad=True)
    d.lab("generic-secret", t1)
    d.lab("generic-secret", t2)
    d.set(f"""[default]
  url = "https://influx.iot.solvik-energi.se"
  token = "{t1}"
  org = "solvik"
  active = true

[ops-admin]
  url = "https://influx.iot.solvik-energi.se"
  token = "{t2}"
  org = "solvik"

[local]
  url = "http://localhost:8086"
  token = "my-super-secret-auth-token"
  org = "dev"
# [old-cloud]
#   url = "https://eu-central-1-1.aws.cloud2.influxdata.com"
#   token = "<redacted on 2026-09-12>"
#   org = "solvik"
""")
    d = S.doc("influx-cli-configs/write-test.sh")
    t3 = S.g.b64(64, url=True, pad=True)
    d.lab("bearer-token", t3)
    d.set(f"""#!/usr/bin/env bash
# quick line-protocol write used when Telegraf on the substation gateway is down
set -euo pipefail
curl -sS --request POST \\
  "https://influx.iot.solvik-energi.se/api/v2/write?org=solvik&bucket=substations&precision=s" \\
  --header "Authorization: Bearer {t3}" \\
  --header "Content-Type: text/plain; charset=utf-8" \\
  --data-binary "power,station=kv-04,phase=L1 active_kw=412.6,reactive_kvar=38.1 $(date +%s)"

# influx v1 compat endpoint, uses username/password
curl -sS -XPOST "https://influx.iot.solvik-energi.se/write?db=legacy&rp=autogen" \\
  -u "gateway-kv04:{d.pw('alnum')}" \\
  --data-binary "temp,room=ctrl value=21.4"
""")


def clickhouse_hist(S):
    d = S.doc("clickhouse-client-history/.clickhouse-client-history")
    g = S.g
    ak1, sk1 = d.ak(), d.sk()
    ak2, sk2 = d.ak(), d.sk()
    d.set(f"""### 2026-10-28 09:12:44.118
SHOW DATABASES;
### 2026-10-28 09:13:02.650
CREATE USER IF NOT EXISTS grafana_ro IDENTIFIED WITH sha256_password BY '{d.pw('alnum')}' HOST IP '10.0.0.0/8' SETTINGS PROFILE 'readonly';
### 2026-10-28 09:13:40.007
CREATE USER dbt_runner IDENTIFIED WITH sha256_hash BY '{d.sha256()}' SALT '{d.hexid(16)}';
### 2026-10-28 09:14:12.221
ALTER USER ingest IDENTIFIED BY '{d.pw('mix', enc='sq', punct="!#%*-=?@_.'")}';
### 2026-10-28 09:20:55.398
INSERT INTO events_raw SELECT * FROM s3('https://events-archive-eu.s3.eu-west-1.amazonaws.com/2026/10/*.parquet', '{ak1}', '{sk1}', 'Parquet');
### 2026-10-28 09:31:07.004
SELECT count() FROM s3('https://events-archive-eu.s3.eu-west-1.amazonaws.com/2026/10/*.parquet', 'AKIAIOSFODNN7EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'Parquet');
### 2026-10-29 14:02:19.552
CREATE NAMED COLLECTION s3_archive AS url = 'https://events-archive-eu.s3.eu-west-1.amazonaws.com/', access_key_id = '{ak2}', secret_access_key = '{sk2}';
### 2026-10-29 14:03:51.870
SELECT * FROM postgresql('10.0.4.12:5432', 'crm', 'contacts', 'ch_reader', '{d.pw('words')}') LIMIT 10;
### 2026-10-29 14:05:12.660
CREATE USER metabase IDENTIFIED WITH double_sha1_password BY '{d.pw('alnum')}' HOST ANY;
### 2026-10-29 14:06:40.101
CREATE USER airflow_loader IDENTIFIED BY '{d.pw('words')}' DEFAULT ROLE loader;
### 2026-10-29 14:07:02.550
CREATE TABLE kafka_events (raw String) ENGINE = Kafka SETTINGS kafka_broker_list = 'kafka-0:9093', kafka_topic_list = 'events', kafka_group_name = 'ch', kafka_format = 'JSONAsString', kafka_sasl_mechanism = 'SCRAM-SHA-512', kafka_sasl_username = 'clickhouse', kafka_sasl_password = '{d.pw('alnum')}';
### 2026-10-29 14:10:33.201
SELECT user, client_hostname, query_duration_ms FROM system.query_log WHERE event_date = today() ORDER BY event_time DESC LIMIT 20;
""")


def surreal(S):
    d = S.doc("surrealdb-cli/session.txt")
    d.set(f"""$ surreal start --log info --user root --pass '{d.pw('mix', punct='!#%*-=?@_.')}' --bind 0.0.0.0:8000 rocksdb:/var/lib/surreal/data.db
 .d8888b.                                             888 8888888b.  888888b.
 ...
2026-11-02T07:14:02.113Z INFO surreal::env: Running 2.1.4 for linux on x86_64
2026-11-02T07:14:02.114Z INFO surreal::dbs: ✅🔒 Authentication is enabled 🔒✅
2026-11-02T07:14:02.190Z INFO surrealdb::net: Started web server on 0.0.0.0:8000

$ surreal sql --endpoint https://surreal.apps.internal --username root --password {d.pw('alnum')} --namespace shop --database main --pretty
shop/main> DEFINE USER shop_api ON DATABASE PASSWORD '{d.pw('words')}' ROLES EDITOR;
[]
shop/main> DEFINE USER auditor ON DATABASE PASSHASH '{d.argon2() if hasattr(d, 'argon2') else d.la(S.g.argon2())}' ROLES VIEWER;
[]
shop/main> DEFINE USER ingest ON NAMESPACE PASSWORD "{d.pw('alnum')}" ROLES EDITOR;
[]
shop/main> DEFINE ACCESS api_jwt ON DATABASE TYPE JWT ALGORITHM HS512 KEY '{d.gs('b64')}' DURATION FOR SESSION 1h;
[]
shop/main> DEFINE ACCESS partner ON DATABASE TYPE JWT URL 'https://auth.partner-portal.io/.well-known/jwks.json';
[]
shop/main> INFO FOR DB;
{{
  accesses: {{
    api_jwt: "DEFINE ACCESS api_jwt ON DATABASE TYPE JWT ALGORITHM HS512 KEY '[REDACTED]' WITH ISSUER KEY '[REDACTED]' DURATION FOR TOKEN 1h, FOR SESSION 1h",
    partner: "DEFINE ACCESS partner ON DATABASE TYPE JWT URL 'https://auth.partner-portal.io/.well-known/jwks.json' DURATION FOR TOKEN 1h"
  }},
  users: {{
    auditor: "DEFINE USER auditor ON DATABASE PASSHASH '[REDACTED]' ROLES VIEWER",
    shop_api: "DEFINE USER shop_api ON DATABASE PASSHASH '[REDACTED]' ROLES EDITOR"
  }}
}}
""")


def arango(S):
    d = S.doc("arangosh-history/.arangosh.history")
    d.set(f"""db._databases()
var users = require("@arangodb/users");
users.save("catalog_svc", "{d.pw('alnum')}");
users.grantDatabase("catalog_svc", "catalog", "rw");
users.save("bi_reader", "{d.pw('mix', enc='json', punct='!#%*-=?@_."')}", true, {{ team: "bi" }});
users.update("ingest", "{d.pw('words')}");
users.replace("old_api", "");
users.save("grafana", "{d.pw('alnum')}");
users.update("root", "{d.pw('mix', enc='json', punct='!#%*-=?@_.')}");
users.document("catalog_svc")
db._useDatabase("catalog")
db._query("FOR p IN products FILTER p.sku == @sku RETURN p", {{ sku: "SKU-88412" }}).toArray()
require("@arangodb/foxx/manager").list()
""")
    d2 = S.doc("arangosh-history/arangosh-cmdline.txt")
    d2.set(f"""# from ~/.bash_history on the db jump host
arangosh --server.endpoint ssl://arango-0.db.internal:8529 --server.username root --server.password "{d2.pw('mix', enc='dq', punct='!#%*-=?@_.$')}"
arangodump --server.endpoint ssl://arango-0.db.internal:8529 --server.username backup --server.password {d2.pw('alnum')} --output-directory /backup/arango/$(date +%F) --overwrite true
arangorestore --server.endpoint tcp://127.0.0.1:8529 --server.username root --server.password "" --input-directory /backup/arango/2026-10-31
arangoimport --server.endpoint ssl://arango-0.db.internal:8529 --server.database catalog --server.password-file /run/secrets/arango_import --file products.jsonl --type jsonl --collection products
""")


def couch(S):
    d = S.doc("couchdb-local-ini/local.ini")
    g = S.g
    d.set(f"""; CouchDB 3.3 local configuration, node couchdb@10.14.0.5
[couchdb]
uuid = {d.hexid(32)}
single_node = false

[chttpd]
port = 5984
bind_address = 0.0.0.0

[chttpd_auth]
secret = {d.gs('hex32')}
require_valid_user = true
timeout = 3600

[couch_peruser]
enable = true

[admins]
; hashed by CouchDB on first start
admin = -pbkdf2:sha256-{g.chars('0123456789abcdef', 64)},{g.chars('0123456789abcdef', 32)},600000
; added by the ansible role today, will be hashed after the next restart
replicator = {d.pw('alnum')}
backup = {d.pw('words')}

[replicator]
; basic auth for the push replication to the DR cluster
auth_plugins = couch_replicator_auth_session

[httpd]
WWW-Authenticate = Basic realm="administrator"
""")


def questdb(S):
    d = S.doc("questdb-conf/server.conf")
    d.set(f"""# QuestDB server.conf
http.enabled=true
http.bind.to=0.0.0.0:9000
http.user=ops
http.password={d.pw('alnum')}

# PostgreSQL wire protocol
pg.enabled=true
pg.net.bind.to=0.0.0.0:8812
# default credentials (admin/quest) replaced below
#pg.user=admin
#pg.password=quest
pg.user=grafana
pg.password={d.pw('mix', punct='!%*-_.@')}
pg.readonly.user.enabled=true
pg.readonly.user=dashboard
pg.readonly.password={d.pw('words')}

# InfluxDB line protocol over TCP
line.tcp.enabled=true
line.tcp.net.bind.to=0.0.0.0:9009
line.tcp.auth.db.path=conf/auth.txt

cairo.commit.lag=10000
shared.worker.count=4
""")


def meili(S):
    d = S.doc("meilisearch-env/keys.txt")
    mk = S.g.secret("b64url")
    d.lab("generic-secret", mk)
    d.lab("bearer-token", mk)
    k1, k2 = S.g.hexs(64), S.g.hexs(64)
    d.lab("generic-secret", k1)
    d.lab("generic-secret", k2)
    d.set(f"""# /etc/meilisearch.env
MEILI_ENV=production
MEILI_HTTP_ADDR=0.0.0.0:7700
MEILI_DB_PATH=/var/lib/meilisearch/data
MEILI_MASTER_KEY={mk}

# listing keys after the upgrade to 1.11
$ curl -s -X GET 'https://search.kvarnbackens.se/keys' -H 'Authorization: Bearer {mk}' | jq .
{{
  "results": [
    {{
      "name": "Default Search API Key",
      "description": "Use it to search from the frontend",
      "key": "{k1}",
      "uid": "{d.uuid()}",
      "actions": ["search"],
      "indexes": ["*"],
      "expiresAt": null,
      "createdAt": "2026-03-14T08:01:22.614532Z",
      "updatedAt": "2026-03-14T08:01:22.614532Z"
    }},
    {{
      "name": "Default Admin API Key",
      "description": "Use it for anything that is not a search operation. Caution! Do not expose it on a public frontend",
      "key": "{k2}",
      "uid": "{d.uuid()}",
      "actions": ["*"],
      "indexes": ["*"],
      "expiresAt": null,
      "createdAt": "2026-03-14T08:01:22.611011Z",
      "updatedAt": "2026-03-14T08:01:22.611011Z"
    }}
  ],
  "offset": 0,
  "limit": 20,
  "total": 2
}}
# docs say: curl -H 'Authorization: Bearer MASTER_KEY' ...
""")
    # the master key occurs both as assignment and after Bearer: a single label with either category
    d.labels = [l for l in d.labels if l != ("bearer-token", mk)]
    d.labels = [("generic-secret|bearer-token", v) if v == mk else (c, v) for c, v in d.labels]


def typesense(S):
    d = S.doc("typesense-server-ini/create-scoped-keys.txt")
    admin = S.g.secret("alnum40")
    d.lab("generic-secret", admin)
    sk_ = S.g.secret("alnum32")
    d.set(f"""$ sudo cat /etc/typesense/typesense-server.ini
; Typesense 27.1
[server]
api-address = 0.0.0.0
api-port = 8108
data-dir = /var/lib/typesense
api-key = {admin}
log-dir = /var/log/typesense
enable-cors = true
peering-address = 10.16.0.4
nodes = /etc/typesense/nodes
$ curl 'http://localhost:8108/keys' -X POST -H "X-TYPESENSE-API-KEY: {admin}" -H 'Content-Type: application/json' \\
    -d '{{"description":"Search-only products key","actions":["documents:search"],"collections":["products"]}}'
{{"actions":["documents:search"],"collections":["products"],"description":"Search-only products key","expires_at":64723363199,"id":7,"value":"{d.lab('generic-secret', sk_)}"}}
$ curl 'http://localhost:8108/keys' -H "X-TYPESENSE-API-KEY: {admin}"
{{"keys":[{{"actions":["*"],"collections":["*"],"description":"Admin key.","expires_at":64723363199,"id":1,"value_prefix":"{admin[:4]}"}},{{"actions":["documents:search"],"collections":["products"],"description":"Search-only products key","expires_at":64723363199,"id":7,"value_prefix":"{sk_[:4]}"}}]}}
""")


def osd(S):
    d = S.doc("opensearch-dashboards-yml/opensearch_dashboards.yml")
    d.set(f"""server.host: "0.0.0.0"
server.name: "osd-logs-prod"
opensearch.hosts: ["https://os-0.logs.internal:9200", "https://os-1.logs.internal:9200"]
opensearch.ssl.verificationMode: full
opensearch.ssl.certificateAuthorities: ["/usr/share/opensearch-dashboards/config/root-ca.pem"]
opensearch.username: "kibanaserver"
opensearch.password: "{d.pw('mix', punct='!#%*-=?@_.')}"
opensearch.requestHeadersAllowlist: [authorization, securitytenant]

opensearch_security.multitenancy.enabled: true
opensearch_security.readonly_mode.roles: ["kibana_read_only"]
opensearch_security.cookie.secure: true
opensearch_security.cookie.password: "{d.gs('alnum40')}"
opensearch_security.auth.type: ["basicauth", "openid"]
opensearch_security.openid.connect_url: "https://sso.kvarnbackens.se/realms/ops/.well-known/openid-configuration"
opensearch_security.openid.client_id: "opensearch-dashboards"
opensearch_security.openid.client_secret: "{d.gs('alnum32')}"
opensearch_security.openid.base_redirect_url: "https://logs.kvarnbackens.se"

server.ssl.enabled: true
server.ssl.keystore.path: "/usr/share/opensearch-dashboards/config/osd.p12"
server.ssl.keystore.password: "{d.pw('alnum')}"
""")


def pgcat(S):
    d = S.doc("pgcat-toml/pgcat.toml")
    d.set(f"""[general]
host = "0.0.0.0"
port = 6432
admin_username = "pgcat_admin"
admin_password = "{d.pw('alnum')}"
connect_timeout = 5000
healthcheck_timeout = 1000
server_tls = true

[pools.shop]
pool_mode = "transaction"
default_role = "any"
query_parser_enabled = true
primary_reads_enabled = false

[pools.shop.users.0]
username = "shop_app"
password = "{d.pw('mix', punct='!#%*-=?@_.')}"
pool_size = 40
statement_timeout = 0

[pools.shop.users.1]
username = "shop_readonly"
password = "{d.pw('words')}"
server_username = "shop_ro"
server_password = "{d.pw('alnum')}"
pool_size = 10

[pools.shop.shards.0]
servers = [
    ["10.20.0.11", 5432, "primary"],
    ["10.20.0.12", 5432, "replica"],
]
database = "shop"

[pools.shop.users.3]
username = "shop_reports"
password = "{d.pw('alnum')}"
pool_size = 5

[pools.shop.users.2]
username = "auth_query"
# md5 of password+user, not the password
password = "md5{d.md5()}"
pool_size = 2
""")


def ysql(S):
    d = S.doc("ysqlsh-history/.psql_history")
    d.set(f"""\\conninfo
CREATE ROLE app_rw WITH LOGIN PASSWORD '{d.pw('alnum')}';
CREATE ROLE app_ro WITH LOGIN PASSWORD '{d.pw('words')}' CONNECTION LIMIT 20;
ALTER ROLE yugabyte WITH PASSWORD '{d.pw('mix', enc='sq', punct="!#%*-=?@_.'")}';
ALTER ROLE cdc_user PASSWORD 'md5{d.md5()}';
\\password migrator
CREATE ROLE grafana_ro WITH LOGIN PASSWORD '{d.pw('alnum')}' IN ROLE pg_read_all_data;
ALTER ROLE app_rw VALID UNTIL '2027-01-01' PASSWORD '{d.pw('mix', enc='sq', punct="!#%*-=?@_.'")}';
CREATE EXTENSION IF NOT EXISTS pgcrypto;
SELECT yb_servers();
CREATE SERVER pg_legacy FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '10.2.0.8', dbname 'legacy', port '5432');
CREATE USER MAPPING FOR app_rw SERVER pg_legacy OPTIONS (user 'fdw_reader', password '{d.pw('alnum')}');
\\q
""")


ALL = [cockroach, tidb, scylla, neo4j, influx, clickhouse_hist, surreal, arango, couch, questdb, meili, typesense, osd,
       pgcat, ysql]
