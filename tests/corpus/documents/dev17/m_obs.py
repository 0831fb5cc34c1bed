"""Observability backends and message brokers."""
import json as _json


class json:  # noqa: N801 - every JSON document here is written as UTF-8, not \u-escaped
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


from common import jesc, uenc

Z85 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#"


def tempo(S):
    d = S.doc("tempo-config/tempo.yaml")
    ak, sk = d.ak(), d.sk()
    d.set(f"""# Grafana Tempo - monolithic, trace storage in S3
# managed by ansible role tempo (do not edit on host)
stream_over_http_enabled: true
server:
  http_listen_port: 3200
  grpc_listen_port: 9095
  log_level: info

distributor:
  receivers:
    otlp:
      protocols:
        grpc:
          endpoint: 0.0.0.0:4317
        http:
          endpoint: 0.0.0.0:4318
    jaeger:
      protocols:
        thrift_http:
          endpoint: 0.0.0.0:14268

ingester:
  max_block_duration: 5m

compactor:
  compaction:
    block_retention: 336h

metrics_generator:
  registry:
    external_labels:
      source: tempo
      cluster: eu-north-prod
  storage:
    path: /var/tempo/generator/wal
    remote_write:
      - url: https://mimir.obs.internal:8080/api/v1/push
        send_exemplars: true
        headers:
          X-Scope-OrgID: platform
          Authorization: Bearer {d.bt('hex')}
      - url: http://10.40.2.17:9090/api/v1/write
        send_exemplars: false

storage:
  trace:
    backend: s3
    s3:
      endpoint: s3.eu-north-1.amazonaws.com
      bucket: acme-tempo-traces-prod
      region: eu-north-1
      forcepathstyle: false
      # example from the docs, keep for reference:
      #   access_key: AKIAIOSFODNN7EXAMPLE
      #   secret_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
      access_key: {ak}
      secret_key: "{sk}"
      insecure: false
    wal:
      path: /var/tempo/wal
    local:
      path: /var/tempo/blocks
    pool:
      max_workers: 100
      queue_depth: 10000

overrides:
  defaults:
    metrics_generator:
      processors: [service-graphs, span-metrics]
""")

    d = S.doc("tempo-config/values-tempo-distributed.yaml")
    d.set(f"""# helm upgrade --install tempo grafana/tempo-distributed -n tracing -f values-tempo-distributed.yaml
global:
  clusterDomain: cluster.local
traces:
  otlp:
    grpc:
      enabled: true
    http:
      enabled: true
storage:
  trace:
    backend: s3
    s3:
      bucket: tempo-blocks-staging
      endpoint: minio.storage.svc:9000
      insecure: true
      access_key: tempo-writer
      secret_key: {d.pw('alnum')}
  admin:
    backend: s3
    s3:
      bucket: tempo-admin-staging
      endpoint: s3.eu-west-1.amazonaws.com
      access_key: {d.ak()}
      secret_key: {d.sk()}
gateway:
  enabled: true
  basicAuth:
    enabled: true
    username: tempo-gw
    password: '{d.pw('mix', enc='sq', punct="!#%*+-=?@^_.~'")}'
    existingSecret: ""
metaMonitoring:
  grafanaAgent:
    enabled: false
    logs:
      remote:
        url: https://logs-prod-025.grafana.net/loki/api/v1/push
        auth:
          username: "771203"
          passwordSecretName: grafana-cloud-logs
          passwordSecretKey: api-key
""")


def vm(S):
    d = S.doc("victoriametrics-vmauth/auth.yml")
    users = []
    for name in ["grafana-ro", "vmagent-edge-01", "vmagent-edge-02", "ci-pushgateway"]:
        users.append(name)
    d.set(f"""# vmauth -auth.config=/etc/vmauth/auth.yml
# Tokens are compared as-is; rotate via vault kv put secret/obs/vmauth
users:
  # Grafana datasource, read only
- bearer_token: "{d.bt('opaque')}"
  url_prefix: "http://vmselect.obs.svc:8481/select/0/prometheus"
  headers:
  - "X-Scope-OrgID: 0"

  # remote write from edge clusters
- username: "vmagent-edge-01"
  password: "{d.pw('alnum')}"
  url_prefix: "http://vminsert.obs.svc:8480/insert/1/prometheus"
- username: "vmagent-edge-02"
  password: "{d.pw('words')}"
  url_prefix: "http://vminsert.obs.svc:8480/insert/2/prometheus"

  # CI jobs push with a long-lived token
- bearer_token: "{d.bt('b64url')}"
  url_map:
  - src_paths: ["/api/v1/import/prometheus"]
    url_prefix: "http://vminsert.obs.svc:8480/insert/3/prometheus"

  # legacy: password from env, expanded at start
- username: "legacy-collector"
  password: "%{{VMAUTH_LEGACY_PASSWORD}}"
  url_prefix: "http://vminsert.obs.svc:8480/insert/9/prometheus"

unauthorized_user:
  url_prefix: "http://vmselect.obs.svc:8481/select/0/prometheus/api/v1/status/buildinfo"
""")

    d = S.doc("vmagent-flags/vmagent.env")
    d.set(f"""# /etc/default/vmagent  (read by vmagent.service: ExecStart=/usr/local/bin/vmagent-prod $ARGS)
ARGS="-promscrape.config=/etc/vmagent/scrape.yml \\
 -remoteWrite.url=https://vm.metrics.nordvik-energi.se/api/v1/write \\
 -remoteWrite.bearerToken={d.bt('hex')} \\
 -remoteWrite.url=https://backup-vm.obs.internal/insert/0/prometheus/api/v1/write \\
 -remoteWrite.basicAuth.username=vmagent \\
 -remoteWrite.basicAuth.password={d.pw('alnum')} \\
 -remoteWrite.tmpDataPath=/var/lib/vmagent/remotewrite \\
 -remoteWrite.maxDiskUsagePerURL=4GB \\
 -httpAuth.username=ops \\
 -httpAuth.password={d.pw('mix', punct='!%+-=_.')} \\
 -httpListenAddr=:8429"
# previous token (revoked 2026-10-02): -remoteWrite.bearerToken=<revoked>
# key used to sign relabel debug links, NOT a secret:
RELABEL_DEBUG_SHA256={d.sha256()}
""")


def gelf(S):
    d = S.doc("gelf-messages/graylog-udp-12201.jsonl")
    g = S.g
    lines = []
    hosts = ["api-7f9c", "api-7f9c", "worker-2", "edge-gw-1", "billing-0"]
    t = 1793866412.118
    for i in range(24):
        t += g.randint(1, 40) + 0.137
        h = hosts[i % len(hosts)]
        k = i % 6
        if k == 0:
            m = {"version": "1.1", "host": h, "short_message": "POST /v2/sessions 401", "timestamp": round(t, 3), "level": 4,
                 "_remote_addr": d.ip4(), "_http_authorization": "Bearer " + d.labj("bearer-token", g.bearer("opaque")[1]),
                 "_request_id": d.uuid(), "_duration_ms": g.randint(3, 90)}
        elif k == 1:
            pw = g.password("mix", punct="!#%*-=?@_.")
            d.lab("password", jesc(pw))
            m = {"version": "1.1", "host": h, "short_message": "DEBUG smtp dial mail.nordvik-energi.se:587 user=notify password=" + pw,
                 "timestamp": round(t, 3), "level": 7, "_logger": "mailer.smtp", "_pid": g.randint(1000, 40000)}
        elif k == 2:
            em = g.email()
            d.lab("email", em)
            m = {"version": "1.1", "host": h, "short_message": "password reset requested", "timestamp": round(t, 3), "level": 6,
                 "_user_email": em, "_user_id": g.randint(10000, 99999), "_client_ip": d.ip4(), "_reset_token_sha256": d.sha256()}
        elif k == 3:
            tok = g.jwt()
            d.lab("jwt|bearer-token", tok)
            m = {"version": "1.1", "host": h, "short_message": "upstream call failed", "timestamp": round(t, 3), "level": 3,
                 "full_message": "HTTPError: 503 Service Unavailable\n  request headers: {'Authorization': 'Bearer " + tok + "', 'Accept': 'application/json'}\n  at billing.client.InvoiceClient.fetch(client.py:118)",
                 "_upstream": "invoices.svc.cluster.local"}
        elif k == 4:
            m = {"version": "1.1", "host": h, "short_message": "connected to ClickHouse", "timestamp": round(t, 3), "level": 6,
                 "_dsn": "clickhouse://reporter:" + d.labj("url-credentials|password", g.password("alnum")) + "@10.12.0.41:9000/analytics",
                 "_ipv6_peer": d.ip6()}
        elif i % 12 == 5:
            m = {"version": "1.1", "host": h, "short_message": "boto3 credentials resolved from env", "timestamp": round(t, 3), "level": 7,
                 "_aws_access_key_id": d.ak(), "_aws_secret_access_key": d.sk(), "_source": "EnvProvider"}
        else:
            m = {"version": "1.1", "host": h, "short_message": "config reloaded", "timestamp": round(t, 3), "level": 6,
                 "_api_key": "****" + g.chars("abcdef0123456789", 4), "_config_sha1": d.sha1(), "_feature_flags": "search_v2,checkout_v3"}
        lines.append(json.dumps(m, ensure_ascii=False))
    d.set("\n".join(lines))


def splunk_hec(S):
    d = S.doc("splunk-hec-events/batch-0193.json")
    g = S.g
    evs = []
    for i in range(16):
        k = i % 4
        if k == 0:
            ev = {"action": "login", "status": "success", "user": g.choice(["anna.k", "svc-sync", "mikael.b"]),
                  "src_ip": d.ip4(), "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "session": d.hexid(32)}
        elif k == 1:
            ev = {"action": "api_call", "method": "GET", "path": "/api/v1/customers?page=2",
                  "headers": {"authorization": "Bearer " + d.labj("bearer-token", g.bearer(g.choice(["b64url", "dotted", "opaque"]))[1]),
                              "x-request-id": d.uuid()}, "status": 200}
        elif k == 2:
            ev = {"action": "provision", "component": "db-bootstrap",
                  "message": "created role reporting WITH LOGIN PASSWORD '" + d.labj("password", g.password("mix", punct="!#%*-=?_.")) + "'",
                  "src_ip": "10.20.4.11"}
        else:
            ev = {"action": "config_dump", "component": "notifier",
                  "settings": {"smtp_host": "smtp.office365.com", "smtp_user": d.labj("email", g.email()),
                               "smtp_password": d.labj("password", g.password("words")),
                               "api_key": d.labj("generic-secret", g.secret("hex40")), "api_key_id": d.uuid()}}
        evs.append({"time": 1793900000 + i * 17, "host": "app-%02d.prod" % (i % 3 + 1), "source": "app:audit",
                    "sourcetype": "_json", "index": "app_audit", "event": ev})
    body = "\n".join(json.dumps(e, ensure_ascii=False) for e in evs)
    d.set(f"""# replay of the batch that failed with "Invalid data format" (code 6), captured by the forwarder
# curl -k https://hec.splunk.internal:8088/services/collector/event -H "Authorization: Splunk $HEC_TOKEN" --data-binary @batch-0193.json
{body}
""")


def promtail(S):
    d = S.doc("promtail-config/promtail-config.yaml")
    d.set(f"""server:
  http_listen_port: 9080
  grpc_listen_port: 0

positions:
  filename: /var/lib/promtail/positions.yaml

clients:
  - url: https://logs-prod-eu-west-0.grafana.net/loki/api/v1/push
    basic_auth:
      username: 418872
      password: {d.gs('prefixed')}
    external_labels:
      env: prod
  - url: http://loki-gateway.obs.svc/loki/api/v1/push
    tenant_id: team-payments
    bearer_token: {d.bt('b64url')}
  - url: https://loki.backup.internal/loki/api/v1/push
    bearer_token_file: /run/secrets/loki_token
    tls_config:
      ca_file: /etc/ssl/loki-ca.pem
      insecure_skip_verify: false

scrape_configs:
  - job_name: journal
    journal:
      max_age: 12h
      labels:
        job: systemd-journal
    relabel_configs:
      - source_labels: ['__journal__systemd_unit']
        target_label: unit
  - job_name: nginx
    static_configs:
      - targets: [localhost]
        labels:
          job: nginx
          __path__: /var/log/nginx/*.log
    pipeline_stages:
      - regex:
          expression: '(?P<remote>\\S+) - (?P<user>\\S+) \\[(?P<ts>[^\\]]+)\\] "(?P<method>\\S+) (?P<path>\\S+)'
      # drop tokens from query strings before shipping
      - replace:
          expression: '(?:access_token|api_key)=([^&\\s]+)'
          replace: '***'
""")


def uptime_kuma(S):
    d = S.doc("uptime-kuma-export/Uptime_Kuma_Backup_2026_11_02.json")
    g = S.g
    bt = g.bearer("opaque")[1]
    d.lab("bearer-token", bt)
    pw1 = g.password("mix", punct="!#%*-=?@_.")
    pw2 = g.password("alnum")
    pw3 = g.password("words")
    tg = "%d:AA%s" % (g.randint(5000000000, 7999999999), g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 33))
    g.used.add(tg)
    po = g.secret("alnum32")
    smtp = g.password("mix", punct="!%*-_.")
    data = {
        "version": "1.23.16",
        "notificationList": [
            {"id": 1, "name": "Ops Telegram", "active": 1, "userId": 1, "isDefault": 1,
             "config": json.dumps({"name": "Ops Telegram", "type": "telegram", "isDefault": True,
                                   "telegramBotToken": tg, "telegramChatID": "-100" + str(g.randint(1000000000, 1999999999)),
                                   "applyExisting": True}, ensure_ascii=False)},
            {"id": 2, "name": "Pushover on-call", "active": 1, "userId": 1, "isDefault": 0,
             "config": json.dumps({"name": "Pushover on-call", "type": "pushover", "pushoveruserkey": d.uuid().replace("-", "")[:30],
                                   "pushoverapptoken": po, "pushoverpriority": "1"})},
            {"id": 9, "name": "Gotify", "active": 1, "userId": 1, "isDefault": 0,
             "config": json.dumps({"type": "gotify", "gotifyserverurl": "https://gotify.lumenfield.io", "gotifyapplicationToken": d.lab("generic-secret", "A" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._", 14)), "gotifyPriority": 8})},
            {"id": 10, "name": "Matrix ops room", "active": 1, "userId": 1, "isDefault": 0,
             "config": json.dumps({"type": "matrix", "homeserverUrl": "https://matrix.lumenfield.io", "internalRoomId": "!" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 18) + ":lumenfield.io", "accessToken": d.lab("generic-secret", "syt_" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 12) + "_" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 20) + "_" + g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 6))})},
            {"id": 3, "name": "Mail", "active": 1, "userId": 1, "isDefault": 0,
             "config": json.dumps({"type": "smtp", "smtpHost": "smtp.fastmail.com", "smtpPort": 465, "smtpSecure": True,
                                   "smtpUsername": "alerts@lumenfield.io", "smtpPassword": smtp, "smtpTo": "oncall@lumenfield.io"})},
        ],
        "monitorList": [
            {"id": 4, "name": "API health", "type": "http", "url": "https://api.lumenfield.io/healthz", "method": "GET",
             "interval": 60, "headers": json.dumps({"Authorization": "Bearer " + bt}), "body": None, "authMethod": None},
            {"id": 5, "name": "Admin (basic)", "type": "http", "url": "https://admin.lumenfield.io/", "authMethod": "basic",
             "basic_auth_user": "kuma", "basic_auth_pass": pw1, "interval": 120},
            {"id": 6, "name": "Postgres primary", "type": "postgres",
             "databaseConnectionString": "postgres://kuma:" + pw2 + "@10.0.3.20:5432/app", "interval": 60},
            {"id": 7, "name": "MQTT broker", "type": "mqtt", "hostname": "mqtt.lumenfield.io", "port": 8883,
             "mqttUsername": "kuma-probe", "mqttPassword": pw3, "mqttTopic": "health/+", "interval": 60},
            {"id": 8, "name": "Status page API (docs example)", "type": "http", "url": "https://status.lumenfield.io/api",
             "headers": json.dumps({"Authorization": "Bearer <token>"}), "basic_auth_pass": None},
        ],
    }
    text = json.dumps(data, indent=4, ensure_ascii=False)
    # values inside the JSON-in-JSON strings are escaped twice by now; label them as written
    for cat, raw in [("generic-secret", tg), ("generic-secret", po), ("password", pw1), ("password", pw3), ("password", smtp)]:
        d.lab(cat, raw)
    d.lab("url-credentials|password", pw2)
    d.lab("email", "alerts@lumenfield.io")
    d.lab("email", "oncall@lumenfield.io")
    d.set(text)


def netdata(S):
    d = S.doc("netdata-conf/health_alarm_notify.conf")
    d.set(f"""# netdata configuration for alarm notifications
# edit with: sudo /etc/netdata/edit-config health_alarm_notify.conf

# email
SEND_EMAIL="YES"
EMAIL_SENDER="{d.email(domain='lumenfield.io')}"
DEFAULT_RECIPIENT_EMAIL="{d.email()} {d.email()}"
role_recipients_email[sysadmin]="${{DEFAULT_RECIPIENT_EMAIL}}"

# pushover.net
SEND_PUSHOVER="YES"
PUSHOVER_APP_TOKEN="{d.gs('alnum32')}"
DEFAULT_RECIPIENT_PUSHOVER="USERTOKEN"

# telegram.org
SEND_TELEGRAM="YES"
TELEGRAM_BOT_TOKEN="{d.lab('generic-secret', '%d:AA%s' % (S.g.randint(5000000000, 7999999999), S.g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 33)))}"
DEFAULT_RECIPIENT_TELEGRAM="-100{S.g.randint(1000000000, 1999999999)}"

# gotify
SEND_GOTIFY="YES"
GOTIFY_APP_TOKEN="{d.gs('alnum24')[:15]}"
GOTIFY_APP_URL="https://gotify.home.arpa"

# ntfy (token auth)
SEND_NTFY="YES"
DEFAULT_RECIPIENT_NTFY="https://ntfy.sh/nas-alerts-{d.hexid(8)}"
NTFY_ACCESS_TOKEN="{d.lab('generic-secret', 'tk_' + S.g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 29))}"
NTFY_USERNAME=""
NTFY_PASSWORD=""

# matrix
SEND_MATRIX="YES"
MATRIX_HOMESERVER="https://matrix.lumenfield.io"
MATRIX_ACCESSTOKEN="{d.gs('alnum40')}"
DEFAULT_RECIPIENT_MATRIX="!ops:lumenfield.io"

# opsgenie
SEND_OPSGENIE="NO"
OPSGENIE_API_KEY=""
""")
    # the gotify token was cut to 15 characters in the file: relabel the visible part
    labs = []
    for cat, v in d.labels:
        if cat == "generic-secret" and len(v) == 24:
            v = v[:15]
        labs.append((cat, v))
    d.labels = labs


def newrelic(S):
    d = S.doc("newrelic-infra/newrelic-infra.yml")
    lic = "eu01xx" + S.g.chars("0123456789abcdef", 30) + "NRAL"
    S.g.used.add(lic)
    d.set(f"""# /etc/newrelic-infra.yml
license_key: {d.lab('generic-secret', lic)}
display_name: pg-replica-03.fra
log:
  level: info
  file: /var/log/newrelic-infra/newrelic-infra.log
proxy: http://nr-egress:{d.lab('url-credentials|password', S.g.password('alnum'))}@10.8.0.5:3128
ignore_system_proxy: true
custom_attributes:
  environment: production
  team: data-platform
  cost_center: "4410"
enable_process_metrics: true
# integrations config lives in /etc/newrelic-infra/integrations.d/postgresql-config.yml
""")
    d = S.doc("newrelic-infra/postgresql-config.yml")
    d.set(f"""integrations:
  - name: nri-postgresql
    env:
      USERNAME: newrelic
      PASSWORD: {d.pw('mix', punct='!%*-_.')}
      HOSTNAME: localhost
      PORT: 5432
      DATABASE: postgres
      COLLECTION_LIST: 'ALL'
      ENABLE_SSL: "true"
      TRUST_SERVER_CERTIFICATE: "false"
      SSL_ROOT_CERT_LOCATION: /etc/ssl/pg/root.crt
      TIMEOUT: 10
    interval: 30s
    labels:
      env: production
    inventory_source: config/postgresql
  - name: nri-redis
    env:
      HOSTNAME: 10.8.1.12
      PORT: 6379
      PASSWORD: "{d.pw('alnum')}"
      KEYS: '{{"0":["<KEY_1>"],"1":["<KEY_2>"]}}'
      REMOTE_MONITORING: true
    interval: 15s
""")


def seq(S):
    d = S.doc("seq-clef/orders-api-20261104.clef")
    g = S.g
    out = []
    t = 0
    for i in range(20):
        t += g.randint(1, 50)
        ts = "2026-11-04T09:%02d:%02d.%03dZ" % (12 + t // 60 % 40, t % 60, g.randint(0, 999))
        k = i % 5
        if k == 0:
            e = {"@t": ts, "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                 "RequestMethod": "POST", "RequestPath": "/api/orders", "StatusCode": 201, "Elapsed": 41.2231,
                 "ClientIp": d.ip4(), "RequestHeaders": {"Authorization": "Bearer " + d.labj("jwt|bearer-token", g.jwt()), "Accept": "application/json"}}
        elif k == 1:
            e = {"@t": ts, "@mt": "Customer {CustomerEmail} placed order {OrderId}", "CustomerEmail": d.labj("email", g.email()),
                 "OrderId": "ORD-%d" % g.randint(100000, 999999), "ClientIpV6": d.ip6()}
        elif k == 2:
            e = {"@t": ts, "@mt": "Payment provider configured with {@Options}", "@l": "Debug",
                 "Options": {"BaseUrl": "https://api.payrexx.com/v1.0/", "Instance": "nordhem", "ApiSecret": d.labj("generic-secret", g.secret("alnum40")),
                             "WebhookSigningKeyId": d.uuid()}}
        elif k == 3:
            e = {"@t": ts, "@mt": "Failed to open connection {ConnectionString}", "@l": "Error",
                 "@x": "Npgsql.NpgsqlException (0x80004005): Failed to connect to 10.4.0.9:5432\n ---> System.TimeoutException: Timeout during connection attempt",
                 "ConnectionString": "Host=10.4.0.9;Database=orders;Username=orders_rw;Password=" + d.labj("password", g.password("mix", punct="!#%*-=?@_.")) + ";SSL Mode=Require"}
        elif i % 10 == 4:
            e = {"@t": ts, "@mt": "S3 client created with {@Credentials}", "@l": "Debug",
                 "Credentials": {"AccessKey": d.ak(), "SecretKey": d.sk(), "Region": "eu-north-1"}}
        else:
            e = {"@t": ts, "@mt": "Seq ingestion key rotated for {App}", "App": "orders-api", "NewKeyPrefix": g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ", 4),
                 "OldKey": "********", "Sha": d.sha1()}
        out.append(json.dumps(e, ensure_ascii=False))
    d.set("\n".join(out))
    d2 = S.doc("seq-clef/seqcli-ingest.sh")
    d2.set(f"""#!/bin/sh
# ship local clef files to Seq, run from cron every 5 min
export SEQ_SERVER_URL=https://seq.logs.internal
seqcli ingest -i /var/log/orders-api/*.clef --json -s "$SEQ_SERVER_URL" -a {d2.gs('alnum24')[:20]} --property Env=prod
seqcli apikey create -t "edge-ingest" --token={d2.gs('alnum24')[:20]} --permissions=Ingest -s "$SEQ_SERVER_URL" --apikey=$SEQ_ADMIN_KEY
""")
    d2.labels = [(c, v[:20]) for c, v in d2.labels]


def refinery(S):
    d = S.doc("honeycomb-refinery/config.yaml")
    d.set(f"""General:
  ConfigurationVersion: 2
  MinRefineryVersion: v2.0
Network:
  ListenAddr: 0.0.0.0:8080
  PeerListenAddr: 0.0.0.0:8081
  HoneycombAPI: https://api.eu1.honeycomb.io
AccessKeys:
  ReceiveKeys:
    - {d.gs('alnum32')}
    - {d.gs('alnum32')}
    - {d.gs('alnum32')}
    - {d.gs('alnum24')[:22]}
  AcceptOnlyListedKeys: true
  SendKey: {d.gs('alnum32')}
  SendKeyMode: all
Logger:
  Type: honeycomb
HoneycombLogger:
  APIHost: https://api.eu1.honeycomb.io
  APIKey: {d.gs('alnum24')[:22]}
  Dataset: refinery-logs
RedisPeerManagement:
  Host: redis-master.refinery.svc:6379
  Password: {d.pw('alnum')}
  UseTLS: true
# Old config keys kept for diffing:
#   APIKeys: ["*"]
#   HoneycombLogger.LoggerAPIKey: "your-api-key"
""")
    d.labels = [(c, v[:22]) if c == "generic-secret" and len(v) == 24 else (c, v) for c, v in d.labels]


def pulsar(S):
    d = S.doc("pulsar-client-conf/client.conf")
    d.set(f"""# Configuration for pulsar-client and pulsar-admin CLI tools
# Pulsar 3.3 - cluster pulsar-prod-eu

webServiceUrl=https://pulsar-prod-eu.streaming.internal:8443/
brokerServiceUrl=pulsar+ssl://pulsar-prod-eu.streaming.internal:6651/

# token auth (role: ops-admin, issued 2026-10-30)
authPlugin=org.apache.pulsar.client.impl.auth.AuthenticationToken
authParams=token:{d.jwt(cat='jwt|bearer-token', alg='HS256', iss='pulsar')}
# authParams=file:///etc/pulsar/tokens/ops-admin.jwt

# template from the runbook (do not use):
# authParams=token:<paste the role token here>

tlsAllowInsecureConnection=false
tlsEnableHostnameVerification=true
tlsTrustCertsFilePath=/etc/pulsar/certs/ca.cert.pem
useKeyStoreTls=false
tlsTrustStoreType=JKS
tlsTrustStorePath=/etc/pulsar/certs/truststore.jks
tlsTrustStorePassword={d.pw('alnum')}
""")
    g = S.g
    d = S.doc("pulsar-admin-output/tokens-and-oauth.txt")
    t1 = d.jwt(alg="RS256", iss="pulsar")
    cs = g.secret("b64url")
    d.lab("generic-secret", cs)
    d.set(f"""$ bin/pulsar tokens create --private-key file:///etc/pulsar/keys/private.key --subject ingest-svc --expiry-time 90d
{t1}
$ bin/pulsar tokens show -i {t1[:20]}...
Error: Failed to read token: token truncated
$ cat /etc/pulsar/oauth2/ingest-svc.json
{{
  "type": "client_credentials",
  "client_id": "{d.rid(24)}",
  "client_secret": "{cs}",
  "issuer_url": "https://auth.streaming.internal"
}}
$ bin/pulsar-admin --admin-url https://pulsar-prod-eu.streaming.internal:8443 \\
    --auth-plugin org.apache.pulsar.client.impl.auth.oauth2.AuthenticationOAuth2 \\
    --auth-params '{{"privateKey":"file:///etc/pulsar/oauth2/ingest-svc.json","issuerUrl":"https://auth.streaming.internal","audience":"urn:sn:pulsar:prod"}}' \\
    tenants list
"public"
"pulsar"
"ingest"
$ bin/pulsar-admin namespaces set-retention ingest/events --size 20G --time 7d
$ bin/pulsar-admin topics stats persistent://ingest/events/orders | head -8
{{
  "msgRateIn" : 412.77,
  "msgThroughputIn" : 380190.4,
  "publishers" : [ {{
    "producerId" : 0,
    "address" : "/10.30.2.14:51022",
    "clientVersion" : "Pulsar-Java-v3.3.1",
    "metadata" : {{ "token_sha256" : "{d.sha256()}" }}
""")


def artemis(S):
    d = S.doc("artemis-broker/artemis-users.properties")
    g = S.g
    d.set(f"""## ---------------------------------------------------------------------------
## ActiveMQ Artemis 2.x - artemis-users.properties
## user = password (plain) or ENC(<hash>) when created with `artemis user add`
## ---------------------------------------------------------------------------
admin = ENC(1024:{g.chars('0123456789ABCDEF', 64)}:{g.chars('0123456789ABCDEF', 128)})
order-service = {d.pw('alnum')}
invoice-consumer = {d.pw('mix', punct='!%*-_.@')}
refund-worker = {d.pw('alnum')}
audit-tap = {d.pw('words')}
monitoring = ENC(1024:{g.chars('0123456789ABCDEF', 64)}:{g.chars('0123456789ABCDEF', 128)})
legacy-bridge = {d.pw('words')}
""")
    d = S.doc("artemis-broker/broker.xml")
    d.set(f"""<?xml version='1.0'?>
<configuration xmlns="urn:activemq" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
               xsi:schemaLocation="urn:activemq /schema/artemis-configuration.xsd">
   <core xmlns="urn:activemq:core">
      <name>artemis-prod-1</name>
      <persistence-enabled>true</persistence-enabled>
      <journal-type>ASYNCIO</journal-type>
      <cluster-user>cluster-admin</cluster-user>
      <cluster-password>{d.pw('alnum')}</cluster-password>
      <acceptors>
         <acceptor name="artemis">tcp://0.0.0.0:61616?tcpSendBufferSize=1048576;protocols=CORE,AMQP,OPENWIRE</acceptor>
         <acceptor name="amqps">tcp://0.0.0.0:5671?sslEnabled=true;keyStorePath=/var/lib/artemis/etc/broker.ks;keyStorePassword={d.pw('alnum')};protocols=AMQP</acceptor>
      </acceptors>
      <connectors>
         <connector name="dr-site">tcp://10.60.1.20:61616?sslEnabled=true;trustStorePath=/var/lib/artemis/etc/client.ts;trustStorePassword=ENC(3a34fd21b82bf2a822fa49a8d8fa115d)</connector>
      </connectors>
      <broker-connections>
         <amqp-connection uri="tcp://mirror.dc2.internal:5672" name="mirror-dc2" user="mirror" password="{d.pw('mix', enc='xml', punct='!%*-_.&')}">
            <mirror/>
         </amqp-connection>
      </broker-connections>
      <security-settings>
         <security-setting match="orders.#">
            <permission type="send" roles="order-service"/>
            <permission type="consume" roles="invoice-consumer"/>
         </security-setting>
      </security-settings>
   </core>
</configuration>
""")


def zmq(S):
    d = S.doc("zmq-curve-app/broker.py")
    g = S.g

    def z85(n=40):
        return g.uniq(lambda: g.chars(Z85, n))
    spub, ssec = z85(), z85()
    cpub, csec = z85(), z85()
    d.lab("generic-secret", ssec)
    d.lab("generic-secret", csec)
    pw = g.password("alnum")
    d.lab("password", pw)
    d.la(spub)
    d.la(cpub)
    d.set(f'''"""Telemetry broker: ROUTER/DEALER with CURVE encryption.

Keys were generated once with zmq.curve_keypair(); the server public key is
distributed to the field units, the secret keys stay here.
"""
import zmq
from zmq.auth.thread import ThreadAuthenticator

SERVER_PUBLIC_KEY = b"{spub}"
SERVER_SECRET_KEY = b"{ssec}"

# key pair of the ingest gateway (client side of the backend socket)
GATEWAY_PUBLIC_KEY = b"{cpub}"
GATEWAY_SECRET_KEY = b"{csec}"

# PLAIN auth for the legacy admin console on :5570
ADMIN_USER = "console"
ADMIN_PASSWORD = "{pw}"


def main():
    ctx = zmq.Context.instance()
    auth = ThreadAuthenticator(ctx)
    auth.start()
    auth.allow("10.70.0.0/16")
    auth.configure_curve(domain="*", location=zmq.auth.CURVE_ALLOW_ANY)
    auth.configure_plain(domain="admin", passwords={{ADMIN_USER: ADMIN_PASSWORD}})

    frontend = ctx.socket(zmq.ROUTER)
    frontend.curve_secretkey = SERVER_SECRET_KEY
    frontend.curve_publickey = SERVER_PUBLIC_KEY
    frontend.curve_server = True
    frontend.bind("tcp://*:5555")

    backend = ctx.socket(zmq.DEALER)
    backend.curve_secretkey = GATEWAY_SECRET_KEY
    backend.curve_publickey = GATEWAY_PUBLIC_KEY
    backend.curve_serverkey = SERVER_PUBLIC_KEY
    backend.connect("tcp://ingest-gw.internal:5556")
    zmq.proxy(frontend, backend)


if __name__ == "__main__":
    main()
''')


def emqx(S):
    d = S.doc("emqx-config/emqx.conf")
    d.set(f"""## EMQX 5.x node config (HOCON)
node {{
  name = "emqx@10.90.0.11"
  cookie = "{d.gs('alnum32')}"
  data_dir = "data"
}}

dashboard {{
  listeners.http.bind = 18083
  default_username = "admin"
  default_password = "{d.pw('mix', punct='!%*-_.@#')}"
}}

authentication = [
  {{
    mechanism = password_based
    backend = mysql
    server = "10.90.0.30:3306"
    database = "mqtt_auth"
    username = "emqx_auth"
    password = "{d.pw('alnum')}"
    query = "SELECT password_hash, salt FROM mqtt_user WHERE username = ${{username}} LIMIT 1"
    password_hash_algorithm {{name = sha256, salt_position = suffix}}
  }}
]

bridges.mqtt.cloud_uplink {{
  server = "mqtt.cloud-iot.fjordline-tech.no:8883"
  username = "site-bergen-01"
  password = "{d.pw('words')}"
  ssl {{enable = true, verify = verify_peer}}
}}

# api_key bootstrap file: one "key:secret:role" per line
api_key.bootstrap_file = "etc/default_api_key.conf"
""")
    d2 = S.doc("emqx-config/default_api_key.conf")
    d2.set(f"""ops-readonly:{d2.gs('alnum32')}:viewer
ci-deployer:{d2.gs('hex40')}:administrator
key-for-grafana:{d2.gs('alnum40')}:viewer
node-red-bridge:{d2.gs('alnum32')}:publisher
backup-exporter:{d2.gs('hex40')}:viewer
ha-integration:{d2.gs('b64url')}:administrator
""")


def rocketmq(S):
    d = S.doc("rocketmq-acl/plain_acl.yml")
    d.set(f"""globalWhiteRemoteAddresses:
  - 10.10.103.*
  - 192.168.0.*

accounts:
  # shipped defaults, disabled on the cluster by whiteRemoteAddress: none
  - accessKey: RocketMQ
    secretKey: 12345678
    whiteRemoteAddress:
    admin: false
    defaultTopicPerm: DENY
  - accessKey: rocketmq2
    secretKey: 12345678
    admin: true

  - accessKey: order-producer
    secretKey: {d.gs('alnum32')}
    whiteRemoteAddress: 10.10.103.*
    admin: false
    defaultTopicPerm: DENY
    defaultGroupPerm: SUB
    topicPerms:
      - ORDER_CREATED=PUB
      - ORDER_PAID=PUB
  - accessKey: settlement-consumer
    secretKey: {d.gs('hex40')}
    admin: false
    groupPerms:
      - GID_SETTLEMENT=SUB
  - accessKey: ops-console
    secretKey: {d.gs('b64')}
    admin: true
  - accessKey: refund-worker
    secretKey: {d.gs('alnum40')}
    admin: false
    topicPerms:
      - REFUND_REQUESTED=SUB
  - accessKey: audit-tap
    secretKey: {d.gs('hex32')}
    admin: false
""")


ALL = [tempo, vm, gelf, splunk_hec, promtail, uptime_kuma, netdata, newrelic, seq, refinery, pulsar, artemis, zmq,
       emqx, rocketmq]
