"""Operations carriers: home automation, monitoring, telephony, VPN, mail, databases."""
import base64

from vals import j, xml_attr, xml_text, sq_sql, url, sh_dq

PW, GS = "password", "generic-secret"
SHARED = "generic-secret|password"   # shared secrets people type (RADIUS, PSK): either is right
QPUNCT = '!#$%&*+-./:;<=>?@[]^_{|}~"\\'   # with quote and backslash: JSON/YAML escape them


def build(s):
    g = s.g
    r = g.r

    # ------------------------------------------------------------ home-assistant
    s.desc("home-assistant", "Home Assistant secrets.yaml and configuration.yaml with !secret references")
    d = s.doc("home-assistant/secrets.yaml")
    d.w("# Use this file to store secrets like usernames and passwords.\n",
        "# Learn more at https://www.home-assistant.io/docs/configuration/secrets/\n",
        f"some_password: {d.F('welcome')}\n\n")
    items = [("mqtt_password", PW, "p"), ("mqtt_username", None, "homeassistant"),
             ("fritzbox_password", PW, "p"), ("unifi_password", PW, "pq"), ("influxdb_token", GS, "b64url"),
             ("influxdb_password", PW, "pq"), ("spotify_client_id", None, "hex32"), ("spotify_client_secret", GS, "hex32"),
             ("netatmo_client_secret", GS, "alnum32"), ("netatmo_client_id", None, "hex24"),
             ("tado_password", PW, "p"), ("nest_client_secret", GS, "goc"), ("telegram_bot_token", GS, "tg"),
             ("telegram_chat_id", None, "-100" + str(r.randrange(10**9, 10**10))),
             ("http_api_password", PW, "pq"), ("octoprint_api_key", GS, "HEX32"), ("synology_password", PW, "pq"),
             ("latitude_home", None, "52.3731"), ("longitude_home", None, "4.8922"),
             ("elevation", None, "2"), ("wifi_ssid", None, "\"Huize Vermeulen\""), ("wifi_password", PW, "pq"),
             ("esphome_api_encryption_key", GS, "b64"), ("esphome_ota_password", PW, "hex32p"),
             ("recorder_db_url", None, "sqlite:////config/home-assistant_v2.db"),
             ("owm_api_key", GS, "hex32"), ("alarm_code", None, "4711"), ("zigbee2mqtt_network_key", None, "GENERATE"),
             ("nut_password", PW, "p"), ("ring_refresh_token", GS, "alnum40"), ("smtp_password", PW, "pq"),
             ("twilio_account_sid", None, "TSID"), ("twilio_auth_token", "twilio-key", "TTOK"),
             ("todoist_token", GS, "hex40"), ("plex_token", GS, "alnum20"),
             ("google_maps_server_key_name", None, "ha-server"), ("withings_client_secret", GS, "hex64"), ("withings_client_id", None, "hex32"),
             ("fitbit_client_secret", GS, "hex32"), ("tibber_access_token", GS, "alnum40"), ("enphase_password", PW, "p"),
             ("solaredge_api_key", GS, "HEX32"), ("homewizard_token", GS, "HEX32"), ("nuki_api_token", GS, "hex64"),
             ("pushover_api_key", GS, "alnum32"), ("pushover_user_key", GS, "alnum32"), ("opnsense_api_key", GS, "b64"),
             ("opnsense_api_secret", GS, "b64"), ("proxmox_password", PW, "pq"), ("sonos_household", None, "Sonos_HHID"),
             ("bambu_access_code", PW, "p"), ("mealie_api_token", GS, "hex40"), ("frigate_mqtt_password", PW, "pq")]
    tw_sid = None
    for key, cat, kind in items:
        if cat is None:
            if kind == "hex32":
                v = d.F(g.hex(32))
            elif kind == "hex24":
                v = d.F(g.hex(24))
            elif kind == "TSID":
                v = tw_sid = g.twilio_sid()
            else:
                v = kind
            d.w(f"{key}: {v}\n")
            continue
        if kind == "p":
            v = d.L(cat, g.pw_human())
            d.w(f"{key}: {v}\n")
        elif kind == "pq":
            raw = g.pw_rand(punct="!#$%&*+-./:;<=>?@[]^_{|}~ ")
            d.w(f'{key}: "{d.L(cat, j(raw))}"\n')
        elif kind == "hex32p":
            d.w(f"{key}: {d.L(cat, g.hex(32))}\n")
        elif kind == "b64url":
            d.w(f"{key}: {d.L(cat, g.b64(64, url=True, pad=False) + '==')}\n")
        elif kind == "goc":
            d.w(f"{key}: {d.L(cat, 'GOCSPX-' + g.alnum(28))}\n")
        elif kind == "tg":
            d.w(f"{key}: \"{d.L(cat, str(r.randrange(10**9, 7 * 10**9)) + ':AA' + g.b64(25, url=True, pad=False)[:33])}\"\n")
        elif kind == "HEX32":
            d.w(f"{key}: {d.L(cat, g.hex(32, upper=True))}\n")
        elif kind == "b64":
            d.w(f"{key}: \"{d.L(cat, g.b64(32))}\"\n")
        elif kind == "alnum40":
            d.w(f"{key}: {d.L(cat, g.alnum(40))}\n")
        elif kind == "alnum20":
            d.w(f"{key}: {d.L(cat, g.alnum(20))}\n")
        elif kind == "TTOK":
            d.w(f"{key}: {d.L(cat, g.twilio_token())}\n")
        elif kind == "hex64":
            d.w(f"{key}: {d.L(cat, g.hex(64))}\n")
        elif kind == "alnum32":
            d.w(f"{key}: {d.L(cat, g.alnum(32))}\n")
        else:
            d.w(f"{key}: {d.L(cat, g.secret(kind))}\n")
    d = s.doc("home-assistant/configuration.yaml")
    d.w("# Loads default set of integrations. Do not remove.\ndefault_config:\n\nhomeassistant:\n  name: Thuis\n",
        "  latitude: !secret latitude_home\n  longitude: !secret longitude_home\n  unit_system: metric\n  time_zone: Europe/Amsterdam\n\n",
        "http:\n  use_x_forwarded_for: true\n  trusted_proxies:\n    - 172.30.33.0/24\n\n",
        "mqtt:\n  sensor:\n    - name: \"Boiler temperatuur\"\n      state_topic: \"ems-esp/boiler_data\"\n\n",
        "influxdb:\n  api_version: 2\n  host: 192.168.178.40\n  port: 8086\n  token: !secret influxdb_token\n  organization: ",
        d.F(g.hex(16)), "\n  bucket: homeassistant\n\n",
        "notify:\n  - name: sms_gezin\n    platform: twilio_sms\n    from_number: \"+12025550147\"\n\n",
        "twilio:\n  account_sid: !secret twilio_account_sid\n  auth_token: !secret twilio_auth_token\n\n",
        "sensor:\n  - platform: command_line\n    name: nas_uptime\n    command: \"sshpass -p '",
        d.L(PW, g.pw_rand(punct="!#%+-.:=@^_~")), "' ssh admin@192.168.178.20 uptime\"\n\n",
        "rest_command:\n  shelly_reboot:\n    url: http://192.168.178.61/rpc/Shelly.Reboot\n    username: admin\n    password: \"",
        d.L(PW, g.pw_human()), "\"\n  frigate_events:\n    url: http://192.168.178.30:5000/api/events\n    password: !secret http_api_password\n\n",
        "shell_command:\n  backup_config: 'tar czf /backup/ha.tgz /config'\n\n",
        "recorder:\n  db_url: !secret recorder_db_url\n  purge_keep_days: 14\n\n",
        "# alarm_control_panel manual: code comes from secrets, never hard-coded\n",
        "alarm_control_panel:\n  - platform: manual\n    code: !secret alarm_code\n")
    # twilio pair in secrets.yaml: token next to account SID
    assert tw_sid

    # ------------------------------------------------------------ grafana
    s.desc("grafana-provisioning", "Grafana provisioning datasources YAML and grafana.ini")
    d = s.doc("grafana-provisioning/datasources.yaml")
    d.w("apiVersion: 1\n\ndeleteDatasources:\n  - name: Graphite-old\n    orgId: 1\n\ndatasources:\n")
    for name, typ, url_, extra in [("Postgres-Billing", "postgres", "pg-billing.internal:5432", "pw"),
                                   ("MySQL-Shop", "mysql", "mysql-shop.internal:3306", "pw"),
                                   ("Prometheus-Edge", "prometheus", "https://prom-edge.internal", "basic"),
                                   ("Loki", "loki", "http://loki:3100", "env"),
                                   ("InfluxDB-Flux", "influxdb", "http://influx:8086", "token"),
                                   ("Elasticsearch-Logs", "elasticsearch", "https://es01.internal:9200", "basic"),
                                   ("MSSQL-ERP", "mssql", "erp-sql01.internal:1433", "pw"),
                                   ("Tempo", "tempo", "http://tempo:3200", "none"),
                                   ("CloudWatch", "cloudwatch", "", "file"),
                                   ("ClickHouse", "grafana-clickhouse-datasource", "ch01.internal", "pw")]:
        d.w(f"  - name: {name}\n    type: {typ}\n    access: proxy\n")
        if url_:
            d.w(f"    url: {url_}\n")
        if extra == "pw":
            d.w(f"    user: grafana_ro\n    jsonData:\n      sslmode: 'require'\n      maxOpenConns: 10\n",
                f"    secureJsonData:\n      password: '{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~'))}'\n")
        elif extra == "basic":
            d.w(f"    basicAuth: true\n    basicAuthUser: grafana\n    secureJsonData:\n      basicAuthPassword: {d.L(PW, g.pw_human())}\n")
        elif extra == "env":
            d.w("    basicAuth: true\n    basicAuthUser: $LOKI_USER\n    secureJsonData:\n      basicAuthPassword: $LOKI_PASSWORD\n")
        elif extra == "token":
            d.w(f"    jsonData:\n      version: Flux\n      organization: ops\n      defaultBucket: metrics\n",
                f"    secureJsonData:\n      token: {d.L(GS, g.b64(64, url=True, pad=False) + '==')}\n")
        elif extra == "file":
            d.w(f"    jsonData:\n      authType: keys\n      defaultRegion: eu-west-1\n    secureJsonData:\n      accessKey: $__file{{/run/secrets/cw_access}}\n      secretKey: $__file{{/run/secrets/cw_secret}}\n")
        d.w("    editable: false\n")
    d = s.doc("grafana-provisioning/grafana.ini")
    d.w("##################### Grafana Configuration #####################\n\n[paths]\ndata = /var/lib/grafana\n\n",
        "[server]\nprotocol = http\nhttp_port = 3000\ndomain = grafana.ops.example.net\nroot_url = %(protocol)s://%(domain)s/\n\n",
        "[database]\ntype = postgres\nhost = 10.20.0.15:5432\nname = grafana\nuser = grafana\n",
        "# If the password contains # or ; you have to wrap it with triple quotes. Ex \"\"\"#password;\"\"\"\n",
        f'password = """{d.L(PW, g.pw_rand(punct="#;!%&*+-.:=@^_"))}"""\n\n',
        "[security]\ndisable_initial_admin_creation = false\nadmin_user = admin\n",
        f"admin_password = {d.L(PW, g.pw_human())}\n",
        f"secret_key = {d.L(GS, g.alnum(32))}\n",
        "cookie_secure = true\n;admin_email = admin@localhost\n\n",
        "[auth.generic_oauth]\nenabled = true\nname = Keycloak\nallow_sign_up = true\n",
        f"client_id = {d.F('grafana-' + g.hex(8))}\n", f"client_secret = {d.L(GS, g.alnum(32))}\n",
        "scopes = openid email profile offline_access roles\n",
        "auth_url = https://sso.example.net/realms/ops/protocol/openid-connect/auth\n",
        "token_url = https://sso.example.net/realms/ops/protocol/openid-connect/token\n\n",
        "[smtp]\nenabled = true\nhost = smtp.example.net:587\nuser = grafana-alerts@example.net\n",
        f"password = {d.L(PW, g.pw_human())}\n",
        "from_address = grafana-alerts@example.net\nfrom_name = Grafana\n\n",
        "[remote_cache]\ntype = redis\n",
        f"connstr = addr=10.20.0.21:6379,pool_size=100,db=0,ssl=false,password={d.L(PW, g.pw_rand(punct='!#%+-.:@^_~'))}\n\n",
        "[external_image_storage.azure_blob]\naccount_name = grafanasnaps\n",
        f"account_key = {d.L('azure-storage-key', g.azure_key())}\ncontainer_name = snapshots\n\n",
        "[auth.basic]\nenabled = false\n\n[analytics]\nreporting_enabled = false\n")

    # ------------------------------------------------------------ prom-exporters
    s.desc("prom-exporters", "Prometheus scrape config, mysqld_exporter .my.cnf, blackbox and postgres exporter env")
    d = s.doc("prom-exporters/prometheus.yml")
    d.w("global:\n  scrape_interval: 30s\n  evaluation_interval: 30s\n\nrule_files:\n  - /etc/prometheus/rules/*.yml\n\n",
        "alerting:\n  alertmanagers:\n    - static_configs:\n        - targets: ['alertmanager:9093']\n      basic_auth:\n        username: prom\n",
        f"        password: {d.L(PW, g.pw_human())}\n\nscrape_configs:\n")
    for job in ["node", "haproxy", "rabbitmq", "minio", "gitlab", "nextcloud", "pihole", "traefik", "unbound"]:
        d.w(f"  - job_name: {job}\n    scheme: https\n    static_configs:\n      - targets: ['{job}.lan:9100']\n")
        k = r.randrange(4)
        if k == 0:
            d.w(f"    basic_auth:\n      username: metrics\n      password: '{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~'))}'\n")
        elif k == 1:
            d.w(f"    basic_auth:\n      username: metrics\n      password_file: /etc/prometheus/secrets/{job}.pw\n")
        elif k == 2:
            d.w(f"    basic_auth:\n      username: prometheus\n      password: \"{d.L(PW, j(g.pw_phrase(sep=' ')))}\"\n")
        else:
            d.w(f"    params:\n      token: ['{d.L(GS, g.hex(40))}']\n")
    d.w("  - job_name: blackbox-http\n    metrics_path: /probe\n    params:\n      module: [http_2xx]\n")
    d = s.doc("prom-exporters/exporters.cnf")
    d.w("# /etc/mysqld_exporter/.my.cnf  (mode 0600, owner prometheus)\n[client]\nuser = exporter\n",
        f"password = {d.L(PW, g.pw_rand(punct='!%&*+-./:<=>?@^_~'))}\nhost = 127.0.0.1\nport = 3306\n\n",
        "[client.replica01]\nuser = exporter\n", f"password = \"{d.L(PW, g.pw_human())}\"\nhost = 10.30.1.12\n\n",
        "# grants used by the exporter\n",
        f"# CREATE USER 'exporter'@'localhost' IDENTIFIED BY '{d.F('XXXXXXXX')}' WITH MAX_USER_CONNECTIONS 3;\n",
        "# GRANT PROCESS, REPLICATION CLIENT, SELECT ON *.* TO 'exporter'@'localhost';\n\n",
        "# --- /etc/default/prometheus-postgres-exporter\n",
        "DATA_SOURCE_URI=\"10.30.2.5:5432/postgres?sslmode=disable\"\nDATA_SOURCE_USER=postgres_exporter\n",
        f"DATA_SOURCE_PASS='{d.L(PW, g.pw_human())}'\n",
        "# DATA_SOURCE_PASS_FILE=/run/secrets/pg_exporter\n\n",
        "# --- /etc/blackbox_exporter/config.yml (module excerpt)\nmodules:\n  http_auth:\n    prober: http\n    http:\n",
        f"      basic_auth:\n        username: probe\n        password: {d.L(PW, g.pw_short())}\n",
        "  http_token:\n    prober: http\n    http:\n      headers:\n",
        f"        X-Api-Key: {d.L(GS, g.alnum(40))}\n",
        "  http_header_name_only:\n    prober: http\n    http:\n      headers:\n        api_key_header: X-Api-Key\n")

    # ------------------------------------------------------------ alertmanager
    s.desc("alertmanager", "Alertmanager configuration with receivers")
    d = s.doc("alertmanager/alertmanager.yml")
    d.w("global:\n  resolve_timeout: 5m\n  smtp_smarthost: 'smtp.example.org:587'\n  smtp_from: 'alertmanager@example.org'\n",
        "  smtp_auth_username: 'alertmanager@example.org'\n",
        f"  smtp_auth_password: '{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_|~'))}'\n",
        "  slack_api_url_file: /etc/alertmanager/slack_url\n",
        f"  opsgenie_api_url: https://api.eu.opsgenie.com/\n\n",
        "templates:\n  - '/etc/alertmanager/templates/*.tmpl'\n\n",
        "route:\n  receiver: team-ops\n  group_by: ['alertname', 'cluster']\n  routes:\n    - matchers: [severity=\"page\"]\n      receiver: pagerduty-ops\n\n",
        "receivers:\n  - name: team-ops\n    email_configs:\n      - to: 'ops@example.org'\n        send_resolved: true\n",
        "  - name: pagerduty-ops\n    pagerduty_configs:\n",
        f"      - routing_key: {d.L(GS, g.hex(32))}\n",
        f"      - service_key: {d.L(GS, g.hex(32))}\n        severity: critical\n",
        "  - name: victorops\n    victorops_configs:\n",
        f"      - api_key: {d.L(GS, g.uuid())}\n        routing_key: ops-primary\n",
        "  - name: telegram\n    telegram_configs:\n",
        f"      - bot_token: '{d.L(GS, str(r.randrange(10**9, 7 * 10**9)) + ':AA' + g.b64(25, url=True, pad=False)[:33])}'\n        chat_id: -1001{r.randrange(10**8, 10**9)}\n",
        "  - name: wechat\n    wechat_configs:\n", f"      - corp_id: {d.F('ww' + g.hex(16))}\n",
        f"        api_secret: {d.L(GS, g.b64(32, url=True, pad=False))}\n        agent_id: '1000002'\n",
        "  - name: webhook-relay\n    webhook_configs:\n      - url: https://relay.example.org/hooks/am\n        http_config:\n          basic_auth:\n            username: am\n",
        f"            password: \"{d.L(PW, j(g.pw_rand(punct=QPUNCT)))}\"\n",
        "  - name: msteams\n    msteams_configs:\n      - webhook_url_file: /etc/alertmanager/teams_url\n",
        "  - name: discord\n    discord_configs:\n      - webhook_url: '<secret>'\n",
        "  - name: pushover\n    pushover_configs:\n",
        f"      - user_key: {d.L(GS, g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}\n",
        f"        token: {d.L(GS, g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 30))}\n",
        "inhibit_rules:\n  - source_matchers: [severity=\"critical\"]\n    target_matchers: [severity=\"warning\"]\n    equal: ['alertname']\n")

    # ------------------------------------------------------------ zabbix
    s.desc("zabbix", "zabbix_server.conf and the frontend zabbix.conf.php")
    d = s.doc("zabbix/zabbix_server.conf")
    d.w("############ GENERAL PARAMETERS #################\n\n### Option: ListenPort\n# ListenPort=10051\n\n",
        "### Option: DBHost\nDBHost=10.40.0.5\n\n### Option: DBName\nDBName=zabbix\n\n### Option: DBUser\nDBUser=zabbix\n\n",
        "### Option: DBPassword\n#\tDatabase password.\n#\tComment this line if no password is used.\n#\n# Mandatory: no\n# Default:\n# DBPassword=\n",
        f"DBPassword={d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~'))}\n\n",
        "### Option: VaultToken\n# VaultToken=\n\n### Option: VaultURL\n# VaultURL=https://127.0.0.1:8200\n\n",
        "### Option: TLSPSKIdentity\nTLSPSKIdentity=PSK zbx-proxy-ams\nTLSPSKFile=/etc/zabbix/zabbix_proxy.psk\n\n",
        "### Option: StartPollers\nStartPollers=25\nCacheSize=256M\n")
    d = s.doc("zabbix/zabbix.conf.php")
    d.w("<?php\n// Zabbix GUI configuration file.\n\n$DB['TYPE']\t\t\t= 'POSTGRESQL';\n$DB['SERVER']\t\t\t= 'localhost';\n",
        "$DB['PORT']\t\t\t= '0';\n$DB['DATABASE']\t\t\t= 'zabbix';\n$DB['USER']\t\t\t= 'zabbix_web';\n",
        f"$DB['PASSWORD']\t\t\t= '{d.L(PW, g.pw_human())}';\n\n// Schema name. Used for PostgreSQL.\n$DB['SCHEMA']\t\t\t= '';\n\n",
        "// Vault configuration. Used if database credentials are stored in Vault secrets manager.\n$DB['VAULT']\t\t\t= '';\n$DB['VAULT_URL']\t\t= '';\n",
        "$DB['VAULT_DB_PATH']\t= '';\n$DB['VAULT_TOKEN']\t\t= '';\n\n$ZBX_SERVER_NAME\t\t= 'Zabbix AMS';\n\n",
        "$IMAGE_FORMAT_DEFAULT\t= IMAGE_FORMAT_PNG;\n\n",
        "// API tokens used by the reporting cron (zabbix-report.php)\n",
        f"$REPORT_API_TOKEN = '{d.L(GS, g.hex(64))}';\n",
        f"$REPORT_API_TOKEN_ID = {r.randrange(10, 99)};\n",
        f"$LDAP_BIND_PASSWORD = '{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~'))}';\n")

    # ------------------------------------------------------------ icinga / nagios
    s.desc("icinga-nagios", "Icinga 2 api-users.conf, Nagios resource.cfg and command definitions")
    d = s.doc("icinga-nagios/api-users.conf")
    d.w("/**\n * The ApiUser objects are used for authentication against the API.\n */\n")
    for u in ["root", "icingaweb2", "director", "grafana", "dashing", "ansible", "thruk", "nagvis", "netbox-sync", "graphite-feed", "servicenow", "pagerduty-bridge", "satellite-ams", "satellite-rtm", "satellite-ehv", "reporting", "ticket-bot", "api-readonly"]:
        pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~")
        d.w(f"object ApiUser \"{u}\" {{\n  password = \"{d.L(PW, j(pw))}\"\n",
            f"  // client_cn = \"{u}.icinga.local\"\n  permissions = [ \"{r.choice(['*', 'status/query', 'objects/query/*', 'actions/*'])}\" ]\n}}\n\n")
    d.w("object ApiUser \"client-pki\" {\n  client_cn = \"satellite01.icinga.local\"\n  permissions = [ \"*\" ]\n}\n")
    d = s.doc("icinga-nagios/resource.cfg")
    d.w("###########################################################################\n#\n# RESOURCE.CFG - Sample Resource File for Nagios 4\n#\n",
        "# You can define $USERx$ macros in this file, which can in turn be used\n# in command definitions in your host config file(s).\n",
        "###########################################################################\n\n# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/local/nagios/libexec\n\n",
        "# Sets $USER2$ to be the path to event handlers\n#$USER2$=/usr/local/nagios/libexec/eventhandlers\n\n",
        "# MySQL monitoring user\n$USER3$=nagios\n", f"$USER4$={d.L(PW, g.pw_rand(punct='!#%&*+-./:<=>?@^_~'))}\n",
        "# SNMPv3 auth/priv\n", f"$USER5$={d.L(PW, g.pw_rand(punct='!#%*+-.@^_~'))}\n", f"$USER6$={d.L(PW, g.pw_rand(punct='!#%*+-.@^_~'))}\n",
        "# vCenter read-only\n", f"$USER7$={d.L(PW, g.pw_rand(punct='!#%&*+-./:<=>?@^_~'))}\n\n",
        "define command {\n    command_name    check_mysql_health\n    command_line    $USER1$/check_mysql_health --hostname $HOSTADDRESS$ --username $USER3$ --password $USER4$ --mode $ARG1$\n}\n\n",
        "define command {\n    command_name    check_pgsql_legacy\n",
        f"    command_line    $USER1$/check_pgsql -H $HOSTADDRESS$ -l nagios -p '{d.L(PW, g.pw_rand(punct='!#%*+-.@^_~'))}' -d postgres\n}}\n\n",
        "define command {\n    command_name    check_snmp_v3\n    command_line    $USER1$/check_snmp -H $HOSTADDRESS$ -P 3 -L authPriv -a SHA -x AES -U nagios -A $USER5$ -X $USER6$ -o $ARG1$\n}\n\n",
        "define command {\n    command_name    check_http_api\n",
        f"    command_line    $USER1$/check_http -H $HOSTADDRESS$ -S -u /health -k 'X-Auth-Token: {d.L(GS, g.alnum(40))}'\n}}\n\n",
        "define command {\n    command_name    check_esxi_hardware\n",
        f"    command_line    $USER1$/check_esxi_hardware.py -H $HOSTADDRESS$ -U root -P '{d.L(PW, g.pw_rand(punct='!#%&*+-./:;<=>?@^_~'))}' -V dell\n}}\n")

    # ------------------------------------------------------------ rundeck
    s.desc("rundeck", "Rundeck realm.properties and rundeck-config.properties")
    d = s.doc("rundeck/realm.properties")
    d.w("#\n# This file defines users passwords and roles for a HashUserRealm\n#\n# The format is\n#  <username>: <password>[,<rolename> ...]\n#\n",
        "# Passwords may be clear text, obfuscated or checksummed.  The class\n# org.eclipse.jetty.util.security.Password should be used to generate obfuscated\n# passwords or password checksums\n#\n")
    for u in ["admin", "jdevries", "mkowalski", "ops-bot", "auditor", "bvanleeuwen", "deploy", "lhansen", "svc-ansible", "kvisser", "pjanssen", "tmeijer", "ops-nightly", "dba-oncall", "release-mgr", "qa-lead", "sre-1", "sre-2", "sre-3", "helpdesk", "batch-runner", "reporting", "etl-bot", "db-restore", "patching"]:
        k = r.randrange(4)
        roles = r.choice(["admin,user", "user", "user,deploy", "readonly"])
        if k == 0:
            d.w(f"{u}: MD5:{d.F(g.hex(32))},{roles}\n")
        elif k == 1:
            d.w(f"{u}: OBF:{d.F(g.chars('0123456789abcdefghijklmnopqrstuvwxyz', 28))},{roles}\n")
        else:
            d.w(f"{u}: {d.L(PW, g.pw_rand(punct='!#$%&*+-./;<>?@[]^_{|}~'))},{roles}\n")
    d = s.doc("rundeck/rundeck-config.properties")
    d.w("#loglevel.default is the default log level for jobs: ERROR,WARN,INFO,VERBOSE,DEBUG\nloglevel.default=INFO\nrdeck.base=/var/lib/rundeck\n\n",
        "rss.enabled=false\nserver.address=0.0.0.0\ngrails.serverURL=https://rundeck.example.org\n\n",
        "dataSource.dbCreate = none\ndataSource.url = jdbc:mysql://10.50.0.4/rundeck?autoReconnect=true&useSSL=false\n",
        "dataSource.username = rundeckuser\n", f"dataSource.password = {d.L(PW, g.pw_human())}\n\n",
        "# Encryption for key storage\nrundeck.storage.provider.1.type=db\nrundeck.storage.provider.1.path=keys\n",
        "rundeck.storage.converter.1.type=jasypt-encryption\nrundeck.storage.converter.1.path=keys\n",
        f"rundeck.storage.converter.1.config.encryptorType=custom\nrundeck.storage.converter.1.config.password={d.L(PW, g.pw_rand(n=24, punct='!#%&*+-./:;<>?@^_~'))}\n",
        "rundeck.storage.converter.1.config.algorithm=PBEWITHSHA256AND128BITAES-CBC-BC\n\n",
        "rundeck.config.storage.converter.1.type=jasypt-encryption\n",
        f"rundeck.config.storage.converter.1.config.password={d.L(PW, g.pw_phrase(sep='-'))}\n\n",
        "rundeck.mail.smtp.host=smtp.example.org\nrundeck.mail.smtp.port=587\nrundeck.mail.smtp.username=rundeck\n",
        f"rundeck.mail.smtp.password={d.L(PW, g.pw_human())}\n\n",
        "# API token used by the Jenkins trigger (rotate every 90 days)\n",
        f"rundeck.tokens.jenkins={d.L(GS, g.alnum(32))}\n",
        "rundeck.security.useHMacRequestTokens=true\nrundeck.security.apiCookieAccess.enabled=true\n",
        "rundeck.security.syncLdapUser=true\n",
        "rundeck.jaaslogin=true\n")

    # ------------------------------------------------------------ freeradius
    s.desc("freeradius", "FreeRADIUS clients.conf, users file and the sql module")
    d = s.doc("freeradius/clients.conf")
    d.w("# -*- text -*-\n##\n## clients.conf -- client configuration directives\n##\n\n",
        "client localhost {\n\tipaddr = 127.0.0.1\n\tproto = *\n\tsecret = testing123\n\trequire_message_authenticator = no\n\tnas_type = other\n}\n\n")
    for name in ["ap-floor1", "ap-floor2", "ap-floor3", "switch-core", "vpn-gw", "wlc-01", "nas-printers", "fw-edge", "guest-portal", "eduroam-flr"] + [f"ap-store-{i:03d}" for i in range(1, 16)]:
        sec = r.choice([g.pw_rand(n=r.randrange(16, 28), punct="!#%&*+-./:<=>?@[]^_|~"), g.alnum(24), g.pw_human()])
        d.w(f"client {name} {{\n\tipaddr = 10.{r.randrange(1, 254)}.{r.randrange(1, 254)}.0/24\n",
            f"\tsecret = \"{d.L(SHARED, sec)}\"\n\tshortname = {name}\n\tnas_type = cisco\n\tlimit {{\n\t\tmax_connections = 16\n\t}}\n}}\n\n")
    d = s.doc("freeradius/users")
    d.w("#\n# \tConfiguration file for the rlm_files module.\n#\n#\tPlease see rlm_files(5) manpage for more information.\n#\n\n",
        "#bob\tCleartext-Password := \"hello\"\n#\tReply-Message := \"Hello, %{User-Name}\"\n\n")
    for u in ["anna.bakker", "tom.jansen", "printer-hp4", "voip-1201", "voip-1202", "camera-lobby", "s.meijer", "guest01", "k.dijkstra", "iot-thermo"] + [f"scanner-{i:02d}" for i in range(1, 13)] + ["r.hoekstra", "w.kramer", "e.prins", "m.sanders", "d.verbeek", "n.koster", "j.postma", "y.bosman"]:
        k = r.randrange(5)
        if k == 0:
            d.w(f"{u}\tCrypt-Password := \"{d.F(g.sha512crypt())}\"\n\tReply-Message := \"Welcome\"\n\n")
        elif k == 1:
            d.w(f"{u}\tNT-Password := {d.F(g.hex(32, upper=True))}\n\n")
        else:
            pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~")
            d.w(f"{u}\tCleartext-Password := \"{d.L(PW, j(pw))}\"\n\tTunnel-Type = VLAN,\n\tTunnel-Medium-Type = IEEE-802,\n\tTunnel-Private-Group-Id = \"{r.randrange(10, 400)}\"\n\n")
    d.w("DEFAULT\tFramed-Protocol == PPP\n\tFramed-Protocol = PPP,\n\tFramed-Compression = Van-Jacobson-TCP-IP\n")
    d = s.doc("freeradius/mods-available-sql")
    d.w("sql {\n\tdialect = \"postgresql\"\n\tdriver = \"rlm_sql_${dialect}\"\n\n\t# Connection info:\n\tserver = \"10.60.0.8\"\n\tport = 5432\n\tlogin = \"radius\"\n",
        f"\tpassword = \"{d.L(PW, g.pw_rand(punct='!#%&*+-./:;<=>?@^_~'))}\"\n\n\tradius_db = \"radius\"\n\n",
        "\t# ldap fallback (rlm_ldap) lives in mods-enabled/ldap\n\tacct_table1 = \"radacct\"\n\tauthcheck_table = \"radcheck\"\n}\n\n",
        "ldap {\n\tserver = 'ldaps://dc01.corp.example.org'\n\tidentity = 'cn=radius,ou=svc,dc=corp,dc=example,dc=org'\n",
        f"\tpassword = {d.L(PW, g.pw_human())}\n\tbase_dn = 'dc=corp,dc=example,dc=org'\n}}\n")

    # ------------------------------------------------------------ asterisk
    s.desc("asterisk", "Asterisk pjsip.conf, manager.conf and legacy sip.conf")
    d = s.doc("asterisk/pjsip.conf")
    d.w(";==============TRANSPORTS\n[transport-udp]\ntype=transport\nprotocol=udp\nbind=0.0.0.0\n\n",
        ";==============TRUNK\n[voipbuster-trunk]\ntype=registration\noutbound_auth=voipbuster-auth\nserver_uri=sip:sip.voipbuster.example\n",
        "client_uri=sip:kpn_trunk_0417@sip.voipbuster.example\nretry_interval=60\n\n[voipbuster-auth]\ntype=auth\nauth_type=userpass\n",
        f"password={d.L(PW, g.pw_rand(punct='!#$%&*+-./:<=>?@[]^_{|}~'))}\nusername=kpn_trunk_0417\n\n")
    for ext in range(201, 241):
        k = r.randrange(6)
        d.w(f"[{ext}]\ntype=endpoint\ncontext=from-internal\ndisallow=all\nallow=ulaw,g722\nauth={ext}-auth\naors={ext}\n\n",
            f"[{ext}-auth]\ntype=auth\n")
        if k == 0:
            d.w(f"auth_type=md5\nmd5_cred={d.F(g.hex(32))}\nrealm=asterisk\nusername={ext}\n\n")
        else:
            d.w(f"auth_type=userpass\npassword={d.L(PW, g.pw_rand(n=r.randrange(10, 20), punct='!#%*+-.@^_'))}\nusername={ext}\n\n")
        d.w(f"[{ext}]\ntype=aor\nmax_contacts=2\n\n")
    d = s.doc("asterisk/manager.conf")
    d.w(";\n; AMI - The Asterisk Manager Interface\n;\n[general]\nenabled = yes\nport = 5038\nbindaddr = 127.0.0.1\n\n")
    for u in ["fop2", "crm-connector", "queue-stats", "hass", "callrec"]:
        d.w(f"[{u}]\nsecret = {d.L(PW, g.pw_any(punct='!#%*+-./:<=>?@^_~'))}\ndeny=0.0.0.0/0.0.0.0\npermit=127.0.0.1/255.255.255.0\n",
            "read = system,call,log,verbose,command,agent,user\nwrite = system,call,log,verbose,command,agent,user,originate\n\n")
    d.w("; sip.conf (legacy chan_sip peers kept for the old Grandstream phones)\n")
    for ext in ["301", "302", "303", "304"]:
        d.w(f"; [{ext}]\n; type=friend\n; secret={d.L(PW, g.pw_short())}\n; host=dynamic\n")

    # ------------------------------------------------------------ freeswitch
    s.desc("freeswitch", "FreeSWITCH vars.xml, directory users, gateways and event socket")
    d = s.doc("freeswitch/vars.xml")
    d.w("<include>\n  <!-- Preprocessor Variables\n       These are introduced when configuration strings must be consistent across modules.\n  -->\n",
        f"  <X-PRE-PROCESS cmd=\"set\" data=\"default_password={d.L(PW, xml_attr(g.pw_rand(n=14, punct='!#%*+-.:@^_~')))}\"/>\n",
        "  <X-PRE-PROCESS cmd=\"set\" data=\"domain=$${local_ip_v4}\"/>\n  <X-PRE-PROCESS cmd=\"set\" data=\"hold_music=local_stream://moh\"/>\n",
        "  <X-PRE-PROCESS cmd=\"set\" data=\"internal_sip_port=5060\"/>\n  <X-PRE-PROCESS cmd=\"set\" data=\"external_sip_port=5080\"/>\n",
        "</include>\n\n<!-- directory/default/*.xml (concatenated by the backup script) -->\n")
    for ext in range(1000, 1030):
        if ext % 4 == 0:
            pwv = "$${default_password}"
        else:
            pwv = d.L(PW, xml_attr(g.pw_any(punct='!#$%&*+-./:;<=>?@[]^_{|}~')))
        d.w(f"<include>\n  <user id=\"{ext}\">\n    <params>\n      <param name=\"password\" value=\"{pwv}\"/>\n",
            f"      <param name=\"vm-password\" value=\"{ext}\"/>\n    </params>\n    <variables>\n      <variable name=\"toll_allow\" value=\"domestic,international,local\"/>\n",
            f"      <variable name=\"effective_caller_id_number\" value=\"{ext}\"/>\n    </variables>\n  </user>\n</include>\n")
    d = s.doc("freeswitch/gateways-and-esl.xml")
    d.w("<!-- sip_profiles/external/*.xml -->\n<include>\n")
    for gw in ["kpn-sip", "voys", "twilio-elastic", "sipgate"]:
        d.w(f"  <gateway name=\"{gw}\">\n    <param name=\"username\" value=\"{r.randrange(10**7, 10**8)}\"/>\n",
            f"    <param name=\"password\" value=\"{d.L(PW, xml_attr(g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~')))}\"/>\n",
            "    <param name=\"register\" value=\"true\"/>\n    <param name=\"expire-seconds\" value=\"600\"/>\n  </gateway>\n")
    d.w("</include>\n\n<!-- autoload_configs/event_socket.conf.xml -->\n<configuration name=\"event_socket.conf\" description=\"Socket Client\">\n  <settings>\n",
        "    <param name=\"nat-map\" value=\"false\"/>\n    <param name=\"listen-ip\" value=\"127.0.0.1\"/>\n    <param name=\"listen-port\" value=\"8021\"/>\n",
        f"    <param name=\"password\" value=\"{d.L(PW, xml_attr(g.pw_human()))}\"/>\n    <param name=\"apply-inbound-acl\" value=\"loopback.auto\"/>\n  </settings>\n</configuration>\n")

    # ------------------------------------------------------------ strongswan
    s.desc("strongswan", "strongSwan ipsec.secrets and swanctl.conf secrets")
    d = s.doc("strongswan/ipsec.secrets")
    d.w("# ipsec.secrets - strongSwan IPsec secrets file\n\n: RSA /etc/ipsec.d/private/gw-ams.key.pem\n\n")
    for peer in ["198.51.100.17", "203.0.113.40", "gw-rotterdam.example.net", "@branch-utrecht", "192.0.2.88"]:
        psk = r.choice([g.b64(32), g.pw_rand(n=28, punct="!#$%&*+-./:;<=>?@[]^_{|}~"), g.alnum(40)])
        d.w(f"gw-ams.example.net {peer} : PSK \"{d.L(SHARED, j(psk) if False else psk.replace(chr(34), ''))}\"\n")
    d.w("\n# road warriors (EAP-MSCHAPv2)\n")
    for u in ["mvisser", "hdeboer", "asmit", "rmulder", "pvandijk", "jbos", "kdegroot", "lbakker", "mvos", "nhendriks", "opeters", "pdekker"]:
        pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~").replace('"', '')
        d.w(f"{u} : EAP \"{d.L(PW, pw)}\"\n")
    d.w("\n# XAUTH for the legacy Cisco clients\n", f"legacy-client : XAUTH \"{d.L(PW, g.pw_human())}\"\n")
    d = s.doc("strongswan/swanctl.conf")
    d.w("connections {\n   rw {\n      local_addrs = 192.0.2.1\n      pools = rw_pool\n      local {\n         auth = pubkey\n         certs = gwCert.pem\n         id = gw.example.net\n      }\n",
        "      remote {\n         auth = eap-mschapv2\n         eap_id = %any\n      }\n      children {\n         net {\n            local_ts = 10.1.0.0/16\n         }\n      }\n   }\n}\n\nsecrets {\n")
    for i, u in enumerate(["carol", "dave", "erin", "frank"]):
        d.w(f"   eap-{u} {{\n      id = {u}@vpn.example.net\n      secret = \"{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~'))}\"\n   }}\n")
    for site in ["site-a", "site-b"]:
        d.w(f"   ike-{site} {{\n      id-{site} = {site}.example.net\n      secret = 0s{d.L(SHARED, g.b64(32))}\n   }}\n")
    d.w("   private-gw {\n      file = gwKey.pem\n   }\n}\n")

    # ------------------------------------------------------------ dovecot
    s.desc("dovecot", "Dovecot passwd-file and dovecot-sql.conf.ext")
    d = s.doc("dovecot/passwd")
    d.w("")
    for u in ["info", "facturen", "sales", "j.peters", "m.de.graaf", "support", "noreply", "l.brouwer", "hr", "scanner", "inkoop", "magazijn", "directie", "a.vos", "b.kok", "c.smit", "d.mol", "e.kuiper", "f.veenstra", "g.boer", "h.bakker", "i.schouten", "k.willems", "l.vink", "m.post", "n.bosch", "o.brink", "p.dam", "r.graaf", "s.wolters", "t.hoek", "u.mol", "v.lam", "w.blom", "x.schipper", "y.meulen", "z.kroon", "retouren", "marketing", "klacht"]:
        k = r.randrange(5)
        if k == 0:
            pwf = "{SHA512-CRYPT}" + d.F(g.sha512crypt())
        elif k == 1:
            pwf = "{ARGON2ID}" + d.F(g.argon2())
        else:
            pwf = "{PLAIN}" + d.L(PW, g.pw_any(punct="!#$%&*+-./;<=>?@[]^_{|}~"))
        d.w(f"{u}@winkel-deboer.example:{pwf}:5000:5000::/var/vmail/winkel-deboer.example/{u}::userdb_quota_rule=*:storage=2G\n")
    d = s.doc("dovecot/dovecot-sql.conf.ext")
    d.w("# This file is commonly accessed via passdb {} or userdb {} section in\n# conf.d/auth-sql.conf.ext\n\n",
        "driver = mysql\n\n# Database connection string. This is driver-specific setting.\n",
        "#   connect = host=sql.example.com dbname=virtual user=virtual password=blarg\n",
        f"connect = host=10.70.0.3 dbname=mailserver user=dovecot password={d.L(PW, g.pw_rand(punct='!#%&*+-./:;<>?@[]^_|~'))}\n\n",
        "default_pass_scheme = SHA512-CRYPT\n\npassword_query = \\\n  SELECT username, domain, password \\\n  FROM users WHERE username = '%n' AND domain = '%d'\n\n",
        "# replicator / doveadm\n", f"# doveadm_password = {d.L(PW, g.pw_human())}\n",
        f"# doveadm_api_key = {d.L(GS, g.b64(32))}\n")

    # ------------------------------------------------------------ redis-acl
    s.desc("redis-acl", "Redis users.acl and redis.conf security section")
    d = s.doc("redis-acl/users.acl")
    for u in ["default", "app-web", "app-worker", "sidekiq", "readonly-metrics", "replica-user", "admin", "celery", "session-store", "ratelimit"] + [f"tenant-{t}" for t in ["acme", "globex", "initech", "umbrella", "hooli", "piedpiper", "vandelay", "stark", "wayne", "wonka", "soylent", "tyrell", "cyberdyne", "aperture", "blackmesa", "oscorp", "massive", "duff", "gringotts", "monarch"]]:
        k = r.randrange(4)
        perms = r.choice(["~* &* +@all", "~cache:* +@read +@write -@dangerous", "~jobs:* +@list +@connection", "resetchannels -@all +info +ping"])
        if u == "default":
            d.w(f"user default on nopass sanitize-payload {perms}\n")
        elif k == 0:
            d.w(f"user {u} on sanitize-payload #{d.F(g.hex(64))} {perms}\n")
        else:
            d.w(f"user {u} on >{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_|~'))} {perms}\n")
    d = s.doc("redis-acl/redis.conf")
    d.w("################################## SECURITY ###################################\n\n",
        "# IMPORTANT NOTE: starting with Redis 6 \"requirepass\" is just a compatibility\n# layer on top of the new ACL system.\n#\n# requirepass foobared\n",
        f"requirepass {d.L(PW, g.alnum(48))}\n\n",
        "################################# REPLICATION #################################\n\n# masterauth <master-password>\n",
        f"masterauth {d.L(PW, g.pw_rand(punct='!#%&*+-./:<=>?@^_~'))}\nmasteruser replica-user\n\n",
        "# sentinel.conf excerpt\n", f"sentinel auth-pass mymaster {d.L(PW, g.pw_rand(punct='!#%&*+-./:<=>?@^_~'))}\n",
        "sentinel down-after-milliseconds mymaster 5000\n\ntls-port 6380\ntls-cert-file /etc/redis/tls/redis.crt\ntls-key-file /etc/redis/tls/redis.key\n",
        "# tls-key-file-pass secret\n", f"tls-key-file-pass {d.L(PW, g.pw_human())}\n")

    # ------------------------------------------------------------ cassandra
    s.desc("cassandra", "cqlshrc and CQL role statements")
    d = s.doc("cassandra/cqlshrc")
    d.w("; Sample ~/.cassandra/cqlshrc file.\n\n[authentication]\n;; If Cassandra has auth enabled, fill out these options\nusername = ops_admin\n",
        f"password = {d.L(PW, g.pw_rand(punct='!#$%&*+-./:<=>?@[]^_{|}~'))}\n;; keyspace = ks1\n\n",
        "[auth_provider]\n;; you can specify any auth provider found in your python environment\nmodule = cassandra.auth\nclassname = PlainTextAuthProvider\nusername = ops_admin\n\n",
        "[ui]\ncolor = on\ntime_format = %Y-%m-%d %H:%M:%S%z\n\n[connection]\nhostname = 10.80.0.11\nport = 9042\nssl = true\n\n",
        "[ssl]\ncertfile = ~/.cassandra/rootca.crt\nvalidate = true\n")
    d = s.doc("cassandra/roles.cql")
    d.w("-- roles for the new analytics cluster, run once with cqlsh -u cassandra\n")
    for role in ["analytics_rw", "analytics_ro", "spark_job", "reaper", "backup_medusa", "grafana_ro", "kafka_connect", "stargate", "dse_search", "ingest_events", "ingest_metrics", "ml_features", "audit_reader", "tenant_a", "tenant_b", "tenant_c", "datastax_agent", "repair_svc"]:
        pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~ ")
        d.w(f"CREATE ROLE IF NOT EXISTS {role} WITH PASSWORD = '{d.L(PW, sq_sql(pw))}' AND LOGIN = true;\n")
    d.w("GRANT SELECT ON KEYSPACE analytics TO analytics_ro;\nGRANT MODIFY ON KEYSPACE analytics TO analytics_rw;\n",
        f"ALTER ROLE cassandra WITH PASSWORD = '{d.L(PW, g.pw_rand(n=30, punct='!#%&*+-./:<=>?@^_~'))}' AND SUPERUSER = false;\n",
        "-- LIST ROLES; shows salted_hash only:\n",
        f"-- cassandra | {d.F(g.bcrypt())}\n")

    # ------------------------------------------------------------ elastic
    s.desc("elastic-setup", "Elasticsearch setup-passwords output, kibana.yml and keystore listing")
    d = s.doc("elastic-setup/setup-passwords.txt")
    d.w("$ sudo /usr/share/elasticsearch/bin/elasticsearch-setup-passwords auto\n",
        "Initiating the setup of passwords for reserved users elastic,apm_system,kibana,kibana_system,logstash_system,beats_system,remote_monitoring_user.\n",
        "The passwords will be randomly generated and printed to the console.\nPlease confirm that you would like to continue [y/N]y\n\n\n")
    for u in ["apm_system", "kibana_system", "kibana", "logstash_system", "beats_system", "remote_monitoring_user", "elastic"]:
        d.w(f"Changed password for user {u}\nPASSWORD {u} = {d.L(PW, g.alnum(20))}\n\n")
    d.w("$ sudo /usr/share/elasticsearch/bin/elasticsearch-reset-password -u logstash_writer -i\n",
        "This tool will reset the password of the [logstash_writer] user.\nYou will be prompted to enter the password.\nPlease confirm that you would like to continue [y/N]y\n\n\nEnter password for [logstash_writer]: \nRe-enter password for [logstash_writer]: \nPassword for the [logstash_writer] user successfully reset.\n\n",
        "$ sudo /usr/share/elasticsearch/bin/elasticsearch-reset-password -u filebeat_internal\n",
        "This tool will reset the password of the [filebeat_internal] user to an autogenerated value.\nThe password will be printed in the console.\nPlease confirm that you would like to continue [y/N]y\n\n\n",
        f"Password for the [filebeat_internal] user successfully reset.\nNew value: {d.L(PW, g.alnum(20) + '*' + g.alnum(3))}\n\n",
        "$ sudo /usr/share/elasticsearch/bin/elasticsearch-keystore list\nkeystore.seed\nxpack.notification.email.account.work.smtp.secure_password\nxpack.security.http.ssl.keystore.secure_password\ns3.client.default.secret_key\n\n",
        "$ curl -s -u elastic -X POST https://localhost:9200/_security/api_key -H 'Content-Type: application/json' -d '{\"name\":\"fleet-ingest\"}'\nEnter host password for user 'elastic':\n")
    kid = g.alnum(20)
    akey = g.b64(16, url=True, pad=False)[:22]
    enc = base64.b64encode(f"{kid}:{akey}".encode()).decode()
    d.w(f"{{\"id\":\"{d.F(kid)}\",\"name\":\"fleet-ingest\",\"api_key\":\"{d.L(GS, akey)}\",\"encoded\":\"{d.L(GS, enc)}\"}}\n")
    d = s.doc("elastic-setup/kibana.yml")
    d.w("server.port: 5601\nserver.host: \"0.0.0.0\"\nserver.publicBaseUrl: \"https://kibana.example.org\"\n\n",
        "elasticsearch.hosts: [\"https://es01.internal:9200\", \"https://es02.internal:9200\"]\nelasticsearch.username: \"kibana_system\"\n",
        f"elasticsearch.password: \"{d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_{|}~'))}\"\n",
        "elasticsearch.ssl.certificateAuthorities: [ \"/etc/kibana/certs/ca.crt\" ]\n\n",
        f"xpack.encryptedSavedObjects.encryptionKey: \"{d.L(GS, g.hex(32))}\"\n",
        f"xpack.reporting.encryptionKey: \"{d.L(GS, g.alnum(32))}\"\n",
        f"xpack.security.encryptionKey: \"{d.L(GS, g.alnum(40))}\"\n\n",
        "# xpack.security.session.idleTimeout: \"1h\"\n",
        "xpack.actions.preconfigured:\n  smtp-ops:\n    actionTypeId: .email\n    config:\n      service: other\n      host: smtp.example.org\n      port: 587\n      from: kibana@example.org\n    secrets:\n      user: kibana@example.org\n",
        f"      password: \"{d.L(PW, g.pw_human())}\"\n",
        "  webhook-jira:\n    actionTypeId: .jira\n    config:\n      apiUrl: https://example.atlassian.net\n      projectKey: OPS\n    secrets:\n      email: kibana-bot@example.org\n",
        f"      apiToken: \"{d.L(GS, g.alnum(24))}\"\n")

    # ------------------------------------------------------------ mongo shell history
    s.desc("mongo-shell", "legacy mongo shell ~/.dbshell history")
    d = s.doc("mongo-shell/dbshell")
    lines = ["show dbs", "use admin"]
    for u in ["reporting", "app_orders", "app_catalog", "backup", "monitor", "etl_nightly", "support_ro", "app_search", "app_cart", "app_reviews", "analytics", "change_streams", "realm_sync", "atlas_migrate", "kafka_sink"]:
        pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~")
        lines.append(f'db.createUser({{ user: "{u}", pwd: "{d.L(PW, j(pw))}", roles: [ {{ role: "readWrite", db: "shop" }} ] }})')
        if r.random() < 0.4:
            lines.append(f'db.getUser("{u}")')
    lines += ['db.createUser({ user: "svc_ci", pwd: passwordPrompt(), roles: ["readWrite"] })',
              f'db.changeUserPassword("reporting", "{d.L(PW, g.pw_human())}")',
              f'db.auth("admin", "{d.L(PW, g.pw_rand(punct="!#%&*+-./:;<=>?@^_~"))}")',
              'db.auth("admin", passwordPrompt())', "use shop", "db.orders.find({status: 'open'}).count()",
              f'db.settings.updateOne({{_id: "payments"}}, {{$set: {{webhookSecret: "{d.L(GS, g.hex(64))}"}}}})',
              f'db.settings.updateOne({{_id: "mailer"}}, {{$set: {{apiKey: "{d.L(GS, g.alnum(40))}", apiKeyId: "{d.F(g.hex(12))}"}}}})',
              'db.settings.find({}, {apiKey: 0})', "exit"]
    d.w("\n".join(lines) + "\n")

    # ------------------------------------------------------------ odbc
    s.desc("odbc-ini", "unixODBC ~/.odbc.ini with several DSNs")
    d = s.doc("odbc-ini/odbc.ini")
    d.w("[ODBC Data Sources]\nERP_PROD = ODBC Driver 18 for SQL Server\nDWH = PostgreSQL Unicode\nLEGACY_AS400 = IBM i Access ODBC Driver\nSNOWFLAKE = SnowflakeDSIIDriver\n\n",
        "[ERP_PROD]\nDriver = ODBC Driver 18 for SQL Server\nServer = tcp:erp-sql01.corp.example,1433\nDatabase = ERP\nUID = rpt_reader\n",
        f"PWD = {d.L(PW, g.pw_rand(punct='!#$%&*+-./:<=>?@[]^_|~'))}\nEncrypt = yes\nTrustServerCertificate = no\n\n",
        "[DWH]\nDriver = PostgreSQL Unicode\nServername = dwh.corp.example\nPort = 5432\nDatabase = dwh\nUsername = tableau\n",
        f"Password = {d.L(PW, g.pw_human())}\nSSLmode = require\n\n",
        "[LEGACY_AS400]\nDriver = IBM i Access ODBC Driver\nSystem = as400.corp.example\nUserID = QPGMR\n",
        f"Password = {d.L(PW, g.chars('ABCDEFGHJKLMNPQRSTUVWXYZ', 5) + g.chars('0123456789', 3))}\nNaming = 1\n\n",
        "[SNOWFLAKE]\nDriver = SnowflakeDSIIDriver\nServer = xy12345.eu-central-1.snowflakecomputing.com\nuid = ETL_USER\n",
        "pwd = \nauthenticator = snowflake_jwt\npriv_key_file = /home/etl/.snowflake/rsa_key.p8\n",
        f"priv_key_file_pwd = {d.L(PW, g.pw_phrase(sep='-'))}\n\n",
        "[MYSQL_SHOP]\nDriver = MySQL ODBC 8.0 Unicode Driver\nSERVER = 10.90.0.7\nUSER = shop_ro\n",
        f"PASSWORD = {d.L(PW, g.pw_rand(punct='!#$%&*+-./:<=>?@[]^_|~'))}\nDATABASE = shop\n\n",
        "[ORACLE_FIN]\nDriver = Oracle 19 ODBC driver\nServerName = FINPRD\nUserID = fin_ro\nPassword = ${ORACLE_FIN_PW}\n")

    # ------------------------------------------------------------ oracle
    s.desc("oracle-scripts", "SQL*Plus scripts, mkstore and orapki commands")
    d = s.doc("oracle-scripts/create_app_users.sql")
    d.w("-- run as SYSTEM on FINPRD: sqlplus /nolog @create_app_users.sql\nWHENEVER SQLERROR EXIT SQL.SQLCODE\n",
        f"CONNECT system/{d.L(PW, g.pw_rand(punct='#_$'))}@//fin-db01.corp.example:1521/FINPRD\n\n")
    for u in ["FIN_APP", "FIN_BATCH", "FIN_REPORT", "APEX_PUBLIC_ROUTER", "ODI_REPO", "GG_ADMIN"]:
        pw = g.pw_rand(punct="!#$%&*+-./:;<=>?@[]^_{|}~")
        d.w(f"CREATE USER {u} IDENTIFIED BY \"{d.L(PW, pw.replace(chr(34), ''))}\"\n  DEFAULT TABLESPACE users QUOTA 2G ON users\n  PROFILE app_profile;\n",
            f"GRANT CREATE SESSION TO {u};\n\n")
    d.w(f"ALTER USER DBSNMP IDENTIFIED BY {d.L(PW, g.alnum(14))} ACCOUNT UNLOCK;\n",
        "ALTER USER SCOTT IDENTIFIED BY VALUES 'S:", d.F(g.hex(60, upper=True)), "';\n",
        "CREATE DATABASE LINK dwh_link CONNECT TO dwh_loader IDENTIFIED BY \"", d.L(PW, g.pw_human()), "\" USING 'DWHPRD';\n",
        "-- password for APP_TEMPLATE is set by the installer: IDENTIFIED BY &&app_password\n",
        "CREATE USER APP_TEMPLATE IDENTIFIED BY &&app_password;\nEXIT\n")
    d = s.doc("oracle-scripts/wallet-setup.sh")
    d.w("#!/bin/bash\n# Secure External Password Store for the batch jobs\nset -euo pipefail\nWALLET=/u01/app/oracle/wallet\n\n")
    wpw = g.pw_rand(punct="#_!%+-.")
    d.w(f"orapki wallet create -wallet $WALLET -pwd '{d.L(PW, wpw)}' -auto_login\n")
    for alias, u in [("FINPRD_BATCH", "fin_batch"), ("DWHPRD", "dwh_loader"), ("CRMPRD", "crm_sync"), ("HRPRD", "hr_export")]:
        d.w(f"mkstore -wrl $WALLET -createCredential {alias} {u} '{d.L(PW, g.pw_rand(punct='#_!%+-.'))}' <<< \"$WALLET_PW\"\n")
    d.w("\n# test\nsqlplus -L /@FINPRD_BATCH <<'EOF'\nselect user from dual;\nEOF\n",
        "# expdp with password on the command line (ticket OPS-4411: move to wallet)\n",
        f"expdp system/{d.L(PW, g.pw_human().replace('&', '_').replace('$', '_'))}@FINPRD schemas=FIN_APP directory=DATA_PUMP_DIR dumpfile=fin_app_%U.dmp parallel=4\n")

    # ------------------------------------------------------------ sqlcmd
    s.desc("sqlcmd", "SQL Server deployment: sqlcmd batch file and T-SQL logins")
    d = s.doc("sqlcmd/deploy.cmd")
    d.w("@echo off\nREM Deploy reporting schema to all environments\nsetlocal\nset SERVER=tcp:sql-rpt01.corp.example,1433\nset DB=Reporting\n",
        f"set SQLCMDPASSWORD={d.L(PW, g.pw_rand(punct='#!$*+-.:=?@_~'))}\n",
        "sqlcmd -S %SERVER% -d %DB% -U deploy_rpt -i schema.sql -b\n",
        f"sqlcmd -S tcp:sql-rpt02.corp.example,1433 -d %DB% -U deploy_rpt -P \"{d.L(PW, g.pw_rand(punct='#!$*+-.:=?@_~'))}\" -i schema.sql -b\n",
        f"sqlcmd -S sql-legacy\\SQLEXPRESS -U sa -P {d.L(PW, g.pw_rand(punct='#!$*+-.:=?@_~'))} -Q \"BACKUP DATABASE [Legacy] TO DISK='D:\\bak\\legacy.bak'\"\n",
        "REM the password is read from SQLCMDPASSWORD when -P is omitted\n",
        "sqlcmd -S %SERVER% -U deploy_rpt -P %DEPLOY_PW% -i grants.sql\n",
        f"bcp Reporting.dbo.Sales out sales.dat -S %SERVER% -U bcp_export -P {d.L(PW, g.pw_rand(punct='#!$*+-.:=?@_~'))} -n\n",
        "endlocal\n")
    d = s.doc("sqlcmd/logins.sql")
    d.w("USE [master]\nGO\n")
    for u in ["app_portal", "app_invoicing", "powerbi_gateway", "ssis_runner", "auditor_ro", "replication_agent", "svc_backup", "app_hr", "app_crm", "app_wms", "sharepoint_svc", "biztalk_svc", "tableau_ro", "dynamics_sync", "legacy_vb6", "jobs_agent"]:
        pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~' ")
        d.w(f"CREATE LOGIN [{u}] WITH PASSWORD = N'{d.L(PW, sq_sql(pw))}', DEFAULT_DATABASE = [Portal], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;\nGO\n")
    d.w("-- migrated logins keep their hash\n",
        f"CREATE LOGIN [legacy_app] WITH PASSWORD = 0x0200{d.F(g.hex(136, upper=True))} HASHED, CHECK_POLICY = OFF;\nGO\n",
        "EXEC master.dbo.sp_addlinkedserver @server = N'ORAFIN', @srvproduct = N'Oracle', @provider = N'OraOLEDB.Oracle', @datasrc = N'FINPRD';\n",
        f"EXEC master.dbo.sp_addlinkedsrvlogin @rmtsrvname = N'ORAFIN', @useself = N'False', @locallogin = NULL, @rmtuser = N'fin_ro', @rmtpassword = N'{d.L(PW, g.pw_rand(punct='#!$*+-.:=?@_~'))}';\nGO\n",
        "CREATE MASTER KEY ENCRYPTION BY PASSWORD = '", d.L(PW, g.pw_phrase(sep=" ")), "';\nGO\n",
        "CREATE CREDENTIAL [https://sqlbackups.blob.core.windows.net/prod] WITH IDENTITY = 'SHARED ACCESS SIGNATURE',\n",
        f"  SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-30T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig={d.L('azure-storage-key', url(g.azure_sig()))}';\nGO\n")

    # ------------------------------------------------------------ flyway / liquibase
    s.desc("db-migrations", "flyway.conf and liquibase.properties")
    d = s.doc("db-migrations/flyway.conf")
    d.w("# JDBC url to use to connect to the database\nflyway.url=jdbc:postgresql://db-orders.internal:5432/orders\n",
        "# User to use to connect to the database. Flyway will prompt you to enter it if not specified.\nflyway.user=flyway_owner\n",
        "# Password to use to connect to the database. Flyway will prompt you to enter it if not specified.\n",
        f"flyway.password={d.L(PW, g.pw_rand(punct='!#$%&*+-./:;<=>?@[]^_|~'))}\n",
        "flyway.schemas=orders,audit\nflyway.locations=filesystem:sql/migrations\nflyway.baselineOnMigrate=true\n\n",
        "# Placeholders used in V12__create_readonly.sql\nflyway.placeholders.readonly_user=orders_ro\n",
        f"flyway.placeholders.readonly_password={d.L(PW, g.pw_human())}\n",
        "flyway.placeholders.reporting_password=${REPORTING_PW}\n",
        f"flyway.licenseKey={d.L(GS, 'FL01' + g.hex(60, upper=True))}\n\n",
        "# environments (Flyway 10 TOML is in flyway.toml; kept here for the CI runner)\n",
        "flyway.cleanDisabled=true\n")
    d = s.doc("db-migrations/liquibase.properties")
    d.w("changeLogFile=db/changelog/db.changelog-master.yaml\nurl=jdbc:mysql://mysql-crm.internal:3306/crm?useSSL=true\nusername=liquibase\n",
        f"password={d.L(PW, g.pw_rand(punct='!#$%&*+-./;<>?@[]^_|~'))}\n",
        "referenceUrl=jdbc:mysql://mysql-crm-staging.internal:3306/crm\nreferenceUsername=liquibase\n",
        f"referencePassword={d.L(PW, g.pw_human())}\n",
        f"liquibase.licenseKey: {d.L(GS, g.b64(96)[:120])}\n",
        "liquibase.hub.mode=off\n# password for the staging copy is injected by Jenkins: LIQUIBASE_COMMAND_PASSWORD\n",
        "liquibase.command.password=${LIQUIBASE_COMMAND_PASSWORD}\n")

    # ------------------------------------------------------------ kerberos / ldap tools
    s.desc("kerberos-ldap", "runbook script with kadmin, ktutil and ldappasswd commands")
    d = s.doc("kerberos-ldap/provision-principals.sh")
    d.w("#!/bin/sh\n# provision service principals and LDAP bind accounts for the Hadoop cluster\n# usage: ./provision-principals.sh   (run on kdc01 as root)\nREALM=CORP.EXAMPLE.ORG\n\n")
    adm = g.pw_rand(punct="#%+-.:=@^_~")
    d.w(f"KADMIN=\"kadmin -p admin/admin@$REALM -w {d.L(PW, adm)}\"\n\n")
    for svc in ["hdfs", "yarn", "hive", "hbase", "spark", "zookeeper", "livy", "ranger", "kafka", "oozie", "hue", "knox", "atlas", "solr", "impala", "kudu"]:
        if r.random() < 0.5:
            d.w(f"$KADMIN -q \"addprinc -randkey {svc}/node01.corp.example.org@$REALM\"\n")
        else:
            d.w(f"$KADMIN -q \"addprinc -pw {d.L(PW, g.pw_rand(punct='#%+-.:=@^_~'))} {svc}-svc@$REALM\"\n")
    d.w("\n# keytab for the batch user\nktutil <<EOF\naddent -password -p batch@CORP.EXAMPLE.ORG -k 1 -e aes256-cts-hmac-sha1-96\n",
        f"{d.L(PW, g.pw_human())}\nwkt /etc/security/keytabs/batch.keytab\nquit\nEOF\n\n",
        "# LDAP bind accounts\n",
        f"ldappasswd -H ldaps://ldap01.corp.example.org -x -D cn=admin,dc=corp,dc=example,dc=org -w '{d.L(PW, g.pw_rand(punct='#%+-.:=@^_~!'))}' \\\n",
        f"  -s '{d.L(PW, g.pw_rand(punct='#%+-.:=@^_~!'))}' uid=svc-ranger,ou=services,dc=corp,dc=example,dc=org\n",
        "ldappasswd -H ldaps://ldap01.corp.example.org -x -D cn=admin,dc=corp,dc=example,dc=org -y /root/.ldap_admin_pw \\\n",
        "  -S uid=svc-livy,ou=services,dc=corp,dc=example,dc=org\n",
        f"ldapadd -H ldaps://ldap01.corp.example.org -x -D cn=admin,dc=corp,dc=example,dc=org -w '{d.L(PW, g.pw_rand(punct='#%+-.:=@^_~!'))}' -f svc-hive.ldif\n",
        "# userPassword in svc-hive.ldif is {SSHA}", d.F(g.b64(24)), "\n")

    # ------------------------------------------------------------ ansible vault (decrypted view)
    s.desc("vault-decrypted", "ansible-vault view output of group_vars vault files")
    for env in ["production", "staging"]:
        if env == "production":
            d = s.doc("vault-decrypted/ansible-vault-view.txt")
        d.w(f"$ ansible-vault view inventories/{env}/group_vars/all/vault.yml\nVault password: \n---\n")
        for key, kind in [("vault_mysql_root_password", "p"), ("vault_mysql_app_password", "p"), ("vault_rabbitmq_erlang_cookie", "cookie"),
                          ("vault_rabbitmq_admin_password", "p"), ("vault_django_secret_key", "dj"), ("vault_smtp_password", "p"),
                          ("vault_keycloak_admin_password", "p"), ("vault_keycloak_client_secret", "alnum32"),
                          ("vault_minio_secret_key", "alnum40"), ("vault_jwt_signing_key", "b64_48"),
                          ("vault_backup_encryption_passphrase", "phrase"), ("vault_grafana_admin_password", "p"),
                          ("vault_ldap_bind_password", "p"), ("vault_sentry_dsn", "dsn"), ("vault_mail_dkim_selector", "sel")]:
            if kind == "p":
                pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~")
                d.w(f"{key}: \"{d.L(PW, j(pw))}\"\n")
            elif kind == "cookie":
                d.w(f"{key}: {d.L(GS, g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 20))}\n")
            elif kind == "dj":
                v = g.chars("abcdefghijklmnopqrstuvwxyz0123456789!@#%^&*(-_=+)", 50)
                d.w(f"{key}: '{d.L(GS, v)}'\n")
            elif kind == "phrase":
                d.w(f"{key}: \"{d.L(PW, g.pw_phrase(sep=' '))}\"\n")
            elif kind == "dsn":
                d.w(f"{key}: \"https://{d.F(g.hex(32))}@o{r.randrange(10**5, 10**6)}.ingest.sentry.io/{r.randrange(10**6, 10**7)}\"\n")
            elif kind == "sel":
                d.w(f"{key}: mail{r.randrange(2020, 2026)}\n")
            else:
                d.w(f"{key}: {d.L(GS, g.secret(kind))}\n")
        d.w("vault_placeholder_for_new_service: CHANGE_ME\n")
