"""Dense secret carriers: password-manager exports, credential spreadsheets,
environment dumps, gateway logs with Authorization headers, secret-manager
output, proxy exports, notebooks, scanner reports and team chat."""
import sys

sys.dont_write_bytecode = True

import csv
import io
import json

from gen_common import (
    Clock,
    ALNUM, B64, B64URL, DIG, HEX, REG, aws_akid, aws_other_id, b64digest, frng, md5hex, password, private_ipv4,
    public_ipv4, rstr, sha1hex, sha256hex, token, ts, uuid4,
)
from c_secrets import AK, AS, BT, GS, HOSTS, PW, fill, host, git_sha, http_date, mk_jwt, ts_iso

SITES = [("accounts.google.com", "Google"), ("github.com", "GitHub"), ("www.netflix.com", "Netflix"), ("www.irctc.co.in", "IRCTC"),
         ("retail.onlinesbi.sbi", "SBI"), ("www.amazon.in", "Amazon"), ("www.linkedin.com", "LinkedIn"), ("portal.azure.com", "Azure"),
         ("console.aws.amazon.com", "AWS console"), ("www.flipkart.com", "Flipkart"), ("app.slack.com", "Slack"), ("id.atlassian.com", "Atlassian"),
         ("www.incometax.gov.in", "Income Tax e-filing"), ("unifiedportal-mem.epfindia.gov.in", "EPFO"), ("www.zomato.com", "Zomato"),
         ("login.microsoftonline.com", "Microsoft 365"), ("www.hdfcbank.com", "HDFC NetBanking"), ("192.168.1.1", "Router"),
         ("grafana.internal", "Grafana"), ("jira.internal", "Jira"), ("www.swiggy.com", "Swiggy"), ("www.bankid.com", "BankID"), ("kivra.com", "Kivra")]
USERS = ["ravi.kumar", "anna.lind", "deepak.s", "priya.n", "lars.berg", "mohit.j", "sneha.p", "erik.holm", "kavya.r", "arjun.m"]
MAILDOMS = ["gmail.com", "outlook.com", "yahoo.co.in", "proton.me", "hotmail.se", "rediffmail.com"]


def _email(doc, r):
    r2 = frng("sec-email")
    e = REG.fresh("email", lambda: r2.choice(USERS).replace(".", r2.choice([".", "", "_"])) + rstr(r2, DIG, r2.choice([2, 3, 4])) + "@" + r2.choice(MAILDOMS))
    return doc.L("email", e)


def csv_text(rows, crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


# --------------------------------------------------------------------------
def chrome_passwords(doc):
    r = doc.rng
    rows = [["name", "url", "username", "password", "note"]]
    reused = None
    for _ in range(r.randint(18, 26)):
        site, name = r.choice(SITES)
        user = _email(doc, r) if r.random() < 0.5 else r.choice(USERS) + str(r.randint(1, 99))
        k = r.random()
        if k < 0.1:
            pw = ""  # passkey / federated login
        elif k < 0.2 and reused:
            pw = reused
        else:
            pw = PW(doc, r.choice(["word", "random", "leet", "phrase", "word"]))
            reused = reused or pw
        rows.append([site, f"https://{site}/", user, pw, r.choice(["", "", "", "old account", "shared with family"])])
    return csv_text(rows, crlf=True)


def bitwarden_json(doc):
    r = doc.rng
    folders = [{"id": uuid4(r), "name": n} for n in ["Work", "Banking", "Servers"]]
    items = []
    for _ in range(r.randint(8, 12)):
        site, name = r.choice(SITES)
        items.append({"passwordHistory": None, "revisionDate": ts(r).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "creationDate": ts(r, 2023).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                      "deletedDate": None, "id": uuid4(r), "organizationId": None, "folderId": r.choice(folders)["id"], "type": 1, "reprompt": 0, "name": name,
                      "notes": None, "favorite": r.random() < 0.2, "fields": [],
                      "login": {"fido2Credentials": [], "uris": [{"match": None, "uri": f"https://{site}/"}], "username": r.choice(USERS), "password": PW(doc), "totp": None},
                      "collectionIds": None})
    items.append({"id": uuid4(r), "type": 2, "name": "Prod API keys", "folderId": folders[2]["id"], "secureNote": {"type": 0},
                  "notes": f"payments api_key: {GS(doc, 'alnum', 40)}\nwebhook secret: {GS(doc, 'hex', 64)}\nAWS: {AK(doc)} / {AS(doc)}",
                  "fields": [{"name": "db_password", "value": PW(doc), "type": 1}, {"name": "env", "value": "prod", "type": 0}]})
    return json.dumps({"encrypted": False, "folders": folders, "items": items}, indent=2) + "\n"


def keepass_xml(doc):
    r = doc.rng
    entries = []
    for _ in range(r.randint(7, 10)):
        site, name = r.choice(SITES)
        pw = PW(doc, enc="xml")
        entries.append(f"""			<Entry>
				<UUID>{b64digest(r, 16)}</UUID>
				<Times><CreationTime>{ts_iso(r)}</CreationTime><LastModificationTime>{ts_iso(r)}</LastModificationTime></Times>
				<String><Key>Notes</Key><Value></Value></String>
				<String><Key>Password</Key><Value ProtectInMemory="True">{pw}</Value></String>
				<String><Key>Title</Key><Value>{name}</Value></String>
				<String><Key>URL</Key><Value>https://{site}/</Value></String>
				<String><Key>UserName</Key><Value>{r.choice(USERS)}</Value></String>
			</Entry>""")
    return f"""<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
	<Meta>
		<Generator>KeePass</Generator>
		<DatabaseName>ops</DatabaseName>
		<HeaderHash>{b64digest(r)}</HeaderHash>
	</Meta>
	<Root>
		<Group>
			<UUID>{b64digest(r, 16)}</UUID>
			<Name>Infrastructure</Name>
{chr(10).join(entries)}
		</Group>
	</Root>
</KeePassFile>
"""


def creds_spreadsheet(doc):
    r = doc.rng
    rows = [["System", "Environment", "URL", "Username", "Password", "API Key / Token", "Owner", "Last rotated", "Notes"]]
    systems = ["Jenkins", "Grafana", "RabbitMQ", "Postgres (orders)", "MySQL (legacy)", "SFTP vendor", "Payment gateway", "SMS gateway", "AWS (billing)",
               "Keycloak admin", "Elastic", "MinIO", "Redis", "Vault (break-glass)", "Router", "Office Wi-Fi"]
    r.shuffle(systems)
    for s in systems[:r.randint(12, 16)]:
        env = r.choice(["prod", "staging", "prod", "dev"])
        url = f"https://{s.split()[0].lower()}.{r.choice(HOSTS)}.internal"
        user = r.choice(["admin", "root", "svc_" + s.split()[0].lower(), "ops", "deploy"])
        k = r.random()
        pw = PW(doc) if k < 0.8 else r.choice(["see vault", "SSO", "********", ""])
        if s.startswith("AWS") or r.random() < 0.15:
            api = AK(doc) + " / " + AS(doc)
        elif r.random() < 0.45:
            api = GS(doc, r.choice(["hex", "alnum", "b64url"]), r.choice([32, 40, 48]))
        else:
            api = r.choice(["", "n/a", "in vault: kv/" + s.split()[0].lower()])
        rows.append([s, env, url, user, pw, api, r.choice(["Ravi", "Anna", "Deepak", "Lars"]), ts(r).strftime("%Y-%m-%d"), r.choice(["", "rotate quarterly", "shared with vendor", "TODO move to vault"])])
    return csv_text(rows, crlf=True)


def env_dump(doc):
    r = doc.rng
    k = doc.meta_i % 3
    org = r.choice(HOSTS)
    if k == 0:
        lines = ["##[group]Run env | sort", "env | sort", "shell: /usr/bin/bash -e {0}", "##[endgroup]"]
        env = {"CI": "true", "GITHUB_ACTIONS": "true", "GITHUB_SHA": git_sha(r), "GITHUB_RUN_ID": rstr(r, DIG, 10), "RUNNER_OS": "Linux",
               "AWS_ACCESS_KEY_ID": AK(doc), "AWS_SECRET_ACCESS_KEY": AS(doc), "DEPLOY_API_TOKEN": GS(doc, "hex", 40), "DB_PASSWORD": PW(doc, "simple"),
               "NPM_CONFIG_REGISTRY": "https://registry.npmjs.org/", "IMAGE_DIGEST": "sha256:" + sha256hex(r), "HOME": "/home/runner", "SENTRY_ORG": org}
        lines += [f"{k2}={v}" for k2, v in sorted(env.items())]
        return "\n".join(lines) + "\n"
    if k == 1:
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOSTNAME": f"api-{rstr(r, 'abcdef0123456789', 10)}-{rstr(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 5)}",
               "KUBERNETES_SERVICE_HOST": private_ipv4(r), "DATABASE_URL": None, "REDIS_PASSWORD": PW(doc, "simple"), "JWT_SIGNING_KEY": GS(doc, "b64url", 64),
               "STRIPE_WEBHOOK_TOLERANCE": "300", "OTEL_EXPORTER_OTLP_HEADERS": "authorization=Bearer " + BT(doc, "hex"), "POD_UID": uuid4(r), "BUILD_SHA": git_sha(r)}
        dpw = PW(doc, "simple", cat="url-credentials|password")
        env["DATABASE_URL"] = f"postgres://api:{dpw}@{private_ipv4(r)}:5432/api"
        return f"$ kubectl -n {org} exec deploy/api -- env\n" + "\n".join(f"{k2}={v}" for k2, v in env.items()) + "\n"
    return fill("""$ heroku config -a <<org>>-prod
=== <<org>>-prod Config Vars
DATABASE_URL:            postgres://u<<dbu>>:<<dpw>>@ec2-<<ipd>>.eu-west-1.compute.amazonaws.com:5432/d<<dbn>>
REDIS_URL:               rediss://:<<rpw>>@ec2-<<ipd2>>.eu-west-1.compute.amazonaws.com:12345
SECRET_KEY_BASE:         <<skb>>
MAILER_PASSWORD:         <<mpw>>
AWS_ACCESS_KEY_ID:       <<ak>>
AWS_SECRET_ACCESS_KEY:   <<sk>>
LANG:                    en_US.UTF-8
RACK_ENV:                production
SOURCE_VERSION:          <<sha>>
""", org=org, dbu=rstr(r, "abcdefghijklmnopqrstuvwxyz0123456789", 13), dpw=doc.L("url-credentials|password", rstr(r, HEX, 64)), ipd=rstr(r, DIG, 2) + "-" + rstr(r, DIG, 2) + "-" + rstr(r, DIG, 3) + "-" + rstr(r, DIG, 2),
                dbn=rstr(r, "abcdefghijklmnopqrstuvwxyz0123456789", 13), rpw=doc.L("url-credentials|password", "p" + rstr(r, HEX, 64)), ipd2=rstr(r, DIG, 2) + "-" + rstr(r, DIG, 3) + "-" + rstr(r, DIG, 2) + "-" + rstr(r, DIG, 3),
                skb=GS(doc, "hex", 128), mpw=PW(doc), ak=AK(doc), sk=AS(doc), sha=git_sha(r))


def gateway_log(doc):
    r = doc.rng
    clk = Clock(r)
    k = doc.meta_i % 3
    out = []
    for _ in range(r.randint(14, 18)):
        t = clk.next()
        q = r.random()
        if q < 0.62:
            auth = "Bearer " + BT(doc, r.choice(["jwt", "b64url", "hex", "alnum", "jwt", "ya29"]))
        elif q < 0.72:
            auth = r.choice(["Bearer [REDACTED]", "Bearer undefined", "Bearer null", "-", "Bearer ${TOKEN}"])
        elif q < 0.8:
            auth = "-"
        else:
            auth = "Bearer " + BT(doc, r.choice(["b64url", "hex"]))
        ip = public_ipv4(r)
        doc.L("ipv4", ip)
        path = r.choice(["/v1/orders", "/v1/me", "/v2/payments/" + rstr(r, DIG, 8), "/v1/search?q=shoes", "/v1/files/" + uuid4(r)])
        status = r.choice([200, 200, 200, 201, 401, 403, 404, 429])
        if k == 0:
            out.append(json.dumps({"started_at": int(t.timestamp() * 1000), "client_ip": ip, "request": {"method": r.choice(["GET", "POST"]), "uri": path, "size": r.randint(100, 3000),
                                   "headers": {"host": host(r), "authorization": auth, "user-agent": r.choice(["okhttp/4.12.0", "axios/1.6.8", "python-requests/2.31.0"]), "x-request-id": uuid4(r)}},
                                   "response": {"status": status, "size": r.randint(100, 90000)}, "latencies": {"kong": r.randint(0, 5), "proxy": r.randint(3, 900), "request": r.randint(5, 950)},
                                   "route": {"id": uuid4(r), "name": "api-v1"}, "service": {"id": uuid4(r), "name": "backend"}}))
        elif k == 1:
            out.append(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S +0000")}] "{r.choice(["GET", "POST"])} {path} HTTP/1.1" {status} {r.randint(100, 9000)} "-" "okhttp/4.12.0" rt={r.randint(1, 900) / 1000:.3f} auth="{auth}" rid={rstr(r, HEX, 32)}')
        else:
            out.append(f'[{t.strftime("%Y-%m-%dT%H:%M:%S.")}{r.randint(0, 999):03d}Z] "{r.choice(["GET", "POST"])} {path} HTTP/2" {status} - 0 {r.randint(100, 9000)} {r.randint(1, 900)} {r.randint(1, 800)} "{ip}" "grpc-go/1.62.1" "{uuid4(r)}" "{host(r)}" "{private_ipv4(r)}:8080" authorization="{auth}"')
    return "\n".join(out) + "\n"


def secret_manager_output(doc):
    r = doc.rng
    k = doc.meta_i % 3
    org = r.choice(HOSTS)
    if k == 0:
        pw = PW(doc)
        ss = json.dumps({"username": "app", "password": pw, "engine": "postgres", "host": f"{org}.cluster-{rstr(r, 'abcdefghijklmnop', 12)}.ap-south-1.rds.amazonaws.com", "port": 5432, "dbname": "app"})
        acct = rstr(r, "123456789", 1) + rstr(r, DIG, 11)
        out = {"ARN": f"arn:aws:secretsmanager:ap-south-1:{acct}:secret:prod/app/db-{rstr(r, ALNUM, 6)}", "Name": "prod/app/db", "VersionId": uuid4(r), "SecretString": ss, "VersionStages": ["AWSCURRENT"], "CreatedDate": ts(r).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "000+05:30"}
        s2 = json.dumps({"api_key": token("alnum", 40), "webhook_secret": token("hex", 64)})
        d2 = json.loads(s2)
        doc.L("generic-secret", d2["api_key"])
        doc.L("generic-secret", d2["webhook_secret"])
        out2 = {"ARN": f"arn:aws:secretsmanager:ap-south-1:{acct}:secret:prod/partner-{rstr(r, ALNUM, 6)}", "Name": "prod/partner", "VersionId": uuid4(r), "SecretString": s2, "VersionStages": ["AWSCURRENT"]}
        return "$ aws secretsmanager get-secret-value --secret-id prod/app/db\n" + json.dumps(out, indent=4) + "\n$ aws secretsmanager get-secret-value --secret-id prod/partner\n" + json.dumps(out2, indent=4) + "\n"
    if k == 1:
        return fill("""$ vault kv get -mount=secret <<org>>/prod/db
====== Secret Path ======
secret/data/<<org>>/prod/db

======= Metadata =======
Key                Value
---                -----
created_time       <<ct>>
custom_metadata    <nil>
deletion_time      n/a
destroyed          false
version            <<ver>>

====== Data ======
Key         Value
---         -----
password    <<pw>>
username    app_rw

$ vault kv get -format=json -field=data secret/<<org>>/prod/api
{
  "client_id": "<<cid>>",
  "client_secret": "<<cs>>",
  "signing_key": "<<sgk>>"
}
$ vault token lookup | grep -E 'accessor|policies'
accessor            <<acc>>
policies            [default ops]
""", org=org, ct=ts(r).strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z", ver=r.randint(2, 30), pw=PW(doc), cid=uuid4(r), cs=GS(doc, "alnum", 40), sgk=GS(doc, "b64", 43), acc=rstr(r, ALNUM, 24))
    return fill("""$ kubectl -n payments get secret payments-db -o json | jq '.data | map_values(@base64d)'
{
  "DB_HOST": "<<ip>>",
  "DB_PASSWORD": "<<pw>>",
  "DB_USER": "payments",
  "REPLICATION_PASSWORD": "<<pw2>>"
}
$ kubectl -n payments get secret payments-api -o go-template='{{range $k,$v := .data}}{{$k}}={{$v|base64decode}}{{"\\n"}}{{end}}'
API_SIGNING_SECRET=<<as>>
PARTNER_TOKEN=<<pt>>
""", ip=private_ipv4(r), pw=PW(doc), pw2=PW(doc), **{"as": GS(doc, "hex", 64)}, pt=GS(doc, "b64url", 43))


def burp_export(doc):
    r = doc.rng
    items = []
    for _ in range(r.randint(4, 6)):
        h = host(r)
        ip = public_ipv4(r)
        doc.L("ipv4", ip)
        path = r.choice(["/api/v1/users/me", "/api/v1/orders?limit=20", "/api/v1/admin/settings", "/api/v2/cart"])
        q = r.random()
        if q < 0.65:
            auth = "Authorization: Bearer " + BT(doc)
        elif q < 0.85:
            raw = r.choice(["admin", "tester", "qa"]) + ":" + password("simple")
            import base64
            b = base64.b64encode(raw.encode()).decode()
            doc.L("basic-auth", b)
            auth = "Authorization: Basic " + b
        else:
            auth = "Cookie: session=" + rstr(r, HEX, 40)
        req = f"GET {path} HTTP/2\r\nHost: {h}\r\nUser-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0\r\nAccept: application/json\r\n{auth}\r\nX-Request-Id: {uuid4(r)}\r\n\r\n"
        items.append(f"""  <item>
    <time>{ts(r).strftime("%a %b %d %H:%M:%S IST %Y")}</time>
    <url><![CDATA[https://{h}{path}]]></url>
    <host ip="{ip}">{h}</host>
    <port>443</port>
    <protocol>https</protocol>
    <method><![CDATA[GET]]></method>
    <path><![CDATA[{path}]]></path>
    <request base64="false"><![CDATA[{req}]]></request>
    <status>{r.choice([200, 200, 401, 403])}</status>
    <responselength>{r.randint(200, 9000)}</responselength>
    <mimetype>JSON</mimetype>
    <response base64="true"><![CDATA[{rstr(r, B64, 120)}==]]></response>
    <comment></comment>
  </item>""")
    return f'<?xml version="1.0"?>\n<!DOCTYPE items [\n<!ELEMENT items (item*)>\n<!ATTLIST items burpVersion CDATA "">\n<!ATTLIST items exportTime CDATA "">\n]>\n<items burpVersion="2024.3.1.4" exportTime="{ts(r).strftime("%a %b %d %H:%M:%S IST %Y")}">\n' + "\n".join(items) + "\n</items>\n"


def notebook(doc):
    r = doc.rng
    ak, sk = AK(doc), AS(doc)
    tok = BT(doc, "b64url", cat="bearer-token|generic-secret")
    pw = PW(doc, "simple")
    cells = [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Churn analysis - pulls from the warehouse and the partner API\n"]},
        {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": ["import os, boto3, requests\n", "import pandas as pd\n",
                                                                                              f"os.environ['AWS_ACCESS_KEY_ID'] = '{ak}'\n", f"os.environ['AWS_SECRET_ACCESS_KEY'] = '{sk}'\n"]},
        {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": [f"etag: \"{md5hex(r)}\"\n", f"rows: {r.randint(1000, 90000)}\n"]}],
         "source": [f"engine = create_engine('postgresql://analyst:{pw}@{private_ipv4(r)}/warehouse')\n", "df = pd.read_sql('select * from churn_features', engine)\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [{"data": {"text/plain": ["<Response [200]>"]}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}],
         "source": [f"TOKEN = '{tok}'\n", "requests.get('https://partner.example-analytics.com/v1/cohorts', headers={'Authorization': f'Bearer {TOKEN}'})\n"]},
    ]
    doc.labels[-1] = ("password|url-credentials", pw)
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}, "language_info": {"name": "python", "version": "3.11.8"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def postman_env(doc):
    r = doc.rng
    vals = [{"key": "baseUrl", "value": "https://" + host(r), "type": "default", "enabled": True},
            {"key": "access_token", "value": BT(doc, r.choice(["jwt", "b64url"]), cat=None), "type": "secret", "enabled": True},
            {"key": "refresh_token", "value": GS(doc, "b64url", 64), "type": "secret", "enabled": True},
            {"key": "client_id", "value": uuid4(r), "type": "default", "enabled": True},
            {"key": "client_secret", "value": GS(doc, "alnum", 40), "type": "secret", "enabled": True},
            {"key": "admin_password", "value": PW(doc), "type": "secret", "enabled": True},
            {"key": "api_key", "value": GS(doc, "hex", 32), "type": "secret", "enabled": True},
            {"key": "user_password", "value": "", "type": "secret", "enabled": False},
            {"key": "request_id", "value": uuid4(r), "type": "default", "enabled": True}]
    if not vals[1]["value"].startswith("eyJ"):
        doc.labels[0] = ("bearer-token|generic-secret", vals[1]["value"])
    else:
        doc.labels[0] = ("jwt|generic-secret", vals[1]["value"])
    return json.dumps({"id": uuid4(r), "name": r.choice(["prod", "staging", "uat"]), "values": vals, "_postman_variable_scope": "environment",
                       "_postman_exported_at": ts(r).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "_postman_exported_using": "Postman/11.1.14"}, indent="\t") + "\n"


def leak_scanner_report(doc):
    r = doc.rng
    findings = []
    for _ in range(r.randint(6, 9)):
        q = r.random()
        f = r.choice(["config/prod.env", "deploy/values.yaml", "scripts/backup.sh", "src/settings.py", "docs/setup.md", "terraform/main.tf"])
        line = r.randint(3, 200)
        sha = git_sha(r)
        if q < 0.35:
            sec = AK(doc)
            rule, desc, match = "aws-access-token", "AWS Access Token", f"AWS_ACCESS_KEY_ID={sec}"
        elif q < 0.55:
            sec = AS(doc)
            rule, desc, match = "aws-secret-access-key", "AWS Secret Access Key", f"aws_secret_access_key = {sec}"
        elif q < 0.75:
            sec = GS(doc, r.choice(["hex", "alnum"]), r.choice([32, 40]))
            rule, desc, match = "generic-api-key", "Generic API Key", f'api_key: "{sec}"'
        elif q < 0.9:
            sec = PW(doc, "simple")
            rule, desc, match = "password-in-url", "Password in connection string", f"DB_PASSWORD={sec}"
        else:
            sec = "AKIAIOSFODNN7EXAMPLE"
            rule, desc, match = "aws-access-token", "AWS Access Token", f"aws_access_key_id={sec}  # docs example"
        author = r.choice(USERS)
        findings.append({"Description": desc, "StartLine": line, "EndLine": line, "StartColumn": r.randint(1, 20), "EndColumn": r.randint(40, 90), "Match": match, "Secret": sec,
                         "File": f, "SymlinkFile": "", "Commit": sha, "Entropy": round(r.uniform(3.2, 5.9), 6), "Author": author, "Email": doc.L("email", REG.fresh("email", lambda: rstr(frng("gh-id"), DIG, 8) + "+" + author + "@users.noreply.github.com")),
                         "Date": ts_iso(r), "Message": r.choice(["wip", "fix deploy", "add backup script", "update config"]), "Tags": [], "RuleID": rule, "Fingerprint": f"{sha}:{f}:{rule}:{line}"})
    return json.dumps(findings, indent=1) + "\n"


def airflow_connections(doc):
    r = doc.rng
    ak, sk = aws_akid(), None
    from gen_common import aws_secret
    sk = aws_secret()
    doc.L("aws-access-key-id", ak)
    doc.L("aws-secret-key", sk)
    conns = {"warehouse": {"conn_type": "postgres", "description": "", "login": "airflow", "password": PW(doc), "host": private_ipv4(r), "port": 5432, "schema": "dwh", "extra": ""},
             "aws_default": {"conn_type": "aws", "description": "", "login": None, "password": None, "host": None, "port": None, "schema": None,
                             "extra": json.dumps({"aws_access_key_id": ak, "aws_secret_access_key": sk, "region_name": "ap-south-1"})},
             "slack_alerts": {"conn_type": "http", "description": "", "login": None, "password": GS(doc, "alnum", 32, cat="password|generic-secret"), "host": "https://alerts." + r.choice(HOSTS) + ".internal", "port": None, "schema": None, "extra": ""},
             "sftp_vendor": {"conn_type": "sftp", "description": "", "login": "upload", "password": PW(doc), "host": "sftp.vendor.internal", "port": 22, "schema": None, "extra": json.dumps({"no_host_key_check": True})}}
    return "$ airflow connections export - --file-format json\n" + json.dumps(conns, indent=4) + "\n"


def tomcat_xml(doc):
    r = doc.rng
    return fill("""<?xml version="1.0" encoding="UTF-8"?>
<!-- conf/server.xml (excerpt) -->
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true" maxThreads="200">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/keystore.p12" certificateKeystorePassword="<<ksp>>" type="RSA"/>
      </SSLHostConfig>
    </Connector>
  </Service>
</Server>
<!-- conf/context.xml -->
<Context>
  <Resource name="jdbc/OrdersDB" auth="Container" type="javax.sql.DataSource" driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://<<ip>>:5432/orders" username="orders" password="<<dbp>>" maxTotal="50"/>
</Context>
<!-- conf/tomcat-users.xml -->
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <user username="tomcat" password="&lt;must-be-changed&gt;" roles="tomcat"/>
  <user username="deployer" password="<<mp>>" roles="manager-script"/>
  <user username="ops" password="<<op>>" roles="manager-gui"/>
</tomcat-users>
""", ksp=PW(doc, "simple"), ip=private_ipv4(r), dbp=PW(doc, enc="xml"), mp=PW(doc, "simple"), op=PW(doc, enc="xml"))


def team_chat(doc):
    r = doc.rng
    people = r.sample(["Ravi Kumar", "Anna Lind", "Deepak Shah", "Erik Holm", "Sneha Patil", "Mohit Jain"], 3)
    lines = []
    t = ts(r)
    msgs = [
        f"can someone share the staging DB password? the one in the wiki is old",
        f"staging db: user app / {PW(doc)}",
        f"thx. also the partner bearer token expired, new one is {BT(doc, r.choice(['b64url', 'hex', 'jwt']))}",
        f"pls stop pasting secrets here 😅 use vault",
        f"last one I promise: AWS_ACCESS_KEY_ID={AK(doc)} AWS_SECRET_ACCESS_KEY={AS(doc)} (read-only on the export bucket)",
        f"fyi the sha256 of the dump is {sha256hex(r)} and the request id from their side is {uuid4(r)}",
        f"password for the shared jira bot account is now {PW(doc, 'word')}",
        f"the webhook signing secret in the partner portal: {GS(doc, 'hex', 64)}",
        "👍",
    ]
    for m in msgs:
        t = t.replace(minute=(t.minute + r.randint(1, 5)) % 60)
        lines.append(f"[{t.strftime('%d/%m/%Y %H:%M')}] {r.choice(people)}: {m}")
    return "\n".join(lines) + "\n"


def introspection_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(8, 11)):
        t = clk.T("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        tok = BT(doc, r.choice(["b64url", "hex", "alnum"]), cat="bearer-token|generic-secret")
        active = r.random() < 0.7
        out.append(f"{t} INFO  [introspect] POST /oauth2/introspect token={tok} token_type_hint=access_token -> active={str(active).lower()} client_id={rstr(r, ALNUM, 20)} sub={uuid4(r) if active else '-'} jti={rstr(r, HEX, 32)}")
    return "\n".join(out) + "\n"


def serverless_yml(doc):
    r = doc.rng
    return fill("""service: image-resizer
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs20.x
  region: <<reg>>
  environment:
    BUCKET: <<org>>-images
    CDN_PURGE_TOKEN: <<cdn>>
    SENTRY_DSN: https://<<pub>>@o<<o>>.ingest.sentry.io/<<p>>
    DB_PASSWORD: ${ssm:/prod/resizer/db_password}
    LEGACY_DB_PASSWORD: <<pw>>
custom:
  s3Sync:
    - bucketName: <<org>>-assets
      localDir: public
  deploymentCredentials:
    accessKeyId: <<ak>>
    secretAccessKey: <<sk>>
functions:
  resize:
    handler: src/handler.resize
    events:
      - s3: {bucket: <<org>>-images, event: "s3:ObjectCreated:*"}
""", reg=r.choice(["ap-south-1", "eu-north-1"]), org=r.choice(HOSTS), cdn=GS(doc, "b64url", 40), pub=rstr(r, HEX, 32), o=rstr(r, DIG, 6), p=rstr(r, DIG, 7), pw=PW(doc), ak=AK(doc), sk=AS(doc))


def editor_secrets(doc):
    r = doc.rng
    if doc.meta_i % 2 == 0:
        return json.dumps({"name": "prod-web", "host": private_ipv4(r), "protocol": "sftp", "port": 22, "username": "deploy", "password": PW(doc),
                           "remotePath": "/var/www/html", "uploadOnSave": True, "ignore": [".vscode", ".git", ".DS_Store"], "profiles": {"staging": {"host": private_ipv4(r), "password": PW(doc)}}}, indent=4) + "\n"
    return json.dumps({"ConnectionStrings:Default": f"Server=localhost;Database=app;User Id=sa;Password={PW(doc, 'simple')};TrustServerCertificate=true",
                       "Authentication:Google:ClientSecret": doc.L("generic-secret", "GOCSPX-" + token("b64url", 28)),
                       "Payments:ApiSecret": GS(doc, "alnum", 40), "Payments:ApiKeyId": "key_" + rstr(r, DIG, 10), "Smtp:Password": PW(doc),
                       "Jwt:SigningKey": GS(doc, "b64", 43)}, indent=2) + "\n"


def iam_console_csv(doc):
    """The CSV files the IAM console offers for download after creating users / access keys."""
    r = doc.rng
    acct = rstr(r, "123456789", 1) + rstr(r, DIG, 11)
    if doc.meta_i == 0:
        rows = [["Access key ID", "Secret access key"], [AK(doc), AS(doc)]]
        return csv_text(rows, crlf=True)
    rows = [["User name", "Password", "Access key ID", "Secret access key", "Console login link"]]
    for u in r.sample(["svc-backup", "ravi.k", "anna.l", "ci-deploy", "grafana", "vendor-x", "etl", "ses-smtp"], r.randint(4, 6)):
        has_console = r.random() < 0.6
        rows.append([u, PW(doc, "random") if has_console else "", AK(doc), AS(doc), f"https://{acct}.signin.aws.amazon.com/console" if has_console else ""])
    return csv_text(rows, crlf=True)


PLAN = [
    ("vaults", ["Chrome Passwords.csv", "chrome_passwords_laptop2.csv"], chrome_passwords, None),
    ("vaults", "bitwarden_export_{i:02d}.json", bitwarden_json, 1),
    ("vaults", "keepass_export_{i:02d}.xml", keepass_xml, 1),
    ("vaults", "service_accounts_{i:02d}.csv", creds_spreadsheet, 2),
    ("vaults", ["ci_env_dump.log", "pod_env.txt", "heroku_config.txt"], env_dump, None),
    ("vaults", ["secretsmanager.txt", "vault_kv.txt", "kubectl_secret_decode.txt"], secret_manager_output, None),
    ("vaults", "gitleaks_report_{i:02d}.json", leak_scanner_report, 2),
    ("vaults", "airflow_connections_{i:02d}.txt", airflow_connections, 1),
    ("aws", ["accessKeys.csv", "new_user_credentials.csv", "new_user_credentials (1).csv"], iam_console_csv, None),
    ("gateway", ["kong_access.jsonl", "nginx_auth.log", "envoy_access.log", "kong_access_2.jsonl"], gateway_log, None),
    ("gateway", "introspect_{i:02d}.log", introspection_log, 2),
    ("gateway", "burp_history_{i:02d}.xml", burp_export, 1),
    ("gateway", "postman_env_{i:02d}.json", postman_env, 2),
    ("code", "churn_analysis_{i:02d}.ipynb", notebook, 2),
    ("code", ["sftp.json", "secrets.json"], editor_secrets, None),
    ("infra", "serverless_{i:02d}.yml", serverless_yml, 1),
    ("config", "tomcat_{i:02d}.xml", tomcat_xml, 1),
    ("prose", "team_chat_{i:02d}.txt", team_chat, 2),
]
