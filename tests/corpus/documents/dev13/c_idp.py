"""Identity providers: Keycloak, Auth0, Okta, Dex, Ory Hydra, RFC 8693 token exchange, Cognito."""
import json
from values import *


def keycloak():
    begin("keycloak/server.log")
    out = []
    realm = "kaprifol"
    for i in range(14):
        t = ts()
        ip = pub_ip()
        user = uid()
        k = i % 4
        if k == 0:
            out.append(f"{t:%Y-%m-%d %H:%M:%S},{R.randint(100,999)} DEBUG [org.keycloak.events] (executor-thread-{R.randint(1,40)}) "
                       f"type=\"LOGIN\", realmId=\"{uid()}\", realmName=\"{realm}\", clientId=\"self-service\", userId=\"{user}\", "
                       f"sessionId=\"{uid()}\", ipAddress=\"{lab('ipv4', ip)}\", auth_method=\"openid-connect\", auth_type=\"code\", "
                       f"redirect_uri=\"https://mitt.kaprifol.se/callback\", consent=\"no_consent_required\", code_id=\"{uid()}\", username=\"{pick(NAMES_F).lower()}.{pick(SURN).lower()}\"")
        elif k == 1:
            out.append(f"{t:%Y-%m-%d %H:%M:%S},{R.randint(100,999)} DEBUG [org.keycloak.events] (executor-thread-{R.randint(1,40)}) "
                       f"type=\"CODE_TO_TOKEN\", realmName=\"{realm}\", clientId=\"self-service\", userId=\"{user}\", ipAddress=\"{doc_ip()}\", "
                       f"token_id=\"{uid()}\", grant_type=\"authorization_code\", refresh_token_type=\"Refresh\", scope=\"openid profile email phone\", "
                       f"refresh_token_id=\"{uid()}\", code_id=\"{uid()}\", client_auth_method=\"client-secret\"")
        elif k == 2:
            tok = jwt(iss=f"https://login.kaprifol.se/realms/{realm}", extra={"azp": "broker", "typ": "Bearer", "scope": "openid"})
            out.append(f"{t:%Y-%m-%d %H:%M:%S},{R.randint(100,999)} DEBUG [org.apache.http.wire] (executor-thread-{R.randint(1,40)}) "
                       f"http-outgoing-{R.randint(1,90)} >> \"GET /oidc/userinfo HTTP/1.1[\\r][\\n]\"")
            out.append(f"{t:%Y-%m-%d %H:%M:%S},{R.randint(100,999)} DEBUG [org.apache.http.wire] (executor-thread-{R.randint(1,40)}) "
                       f"http-outgoing-{R.randint(1,90)} >> \"Authorization: Bearer {lab('jwt|bearer-token', tok)}[\\r][\\n]\"")
            out.append(f"{t:%Y-%m-%d %H:%M:%S},{R.randint(100,999)} DEBUG [org.apache.http.wire] (executor-thread-{R.randint(1,40)}) "
                       f"http-outgoing-{R.randint(1,90)} >> \"Host: idp.partner-bank.se[\\r][\\n]\"")
        else:
            out.append(f"{t:%Y-%m-%d %H:%M:%S},{R.randint(100,999)} WARN  [org.keycloak.events] (executor-thread-{R.randint(1,40)}) "
                       f"type=\"REFRESH_TOKEN_ERROR\", realmName=\"{realm}\", clientId=\"mobile-app\", userId=\"null\", ipAddress=\"{priv_ip()}\", "
                       f"error=\"invalid_token\", grant_type=\"refresh_token\", client_auth_method=\"client-secret\", reason=\"Token is not active\"")
    out.append(f"2026-11-21 09:14:02,511 DEBUG [org.keycloak.services.resources.admin.AdminRoot] (executor-thread-3) "
               f"token check failed for header 'Authorization: Bearer {look(masked_jwt())}' (truncated)")
    end("\n".join(out) + "\n")

    begin("keycloak/admin-events-export.json")
    evs = []
    for i in range(9):
        first, last = pick(NAMES_F + NAMES_M), pick(SURN)
        _, ph = phone("SE" if i % 3 else pick(["NO", "FI", "DK", "DE"]))
        p = pnr(samord=(i == 4))
        em = email(first, last)
        rep = {"id": uid(), "username": f"{first.lower()}.{last.lower()}", "enabled": True, "emailVerified": True,
               "firstName": first, "lastName": last, "email": lab("email", em),
               "attributes": {"phoneNumber": [lab("phone", ph)], "personalIdentityNumber": [lab("se-personnummer", p)],
                              "memberNo": [look(datey("10n", 1995, 2024))], "locale": ["sv"]}}
        evs.append({"time": epoch() * 1000, "realmId": uid(), "authDetails": {"realmId": uid(), "clientId": uid(), "userId": uid(),
                    "ipAddress": doc_ip()}, "operationType": pick(["CREATE", "UPDATE"]), "resourceType": "USER",
                    "resourcePath": f"users/{uid()}", "representation": json.dumps(rep, ensure_ascii=False)})
    end(json.dumps(evs, indent=2, ensure_ascii=False) + "\n")


def auth0():
    begin("auth0-logs/log-stream-2026-11-14.jsonl")
    lines = []
    for i in range(16):
        k = i % 5
        base = {"log_id": "9002" + hexs(52), "date": f"{ts():%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z", "client_id": b62(32),
                "client_name": pick(["Nordvik Web", "Nordvik iOS", "orders-m2m"]), "ip": "", "hostname": "nordvik.eu.auth0.com"}
        ipx = pub_ip()
        base["ip"] = lab("ipv4", ipx)
        if k == 0:
            base.update({"type": "seccft", "description": "Client Credentials for Access Token", "audience": "https://api.nordvik.io",
                         "scope": "read:orders write:orders", "details": {"actions": {"executions": [b62(40)]}}})
        elif k == 1:
            tok, cat = bearer_any()
            base.update({"type": "sapi", "description": "Update a client", "details": {"request": {"method": "patch",
                         "path": "/api/v2/clients/" + b62(32), "channel": "https://manage.auth0.com/",
                         "auth": {"user": {"user_id": "google-oauth2|" + str(R.randint(10**20, 10**21)), "email": lab("email", email(*pick(INTL), "nordvik.io"))},
                                  "strategy": "jwt", "credentials": {"jti": hexs(32), "scopes": ["update:clients"]}}},
                         "response": {"statusCode": 200}}})
        elif k == 2:
            _, ph = phone(pick(["SE", "US", "UK", "DE", "IN"]))
            base.update({"type": "gd_send_sms", "description": "Guardian - Second factor SMS sent", "user_id": "auth0|" + hexs(24),
                         "details": {"to": lab("phone", ph), "sms_provider": "twilio", "message_sid": "SM" + hexs(32)}})
        elif k == 3:
            tok = "ya29.a0" + b64u(R.randint(160, 200))
            base.update({"type": "actions_execution_log", "description": "post-login action stdout",
                         "details": {"stdout": f"calling People API with Authorization: Bearer {lab('bearer-token', tok)}\nstatus 200\n",
                                     "action_name": "enrich-profile"}})
        else:
            base.update({"type": "fsa", "description": "Login required", "details": {"qs": {"client_id": b62(32),
                         "response_type": "code", "redirect_uri": "https://app.nordvik.io/cb", "state": b64u(32), "nonce": b64u(32)}},
                         "strategy": "auth0"})
        lines.append(json.dumps(base, separators=(",", ":")))
    end("\n".join(lines) + "\n")

    begin("auth0-logs/deploy-cli-config.json")
    sec = b64u(64)
    mtok = jwt(iss="https://nordvik.eu.auth0.com/", aud="https://nordvik.eu.auth0.com/api/v2/", extra={"gty": "client-credentials", "scope": "read:clients update:clients"})
    cfg = {"AUTH0_DOMAIN": "nordvik.eu.auth0.com", "AUTH0_CLIENT_ID": b62(32), "AUTH0_CLIENT_SECRET": lab("generic-secret", sec),
           "AUTH0_ACCESS_TOKEN": lab("jwt|generic-secret", mtok), "AUTH0_ALLOW_DELETE": False,
           "AUTH0_KEYWORD_REPLACE_MAPPINGS": {"CALLBACK": "https://app.nordvik.io/cb", "LOG_WEBHOOK_TOKEN": "##LOG_TOKEN##",
                                               "SENDGRID_KEY": "${SENDGRID_KEY}"},
           "EXCLUDED_PROPS": {"clients": ["client_secret"]}}
    end(json.dumps(cfg, indent=2) + "\n")


def okta():
    begin("okta-syslog/events-page-3.json")
    evs = []
    for i in range(11):
        fn, ln = pick(INTL)
        em = email(fn, ln, "halvmane.net")
        ip = pub_ip()
        ev = {"actor": {"id": "00u" + b62(17), "type": "User", "alternateId": lab("email", em), "displayName": f"{fn} {ln}", "detailEntry": None},
              "client": {"userAgent": {"rawUserAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15", "os": "Mac OS X", "browser": "SAFARI"},
                         "zone": "null", "device": "Computer", "id": None, "ipAddress": lab("ipv4", ip),
                         "geographicalContext": {"city": pick(["Stockholm", "Oslo", "Berlin", "Dublin"]), "country": pick(["Sweden", "Norway", "Germany", "Ireland"])}},
              "authenticationContext": {"authenticationProvider": None, "credentialProvider": None, "credentialType": None, "issuer": None,
                                        "interface": None, "authenticationStep": 0, "externalSessionId": "102" + b62(22)},
              "displayMessage": "", "eventType": "", "outcome": {"result": "SUCCESS", "reason": None},
              "published": f"{ts():%Y-%m-%dT%H:%M:%S.%f}"[:-3] + "Z", "securityContext": {"asNumber": R.randint(1000, 60000), "isp": "telia company ab", "isProxy": False},
              "severity": "INFO", "debugContext": {"debugData": {"requestId": b62(27), "requestUri": "", "url": ""}},
              "legacyEventType": None, "transaction": {"type": "WEB", "id": b62(27), "detail": {}}, "uuid": uid(), "version": "0", "request": {"ipChain": []}, "target": []}
        k = i % 4
        if k == 0:
            ev["eventType"], ev["displayMessage"] = "user.session.start", "User login to Okta"
            ev["debugContext"]["debugData"]["requestUri"] = "/idp/idx/identify"
            ev["debugContext"]["debugData"]["url"] = "/idp/idx/identify?"
        elif k == 1:
            tok = b64u(R.randint(40, 60))
            ev["eventType"], ev["displayMessage"] = "app.oauth2.as.token.grant.access_token", "OAuth2 access token is granted"
            u = "/oauth2/aus" + b62(17) + "/v1/authorize?client_id=0oa" + b62(17) + "&response_type=token&state=" + b62(20)
            ev["debugContext"]["debugData"]["requestUri"] = u
            ev["debugContext"]["debugData"]["url"] = f"/callback#access_token={lab('bearer-token|generic-secret', tok)}&token_type=Bearer&expires_in=3600"
        elif k == 2:
            _, ph = phone(pick(["US", "CA", "UK", "AU", "IE"]))
            ev["eventType"], ev["displayMessage"] = "user.mfa.factor.activate", "Activate factor or authenticator"
            ev["target"] = [{"id": "mbl" + b62(17), "type": "sms", "alternateId": lab("phone", ph), "displayName": "SMS Authentication"}]
        else:
            ev["eventType"], ev["displayMessage"] = "system.sms.send_factor_verify_message", "Send SMS verification message"
            ev["debugContext"]["debugData"]["phoneNumber"] = look("+1 XXX-XXX-" + str(R.randint(1000, 9999)))
        evs.append(ev)
    end(json.dumps(evs, indent=2) + "\n")

    begin("okta-syslog/terraform-okta.auto.tfvars")
    at = b62(40)
    end(f"""# okta provider inputs for the halvmane org (preview tenant)
okta_org_name  = "halvmane"
okta_base_url  = "oktapreview.com"
okta_api_token = "{lab('generic-secret', '00' + at)}"
okta_access_token = "{look('${OKTA_ACCESS_TOKEN}')}"
# the old token below was revoked on 2026-10-02, kept for the audit trail
# okta_api_token = "00{look('*' * 40)}"
scim_bearer_token = "{lab('bearer-token|generic-secret', b64std(33))}"
""")


def dex():
    begin("dex/config.yaml")
    cs = [b62(32) for _ in range(3)]
    bpw = b62(18) + "#" + b62(4)
    end(f"""issuer: https://dex.trellbrook.com
storage:
  type: kubernetes
  config:
    inCluster: true
web:
  http: 0.0.0.0:5556
telemetry:
  http: 0.0.0.0:5558
oauth2:
  skipApprovalScreen: true
  responseTypes: ["code"]
expiry:
  idTokens: "10m"
  refreshTokens:
    validIfNotUsedFor: "2160h"
connectors:
- type: ldap
  id: ad
  name: Trellbrook AD
  config:
    host: ad01.corp.trellbrook.com:636
    bindDN: cn=svc-dex,ou=svc,dc=corp,dc=trellbrook,dc=com
    bindPW: "{lab('password', bpw)}"
    usernamePrompt: Email
    userSearch:
      baseDN: ou=people,dc=corp,dc=trellbrook,dc=com
      filter: "(objectClass=person)"
      username: mail
      idAttr: objectGUID
      emailAttr: mail
      nameAttr: displayName
- type: github
  id: github
  name: GitHub
  config:
    clientID: Iv1.{hexs(16)}
    clientSecret: {lab('generic-secret', hexs(40))}
    redirectURI: https://dex.trellbrook.com/callback
staticClients:
- id: argo-workflows
  name: Argo Workflows
  secret: {lab('generic-secret', cs[0])}
  redirectURIs: ["https://argo.trellbrook.com/oauth2/callback"]
- id: grafana
  name: Grafana
  secretEnv: GRAFANA_DEX_SECRET
  redirectURIs: ["https://grafana.trellbrook.com/login/generic_oauth"]
- id: kubectl
  name: kubectl
  public: true
  secret: {look('ZXhhbXBsZS1hcHAtc2VjcmV0')}
""")
    begin("dex/dex.log")
    out = []
    for i in range(12):
        t = ts()
        k = i % 3
        fn, ln = pick(INTL)
        if k == 0:
            out.append(f'time="{t:%Y-%m-%dT%H:%M:%SZ}" level=info msg="login successful: connector \\"ad\\", username=\\"{fn} {ln}\\", '
                       f'preferred_username=\\"\\", email=\\"{lab("email", email(fn, ln, "trellbrook.com"))}\\", groups=[\\"platform\\"]"')
        elif k == 1:
            tok = jwt(iss="https://dex.trellbrook.com", aud="kubectl", extra={"email": "svc@trellbrook.internal", "email_verified": True})
            out.append(f'time="{t:%Y-%m-%dT%H:%M:%SZ}" level=debug msg="verifying upstream request" client_id=argo-workflows '
                       f'header="authorization: bearer {lab("jwt|bearer-token", tok)}"')
        else:
            out.append(f'time="{t:%Y-%m-%dT%H:%M:%SZ}" level=error msg="failed to verify ID token: oidc: token is expired (Token Expiry: {t:%Y-%m-%d})" '
                       f'request_id={uid()} remote_addr={priv_ip()}:{R.randint(30000,60000)}')
    out.append(f'time="2026-11-22T06:00:01Z" level=info msg="keys rotated, next rotation: 2026-11-22 12:00:01" kid={hexs(40)}')
    end("\n".join(out) + "\n")


def hydra():
    begin("ory-hydra/hydra-public.jsonl")
    lines = []
    red = "Value is sensitive and has been redacted. To see the value set config key \"log.leak_sensitive_values = true\" or environment variable \"LOG_LEAK_SENSITIVE_VALUES=true\"."
    for i in range(22):
        leak = i >= 6
        at = "ory_at_" + b64u(43) + "." + b64u(43)
        hdrs = {"accept": "application/json", "user-agent": pick(["Go-http-client/2.0", "okhttp/4.12.0", "python-requests/2.32.3"]),
                "x-request-id": uid()}
        if leak:
            hdrs["authorization"] = "Bearer " + lab("bearer-token", at)
        else:
            hdrs["authorization"] = look(red)
        path = pick(["/userinfo", "/oauth2/introspect", "/userinfo"])
        rec = {"audience": "application", "http_request": {"headers": hdrs, "host": "auth.nordvik.io", "method": "GET" if path == "/userinfo" else "POST",
               "path": path, "query": None, "remote": f"{priv_ip()}:{R.randint(30000,60000)}", "scheme": "https"},
               "http_response": {"status": 200, "size": R.randint(200, 900), "text_status": "OK", "took": R.randint(900000, 9000000)},
               "level": "info", "msg": "completed handling request", "service_name": "Ory Hydra", "service_version": "v2.2.0",
               "time": f"{ts():%Y-%m-%dT%H:%M:%S.%f}Z"}
        lines.append(json.dumps(rec, separators=(",", ":")))
        if i % 4 == 3:
            rt = "ory_rt_" + b64u(43) + "." + b64u(43)
            body = f"grant_type=refresh_token&refresh_token={lab('generic-secret', rt)}&client_id=mobile"
            lines.append(json.dumps({"level": "debug", "msg": "token endpoint request body", "body": body,
                                     "time": f"{ts():%Y-%m-%dT%H:%M:%S.%f}Z", "audience": "application"}, separators=(",", ":")))
    end("\n".join(lines) + "\n")


def token_exchange():
    begin("token-exchange/sts-exchange.http")
    parts = []
    for i in range(5):
        subj = jwt(iss="https://id.trellbrook.com", aud="https://sts.trellbrook.com", extra={"scope": "orders:read"})
        act = jwt(alg="ES256", iss="https://spiffe.trellbrook.com", sub="spiffe://trellbrook.com/ns/shop/sa/checkout")
        issued_opaque = i % 2 == 0
        iss_tok = b64u(R.randint(60, 90)) if issued_opaque else jwt(alg="ES256", iss="https://sts.trellbrook.com", aud="urn:inventory")
        client_tok = jwt(iss="https://id.trellbrook.com", aud="https://sts.trellbrook.com")
        parts.append(f"""### exchange #{i + 1} ({pick(['checkout', 'billing', 'payments'])} -> inventory), captured {ts():%Y-%m-%d %H:%M:%S}
POST https://sts.trellbrook.com/oauth2/token
Content-Type: application/x-www-form-urlencoded
Authorization: Bearer {lab('jwt|bearer-token', client_tok)}

grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&resource=https%3A%2F%2Finventory.trellbrook.com&subject_token={lab('jwt|generic-secret', subj)}&subject_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Ajwt&actor_token={lab('jwt|generic-secret', act)}&actor_token_type=urn%3Aietf%3Aparams%3Aoauth%3Atoken-type%3Ajwt

> HTTP/1.1 200 OK
> Content-Type: application/json
> Cache-Control: no-store

{{
  "access_token": "{lab('bearer-token|generic-secret' if issued_opaque else 'jwt|bearer-token|generic-secret', iss_tok)}",
  "issued_token_type": "urn:ietf:params:oauth:token-type:access_token",
  "token_type": "Bearer",
  "expires_in": {pick([60, 300, 600])}
}}
""")
    parts.append(f"""### template (do not commit real tokens)
POST https://sts.trellbrook.com/oauth2/token
Authorization: Bearer {look('{{client_token}}')}

grant_type=urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Atoken-exchange&subject_token={look('{{subject_token}}')}
""")
    end("\n".join(parts))


def cognito():
    begin("cognito/initiate-auth-debug.txt")
    idt = jwt(iss="https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_" + b62(9), extra={"token_use": "id", "cognito:username": uid(), "phone_number": "+46700000000"})
    at = jwt(iss="https://cognito-idp.eu-north-1.amazonaws.com/eu-north-1_" + b62(9), extra={"token_use": "access", "scope": "aws.cognito.signin.user.admin"})
    rt = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ." + b64u(342) + "." + b64u(22) + "." + b64u(R.randint(1200, 1500)) + "." + b64u(22)
    _, ph = phone("SE")
    end(f"""$ aws cognito-idp initiate-auth --auth-flow USER_PASSWORD_AUTH --client-id {b62(26).lower()} \\
    --auth-parameters USERNAME={lab('email', 'kund.' + str(R.randint(1000, 9999)) + '@kaprifol.se')},PASSWORD='{look('********')}' --region eu-north-1
{{
    "ChallengeParameters": {{}},
    "AuthenticationResult": {{
        "AccessToken": "{lab('jwt|bearer-token|generic-secret', at)}",
        "ExpiresIn": 3600,
        "TokenType": "Bearer",
        "RefreshToken": "{lab('generic-secret', rt)}",
        "IdToken": "{lab('jwt|generic-secret', idt)}"
    }}
}}
$ aws cognito-idp admin-update-user-attributes --user-pool-id eu-north-1_{b62(9)} --username {uid()} \\
    --user-attributes Name=phone_number,Value="{lab('phone', ph.replace(' ', '').replace('-', '') if ph.startswith('+') else '+46' + ph.replace(' ', '').replace('-', '')[1:])}"
$ curl -s -H "Authorization: Bearer $ACCESS_TOKEN" https://api.kaprifol.se/v1/me | jq .phone
""")


def run():
    keycloak(); auth0(); okta(); dex(); hydra(); token_exchange(); cognito()
