# bearer tokens, AWS keys, Swedish carriers, personal data (exec'd by generate.py)

API_PATHS = ["/v2/orders?limit=50", "/api/users/me", "/v1/invoices/INV-20931", "/graphql", "/v3/shipments", "/api/v1/reports/daily", "/oauth/userinfo", "/v1/customers/search"]


def btok(d, v, r, jwt_share=.4):
    if r.random() < jwt_share:
        return d.L(JB, v.jwt())
    return d.L(BT, v.opaque())


@doc("restish-apis-json/apis.json")
def _(d, v, r):
    apis = {}
    for n in ["billing", "shipping", "crm", "search", "hr"]:
        t = btok(d, v, r)
        apis[n] = {"base": "https://%s.tallgrove.io" % n, "profiles": {"default": {"headers": {"Authorization": "Bearer " + t, "Accept": "application/json"}}}}
    apis["hr"]["profiles"]["ci"] = {"headers": {"Authorization": "Bearer $HR_TOKEN"}}
    apis["crm"]["profiles"]["oauth"] = {"auth": {"name": "oauth-client-credentials", "params": {"client_id": "restish-cli", "client_secret": d.L(GS, v.s(40)), "token_url": "https://sso.kestrelpay.com/token"}}}
    return json.dumps(apis, indent=2) + "\n"


@doc("python-httpx-event-hooks-log/worker.log")
def _(d, v, r):
    out = []
    t = datetime.datetime(2026, 11, 28, 14, 0, 5)
    for i in range(20):
        t += datetime.timedelta(seconds=r.randint(1, 90))
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        path = r.choice(API_PATHS)
        if i == 4:
            out.append("%s DEBUG hooks: request GET https://api.tallgrove.io%s headers={'host': 'api.tallgrove.io', 'authorization': '[secure]'}" % (ts, path))
            continue
        tk = btok(d, v, r)
        out.append("%s DEBUG hooks: request GET https://api.tallgrove.io%s headers={'host': 'api.tallgrove.io', 'accept': '*/*', 'authorization': 'Bearer %s', 'x-request-id': '%s'}" % (ts, path, tk, d.X(v.uuid())))
        out.append("%s INFO httpx: HTTP Request: GET https://api.tallgrove.io%s \"HTTP/1.1 200 OK\"" % (ts, path))
    return "\n".join(out) + "\n"


@doc("reactor-netty-wiretap/gateway.log")
def _(d, v, r):
    out = []
    for i in range(10):
        cid = v.hex(8)
        tk = btok(d, v, r, .6)
        out.append("2026-11-30 09:%02d:%02d.%03d DEBUG 1 --- [ctor-http-nio-%d] reactor.netty.http.client.HttpClient     : [%s-%d, L:/10.42.1.%d:%d - R:orders.svc/10.43.0.%d:8080] WRITE: %dB GET %s HTTP/1.1\n"
                   "user-agent: ReactorNetty/1.1.13\nhost: orders.svc:8080\naccept: */*\nauthorization: Bearer %s\ntraceparent: 00-%s-%s-01\n"
                   % (i, r.randint(0, 59), r.randint(0, 999), r.randint(1, 8), cid, i + 1, r.randint(2, 250), r.randint(40000, 60000), r.randint(2, 250), r.randint(300, 1900), r.choice(API_PATHS), tk, d.X(v.hex(32)), v.hex(16)))
    out.append("2026-11-30 09:59:00.001 DEBUG 1 --- [ctor-http-nio-3] reactor.netty.http.client.HttpClient     : WRITE: GET /health HTTP/1.1\nauthorization: Bearer <masked>\n")
    return "\n".join(out)


@doc("urlsession-debug-print/console.txt")
def _(d, v, r):
    out = []
    for i in range(9):
        tk = btok(d, v, r, .5)
        out.append("▿ <NSMutableURLRequest: 0x60000%s> { URL: https://mobile-api.tallgrove.io%s }\n  ▿ allHTTPHeaderFields : 3 elements\n    ▿ 0 : 2 elements\n      - key : \"Authorization\"\n      - value : \"Bearer %s\"\n    ▿ 1 : 2 elements\n      - key : \"X-App-Version\"\n      - value : \"4.12.%d\"\n"
                   % (v.hex(7), r.choice(API_PATHS), tk, i))
    out.append("[Auth] refreshed token, expires_in=3600, refresh_token=%s" % d.L(GS, v.b64url(64)))
    out.append("[Auth] keychain item kSecAttrAccount=session value=<private>")
    return "\n".join(out) + "\n"


@doc("php-curl-verbose/cron-sync.log")
def _(d, v, r):
    out = []
    for i in range(10):
        tk = btok(d, v, r)
        out.append("*   Trying 10.20.5.%d:443...\n* Connected to partner-api.int (10.20.5.%d) port 443 (#0)\n> POST /v1/sync HTTP/1.1\r\nHost: partner-api.int\r\nAccept: */*\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n< HTTP/1.1 202 Accepted\r\n* Connection #0 to host partner-api.int left intact"
                   % (i + 2, i + 2, tk, r.randint(80, 900)))
    out.append("PHP Notice:  Undefined index: token in /srv/cron/sync.php on line 41\n> POST /v1/sync HTTP/1.1\r\nAuthorization: Bearer \r\n\r\n< HTTP/1.1 401 Unauthorized")
    return "\n".join(out) + "\n"


@doc("undici-mockagent-tests/client.test.mjs")
def _(d, v, r):
    out = ["import { MockAgent, setGlobalDispatcher } from 'undici';", "import { test } from 'node:test';", "",
           "const agent = new MockAgent();", "setGlobalDispatcher(agent);", "const pool = agent.get('https://api.tallgrove.io');", ""]
    for i in range(6):
        tk = btok(d, v, r, .5)
        out.append("pool.intercept({ path: '%s', method: 'GET', headers: { authorization: 'Bearer %s' } }).reply(200, { ok: true });" % (r.choice(API_PATHS), tk))
    out.append("pool.intercept({ path: '/v1/me', headers: { authorization: 'Bearer test-token' } }).reply(401, {});")
    out.append("// recorded from staging, do not commit: STAGING_TOKEN=%s" % btok(d, v, r, 0))
    return "\n".join(out) + "\n"


@doc("curlrc-files/dot-curlrc")
def _(d, v, r):
    t1 = btok(d, v, r, .5)
    return ("# ~/.curlrc\nsilent\nshow-error\nconnect-timeout = 10\nheader = \"Authorization: Bearer %s\"\nheader = \"Accept: application/json\"\n"
            "# header = \"Authorization: Bearer YOUR_TOKEN\"\nuser-agent = \"curl-ops/1.0\"\n" % t1)


@doc("curlrc-files/ci.curlrc")
def _(d, v, r):
    t1 = btok(d, v, r, .5)
    t2 = btok(d, v, r, .5)
    return ("-H \"Authorization: Bearer %s\"\n--oauth2-bearer %s\n--retry 3\n-H \"X-Trace: %s\"\n" % (t1, t2, d.X(v.hex(16))))


@doc("rest-client-elisp/api.rest")
def _(d, v, r):
    out = [":base = https://api.tallgrove.io", ":token = %s" % btok(d, v, r, .5), "", "# list orders", "GET :base/v2/orders", "Authorization: Bearer :token", ""]
    for i in range(4):
        out += ["# %s" % r.choice(["refund", "customer", "invoice", "report"]), "GET :base%s" % r.choice(API_PATHS), "Authorization: Bearer %s" % btok(d, v, r), ""]
    out += ["# login", "POST :base/oauth/token", "Content-Type: application/x-www-form-urlencoded", "",
            "grant_type=client_credentials&client_id=emacs-ops&client_secret=%s" % d.L(GS, v.s(36))]
    return "\n".join(out) + "\n"


@doc("rest-assured-tests/OrdersApiIT.java")
def _(d, v, r):
    out = ["package se.nordvik.orders;", "", "import static io.restassured.RestAssured.given;", "", "class OrdersApiIT {",
           "    private static final String ADMIN = \"%s\";" % btok(d, v, r, .7), ""]
    for i in range(8):
        out.append("    @Test void case%d() {\n        given().header(\"Authorization\", \"Bearer %s\")\n            .when().get(\"%s\").then().statusCode(200);\n    }" % (i, btok(d, v, r), r.choice(API_PATHS)))
    out.append("    @Test void admin() { given().auth().oauth2(ADMIN).get(\"/admin\").then().statusCode(200); }")
    out.append("    @Test void anon() { given().header(\"Authorization\", \"Bearer \" + System.getenv(\"IT_TOKEN\")).get(\"/\"); }\n}")
    return "\n".join(out) + "\n"


@doc("supertest-specs/users.spec.js")
def _(d, v, r):
    out = ["const request = require('supertest');", "const app = require('../app');", ""]
    for i in range(9):
        out.append("it('GET %s', () => request(app).get('%s').set('Authorization', 'Bearer %s').expect(200));" % (i, r.choice(API_PATHS), btok(d, v, r)))
    out.append("it('rejects', () => request(app).get('/v1/me').set('Authorization', 'Bearer invalid').expect(401));")
    out.append("it('jwt.io sample', () => request(app).get('/v1/me').auth('eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c', { type: 'bearer' }).expect(401));")
    return "\n".join(out) + "\n"


@doc("pester-api-tests/Api.Tests.ps1")
def _(d, v, r):
    out = ["Describe 'Orders API' {", "  BeforeAll { $base = 'https://api.tallgrove.io' }"]
    for i in range(5):
        out.append("  It 'returns %d' {\n    $h = @{ Authorization = 'Bearer %s' }\n    (Invoke-RestMethod -Uri \"$base%s\" -Headers $h).count | Should -BeGreaterThan 0\n  }" % (i, btok(d, v, r), r.choice(API_PATHS)))
    out.append("  It 'uses -Token' {\n    $t = ConvertTo-SecureString '%s' -AsPlainText -Force\n    Invoke-RestMethod -Uri \"$base/v1/me\" -Authentication Bearer -Token $t\n  }" % d.L(BG, v.opaque()))
    out.append("  It 'env' { Invoke-RestMethod -Uri \"$base/v1/me\" -Headers @{ Authorization = \"Bearer $env:API_TOKEN\" } }\n}")
    return "\n".join(out) + "\n"


@doc("mcp-server-configs/claude_desktop_config.json")
def _(d, v, r):
    cfg = {"mcpServers": {
        "linear": {"command": "npx", "args": ["-y", "mcp-remote", "https://mcp.linear.app/sse", "--header", "Authorization: Bearer %s" % btok(d, v, r, 0)]},
        "internal-docs": {"url": "https://mcp.tallgrove.io/mcp", "headers": {"Authorization": "Bearer %s" % btok(d, v, r, 1)}},
        "postgres": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://mcp:%s@10.20.4.30/analytics" % d.L(UP, v.pw(punct="-_.~", style="alnum"))]},
        "notion": {"command": "npx", "args": ["-y", "@notionhq/notion-mcp-server"], "env": {"OPENAPI_MCP_HEADERS": "{\"Authorization\": \"Bearer %s\", \"Notion-Version\": \"2022-06-28\"}" % btok(d, v, r, 0)}},
        "jira": {"command": "uvx", "args": ["mcp-atlassian"], "env": {"JIRA_URL": "https://nordvik.atlassian.net", "JIRA_API_TOKEN": d.L(GS, "ATATT3xFfGF0" + v.s(180, ALNUM + "-_=") + "=" + v.hex(8).upper())}},
        "local": {"command": "node", "args": ["server.js"], "env": {"API_TOKEN": "${input:apiToken}"}}}}
    return json.dumps(cfg, indent=2).replace("\\\"", "\\\"") + "\n"


@doc("graphql-codegen-yml/codegen.yml")
def _(d, v, r):
    return ("overwrite: true\nschema:\n  - https://api.tallgrove.io/graphql:\n      headers:\n        Authorization: Bearer %s\n"
            "  - https://cms.tallgrove.io/api/graphql:\n      headers:\n        Authorization: \"Bearer %s\"\n"
            "  - https://api.github.com/graphql:\n      headers:\n        Authorization: Bearer ${GITHUB_TOKEN}\n"
            "documents: 'src/**/*.graphql'\ngenerates:\n  src/gql/:\n    preset: client\n" % (btok(d, v, r), btok(d, v, r)))


@doc("apollo-client-setup/apolloClient.ts")
def _(d, v, r):
    return ("import { ApolloClient, InMemoryCache, createHttpLink } from '@apollo/client';\nimport { setContext } from '@apollo/client/link/context';\n\n"
            "const FALLBACK = '%s'; // kiosk build only\n\nconst authLink = setContext((_, { headers }) => {\n  const token = localStorage.getItem('token') ?? FALLBACK;\n"
            "  return { headers: { ...headers, authorization: token ? `Bearer ${token}` : '' } };\n});\n\n"
            "export const previewClient = new ApolloClient({\n  link: createHttpLink({ uri: 'https://cms.tallgrove.io/graphql', headers: { authorization: 'Bearer %s' } }),\n  cache: new InMemoryCache(),\n});\n"
            % (d.L(JB.replace("bearer-token", "bearer-token|generic-secret"), v.jwt()), btok(d, v, r)))


@doc("k9s-plugin-logs/k9s.log")
def _(d, v, r):
    out = []
    for i in range(9):
        out.append("%s DBG curl -s -H 'Authorization: Bearer %s' https://10.96.0.1:443/api/v1/namespaces/%s/pods?limit=500"
                   % ("2026-12-01T07:%02d:%02dZ" % (i, r.randint(0, 59)), btok(d, v, r, .8), r.choice(["shop", "payments", "kube-system"])))
    out.append("2026-12-01T07:10:00Z WRN token file /var/run/secrets/kubernetes.io/serviceaccount/token not readable")
    return "\n".join(out) + "\n"


@doc("sentry-cli-debug/upload.log")
def _(d, v, r):
    t = d.L(BT, "sntrys_" + v.b64url(150))
    t2 = d.L(BT, v.hex(64))
    return ("  INFO    2026-12-02 11:04:01.112 +01:00 Loaded config from /builds/web/.sentryclirc\n"
            "  DEBUG   2026-12-02 11:04:01.113 +01:00 sentry-cli version: 2.39.1, platform: \"linux\", architecture: \"x86_64\"\n"
            "  DEBUG   2026-12-02 11:04:01.120 +01:00 request POST https://sentry.io/api/0/organizations/nordvik/releases/\n"
            "  DEBUG   2026-12-02 11:04:01.120 +01:00 using token authentication\n"
            "  DEBUG   2026-12-02 11:04:01.121 +01:00 > Authorization: Bearer %s\n"
            "  DEBUG   2026-12-02 11:04:01.560 +01:00 < HTTP/2 201\n"
            "  DEBUG   2026-12-02 11:04:02.010 +01:00 > Authorization: Bearer %s\n"
            "  DEBUG   2026-12-02 11:04:02.011 +01:00 > Authorization: Bearer sntrys_***\n" % (t, t2))


# ------------------------------------------------------------ AWS
def awspair(d, v, pref=None):
    return d.L(AK, v.akid(pref)), d.L(AS, v.awssecret())


@doc("goofys-mount-scripts/mount-media.sh")
def _(d, v, r):
    a1, s1 = awspair(d, v, "AKIA")
    a2, s2 = awspair(d, v, "AKIA")
    return ("#!/bin/sh\n# mounts the media bucket for the transcoder\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\n"
            "goofys --region eu-north-1 -o allow_other media-nordvik /mnt/media\n\n"
            "# archive bucket uses a profile in /root/.aws/credentials\ncat > /root/.aws/credentials <<EOF\n[archive]\naws_access_key_id = %s\naws_secret_access_key = %s\nEOF\n"
            "goofys --profile archive archive-nordvik /mnt/archive\n# AWS doc pair for tests: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n" % (a1, s1, a2, s2))


@doc("aws-sdk-cpp-code/Uploader.cpp")
def _(d, v, r):
    a, s = awspair(d, v, "AKIA")
    return ('#include <aws/core/Aws.h>\n#include <aws/core/auth/AWSCredentials.h>\n#include <aws/s3/S3Client.h>\n\n'
            'static const char* kKeyId = "%s";\nstatic const char* kSecret = "%s";\n\n'
            'std::shared_ptr<Aws::S3::S3Client> MakeClient() {\n    Aws::Auth::AWSCredentials creds(kKeyId, kSecret);\n'
            '    Aws::Client::ClientConfiguration cfg;\n    cfg.region = "eu-west-1";\n    return std::make_shared<Aws::S3::S3Client>(creds, nullptr, cfg);\n}\n'
            '// role used in prod: arn:aws:iam::%d:role/uploader\n' % (a, s, r.randint(10 ** 11, 10 ** 12 - 1)))


@doc("ex-aws-config/config.exs")
def _(d, v, r):
    a, s = awspair(d, v)
    tok = d.L(GS, "IQoJb3JpZ2luX2VjE" + v.s(300, B64))
    return ('import Config\n\nconfig :ex_aws,\n  access_key_id: [{:system, "AWS_ACCESS_KEY_ID"}, "%s", :instance_role],\n  secret_access_key: [{:system, "AWS_SECRET_ACCESS_KEY"}, "%s", :instance_role],\n'
            '  security_token: "%s",\n  region: "eu-north-1"\n\nconfig :ex_aws, :s3, scheme: "https://", host: "s3.eu-north-1.amazonaws.com"\n' % (a, s, tok))


@doc("flysystem-config/filesystems.php")
def _(d, v, r):
    a, s = awspair(d, v, "AKIA")
    a2, s2 = awspair(d, v, "AKIA")
    return ("<?php\n\nuse Aws\\S3\\S3Client;\nuse League\\Flysystem\\AwsS3V3\\AwsS3V3Adapter;\n\n$client = new S3Client([\n    'credentials' => [\n        'key'    => '%s',\n        'secret' => '%s',\n    ],\n    'region' => 'eu-central-1',\n    'version' => 'latest',\n]);\n\n"
            "$backup = new S3Client(['credentials' => ['key' => \"%s\", 'secret' => \"%s\"], 'region' => 'eu-north-1', 'version' => 'latest']);\n"
            "$local = new S3Client(['credentials' => ['key' => getenv('S3_KEY'), 'secret' => getenv('S3_SECRET')], 'endpoint' => 'http://minio:9000']);\n" % (a, s, a2, s2))


@doc("rust-object-store-code/store.rs")
def _(d, v, r):
    a, s = awspair(d, v, "AKIA")
    return ('use object_store::aws::AmazonS3Builder;\n\npub fn lake() -> object_store::Result<impl object_store::ObjectStore> {\n    AmazonS3Builder::new()\n'
            '        .with_region("eu-north-1")\n        .with_bucket_name("lake-raw")\n        .with_access_key_id("%s")\n        .with_secret_access_key("%s")\n        .build()\n}\n\n'
            '#[cfg(test)]\nmod tests {\n    // localstack defaults\n    const KEY: &str = "test";\n    const SECRET: &str = "test";\n}\n' % (a, s))


@doc("gdal-vsis3-env/run_tiles.sh")
def _(d, v, r):
    a, s = awspair(d, v, "ASIA")
    st = d.L(GS, "IQoJb3JpZ2luX2VjE" + v.s(360, B64))
    a2, s2 = awspair(d, v, "AKIA")
    return ("#!/bin/bash\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nexport AWS_SESSION_TOKEN=%s\nexport AWS_REGION=eu-north-1\n"
            "gdalinfo /vsis3/ortofoto-2026/tile_%d.tif\n"
            "gdal_translate --config AWS_ACCESS_KEY_ID %s --config AWS_SECRET_ACCESS_KEY %s /vsis3/dem/raw.tif dem.tif\n"
            "gdalinfo --config AWS_NO_SIGN_REQUEST YES /vsis3/sentinel-cogs/sentinel-s2-l2a-cogs/B04.tif\n" % (a, s, st, r.randint(100, 999), a2, s2))


@doc("pg-aws-s3-extension/import.sql")
def _(d, v, r):
    out = ["CREATE EXTENSION IF NOT EXISTS aws_s3 CASCADE;"]
    for t in ["events_2026_09", "events_2026_10", "events_2026_11", "events_2026_12", "clicks", "sessions"]:
        a, s = awspair(d, v)
        out.append("SELECT aws_s3.table_import_from_s3(\n  '%s', '', '(format csv, header true)',\n  aws_commons.create_s3_uri('lake-export', '%s.csv', 'eu-north-1'),\n  aws_commons.create_aws_credentials('%s', '%s', '')\n);" % (t, t, a, s))
    out.append("-- preferred: IAM role attached to the cluster, no credentials in SQL")
    return "\n".join(out) + "\n"


@doc("singer-target-config/target-s3-csv.config.json")
def _(d, v, r):
    a, s = awspair(d, v, "AKIA")
    return json.dumps({"s3_bucket": "singer-landing", "s3_key_prefix": "hubspot/", "aws_access_key_id": a, "aws_secret_access_key": s,
                       "delimiter": ",", "quotechar": "\"", "compression": "gzip", "encryption_type": "KMS", "encryption_key": d.X("arn:aws:kms:eu-north-1:%d:key/%s" % (r.randint(10 ** 11, 10 ** 12 - 1), v.uuid()))}, indent=2) + "\n"


@doc("seafile-conf/seafile.conf")
def _(d, v, r):
    out = ["[fileserver]", "port=8082", ""]
    for sec in ["commit_object_backend", "fs_object_backend", "block_backend"]:
        a, s = awspair(d, v, "AKIA")
        out += ["[%s]" % sec, "name = s3", "bucket = seafile-%s" % sec.split("_")[0], "key_id = %s" % a, "key = %s" % s, "use_v4_signature = true", "aws_region = eu-north-1", ""]
    out += ["[database]", "type = mysql", "host = 10.20.4.17", "user = seafile", "password = %s" % d.L(PW, v.pw(punct="-_.+!")), "db_name = seafile_db"]
    return "\n".join(out) + "\n"


@doc("pixelfed-env/.env")
def _(d, v, r):
    a, s = awspair(d, v, "AKIA")
    return ("APP_NAME=\"Bilder\"\nAPP_KEY=base64:%s\nAPP_URL=https://bilder.nordvik-data.se\nDB_CONNECTION=mysql\nDB_PASSWORD=\"%s\"\n"
            "PF_ENABLE_CLOUD=true\nFILESYSTEM_CLOUD=s3\nAWS_ACCESS_KEY_ID=%s\nAWS_SECRET_ACCESS_KEY=%s\nAWS_DEFAULT_REGION=eu-north-1\nAWS_BUCKET=pixelfed\n"
            "MAIL_PASSWORD=%s\nREDIS_PASSWORD=null\n" % (d.L(GS, v.s(43, B64) + "="), d.L(PW, v.pw(punct="-_.+!#")), a, s, d.L(PW, v.pw(punct="-_.+!#"))))


@doc("garage-key-commands/import-keys.sh")
def _(d, v, r):
    out = ["#!/bin/sh", "# moving buckets from AWS to garage: import the old AWS key pairs so clients keep working"]
    for b in ["backups", "media", "logs", "exports", "thumbs", "invoices"]:
        a, s = awspair(d, v, "AKIA")
        out.append("garage key import --yes -n %s-migrated %s %s" % (b, a, s))
    out.append("garage key create web-app   # prints GK%s and a secret" % d.X(v.hex(24)))
    return "\n".join(out) + "\n"


@doc("mlflow-artifact-proxy-systemd/mlflow.service")
def _(d, v, r):
    a, s = awspair(d, v, "AKIA")
    return ("[Unit]\nDescription=MLflow tracking server\n\n[Service]\nEnvironment=AWS_ACCESS_KEY_ID=%s\nEnvironment=\"AWS_SECRET_ACCESS_KEY=%s\"\n"
            "Environment=MLFLOW_S3_ENDPOINT_URL=https://s3.eu-north-1.amazonaws.com\nExecStart=/opt/mlflow/bin/mlflow server --backend-store-uri postgresql://mlflow:%s@10.20.4.30/mlflow --artifacts-destination s3://ml-artifacts\n\n[Install]\nWantedBy=multi-user.target\n"
            % (a, s, d.L(UP, v.pw(punct="-_.~", style="alnum"))))


# ------------------------------------------------------------ Swedish carriers
def se_doc(d, v, r, title, idlabel, lk_labels, n, extra=""):
    """a register-like Swedish text: n people with personnummer, each with two Luhn-valid date-shaped look-alikes"""
    out = [title, "=" * len(title), ""]
    for i in range(n):
        p = d.L("se-personnummer", v.pnr())
        namn = r.choice(["Anna", "Erik", "Karin", "Lars", "Maja", "Nils", "Sara", "Olof", "Ebba", "Hugo", "Alva", "Yusuf"]) + " " + r.choice(["Lindqvist", "Berg", "Nyström", "Ek", "Sandberg", "Holm", "Åberg", "Öhman", "Karlsson", "Haddad"])
        l1 = d.X(v.pnr(form=r.choice(["12", "10", "12d", "10d"]), born=r.randint(2019, 2026)))
        l2 = d.X(v.pnr(form=r.choice(["12", "10"]), born=r.randint(1990, 2026)))
        row = "%s: %s\nNamn: %s\n%s: %s\n%s: %s\n" % (idlabel, p, namn, lk_labels[0], l1, lk_labels[1], l2)
        if r.random() < .5:
            row += "Telefon: %s\n" % d.L("phone", v.se_mobile(r.random() < .3))
        out.append(row)
    out.append(extra)
    return "\n".join(out) + "\n"


SE = [("se-korkortstillstand/beslut_lista.txt", "Transportstyrelsen – Körkortstillstånd, beviljade", "Personnummer", ["Ärendenummer", "Handlingsnr"], 8),
      ("se-bostadsbidrag/utbetalningar.txt", "Försäkringskassan – Bostadsbidrag, preliminär utbetalning", "Sökandes personnummer", ["Ärende-ID", "Betalningsreferens"], 8),
      ("se-pantbank-kvitto/kvitton_nov.txt", "Pantbanken Norr – Belåningskvitton november", "Låntagarens pnr", ["Lånenummer", "Kvittonummer"], 7),
      ("se-tandvardsstod/ersattningsunderlag.txt", "Tandvårdsstöd – ersättningsunderlag", "Patientens personnummer", ["Behandlingsserie", "Fakturanr"], 8),
      ("se-kolonilott-ko/koanmalningar.txt", "Koloniföreningen Solrosen – köanmälningar", "Personnr", ["Kö-ID", "Medlemsnummer"], 7),
      ("se-fiskekort-forsaljning/forsaljning_2026.txt", "Fiskevårdsområdet Ljusnan – sålda årskort", "Köparens personnummer", ["Kortnummer", "Ordernummer"], 7),
      ("se-ledsagning-beslut/beslut.txt", "Omsorgsnämnden – beslut om ledsagarservice", "Brukarens personnummer", ["Dnr", "Beslutsnummer"], 7),
      ("se-bilregister-agarbyte/agarbyten.txt", "Ägarbyten – bekräftelser", "Ny ägare (personnummer)", ["Kontrollnummer", "Transaktions-ID"], 8)]

for _p, _t, _id, _lk, _n in SE:
    (lambda p, t, i, lk, n: doc(p)(lambda d, v, r: se_doc(d, v, r, t, i, lk, n,
        "Organisationsnummer: %s\nTestpersonnummer i dokumentation: %s\nSkyddad identitet: 19XXXXXX-XXXX\n" % (d.X(v.orgnr()), d.X("19121212-1212")))))(_p, _t, _id, _lk, _n)


# ------------------------------------------------------------ personal data
@doc("ferry-passenger-manifest/manifest_2026-12-04_VIS-NYN.csv")
def _(d, v, r):
    import csv, io
    b = io.StringIO()
    w = csv.writer(b, lineterminator="\n")
    w.writerow(["seq", "surname", "given_name", "date_of_birth", "nationality", "document_type", "passport_no", "booking_ref", "contact_phone", "contact_email", "departure"])
    for i in range(10):
        cc = r.choice(["SE", "DE", "US", "FI"])
        w.writerow([i + 1, r.choice(["Lund", "Wolff", "Novak", "Virtanen", "Miller"]), r.choice(["Eva", "Jan", "Petra", "Mika", "Sam"]),
                    d.L("date-of-birth", v.dob()), cc, "P", d.L("passport", v.passport(cc)), d.X(v.s(6, string.ascii_uppercase + "23456789")),
                    d.L("phone", v.se_mobile(True)) if cc == "SE" else d.L("phone", "+49 1%d %d" % (r.randint(50, 79), r.randint(1000000, 9999999))) if cc == "DE" else "",
                    d.L("email", v.email()), "2026-12-04"])
    return b.getvalue()


@doc("hostel-checkin-json/checkins.json")
def _(d, v, r):
    g = []
    for i in range(6):
        g.append({"reservation": d.X("R-%d" % r.randint(100000, 999999)), "guest": {"name": r.choice(["Lea Roth", "Omar Aziz", "Tuva Ek"]),
                  "birthDate": d.L("date-of-birth", v.dob()), "document": {"type": "passport", "number": d.L("passport", v.passport(r.choice(["DE", "SE", "XX"]))), "expires": "2031-05-0%d" % (i + 1)},
                  "email": d.L("email", v.email()), "phone": d.L("phone", v.se_mobile(True))}, "arrival": "2026-12-0%d" % (i + 1)})
    return json.dumps({"property": "Vandrarhem Skeppsholmen", "checkins": g}, indent=2, ensure_ascii=False) + "\n"


@doc("sepa-pain008-mandates/pain.008.xml")
def _(d, v, r):
    tx = []
    for i in range(6):
        ib = d.L("iban", v.iban(r.choice(["SE", "DE", "NL"])))
        tx.append("""    <DrctDbtTxInf>
      <PmtId><EndToEndId>%s</EndToEndId></PmtId>
      <InstdAmt Ccy="EUR">%d.00</InstdAmt>
      <DrctDbtTx><MndtRltdInf><MndtId>MND-%d</MndtId><DtOfSgntr>2025-0%d-15</DtOfSgntr></MndtRltdInf></DrctDbtTx>
      <DbtrAgt><FinInstnId><BICFI>NDEASESS</BICFI></FinInstnId></DbtrAgt>
      <Dbtr><Nm>Member %d</Nm></Dbtr>
      <DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct>
    </DrctDbtTxInf>""" % (d.X(v.hex(16).upper()), r.randint(10, 99), r.randint(1000, 9999), r.randint(1, 9), i, ib))
    cred = d.L("iban", v.iban("DE"))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08">\n<CstmrDrctDbtInitn>\n'
            '  <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-12-01T10:00:00</CreDtTm><NbOfTxs>6</NbOfTxs></GrpHdr>\n  <PmtInf>\n'
            '    <CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct>\n    <!-- template: <IBAN>DE89370400440532013000</IBAN> -->\n%s\n  </PmtInf>\n</CstmrDrctDbtInitn>\n</Document>\n'
            % (d.X(v.hex(20).upper()), cred, "\n".join(tx)))


@doc("conference-visa-letters/invitation_letters.txt")
def _(d, v, r):
    out = []
    for i in range(4):
        cc = r.choice(["US", "DE", "XX"])
        out.append("Dear Migrationsverket / Embassy officer,\n\nWe confirm that %s, born %s, holder of passport no. %s, is invited as a speaker to Nordic DevDays (Stockholm, 12–14 March 2027). "
                   "Contact the organiser at %s or %s.\n\nKind regards,\nNordic DevDays\n---"
                   % (r.choice(["Ms. Priya Nair", "Mr. Tomás Ruiz", "Dr. Amal Haddad", "Mr. Kenji Mori"]), d.L("date-of-birth", v.dob("%d %B %Y")), d.L("passport", v.passport(cc)),
                      d.L("email", v.email("visa", "team")) if i == 0 else "visa@devdays.example", d.L("phone", v.se_mobile(True)) if i == 0 else "+46 8 XXX XX XX"))
    return "\n".join(out) + "\n"


@doc("pipedrive-persons-csv/persons.csv")
def _(d, v, r):
    out = ["Person - Name,Person - Email,Person - Phone,Person - Organization,Person - Label"]
    for i in range(8):
        out.append("%s,%s,\"%s\",%s,%s" % (r.choice(["Lina Ek", "Jonas Berg", "Pavel Novak", "Ines Ferreira"]), d.L("email", v.email()), d.L("phone", v.se_mobile(r.random() < .5)),
                                          r.choice(["Nordvik AB", "Tallgrove", "Kestrel"]), r.choice(["Hot", "Cold"])))
    out.append("Demo Person,demo@example.com,070-1740600,Demo AB,Test")
    return "\n".join(out) + "\n"
