"""More secret-heavy carriers: Keycloak realm export, n8n and Node-RED credentials, JetBrains HTTP client env,
Vault KV loop output, Spinnaker halconfig."""
import json

from vals import j, url

PW, GS, TW, AZ = "password", "generic-secret", "twilio-key", "azure-storage-key"
TWS = "twilio-key|generic-secret"
P_Q = '!#$%&*+-./:;<=>?@[]^_{|}~"\\'


def jv(v):
    return json.dumps(v, ensure_ascii=False)[1:-1]


def build(s):
    g = s.g
    r = g.r

    # ------------------------------------------------------------ keycloak
    s.desc("keycloak-export", "Keycloak realm export (partial export with clients, IdPs, LDAP and SMTP)")
    d = s.doc("keycloak-export/realm-export.json")
    labs = []
    clients = []
    for cid in ["account", "account-console", "admin-cli", "broker", "realm-management", "security-admin-console"]:
        clients.append({"id": g.uuid(), "clientId": cid, "enabled": True, "publicClient": cid in ("account-console", "admin-cli", "security-admin-console"),
                        "secret": "**********" if cid in ("broker", "realm-management") else None})
    for cid in ["grafana", "argocd", "gitlab", "nextcloud", "jenkins", "vault", "minio-console", "harbor", "sonarqube",
                "outline", "wiki-js", "rancher", "kibana", "oauth2-proxy-ops", "oauth2-proxy-dev", "portainer", "matrix-synapse",
                "mattermost", "zammad", "paperless", "immich", "jellyfin-sso", "bookstack", "gitea", "pgadmin", "metabase",
                "superset", "airflow", "n8n", "vikunja", "netbox", "awx", "semaphore", "teleport", "guacamole", "openproject",
                "mailcow", "stirling-pdf", "uptime-kuma", "headscale", "forgejo", "woodpecker", "coder", "backstage", "sentry"]:
        sec = r.choice([g.alnum(32), g.alnum(32), g.b64(32, url=True, pad=False)])
        clients.append({"id": g.uuid(), "clientId": cid, "name": cid.replace("-", " ").title(), "enabled": True,
                        "clientAuthenticatorType": "client-secret", "secret": sec,
                        "redirectUris": [f"https://{cid}.example.org/*"], "publicClient": False, "protocol": "openid-connect",
                        "attributes": {"post.logout.redirect.uris": "+", "client.secret.creation.time": str(r.randrange(1700000000, 1760000000))}})
        labs.append((GS, jv(sec)))
    smtp_pw = g.pw_rand(punct=P_Q)
    labs.append((PW, jv(smtp_pw)))
    idps = []
    for alias, prov in [("google", "google"), ("microsoft", "microsoft"), ("github", "github"), ("saml-partner", "saml"), ("azure-ad", "oidc")]:
        cfg = {"syncMode": "IMPORT", "clientId": g.uuid() if prov != "github" else "Iv1." + g.hex(16)}
        if prov != "saml":
            sec = g.alnum(40) if prov != "microsoft" else g.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789~._-", 40)
            cfg["clientSecret"] = sec
            labs.append((GS, jv(sec)))
        else:
            cfg["signingCertificate"] = "MIIC" + g.b64(60)
        idps.append({"alias": alias, "providerId": prov, "enabled": True, "trustEmail": False, "config": cfg})
    ldap_pw = g.pw_any(punct=P_Q)
    labs.append((PW, jv(ldap_pw)))
    users = []
    for u in ["svc-ci", "break-glass"]:
        users.append({"username": u, "enabled": True, "credentials": [{"type": "password", "userLabel": "My password",
                      "secretData": json.dumps({"value": g.b64(64), "salt": g.b64(16), "additionalParameters": {}}),
                      "credentialData": json.dumps({"hashIterations": 27500, "algorithm": "pbkdf2-sha256", "additionalParameters": {}})}]})
    realm = {"id": g.uuid(), "realm": "ops", "enabled": True, "sslRequired": "external",
             "smtpServer": {"password": smtp_pw, "starttls": "true", "auth": "true", "port": "587", "host": "smtp.example.org",
                            "from": "sso@example.org", "fromDisplayName": "Ops SSO", "user": "sso@example.org"},
             "clients": clients, "identityProviders": idps, "users": users,
             "components": {"org.keycloak.storage.UserStorageProvider": [
                 {"id": g.uuid(), "name": "corp-ldap", "providerId": "ldap", "subComponents": {},
                  "config": {"bindDn": ["cn=keycloak,ou=svc,dc=corp,dc=example,dc=org"], "bindCredential": [ldap_pw],
                             "connectionUrl": ["ldaps://dc01.corp.example.org"], "usersDn": ["ou=people,dc=corp,dc=example,dc=org"],
                             "editMode": ["READ_ONLY"], "vendor": ["ad"]}}],
                 "org.keycloak.keys.KeyProvider": [
                     {"id": g.uuid(), "name": "hmac-generated", "providerId": "hmac-generated", "config": {"priority": ["100"], "algorithm": ["HS256"]}}]}}
    d.w(json.dumps(realm, indent=2, ensure_ascii=False), "\n")
    for c, v in labs:
        d.L(c, v)

    # ------------------------------------------------------------ n8n
    s.desc("n8n-credentials", "n8n export:credentials --decrypted output")
    d = s.doc("n8n-credentials/credentials-decrypted.json")
    creds = []
    labs = []

    def add(name, typ, data, lab):
        creds.append({"createdAt": "2026-0%d-1%dT08:00:00.000Z" % (r.randrange(1, 9), r.randrange(0, 9)), "updatedAt": "2026-11-20T10:00:00.000Z",
                      "id": g.alnum(16), "name": name, "data": data, "type": typ, "isManaged": False})
        labs.extend(lab)

    for i, nm in enumerate(['CRM', 'ERP', 'Shop', 'Billing', 'Mailer', 'Search', 'Geo', 'PIM', 'WMS', 'TMS', 'Helpdesk', 'Survey', 'BI', 'DAM', 'CMS', 'LMS', 'HRIS', 'Payroll', 'Fleet', 'Telematics']):
        v = g.alnum(r.choice([32, 40, 48]))
        add(f"Header Auth – {nm} API", "httpHeaderAuth",
            {"name": r.choice(["X-API-Key", "X-Auth-Token", "Api-Key"]), "value": v}, [(GS, v)])
    for i in range(6):
        pw = g.pw_any(punct=P_Q)
        add(f"Postgres {['prod', 'dwh', 'crm', 'shop', 'analytics', 'legacy'][i]}", "postgres",
            {"host": f"10.22.0.{10 + i}", "database": "app", "user": "n8n", "password": pw, "port": 5432, "ssl": "require"}, [(PW, jv(pw))])
    for i in range(4):
        pw = g.pw_human()
        add(f"SMTP {['notifications', 'invoices', 'hr', 'alerts'][i]}", "smtp",
            {"user": f"{['notifications', 'invoices', 'hr', 'alerts'][i]}@example.org", "password": pw, "host": "smtp.example.org", "port": 587, "secure": False}, [(PW, jv(pw))])
    for i, nm in enumerate(['Zoho', 'Xero', 'Exact', 'Teamleader', 'Moneybird', 'Pipedrive', 'Freshdesk', 'Calendly', 'Typeform', 'Miro', 'Asana', 'Personio']):
        cs = g.alnum(40)
        add(f"OAuth2 {nm}", "oAuth2Api",
            {"clientId": g.hex(24), "clientSecret": cs, "accessTokenUrl": "https://accounts.example.com/oauth/token", "authUrl": "https://accounts.example.com/oauth/authorize",
             "scope": "read write", "authentication": "body", "grantType": "authorizationCode"}, [(GS, cs)])
    for i in range(3):
        tok = g.twilio_token()
        add(f"Twilio {['NL', 'BE', 'support'][i]}", "twilioApi",
            {"authType": "authToken", "accountSid": g.twilio_sid(), "authToken": tok}, [(TW, tok)])
    for i in range(2):
        sk, sec = g.twilio_sk(), g.alnum(32)
        add(f"Twilio API key {i + 1}", "twilioApi", {"authType": "apiKey", "accountSid": g.twilio_sid(), "apiKeySid": sk, "apiKeySecret": sec},
            [(TW, sk), (TWS, sec)])
    for nm in ['exports', 'media', 'logs', 'invoices', 'backups']:
        k = g.azure_key()
        add(f"Azure Storage {nm}", "azureStorageSharedKeyApi",
            {"account": f"st{nm}{g.hex(4)}", "key": k}, [(AZ, k)])
    for i in range(4):
        pw = g.pw_rand(punct=P_Q)
        add(f"FTP {['supplier-a', 'supplier-b', 'printer', 'bank'][i]}", "ftp",
            {"host": f"ftp{i}.partner.example", "port": 21, "username": "n8n", "password": pw}, [(PW, jv(pw))])
    for i in range(3):
        secret = g.hex(64)
        add(f"Webhook HMAC {i + 1}", "cryptoHmac" if False else "httpCustomAuth",
            {"json": json.dumps({"headers": {"X-Signature-Key": secret}})}, [(GS, secret)])
    d.w("$ n8n export:credentials --all --decrypted --pretty --output=/tmp/creds.json && cat /tmp/creds.json\n",
        "Successfully exported " + str(len(creds)) + " credentials.\n", json.dumps(creds, indent=2), "\n")
    for c, v in labs:
        d.L(c, v)

    # ------------------------------------------------------------ node-red
    s.desc("nodered-credentials", "Node-RED flows_cred.json after decryption with credentialSecret")
    d = s.doc("nodered-credentials/flows_cred.decrypted.json")
    out = {}
    labs = []
    for i in range(22):
        nid = g.hex(16)
        k = r.randrange(6)
        if k == 0:
            pw = g.pw_any(punct=P_Q)
            out[nid] = {"user": r.choice(["nodered", "sensors", "plc-gw"]), "password": pw}
            labs.append((PW, jv(pw)))
        elif k == 1:
            pw = g.pw_human()
            out[nid] = {"username": "mqtt-bridge", "password": pw}
            labs.append((PW, jv(pw)))
        elif k == 2:
            t = g.alnum(40)
            out[nid] = {"token": t}
            labs.append((GS, t))
        elif k == 3:
            tok = g.twilio_token()
            out[nid] = {"sid": g.twilio_sid(), "token": tok}
            labs.append((TW, tok))
        elif k == 4:
            ak = g.hex(32)
            out[nid] = {"apikey": ak}
            labs.append((GS, ak))
        else:
            out[nid] = {"user": "influx", "password": ""}
    d.w("$ node decrypt-creds.js ~/.node-red/flows_cred.json   # credentialSecret from settings.js\n",
        json.dumps(out, indent=4), "\n\n# settings.js\n",
        f"credentialSecret: \"{d.L(GS, g.alnum(32))}\",\n", "adminAuth: {\n    type: \"credentials\",\n    users: [{\n        username: \"admin\",\n",
        f"        password: \"{d.F(g.bcrypt())}\",\n        permissions: \"*\"\n    }}]\n}},\n")
    for c, v in labs:
        d.L(c, v)

    # ------------------------------------------------------------ jetbrains http client
    s.desc("jetbrains-http-client", "JetBrains HTTP Client http-client.private.env.json")
    d = s.doc("jetbrains-http-client/http-client.private.env.json")
    env = {}
    labs = []
    for e in ["local", "dev", "test", "acceptance", "production", "perf", "demo", "dr"]:
        pw, ak, cs, hk = g.pw_any(punct=P_Q), g.alnum(32), g.b64(32, url=True, pad=False), g.hex(64)
        env[e] = {"username": f"api-tester-{e}", "password": pw, "apiKey": ak, "clientId": g.uuid(), "clientSecret": cs,
                  "hmacKey": hk, "tenant": r.choice(["nl", "be", "de"])}
        labs += [(PW, jv(pw)), (GS, ak), (GS, cs), (GS, hk)]
    env["local"]["password"] = "{{$dotenv LOCAL_PASSWORD}}"
    labs = labs[1:]   # the local password is a placeholder now
    d.w(json.dumps(env, indent=2), "\n")
    for c, v in labs:
        d.L(c, v)

    # ------------------------------------------------------------ vault kv loop
    s.desc("vault-kv", "vault kv get output (table and JSON) and a loop over all app paths")
    d = s.find("vault-kv/kv-get.txt")
    d.w("\n$ for p in $(vault kv list -format=json secret/apps | jq -r '.[]'); do echo \"== $p\"; vault kv get -format=json -field=data secret/apps/$p; done\n")
    for app in ["billing", "catalog", "checkout", "crm-sync", "dwh-loader", "fulfilment", "identity", "invoicing", "notifications",
                "pricing", "recommendations", "returns", "search", "shipping", "warehouse", "loyalty", "giftcards", "reviews",
                "subscriptions", "tax-engine", "payouts", "fraud-scoring", "media", "translations", "partner-portal",
                "supplier-edi", "label-printing", "chatbot", "forecasting", "customer-data"]:
        data = {}
        labs = []
        for key, kind in r.sample([("db_password", "pw"), ("api_key", "alnum"), ("client_secret", "b64u"), ("signing_key", "b64"),
                                   ("webhook_secret", "hex"), ("encryption_key", "b64"), ("smtp_password", "pw"), ("rabbitmq_password", "pw"),
                                   ("license_key", "lic"), ("session_secret", "hex")], 5):
            if kind == "pw":
                v = g.pw_any(punct=P_Q)
                labs.append((PW, jv(v)))
            elif kind == "alnum":
                v = g.alnum(40)
                labs.append((GS, v))
            elif kind == "b64u":
                v = g.b64(32, url=True, pad=False)
                labs.append((GS, v))
            elif kind == "b64":
                v = g.b64(32)
                labs.append((GS, v))
            elif kind == "lic":
                v = "-".join(g.chars("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 5) for _ in range(5))
                labs.append((GS, v))
            else:
                v = g.hex(64)
                labs.append((GS, v))
            data[key] = v
        data["db_user"] = app.replace("-", "_")
        data["rotated_at"] = f"2026-{r.randrange(6, 12):02d}-{r.randrange(1, 29):02d}"
        d.w(f"== {app}\n", json.dumps(data, indent=2), "\n")
        for c, v in labs:
            d.L(c, v)

    # ------------------------------------------------------------ spinnaker
    s.desc("spinnaker-halconfig", "Spinnaker ~/.hal/config with accounts, persistent storage and notifications")
    d = s.doc("spinnaker-halconfig/config")
    d.w("currentDeployment: default\nabsentFieldsReplaceable: true\ndeploymentConfigurations:\n- name: default\n  version: 1.35.3\n",
        "  providers:\n    dockerRegistry:\n      enabled: true\n      accounts:\n")
    for reg in ["harbor", "nexus-docker", "quay-mirror", "gitlab-registry"]:
        d.w(f"      - name: {reg}\n        requiredGroupMembership: []\n        address: https://{reg}.example.org\n        username: spinnaker\n",
            f"        password: {d.L(PW, g.pw_rand(punct='!#%*+-.@^_~'))}\n        cacheIntervalSeconds: 30\n")
    d.w("  persistentStorage:\n    persistentStoreType: azs\n    azs:\n      storageAccountName: stspinnakerfront\n",
        f"      storageAccountKey: {d.L(AZ, g.azure_key())}\n      storageContainerName: spinnaker\n",
        "    s3:\n      bucket: spin-front50\n      rootFolder: front50\n      accessKeyId: ${S3_ACCESS_KEY_ID}\n      secretAccessKey: encrypted:s3!f:secret_access_key\n",
        "  notifications:\n    slack:\n      enabled: true\n      botName: spinnaker\n      token: encrypted:vault!e:slack!k:token\n",
        "    twilio:\n      enabled: true\n", f"      account: {g.twilio_sid()}\n", f"      token: {d.L(TW, g.twilio_token())}\n      from: '+12025550181'\n",
        "    github-status:\n      enabled: false\n  ci:\n    jenkins:\n      enabled: true\n      masters:\n")
    for m in ["jenkins-main", "jenkins-legacy", "jenkins-mobile"]:
        d.w(f"      - name: {m}\n        address: https://{m}.example.org\n        username: spinnaker\n        password: {d.L('generic-secret|password', '11' + g.hex(32))}\n")
    d.w("  security:\n    authn:\n      oauth2:\n        enabled: true\n        client:\n", f"          clientId: {g.uuid()}\n",
        f"          clientSecret: {d.L(GS, g.alnum(40))}\n", "          scope: openid profile email\n        provider: OTHER\n",
        "      saml:\n        enabled: false\n        keyStorePassword: null\n      ldap:\n        enabled: true\n        url: ldaps://ldap.example.org/dc=example,dc=org\n",
        "        managerDn: cn=spinnaker,ou=svc,dc=example,dc=org\n", f"        managerPassword: {d.L(PW, g.pw_human())}\n",
        "  canary:\n    enabled: true\n    serviceIntegrations:\n    - name: prometheus\n      accounts:\n      - name: prom\n        endpoint:\n          baseUrl: https://prom.example.org\n",
        f"        username: canary\n        password: {d.L(PW, g.pw_rand(punct='!#%*+-.@^_~'))}\n")
