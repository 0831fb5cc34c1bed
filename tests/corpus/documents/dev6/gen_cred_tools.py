"""Passwords and secrets in tool configs and dotfiles."""
from gen_common import *

NOQ = '"\'\\'
DQ = '"'
XAV = '<>&"\''
PAV = '\\ '
PGAV = ':\\ '

@tpl(1)
def netrc(i):
    d = Doc('dotfiles/home/jdoe.netrc')
    return d, f'''machine ftp.{pick(COMPANY_DOMAINS)}
  login mirror
  password {d.pw(avoid=' ')}

machine api.heroku.com
  login {d.email()}
  password {d.L('password|generic-secret', str(uuid.UUID(int=R.getrandbits(128), version=4)))}

machine nexus.internal login deployer password {d.pw(avoid=' ')}
machine example.com login anonymous password guest
'''

@tpl(1)
def pgpass(i):
    d = Doc('dotfiles/home/jdoe.pgpass')
    lines = ['# hostname:port:database:username:password']
    for _ in range(R.randint(6, 8)):
        lines.append(f'{dbhost("pg")}:5432:{svc()}:{pick(["app", "ro", "etl", "postgres"])}:{d.pw(avoid=PGAV)}')
    lines.append('localhost:5432:*:postgres:*')
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def my_cnf(i):
    d = Doc('dotfiles/home/my.cnf')
    return d, f'''[client]
user=dba
password="{d.pw(avoid=NOQ)}"
host={dbhost('mysql')}
default-character-set=utf8mb4

[mysqldump]
user=backup
password={d.pw(avoid=NOQ + '# ;')}
single-transaction

[client_replica]
user=ro
password=
'''

@tpl(1)
def filezilla(i):
    d = Doc('dotfiles/filezilla/sitemanager.xml')
    sites = []
    for n in range(3):
        host = pick(['sftp', 'ftp', 'files']) + '.' + pick(COMPANY_DOMAINS)
        if n == 1:
            passel = f'<Pass encoding="crypt" pubkey="{b64(32)}">{lk("encrypted", b64(48))}</Pass>'
        else:
            passel = f'<Pass>{d.pw(enc=X)}</Pass>'
        sites.append(f'''			<Server>
				<Host>{host}</Host>
				<Port>{pick([21, 22, 2222])}</Port>
				<Protocol>{pick([0, 1])}</Protocol>
				<Type>0</Type>
				<User>{pick(WORDS)}_{pick(["upload", "sync", "ro"])}</User>
				{passel}
				<Logontype>1</Logontype>
				<Name>{host.split('.')[1]} {pick(["prod", "partner", "archive"])}</Name>
				<SyncBrowsing>0</SyncBrowsing>
			</Server>''')
    return d, '''<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4" platform="windows">
	<Servers>
''' + '\n'.join(sites) + '''
	</Servers>
</FileZilla3>
'''

@tpl(1)
def maven_settings(i):
    d = Doc('dotfiles/maven/settings.xml')
    return d, f'''<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>nexus-releases</id>
      <username>deployment</username>
      <password>{d.pw(enc=X)}</password>
    </server>
    <server>
      <id>nexus-snapshots</id>
      <username>deployment</username>
      <password>{{{lk('encrypted', b64(48))}}}</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>{pick(WORDS)}</username>
      <password>${{env.OSSRH_PASSWORD}}</password>
    </server>
    <server>
      <id>docker-hub</id>
      <username>{pick(WORDS)}ci</username>
      <password>{d.L('password|generic-secret', 'dckr_pat_' + rs(27, AN + '_-'))}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>sign</id>
      <properties>
        <gpg.keyname>{hexs(16).upper()}</gpg.keyname>
        <gpg.passphrase>{d.pw(enc=X)}</gpg.passphrase>
      </properties>
    </profile>
  </profiles>
</settings>
'''

@tpl(1)
def gradle_properties(i):
    d = Doc('dotfiles/gradle/gradle.properties')
    return d, f'''org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.caching=true
signing.keyId={hexs(8).upper()}
signing.password={d.pw(avoid=PAV)}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
ossrhUsername={pick(WORDS)}
ossrhPassword={d.pw(avoid=PAV)}
artifactoryUser=ci-publisher
artifactoryPassword={d.L('generic-secret|password', 'AKCp' + rs(69))}
RELEASE_STORE_PASSWORD={d.pw(avoid=PAV)}
RELEASE_KEY_PASSWORD={d.pw(avoid=PAV)}
RELEASE_KEY_ALIAS=upload
MAPS_API_KEY={d.L('google-api-key', google_key())}
'''

@tpl(1)
def pip_conf_pypirc(i):
    d = Doc('dotfiles/python/release.pypirc')
    return d, f'''[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = {d.L('pypi-token', pypi_token())}

[internal]
repository = https://pypi.internal/simple
username = uploader
password = {d.pw(avoid='%; ')}
'''

@tpl(1)
def pip_conf(i):
    d = Doc('dotfiles/python/pip.conf')
    return d, f'''[global]
timeout = 60
index-url = https://ci:{d.L('url-credentials|password', U(password(syms='@:/#%!')))}@artifactory.{pick(COMPANY_DOMAINS)}/artifactory/api/pypi/pypi-remote/simple
extra-index-url = https://__token__:{d.L('url-credentials|generic-secret', rs(20) + 'gitlab' * 0 + rs(12))}@gitlab.{pick(COMPANY_DOMAINS)}/api/v4/projects/{R.randint(100, 999)}/packages/pypi/simple
trusted-host = artifactory.internal
'''

@tpl(1)
def composer_auth(i):
    d = Doc('dotfiles/php/auth.json')
    return d, f'''{{
    "http-basic": {{
        "repo.packagist.com": {{
            "username": "token",
            "password": "{d.sec('hex64', cat='password|generic-secret')}"
        }},
        "satis.internal": {{
            "username": "ci",
            "password": "{d.pw(enc=J)}"
        }}
    }},
    "github-oauth": {{
        "github.com": "{d.L('github-token', gh_token('gho_'))}"
    }},
    "gitlab-token": {{
        "gitlab.{pick(COMPANY_DOMAINS)}": "{d.L('gitlab-token', gitlab_pat())}"
    }},
    "bearer": {{
        "packages.{pick(COMPANY_DOMAINS)}": "{d.L('bearer-token|generic-secret', rs(48))}"
    }}
}}
'''

@tpl(1)
def vscode_settings(i):
    d = Doc('dotfiles/vscode/settings.json')
    return d, f'''{{
    "editor.formatOnSave": true,
    "files.trimTrailingWhitespace": true,
    "sqltools.connections": [
        {{
            "previewLimit": 50,
            "server": "{dbhost('pg')}",
            "port": 5432,
            "driver": "PostgreSQL",
            "name": "warehouse-prod",
            "database": "warehouse",
            "username": "analyst",
            "password": "{d.pw(enc=J)}"
        }},
        {{
            "driver": "MySQL",
            "name": "legacy",
            "server": "{dbhost('mysql')}",
            "username": "root",
            "askForPassword": true
        }}
    ],
    "rest-client.environmentVariables": {{
        "prod": {{
            "baseUrl": "https://api.{pick(COMPANY_DOMAINS)}",
            "apiKey": "{d.sec()}"
        }},
        "local": {{ "baseUrl": "http://localhost:3000", "apiKey": "dev-key" }}
    }},
    "gitlens.currentLine.enabled": false
}}
'''

@tpl(1)
def redis_conf(i):
    d = Doc('config/redis/redis.conf')
    return d, f'''bind 0.0.0.0
protected-mode yes
port 6379
tcp-backlog 511
timeout 0
daemonize no
supervised systemd
loglevel notice
databases 16
save 900 1
save 300 10
dbfilename dump.rdb
dir /var/lib/redis
replicaof {priv_ip()} 6379
masterauth {d.pw(avoid=' "')}
requirepass {d.pw(avoid=' "')}
# requirepass foobared
user default on >{d.pw(avoid=' "')} ~* &* +@all
user metrics on #{sha256()} ~* +info +ping
maxmemory 2gb
maxmemory-policy allkeys-lru
appendonly yes
'''

@tpl(1)
def rabbitmq_conf(i):
    d = Doc('config/rabbitmq/rabbitmq.conf')
    return d, f'''listeners.tcp.default = 5672
management.tcp.port = 15672
default_vhost = /
default_user = ops
default_pass = {d.pw(avoid=' ')}
default_user_tags.administrator = true
loopback_users.guest = false
cluster_formation.peer_discovery_backend = rabbit_peer_discovery_k8s
cluster_formation.k8s.host = kubernetes.default.svc.cluster.local
ssl_options.password = {d.pw(avoid=' ')}
log.file.level = info
'''

@tpl(1)
def elastic_stack(i):
    d = Doc('config/elastic/kibana.yml')
    return d, f'''server.host: "0.0.0.0"
server.name: kibana-prod
elasticsearch.hosts: ["https://es-01.internal:9200", "https://es-02.internal:9200"]
elasticsearch.username: "kibana_system"
elasticsearch.password: "{d.pw(avoid=NOQ)}"
elasticsearch.ssl.certificateAuthorities: ["/etc/kibana/certs/ca.crt"]
xpack.encryptedSavedObjects.encryptionKey: "{d.sec('hex32')}"
xpack.reporting.encryptionKey: "{d.sec('b62')}"
xpack.security.encryptionKey: "{d.sec('hex32')}"
monitoring.ui.container.elasticsearch.enabled: true
# elasticsearch.password: "changeme"
'''

@tpl(1)
def logstash_conf(i):
    d = Doc('config/elastic/pipeline/jdbc-to-es.conf')
    return d, f'''input {{
  jdbc {{
    jdbc_driver_library => "/usr/share/logstash/drivers/mysql-connector-j-8.3.0.jar"
    jdbc_driver_class => "com.mysql.cj.jdbc.Driver"
    jdbc_connection_string => "jdbc:mysql://{dbhost('mysql')}:3306/crm?useSSL=true"
    jdbc_user => "logstash"
    jdbc_password => "{d.pw(avoid=NOQ)}"
    schedule => "*/5 * * * *"
    statement => "SELECT * FROM tickets WHERE updated_at > :sql_last_value"
  }}
}}
filter {{
  mutate {{ remove_field => ["@version"] }}
}}
output {{
  elasticsearch {{
    hosts => ["https://es-01.internal:9200"]
    user => "logstash_writer"
    password => "{d.pw(avoid=NOQ)}"
    index => "crm-tickets-%{{+YYYY.MM}}"
    api_key => "{d.L('generic-secret', rs(20) + ':' + rs(22, AN + '_-'))}"
  }}
  http {{
    url => "https://hooks.{pick(COMPANY_DOMAINS)}/ingest?token={d.sec('b62')}"
    http_method => "post"
  }}
}}
'''

@tpl(1)
def grafana_ini(i):
    d = Doc('config/grafana/grafana.ini')
    return d, f'''[server]
protocol = http
http_port = 3000
domain = grafana.{pick(COMPANY_DOMAINS)}
root_url = %(protocol)s://%(domain)s:%(http_port)s/

[database]
type = postgres
host = {dbhost('pg')}:5432
name = grafana
user = grafana
# If the password contains # or ; you have to wrap it with triple quotes. Ex """#password;"""
password = """{d.pw(avoid=NOQ)}"""

[security]
admin_user = admin
admin_password = {d.pw(avoid=NOQ + '#; ')}
secret_key = {d.sec('b62')}
disable_gravatar = true

[auth.generic_oauth]
enabled = true
client_id = grafana
client_secret = {d.sec('b62')}
auth_url = https://sso.{pick(COMPANY_DOMAINS)}/oauth2/authorize

[smtp]
enabled = true
host = smtp.{pick(COMPANY_DOMAINS)}:587
user = grafana-alerts
password = {d.pw(avoid=NOQ + '#; ')}
'''

@tpl(1)
def zabbix_conf(i):
    d = Doc('config/zabbix/zabbix_server.conf')
    return d, f'''LogFile=/var/log/zabbix/zabbix_server.log
LogFileSize=0
PidFile=/run/zabbix/zabbix_server.pid
SocketDir=/run/zabbix
DBHost={dbhost('pg')}
DBName=zabbix
DBUser=zabbix
DBPassword={d.pw(avoid=' #')}
# DBPassword=
SNMPTrapperFile=/var/log/snmptrap/snmptrap.log
Timeout=4
LogSlowQueries=3000
StatsAllowedIP=127.0.0.1
VaultToken=
TLSPSKIdentity=zbx-server
'''

@tpl(1)
def pgbouncer(i):
    d = Doc('config/pgbouncer/userlist.txt')
    lines = []
    for u in ['app', 'reporting', 'pgbouncer_admin', 'stats', 'billing', 'airflow', 'metabase', 'odoo']:
        if chance(0.5):
            lines.append(f'"{u}" "{d.pw(avoid=NOQ)}"')
        else:
            lines.append(f'"{u}" "{pick(["md5" + md5(), scram()])}"')
    return d, '\n'.join(lines) + '\n'

@tpl(1)
def haproxy(i):
    d = Doc('config/haproxy/haproxy.cfg')
    return d, f'''global
    log /dev/log local0
    maxconn 4096
    stats socket /run/haproxy/admin.sock mode 660 level admin

defaults
    mode http
    timeout connect 5s
    timeout client  50s
    timeout server  50s

userlist ops
    user admin password {sha512crypt()}
    user grafana insecure-password {d.pw(avoid=' #')}

frontend stats
    bind *:8404
    stats enable
    stats uri /stats
    stats auth haproxy:{d.pw(avoid=' #:')}
    http-request auth unless {{ http_auth(ops) }}

backend api
    balance roundrobin
    http-request set-header X-Internal-Token {d.sec('hex40')}
    server api1 {priv_ip()}:8080 check
    server api2 {priv_ip()}:8080 check
'''

@tpl(1)
def kafka_jaas(i):
    d = Doc('config/kafka/kafka_server_jaas.conf')
    return d, f'''KafkaServer {{
    org.apache.kafka.common.security.plain.PlainLoginModule required
    username="admin"
    password="{d.pw(avoid=NOQ + ';')}"
    user_admin="{d.pw(avoid=NOQ + ';')}"
    user_orders="{d.pw(avoid=NOQ + ';')}"
    user_analytics="{d.pw(avoid=NOQ + ';')}";
}};

Client {{
    org.apache.zookeeper.server.auth.DigestLoginModule required
    username="kafka"
    password="{d.pw(avoid=NOQ + ';')}";
}};
'''

@tpl(1)
def kafka_client_props(i):
    d = Doc('config/kafka/client-ssl.properties')
    return d, f'''bootstrap.servers=kafka-0.internal:9093,kafka-1.internal:9093
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="connect" password="{d.pw(avoid=NOQ + ';')}";
ssl.truststore.location=/etc/kafka/secrets/truststore.jks
ssl.truststore.password={d.pw(avoid=PAV)}
ssl.keystore.location=/etc/kafka/secrets/keystore.jks
ssl.keystore.password=${{file:/etc/kafka/secrets/creds.properties:keystore.password}}
ssl.key.password={d.pw(avoid=PAV)}
schema.registry.basic.auth.user.info=sr-client:{d.pw(avoid=PAV + ':')}
'''

@tpl(1)
def airflow_cfg(i):
    d = Doc('config/airflow/airflow.cfg')
    return d, f'''[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
fernet_key = {d.sec('fernet')}
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:{d.L('url-credentials|password', U(password(syms='@#%/:!')))}@{dbhost('pg')}:5432/airflow

[celery]
broker_url = redis://:{d.L('url-credentials|password', password(style='alnum'))}@redis.airflow.svc:6379/0
result_backend = db+postgresql://airflow:airflow@postgres/airflow

[webserver]
secret_key = {d.sec('b64')}
expose_config = False

[smtp]
smtp_host = smtp.{pick(COMPANY_DOMAINS)}
smtp_user = airflow
smtp_password = {d.pw(avoid='%; ')}
smtp_port = 587
'''

@tpl(1)
def keycloak_export(i):
    d = Doc('config/keycloak/realm-export.json')
    users = []
    for n in range(R.randint(4, 5)):
        f, l = person()
        users.append(f'''    {{
      "username": "{ascii_fold(f).lower()}.{ascii_fold(l).lower()}",
      "enabled": true,
      "email": "{d.email(f, l)}",
      "firstName": "{f}",
      "lastName": "{l}",
      "credentials": [
        {{ "type": "password", "value": "{d.L('password', J(password_with(chr(34)))) if n == 0 else d.pw(enc=J)}", "temporary": {pick(['true', 'false'])} }}
      ]
    }}''')
    return d, f'''{{
  "realm": "{pick(WORDS)}",
  "enabled": true,
  "sslRequired": "external",
  "passwordPolicy": "length(12) and notUsername(undefined)",
  "clients": [
    {{
      "clientId": "orders-api",
      "secret": "{d.sec('b62')}",
      "publicClient": false,
      "redirectUris": ["https://orders.internal/*"]
    }},
    {{
      "clientId": "spa",
      "publicClient": true,
      "secret": "**********"
    }}
  ],
  "users": [
{(','+chr(10)).join(users)}
  ],
  "smtpServer": {{
    "host": "smtp.{pick(COMPANY_DOMAINS)}",
    "auth": "true",
    "user": "keycloak",
    "password": "{d.pw(enc=J)}"
  }}
}}
'''

@tpl(0)
def jupyter_config(i):
    d = Doc('config/jupyter/jupyter_server_config.py')
    return d, f'''# Configuration file for jupyter-server.
c = get_config()  # noqa
c.ServerApp.ip = "0.0.0.0"
c.ServerApp.open_browser = False
c.ServerApp.port = 8888
c.PasswordIdentityProvider.hashed_password = "{argon2()}"
c.IdentityProvider.token = "{d.L('generic-secret', hexs(48))}"
c.ServerApp.allow_origin = "*"
'''.replace("c.IdentityProvider.token", "c.IdentityProvider.token")

@tpl(1)
def home_assistant(i):
    d = Doc('config/homeassistant/secrets.yaml')
    return d, f'''# Use this file to store secrets like usernames and passwords.
# Learn more at https://www.home-assistant.io/docs/configuration/secrets/
mqtt_password: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}
router_password: {yq(d.pw(avoid=NOQ + '#:{{}}[],&*!|>%@`'))}
latitude: 59.3{R.randint(1000, 9999)}
longitude: 18.0{R.randint(1000, 9999)}
openweathermap_api_key: {d.sec('hex32')}
telegram_bot_token: "{d.L('generic-secret', str(R.randint(1000000000, 7999999999)) + ':AA' + rs(33, AN + '_-'))}"
camera_rtsp_url: rtsp://viewer:{d.L('url-credentials|password', password(style='alnum'))}@{priv_ip()}:554/stream1
'''

@tpl(1)
def cqlshrc_sonar(i):
    d = Doc('config/cassandra/ops.cqlshrc')
    return d, f'''[authentication]
username = cassandra_ops
password = {d.pw(avoid='%; ')}

[connection]
hostname = cass-01.internal
port = 9042
ssl = true

[ssl]
certfile = /etc/cassandra/ca.pem
validate = true
'''

@tpl(1)
def sonar_props(i):
    d = Doc('config/sonarqube/sonar.properties')
    return d, f'''sonar.jdbc.username=sonar
sonar.jdbc.password={d.pw(avoid=PAV)}
sonar.jdbc.url=jdbc:postgresql://{dbhost('pg')}/sonarqube
sonar.web.host=0.0.0.0
sonar.auth.saml.enabled=false
sonar.core.serverBaseURL=https://sonar.{pick(COMPANY_DOMAINS)}
sonar.secretKeyPath=/opt/sonarqube/conf/sonar-secret.txt
'''

@tpl(1)
def alertmanager(i):
    d = Doc('config/prometheus/alertmanager.yml')
    return d, f'''global:
  smtp_smarthost: smtp.{pick(COMPANY_DOMAINS)}:587
  smtp_from: alertmanager@corp.example
  smtp_auth_username: alertmanager
  smtp_auth_password: '{d.pw(avoid=NOQ)}'
  slack_api_url: '{d.L('slack-webhook', slack_webhook())}'
  opsgenie_api_key: {d.sec('uuid')}

route:
  receiver: team-ops
  group_by: [alertname, cluster]

receivers:
  - name: team-ops
    slack_configs:
      - channel: '#alerts'
        send_resolved: true
    pagerduty_configs:
      - routing_key: {d.sec('hex32')}
  - name: docs-example
    slack_configs:
      - api_url: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX
    webhook_configs:
      - url: https://alerts.internal/hook
        http_config:
          basic_auth:
            username: am
            password: '{d.pw(avoid=NOQ)}'
          authorization:
            credentials: {d.L('bearer-token|generic-secret', rs(40))}
'''

@tpl(1)
def odbc_ini(i):
    d = Doc('config/odbc/odbc.ini')
    return d, f'''[ODBC Data Sources]
WAREHOUSE=PostgreSQL Unicode
FINANCE=ODBC Driver 18 for SQL Server

[WAREHOUSE]
Driver=PostgreSQL Unicode
Servername={dbhost('pg')}
Port=5432
Database=warehouse
Username=bi_reader
Password={d.pw(avoid=' ;')}
SSLmode=require

[FINANCE]
Driver=ODBC Driver 18 for SQL Server
Server=tcp:{dbhost('mssql')},1433
Database=FIN
UID=fin_reader
PWD={d.pw(avoid=' ;{}')}
Encrypt=yes

[SNOWFLAKE]
Driver=SnowflakeDSIIDriver
Server={rs(7, LO)}-{rs(7, LO)}.snowflakecomputing.com
uid=LOADER
pwd={d.pw(avoid=' ;{}')}
warehouse=LOAD_WH
'''

@tpl(1)
def hibernate_tomcat(i):
    d = Doc('config/tomcat/context.xml')
    return d, f'''<?xml version="1.0" encoding="UTF-8"?>
<Context antiResourceLocking="false" privileged="true">
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  <Resource name="jdbc/OrdersDS" auth="Container" type="javax.sql.DataSource"
            maxTotal="50" maxIdle="10" maxWaitMillis="10000"
            username="orders_web" password="{d.pw(enc=X)}"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://{dbhost('pg')}:5432/orders?user=orders_web&amp;password={d.pw(avoid=XAV + '&;= ', syms='!#%^*-_+.~')}&amp;ssl=true"/>
  <Resource name="mail/Session" auth="Container" type="javax.mail.Session"
            mail.smtp.host="smtp.internal" mail.smtp.user="portal" password="{d.pw(enc=X)}"/>
  <Environment name="app/encryptionKey" value="{d.sec('b64')}" type="java.lang.String" override="false"/>
</Context>
'''

@tpl(1)
def tomcat_users(i):
    d = Doc('config/tomcat/tomcat-users.xml')
    return d, f'''<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  <user username="admin" password="<must-be-changed>" roles="manager-gui"/>
  <user username="robot" password="<must-be-changed>" roles="manager-script"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="{d.pw(enc=X)}" roles="manager-script"/>
  <user username="ops" password="{d.pw(enc=X)}" roles="manager-gui"/>
  <user username="legacy" password="{sha256()}" roles="manager-gui"/>
</tomcat-users>
'''

@tpl(1)
def hibernate_cfg(i):
    d = Doc('config/hibernate/hibernate.cfg.xml')
    return d, f'''<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
        <property name="hibernate.connection.url">jdbc:oracle:thin:@//{dbhost('ora')}:1521/CLAIMS</property>
        <property name="hibernate.connection.username">CLAIMS_APP</property>
        <property name="hibernate.connection.password">{d.pw(enc=X)}</property>
        <property name="hibernate.dialect">org.hibernate.dialect.Oracle12cDialect</property>
        <property name="hibernate.c3p0.max_size">20</property>
        <property name="hibernate.show_sql">false</property>
    </session-factory>
</hibernate-configuration>
'''

@tpl(1)
def docker_config_json(i):
    d = Doc('dotfiles/docker/config.json')
    u1 = f'{pick(WORDS)}:{password(avoid=":")}'
    u2 = f'ci-robot:{password(style="alnum")}'
    return d, f'''{{
	"auths": {{
		"https://index.docker.io/v1/": {{
			"auth": "{d.L('docker-auth', base64.b64encode(u1.encode()).decode())}"
		}},
		"registry.{pick(COMPANY_DOMAINS)}": {{
			"auth": "{d.L('docker-auth', base64.b64encode(u2.encode()).decode())}"
		}},
		"ghcr.io": {{}},
		"{R.randint(10**11, 10**12 - 1)}.dkr.ecr.{pick(REGIONS)}.amazonaws.com": {{}}
	}},
	"credsStore": "desktop",
	"credHelpers": {{
		"public.ecr.aws": "ecr-login"
	}},
	"currentContext": "default"
}}
'''

@tpl(1)
def git_credentials(i):
    d = Doc('dotfiles/git/jdoe.git-credentials')
    u = pick(WORDS)
    return d, f'''https://{u}:{d.L('github-token|url-credentials', gh_token('ghp_'))}@github.com
https://oauth2:{d.L('gitlab-token|url-credentials', gitlab_pat())}@gitlab.{pick(COMPANY_DOMAINS)}
https://{u}:{d.L('url-credentials|password', U(password(syms='@#:/!%')))}@bitbucket.{pick(COMPANY_DOMAINS)}
https://{u}:{d.L('url-credentials|generic-secret', rs(52, LO + '234567'))}@dev.azure.com
'''

@tpl(1)
def npmrc(i):
    d = Doc('dotfiles/node/ci.npmrc')
    return d, f'''registry=https://registry.npmjs.org/
@{pick(WORDS)}:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken={d.L('github-token', gh_token('ghp_'))}
//registry.npmjs.org/:_authToken={d.L('npm-token', npm_token())}
//nexus.internal/repository/npm-private/:_auth={d.L('basic-auth|password', base64.b64encode(('ci:' + password(style='alnum')).encode()).decode())}
//legacy.internal/:_password={d.L('password', base64.b64encode(password(style='alnum').encode()).decode())}
//legacy.internal/:username=ci
//private.internal/:_authToken=${{NPM_TOKEN}}
always-auth=true
'''
