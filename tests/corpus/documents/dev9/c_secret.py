"""Generic secrets (keys, client secrets, signing/webhook secrets, tokens without a
vendor category) in about thirty config syntaxes, code, CLI and logs, with
non-secret look-alikes (ids, public keys, hashes, digests, cursors ...) beside them."""
import base64
import json
import re

from gen_common import (carrier, jdump, jesc, xesc, COMPANY_DOMAINS, TENANTS, HOSTS, ALNUM, LALNUM, DIG,
                        UPPER, LOWER, HEX, HEXU, B64U, B32, b64s)


def gen(d, code):
    s, hx = d.s, d.hx
    if code.startswith("lit:"):
        return code[4:]
    m = re.match(r"^(hex|HEX|alnum|lalnum|b64u|digits|upper)(\d+)$", code)
    if m:
        kind, n = m.group(1), int(m.group(2))
        alpha = {"hex": HEX, "HEX": HEXU, "alnum": ALNUM, "lalnum": LALNUM, "b64u": B64U, "digits": DIG,
                 "upper": UPPER + DIG}[kind]
        v = s(n, alpha)
        if kind == "digits":
            v = str(d.r.randint(1, 9)) + v[1:]
        return v
    if code.startswith("b64-"):
        return d.b64(int(code[4:]))
    table = {
        "uuid": d.uuid,
        "telegram": lambda: "%d:AA%s" % (d.r.randint(5000000000, 7999999999), s(33, B64U)),
        "discord": lambda: "%s.%s.%s" % (base64.b64encode(str(d.r.randint(10**17, 10**18)).encode()).decode().rstrip("="), s(6, B64U), s(38, B64U)),
        "mapbox-pk": lambda: "pk.eyJ1Ijoi" + s(30) + "." + s(22, B64U),
        "mapbox-sk": lambda: "sk.eyJ1Ijoi" + s(60) + "." + s(22, B64U),
        "azure": lambda: s(3) + "8Q~" + s(34, ALNUM + "~._-"),
        "okta": lambda: "00" + s(40, B64U),
        "gocspx": lambda: "GOCSPX-" + s(28, B64U),
        "google-client-id": lambda: "%d-%s.apps.googleusercontent.com" % (d.r.randint(10**11, 10**12), s(32, LALNUM)),
        "whsec": lambda: "whsec_" + d.b64(24, pad=False),
        "whsec32": lambda: "whsec_" + s(32),
        "pk_live": lambda: "pk_live_51" + s(97),
        "paypal-id": lambda: "A" + s(79, B64U),
        "paypal-secret": lambda: "E" + s(79, B64U),
        "recaptcha": lambda: "6L" + s(1, "cdef") + s(37, B64U),
        "ulid-key": lambda: "key_01" + s(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
        "slack-client-id": lambda: "%d.%d" % (d.r.randint(10**11, 10**12), d.r.randint(10**12, 10**13)),
        "rzp": lambda: "rzp_live_" + s(14),
        "sentry-dsn": lambda: "https://%s@o%d.ingest.de.sentry.io/%d" % (hx(32), d.r.randint(10**5, 10**7), d.r.randint(10**6, 10**7)),
        "sntrys": lambda: "sntrys_eyJpYXQiOjE3" + s(80, B64U) + "_" + s(43, B64U),
        "elastic-apikey": lambda: base64.b64encode(("%s:%s" % (s(20, B64U), s(22, B64U))).encode()).decode(),
        "elastic-cloud-id": lambda: "prod:" + base64.b64encode(("eu-north-1.aws.elastic-cloud.com$%s$%s" % (hx(32), hx(32))).encode()).decode(),
        "akab": lambda: "akab-%s-%s" % (s(16, LALNUM), s(16, LALNUM)),
        "akab-host": lambda: "akab-%s-%s.luna.akamaiapis.net" % (s(16, LALNUM), s(16, LALNUM)),
        "dt": lambda: "dt0c01.%s.%s" % (s(24, UPPER + DIG), s(64, UPPER + DIG)),
        "nr-license": lambda: hx(36) + "NRAL",
        "nrak": lambda: "NRAK-" + s(27, UPPER + DIG),
        "artifactory": lambda: "AKCp8" + s(64),
        "dckr": lambda: "dckr_pat_" + s(27, B64U),
        "b2-keyid": lambda: "00" + hx(23),
        "b2-key": lambda: "K00" + s(28),
        "scw": lambda: "SCW" + s(17, UPPER + DIG),
        "ltai": lambda: "LTAI" + s(20),
        "akid-tencent": lambda: "AKID" + s(32),
        "3mvg": lambda: "3MVG9" + s(80, ALNUM + "._"),
        "atatt": lambda: "ATATT3xFfGF0" + s(170, B64U) + "=" + s(8, HEXU),
        "ov23": lambda: "Ov23li" + s(14),
        "ewr1": lambda: "ewr1-" + s(22),
        "pfl": lambda: "pfl_" + s(10),
        "phc": lambda: "phc_" + s(43),
        "phx": lambda: "phx_" + s(43),
        "sdk-uuid": lambda: "sdk-" + d.uuid(),
        "mob-uuid": lambda: "mob-" + d.uuid(),
        "unleash": lambda: "default:production." + hx(64),
        "ser": lambda: "ser." + s(22),
        "0x40": lambda: "0x" + hx(40),
        "ts-site": lambda: "0x4AAAAAAA" + s(12, B64U),
        "ts-secret": lambda: "0x4AAAAAAA" + s(25, B64U),
        "adyen-key": lambda: "AQE" + s(1, "hjku") + "mfxK" + s(120, ALNUM + "+/") + "=-" + s(43, ALNUM + "+/") + "=-" + s(20, ALNUM + "<>?[]"),
        "jenkins": lambda: "11" + hx(32),
        "klaviyo-pk": lambda: "pk_" + hx(34),
        "ulid": lambda: "01" + s(24, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"),
        "fingerprint": lambda: "SHA256:" + s(43, ALNUM + "+/"),
        "colonhex": lambda: ":".join(hx(2) for _ in range(16)),
        "gpgid": lambda: s(16, HEXU),
        "cursor": lambda: base64.b64encode(json.dumps({"id": d.r.randint(1000, 99999), "ts": d.r.randint(1.7e9, 1.76e9)}).encode()).decode(),
        "sha1": lambda: hx(40),
        "sha256": lambda: hx(64),
        "sri": lambda: "sha384-" + d.b64(48),
        "digest": lambda: "sha256:" + hx(64),
        "vapid-pub": lambda: "B" + s(86, B64U),
        "ed25519-pub": lambda: d.b64(32, pad=False),
        "ssh-pub": lambda: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + s(43, ALNUM + "+/") + " deploy@ci",
        "chat-id": lambda: "-100" + s(10, DIG),
        "snowflake": lambda: str(d.r.randint(10**17, 10**18)),
        "date": lambda: "2025-%02d-%02d" % (d.r.randint(1, 12), d.r.randint(1, 28)),
        "email": None,
    }
    return table[code]()


# vendor table: (name, [(field, kind, code)]).  kind: s = secret (labelled
# generic-secret), lk = look-alike (never labelled), lit = plain setting
VENDORS = [
    ("algolia", [("app_id", "lk", "upper10"), ("admin_api_key", "s", "hex32"), ("search_api_key", "lk", "hex32")]),
    ("pusher", [("app_id", "lit", "digits7"), ("key", "lk", "hex20"), ("secret", "s", "hex20"), ("cluster", "lit", "lit:eu")]),
    ("spotify", [("client_id", "lk", "hex32"), ("client_secret", "s", "hex32")]),
    ("paypal", [("client_id", "lk", "paypal-id"), ("client_secret", "s", "paypal-secret"), ("mode", "lit", "lit:live")]),
    ("recaptcha", [("site_key", "lk", "recaptcha"), ("secret_key", "s", "recaptcha")]),
    ("launchdarkly", [("client_side_id", "lk", "hex24"), ("sdk_key", "s", "sdk-uuid")]),
    ("posthog", [("project_api_key", "lk", "phc"), ("personal_api_key", "s", "phx"), ("host", "lit", "lit:https://eu.i.posthog.com")]),
    ("rollbar", [("post_client_item", "lk", "hex32"), ("post_server_item", "s", "hex32"), ("environment", "lit", "lit:production")]),
    ("braintree", [("merchant_id", "lk", "lalnum16"), ("public_key", "lk", "lalnum16"), ("private_key", "s", "hex32")]),
    ("plaid", [("client_id", "lk", "hex24"), ("secret", "s", "hex30"), ("env", "lit", "lit:production")]),
    ("mailjet", [("api_key", "s", "hex32"), ("api_secret", "s", "hex32")]),
    ("vonage", [("api_key", "lk", "hex8"), ("api_secret", "s", "alnum16")]),
    ("newrelic", [("account_id", "lit", "digits7"), ("license_key", "s", "nr-license"), ("user_api_key", "s", "nrak")]),
    ("dynatrace", [("environment_id", "lit", "lalnum8"), ("api_token", "s", "dt")]),
    ("splunk", [("hec_url", "lit", "lit:https://http-inputs-acme.splunkcloud.com:443"), ("hec_token", "s", "uuid"), ("index", "lit", "lit:app_prod")]),
    ("pagerduty", [("routing_key", "s", "hex32"), ("service_id", "lk", "upper7")]),
    ("opsgenie", [("api_key", "s", "uuid"), ("team", "lit", "lit:platform")]),
    ("jenkins", [("user", "lit", "lit:ci-bot"), ("api_token", "s", "jenkins")]),
    ("artifactory", [("url", "lit", "lit:https://artifacts.internal/artifactory"), ("api_key", "s", "artifactory")]),
    ("snyk", [("org_id", "lk", "uuid"), ("token", "s", "uuid")]),
    ("codecov", [("token", "s", "uuid"), ("flags", "lit", "lit:unit")]),
    ("saucelabs", [("username", "lit", "lit:qa-team"), ("access_key", "s", "uuid")]),
    ("browserstack", [("username", "lit", "lit:qaautomation_Xk2p"), ("access_key", "s", "alnum20")]),
    ("dockerhub", [("username", "lit", "lit:buildbot"), ("token", "s", "dckr")]),
    ("fastly", [("service_id", "lk", "alnum22"), ("api_token", "s", "b64u32")]),
    ("backblaze", [("key_id", "lk", "b2-keyid"), ("application_key", "s", "b2-key"), ("bucket", "lit", "lit:media-archive")]),
    ("ovh", [("endpoint", "lit", "lit:ovh-eu"), ("application_key", "lk", "alnum16"), ("application_secret", "s", "alnum32"), ("consumer_key", "s", "alnum32")]),
    ("scaleway", [("access_key", "lk", "scw"), ("secret_key", "s", "uuid"), ("project_id", "lk", "uuid")]),
    ("alibaba", [("access_key_id", "lk", "ltai"), ("access_key_secret", "s", "alnum30")]),
    ("tencent", [("app_id", "lit", "digits10"), ("secret_key", "s", "alnum32")]),
    ("ibm_cloud", [("apikey", "s", "b64u44"), ("region", "lit", "lit:eu-de")]),
    ("do_spaces", [("key", "lk", "upper20"), ("secret", "s", "b64u43"), ("endpoint", "lit", "lit:fra1.digitaloceanspaces.com")]),
    ("r2", [("account_id", "lk", "hex32"), ("access_key_id", "lk", "hex32"), ("secret_access_key", "s", "hex64")]),
    ("twitch", [("client_id", "lk", "lalnum30"), ("client_secret", "s", "lalnum30")]),
    ("github_oauth", [("client_id", "lk", "ov23"), ("client_secret", "s", "hex40")]),
    ("zoom", [("account_id", "lk", "b64u22"), ("client_id", "lk", "b64u22"), ("client_secret", "s", "alnum32")]),
    ("salesforce", [("consumer_key", "lk", "3mvg"), ("consumer_secret", "s", "HEX64")]),
    ("hubspot", [("app_id", "lit", "digits7"), ("client_id", "lk", "uuid"), ("client_secret", "s", "uuid")]),
    ("xero", [("client_id", "lk", "HEX32"), ("client_secret", "s", "b64u48")]),
    ("box", [("client_id", "lk", "lalnum32"), ("client_secret", "s", "alnum32")]),
    ("jira", [("base_url", "lit", "lit:https://nordhamn.atlassian.net"), ("api_token", "s", "atatt")]),
    ("openweather", [("appid", "s", "hex32"), ("units", "lit", "lit:metric")]),
    ("recurly", [("public_key", "lk", "ewr1"), ("private_api_key", "s", "hex32")]),
    ("mollie", [("profile_id", "lk", "pfl"), ("api_key", "s", "lit:live_"), ]),
    ("paddle", [("vendor_id", "lit", "digits6"), ("vendor_auth_code", "s", "hex50")]),
    ("telegram", [("bot_token", "s", "telegram"), ("chat_id", "lk", "chat-id")]),
    ("discord", [("application_id", "lk", "snowflake"), ("public_key", "lk", "hex64"), ("bot_token", "s", "discord")]),
    ("mapbox", [("public_token", "lk", "mapbox-pk"), ("secret_token", "s", "mapbox-sk")]),
    ("hcaptcha", [("site_key", "lk", "uuid"), ("secret", "s", "0x40")]),
    ("turnstile", [("site_key", "lk", "ts-site"), ("secret_key", "s", "ts-secret")]),
    ("akamai", [("host", "lk", "akab-host"), ("client_token", "s", "akab"), ("client_secret", "s", "b64-32"), ("access_token", "s", "akab")]),
    ("unleash", [("url", "lit", "lit:https://unleash.internal/api"), ("api_token", "s", "unleash")]),
    ("flagsmith", [("environment_key", "lk", "alnum22"), ("server_key", "s", "ser")]),
    ("typesense", [("admin_api_key", "s", "alnum32"), ("search_only_api_key", "lk", "alnum32")]),
    ("meilisearch", [("host", "lit", "lit:http://meili:7700"), ("master_key", "s", "b64u32")]),
    ("elastic", [("cloud_id", "lk", "elastic-cloud-id"), ("api_key", "s", "elastic-apikey")]),
    ("honeycomb", [("api_key", "s", "alnum22"), ("dataset", "lit", "lit:checkout")]),
    ("cypress", [("project_id", "lk", "lalnum6"), ("record_key", "s", "uuid")]),
    ("sentry", [("dsn", "lk", "sentry-dsn"), ("auth_token", "s", "sntrys")]),
    ("adyen", [("merchant_account", "lit", "lit:NordhamnECOM"), ("api_key", "s", "adyen-key"), ("hmac_key", "s", "HEX64")]),
    ("razorpay", [("key_id", "lk", "rzp"), ("key_secret", "s", "alnum24")]),
    ("klaviyo", [("public_key", "lk", "upper6"), ("private_key", "s", "klaviyo-pk")]),
    ("binance", [("api_key", "s", "alnum64"), ("secret_key", "s", "alnum64")]),
    ("okta", [("org_url", "lit", "lit:https://nordhamn.okta.com"), ("api_token", "s", "okta")]),
    ("auth0", [("domain", "lit", "lit:nordhamn.eu.auth0.com"), ("client_id", "lk", "alnum32"), ("client_secret", "s", "b64u64")]),
    ("azure_ad", [("tenant_id", "lk", "uuid"), ("client_id", "lk", "uuid"), ("client_secret", "s", "azure")]),
    ("google_oauth", [("client_id", "lk", "google-client-id"), ("client_secret", "s", "gocspx")]),
    ("keycloak", [("realm", "lit", "lit:staff"), ("client_id", "lit", "lit:backoffice"), ("client_secret", "s", "alnum32")]),
    ("slack_app", [("client_id", "lk", "slack-client-id"), ("client_secret", "s", "hex32"), ("signing_secret", "s", "hex32")]),
    ("stripe", [("publishable_key", "lk", "pk_live"), ("webhook_secret", "s", "whsec")]),
    ("svix", [("app_id", "lk", "ulid"), ("webhook_secret", "s", "whsec32")]),
    ("jwt", [("secret", "s", "b64-48"), ("issuer", "lit", "lit:https://auth.internal"), ("ttl_seconds", "lit", "lit:3600")]),
    ("session", [("secret", "s", "hex64"), ("cookie_name", "lit", "lit:sid")]),
    ("encryption", [("key", "s", "b64-32"), ("key_version", "lit", "lit:3")]),
    ("webhook", [("signing_secret", "s", "alnum40"), ("signature_header", "lit", "lit:X-Signature-256")]),
    ("internal_api", [("base_url", "lit", "lit:https://api.internal"), ("key_id", "lk", "ulid-key"), ("api_key", "s", "alnum40")]),
]
VMAP = dict(VENDORS)

CLEAN = [
    ("build", "commit_sha", "sha1"), ("assets", "manifest_hash", "hex20"), ("release", "checksum_sha256", "sha256"),
    ("ssh", "host_key_fingerprint", "fingerprint"), ("tls", "cert_fingerprint_md5", "colonhex"),
    ("gpg", "signing_key_id", "gpgid"), ("telemetry", "installation_id", "uuid"), ("cdn", "asset_integrity", "sri"),
    ("image", "digest", "digest"), ("push", "vapid_public_key", "vapid-pub"), ("deploy", "ssh_public_key", "ssh-pub"),
    ("sync", "last_cursor", "cursor"), ("matrix", "verify_key", "ed25519-pub"), ("cache", "namespace_hash", "hex16"),
]


def pick_vendors(d, n):
    vs = list(VENDORS)
    d.r.shuffle(vs)
    return vs[:n]


def value_for(d, kind, code, placeholder=None):
    if kind == "s":
        if placeholder:
            return d.lk(placeholder)
        if code == "lit:live_":
            v = d.fresh(lambda: "live_" + d.s(30))
        else:
            v = d.fresh(lambda: gen(d, code))
        return d.lab("generic-secret", v)
    if kind == "lk":
        return d.lk(gen(d, code))
    return gen(d, code)


def camel(s):
    p = s.split("_")
    return p[0] + "".join(x.capitalize() for x in p[1:])


def pascal(s):
    return "".join(x.capitalize() for x in s.split("_"))


def collect(d, nv, nclean=2, placeholders=0):
    """Resolve values for a pack: list of (vendor, [(field, value)])."""
    vs = pick_vendors(d, nv)
    out = []
    ph_left = placeholders
    for name, fields in vs:
        row = []
        use_ph = ph_left > 0 and d.r.random() < 0.35
        for f, kind, code in fields:
            ph = None
            if use_ph and kind == "s":
                ph = d.pick(["${%s_%s}" % (name.upper(), f.upper()), "changeme", "<set-in-vault>", "REPLACE_ME", "xxxxxxxx"])
            row.append((f, value_for(d, kind, code, ph)))
        if use_ph:
            ph_left -= 1
        out.append((name, row))
    cl = list(CLEAN)
    d.r.shuffle(cl)
    for sec, f, code in cl[:nclean]:
        out.append((sec, [(f, d.lk(gen(d, code)))]))
    return out


def q(v):
    return '"%s"' % v.replace("\\", "\\\\").replace('"', '\\"')


RENDER = {}


def renderer(name):
    def deco(f):
        RENDER[name] = f
        return f
    return deco


@renderer("env")
def r_env(d, pack):
    out = ["# generated by `make env` on %s - do not commit" % gen(d, "date")]
    for v, rows in pack:
        out.append("")
        for f, val in rows:
            k = "%s_%s" % (v.upper(), f.upper())
            out.append("%s=%s" % (k, val if d.r.random() < 0.6 else q(val)))
    return "\n".join(out)


@renderer("yaml")
def r_yaml(d, pack):
    out = ["integrations:"]
    for v, rows in pack:
        out.append("  %s:" % v)
        for f, val in rows:
            out.append("    %s: %s" % (f, val if re.match(r"^[A-Za-z0-9._/-]+$", val) and not val[0].isdigit() else q(val)))
    return "\n".join(out)


@renderer("toml")
def r_toml(d, pack):
    out = ["# config.toml"]
    for v, rows in pack:
        out.append("\n[%s]" % v)
        for f, val in rows:
            out.append("%s = %s" % (f, val if val.isdigit() else q(val)))
    return "\n".join(out)


@renderer("ini")
def r_ini(d, pack):
    out = []
    for v, rows in pack:
        out.append("[%s]" % v)
        for f, val in rows:
            out.append("%s = %s" % (f, val))
        out.append("")
    return "\n".join(out)


@renderer("properties")
def r_props(d, pack):
    out = ["# application-prod.properties"]
    for v, rows in pack:
        for f, val in rows:
            out.append("app.%s.%s=%s" % (v.replace("_", "-"), f.replace("_", "-"), val))
    return "\n".join(out)


@renderer("json")
def r_json(d, pack):
    o = {}
    for v, rows in pack:
        o[pascal(v)] = {pascal(f): val for f, val in rows}
    return jdump({"Logging": {"LogLevel": {"Default": "Information"}}, "Integrations": o, "AllowedHosts": "*"})


@renderer("jsoncamel")
def r_jsonc(d, pack):
    o = {}
    for v, rows in pack:
        o[camel(v)] = {camel(f): val for f, val in rows}
    return jdump(o)


@renderer("php")
def r_php(d, pack):
    out = ["<?php", "", "return ["]
    for v, rows in pack:
        out.append("    '%s' => [" % v)
        for f, val in rows:
            out.append("        '%s' => '%s'," % (f, val.replace("\\", "\\\\").replace("'", "\\'")))
        out.append("    ],")
    out.append("];")
    return "\n".join(out)


@renderer("python")
def r_py(d, pack):
    out = ['"""Production settings for the integrations module."""', "import os", ""]
    for v, rows in pack:
        for f, val in rows:
            out.append("%s_%s = %s" % (v.upper(), f.upper(), repr(val)))
        out.append("")
    out.append('DEBUG = os.environ.get("DEBUG") == "1"')
    return "\n".join(out)


@renderer("exs")
def r_exs(d, pack):
    out = ["import Config", ""]
    for v, rows in pack:
        kv = ",\n  ".join("%s: %s" % (f, q(val)) for f, val in rows)
        out.append("config :shop, :%s,\n  %s\n" % (v, kv))
    return "\n".join(out)


@renderer("hocon")
def r_hocon(d, pack):
    out = ['include "application.conf"', ""]
    for v, rows in pack:
        out.append("%s {" % v.replace("_", "-"))
        for f, val in rows:
            out.append("  %s = %s" % (f.replace("_", "-"), q(val)))
        out.append("}")
    return "\n".join(out)


@renderer("xml")
def r_xml(d, pack):
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<configuration>", "  <appSettings>"]
    for v, rows in pack:
        for f, val in rows:
            out.append('    <add key="%s:%s" value="%s" />' % (pascal(v), pascal(f), xesc(val)))
    out += ["  </appSettings>", "</configuration>"]
    return "\n".join(out)


@renderer("plist")
def r_plist(d, pack):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
           '<plist version="1.0">', "<dict>"]
    for v, rows in pack:
        for f, val in rows:
            out.append("\t<key>%s%s</key>\n\t<string>%s</string>" % (pascal(v), pascal(f), xesc(val)))
    out += ["</dict>", "</plist>"]
    return "\n".join(out)


@renderer("reg")
def r_reg(d, pack):
    out = ["Windows Registry Editor Version 5.00", "",
           "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Nordhamn\\Integrations]"]
    for v, rows in pack:
        for f, val in rows:
            out.append('"%s%s"="%s"' % (pascal(v), pascal(f), val.replace("\\", "\\\\").replace('"', '\\"')))
    return "\r\n".join(out) + "\r\n"


@renderer("nix")
def r_nix(d, pack):
    out = ["{ config, pkgs, ... }:", "{", "  services.shop.settings = {"]
    for v, rows in pack:
        for f, val in rows:
            out.append("    %s.%s = %s;" % (v, f, q(val)))
    out += ["  };", "}"]
    return "\n".join(out)


@renderer("tfvars")
def r_tfvars(d, pack):
    out = []
    for v, rows in pack:
        for f, val in rows:
            out.append("%s_%s = %s" % (v, f, q(val)))
    return "\n".join(out)


@renderer("dockerfile")
def r_docker(d, pack):
    out = ["FROM node:20-alpine", "WORKDIR /app", "COPY package*.json ./", "RUN npm ci --omit=dev", "COPY . ."]
    for v, rows in pack:
        for f, val in rows:
            out.append("ENV %s_%s=%s" % (v.upper(), f.upper(), val))
    out += ["EXPOSE 3000", 'CMD ["node", "server.js"]']
    return "\n".join(out)


@renderer("compose")
def r_compose(d, pack):
    out = ["services:", "  worker:", "    image: ghcr.io/nordhamn/worker:2.8.1", "    environment:"]
    for v, rows in pack:
        for f, val in rows:
            out.append("      - %s_%s=%s" % (v.upper(), f.upper(), val))
    out += ["    restart: unless-stopped"]
    return "\n".join(out)


@renderer("configmap")
def r_cm(d, pack):
    out = ["apiVersion: v1", "kind: ConfigMap", "metadata:", "  name: worker-env", "  namespace: shop", "data:"]
    for v, rows in pack:
        for f, val in rows:
            out.append("  %s_%s: %s" % (v.upper(), f.upper(), q(val)))
    return "\n".join(out)


@renderer("systemd")
def r_systemd(d, pack):
    out = ["[Unit]", "Description=Shop worker", "After=network-online.target", "", "[Service]", "User=shop"]
    for v, rows in pack:
        for f, val in rows:
            out.append('Environment="%s_%s=%s"' % (v.upper(), f.upper(), val))
    out += ["ExecStart=/opt/shop/bin/worker", "Restart=on-failure", "", "[Install]", "WantedBy=multi-user.target"]
    return "\n".join(out)


@renderer("pm2")
def r_pm2(d, pack):
    out = ["module.exports = {", "  apps: [{", '    name: "api",', '    script: "dist/main.js",', "    env_production: {"]
    for v, rows in pack:
        for f, val in rows:
            out.append("      %s_%s: %s," % (v.upper(), f.upper(), json.dumps(val)))
    out += ["    },", "  }],", "};"]
    return "\n".join(out)


@renderer("powershell")
def r_ps(d, pack):
    out = ["# profile.ps1 (build agent)"]
    for v, rows in pack:
        for f, val in rows:
            out.append("$env:%s_%s = '%s'" % (v.upper(), f.upper(), val.replace("'", "''")))
    return "\n".join(out)


@renderer("fish")
def r_fish(d, pack):
    out = ["# ~/.config/fish/conf.d/work.fish"]
    for v, rows in pack:
        for f, val in rows:
            out.append("set -gx %s_%s '%s'" % (v.upper(), f.upper(), val))
    return "\n".join(out)


@renderer("edn")
def r_edn(d, pack):
    parts = []
    for v, rows in pack:
        inner = " ".join(":%s %s" % (f.replace("_", "-"), json.dumps(val)) for f, val in rows)
        parts.append(" :%s {%s}" % (v.replace("_", "-"), inner))
    return "{:env :prod\n" + "\n".join(parts) + "}"


@renderer("lua")
def r_lua(d, pack):
    out = ["-- conf/integrations.lua", "return {"]
    for v, rows in pack:
        out.append("  %s = {" % v)
        for f, val in rows:
            out.append('    %s = "%s",' % (f, val.replace("\\", "\\\\").replace('"', '\\"')))
        out.append("  },")
    out.append("}")
    return "\n".join(out)


@renderer("jenkinsfile")
def r_jenkins(d, pack):
    out = ["pipeline {", "  agent any", "  environment {"]
    for v, rows in pack:
        for f, val in rows:
            out.append("    %s_%s = '%s'" % (v.upper(), f.upper(), val))
    out += ["  }", "  stages {", "    stage('test') { steps { sh 'make test' } }", "  }", "}"]
    return "\n".join(out)


@renderer("ado")
def r_ado(d, pack):
    vars_ = {}
    for v, rows in pack:
        for f, val in rows:
            vars_["%s.%s" % (v, f)] = {"value": val, "isSecret": False}
    return jdump({"id": d.r.randint(10, 300), "type": "Vsts", "name": "shop-prod", "variables": vars_})


@renderer("go")
def r_go(d, pack):
    out = ["package config", "", "// Defaults used when the environment does not provide a value.", "const ("]
    for v, rows in pack:
        for f, val in rows:
            out.append("\t%s%s = %s" % (camel(v), pascal(f), json.dumps(val)))
    out.append(")")
    return "\n".join(out)


@renderer("kotlin")
def r_kt(d, pack):
    out = ["package se.nordhamn.shop.config", "", "object Integrations {"]
    for v, rows in pack:
        for f, val in rows:
            out.append('    const val %s_%s = %s' % (v.upper(), f.upper(), json.dumps(val)))
    out.append("}")
    return "\n".join(out)


@renderer("csharp")
def r_cs(d, pack):
    out = ["namespace Shop.Config;", "", "internal static class IntegrationDefaults", "{"]
    for v, rows in pack:
        for f, val in rows:
            out.append('    public const string %s%s = %s;' % (pascal(v), pascal(f), json.dumps(val)))
    out.append("}")
    return "\n".join(out)


@renderer("ruby")
def r_rb(d, pack):
    out = ["# config/initializers/integrations.rb", "Rails.application.config.x.integrations = {"]
    for v, rows in pack:
        kv = ", ".join("%s: ENV.fetch(%s, %s)" % (f, json.dumps("%s_%s" % (v.upper(), f.upper())), json.dumps(val)) for f, val in rows)
        out.append("  %s: { %s }," % (v, kv))
    out.append("}")
    return "\n".join(out)


@renderer("rust")
def r_rs(d, pack):
    out = ["// src/defaults.rs"]
    for v, rows in pack:
        for f, val in rows:
            out.append("pub const %s_%s: &str = %s;" % (v.upper(), f.upper(), json.dumps(val)))
    return "\n".join(out)


@renderer("helm")
def r_helm(d, pack):
    out = ["replicaCount: 2", "image:", "  repository: ghcr.io/nordhamn/shop", "  tag: 5.4.0", "env:"]
    for v, rows in pack:
        for f, val in rows:
            out.append("  - name: %s_%s\n    value: %s" % (v.upper(), f.upper(), q(val)))
    return "\n".join(out)


@renderer("makefile")
def r_make(d, pack):
    out = ["# Makefile"]
    for v, rows in pack:
        for f, val in rows:
            out.append("%s_%s ?= %s" % (v.upper(), f.upper(), val))
    out += ["", "deploy:", "\t./scripts/deploy.sh"]
    return "\n".join(out)


PACK_DOCS = [
    ("config/integrations-{i}.env", "env", 1), ("config/integrations-{i}.yaml", "yaml", 1),
    ("config/integrations-{i}.toml", "toml", 1), ("config/integrations-{i}.ini", "ini", 1),
    ("config/application-prod-{i}.properties", "properties", 1), ("config/appsettings.Production-{i}.json", "json", 1),
    ("config/integrations-{i}.json", "jsoncamel", 1), ("config/services-{i}.php", "php", 1),
    ("config/settings_prod-{i}.py", "python", 1), ("config/runtime-{i}.exs", "exs", 1), ("config/prod-{i}.conf", "hocon", 1),
    ("config/Web.Release-{i}.config", "xml", 1), ("config/Secrets-{i}.plist", "plist", 1), ("config/integrations-{i}.reg", "reg", 1),
    ("config/shop-{i}.nix", "nix", 1), ("config/prod-{i}.auto.tfvars", "tfvars", 1), ("config/Dockerfile-{i}", "dockerfile", 1),
    ("config/compose.override-{i}.yml", "compose", 1), ("config/configmap-{i}.yaml", "configmap", 1),
    ("config/shop-worker-{i}.service", "systemd", 1), ("config/ecosystem-{i}.config.js", "pm2", 1),
    ("config/profile-{i}.ps1", "powershell", 1), ("config/work-{i}.fish", "fish", 1), ("config/prod-{i}.edn", "edn", 1),
    ("config/Jenkinsfile-{i}", "jenkinsfile", 1),
    ("config/variable-group-{i}.json", "ado", 1), ("code/defaults-{i}.go", "go", 1), ("code/Integrations-{i}.kt", "kotlin", 1),
    ("code/IntegrationDefaults-{i}.cs", "csharp", 1), ("code/integrations-{i}.rb", "ruby", 1), ("code/defaults-{i}.rs", "rust", 1),
    ("config/values-prod-{i}.yaml", "helm", 1),
]


def make_pack_builder(style):
    def build(d):
        pack = collect(d, d.r.randint(3, 5), nclean=d.r.randint(1, 3), placeholders=1)
        return RENDER[style](d, pack)
    return build


for pat, style, n in PACK_DOCS:
    carrier(pat.replace("{i}", "{i}"), n)(make_pack_builder(style))


# ---------------------------------------------------------------- self-hosted apps ---
@carrier("apps/outline.env", 1)
def outline(d):
    return """NODE_ENV=production
SECRET_KEY={a}
UTILS_SECRET={b}
DATABASE_URL=postgres://outline:${{POSTGRES_PASSWORD}}@postgres:5432/outline
REDIS_URL=redis://redis:6379
URL=https://wiki.{dom}
FILE_STORAGE=local
FILE_STORAGE_UPLOAD_MAX_SIZE=262144000
SLACK_CLIENT_ID={cid}
SLACK_CLIENT_SECRET={cs}
SLACK_VERIFICATION_TOKEN={vt}
""".format(a=d.secret("hex64"), b=d.secret("hex64"), dom=d.pick(COMPANY_DOMAINS), cid=d.lk(gen(d, "slack-client-id")),
           cs=d.secret("hex32"), vt=d.secret("alnum24"))


@carrier("apps/authelia-configuration.yml", 1)
def authelia(d):
    h = lambda: d.lk("$argon2id$v=19$m=65536,t=3,p=4$%s$%s" % (d.b64(16, pad=False), d.b64(32, pad=False)))
    return """theme: auto
identity_validation:
  reset_password:
    jwt_secret: '{a}'
session:
  secret: '{b}'
  cookies:
    - domain: '{dom}'
      authelia_url: 'https://auth.{dom}'
storage:
  encryption_key: '{c}'
  postgres:
    address: 'tcp://db:5432'
    database: 'authelia'
    username: 'authelia'
    password: '{{{{ secret "/run/secrets/pg" }}}}'
authentication_backend:
  file:
    path: /config/users_database.yml
    password:
      algorithm: argon2
# users_database.yml (hashes only):
#   jdoe:   password: "{h1}"
#   kadmin: password: "{h2}"
""".format(a=d.secret("alnum64"), b=d.secret("alnum64"), c=d.secret("alnum64"), dom=d.pick(COMPANY_DOMAINS), h1=h(), h2=h())


@carrier("apps/synapse-homeserver.yaml", 1)
def synapse(d):
    return """server_name: "chat.{dom}"
pid_file: /data/homeserver.pid
registration_shared_secret: "{a}"
macaroon_secret_key: "{b}"
form_secret: "{c}"
signing_key_path: "/data/chat.{dom}.signing.key"
trusted_key_servers:
  - server_name: "matrix.org"
    verify_keys:
      "ed25519:auto": "{vk}"
report_stats: false
""".format(dom=d.pick(COMPANY_DOMAINS), a=d.secret("b64u43"), b=d.secret("b64u43"), c=d.secret("b64u43"), vk=d.lk(gen(d, "ed25519-pub")))


@carrier("apps/gitea-app.ini", 1)
def gitea(d):
    return """APP_NAME = Nordhamn Git
RUN_MODE = prod

[server]
DOMAIN = git.{dom}
LFS_START_SERVER = true
LFS_JWT_SECRET = {a}

[security]
INSTALL_LOCK = true
SECRET_KEY = {b}
INTERNAL_TOKEN = {jwt}

[oauth2]
JWT_SECRET = {c}
JWT_SIGNING_ALGORITHM = HS256

[repository.signing]
SIGNING_KEY = {gpg}
""".format(dom=d.pick(COMPANY_DOMAINS), a=d.secret("b64u43"), b=d.secret("alnum64"),
           jwt=d.jwt(kind="custom", alg="HS256", cat="jwt|generic-secret", claims={"nbf": 1700000000}),
           c=d.secret("b64u43"), gpg=d.lk(gen(d, "gpgid")))


@carrier("apps/mastodon.env.production", 1)
def mastodon(d):
    return """LOCAL_DOMAIN=social.{dom}
SECRET_KEY_BASE={a}
OTP_SECRET={b}
VAPID_PRIVATE_KEY={c}
VAPID_PUBLIC_KEY={vp}
ACTIVE_RECORD_ENCRYPTION_DETERMINISTIC_KEY={e}
ACTIVE_RECORD_ENCRYPTION_KEY_DERIVATION_SALT={f}
ACTIVE_RECORD_ENCRYPTION_PRIMARY_KEY={g}
""".format(dom=d.pick(COMPANY_DOMAINS), a=d.secret("hex128"), b=d.secret("hex128"), c=d.secret("b64u43"),
           vp=d.lk(gen(d, "vapid-pub")), e=d.secret("alnum32"), f=d.secret("alnum32"), g=d.secret("alnum32"))


@carrier("apps/superset_config.py", 1)
def superset(d):
    return '''SECRET_KEY = "{a}"
GUEST_TOKEN_JWT_SECRET = "{b}"
MAPBOX_API_KEY = "{pk}"
SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://superset:%(password)s@db/superset"
FEATURE_FLAGS = {{"EMBEDDED_SUPERSET": True}}
'''.format(a=d.secret("b64-42"), b=d.secret("alnum40"), pk=d.lk(gen(d, "mapbox-pk")))


@carrier("apps/airflow.cfg", 1)
def airflow(d):
    return """[core]
executor = CeleryExecutor
fernet_key = {a}

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:${{AIRFLOW_DB_PASSWORD}}@pg:5432/airflow

[webserver]
secret_key = {b}
base_url = https://airflow.{dom}

[celery]
result_backend_sqlalchemy_engine_options =
""".format(a=d.secret("fernet"), b=d.secret("b64-16"), dom=d.pick(COMPANY_DOMAINS))



@carrier("apps/strapi.env", 1)
def strapi(d):
    keys = ",".join(d.secret("b64-16") for _ in range(4))
    return """HOST=0.0.0.0
PORT=1337
APP_KEYS={k}
API_TOKEN_SALT={a}
ADMIN_JWT_SECRET={b}
TRANSFER_TOKEN_SALT={c}
JWT_SECRET={e}
""".format(k=keys, a=d.secret("b64-16"), b=d.secret("b64-16"), c=d.secret("b64-16"), e=d.secret("b64-16"))


@carrier("apps/django_settings.py", 1)
def django(d):
    return '''from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "{k}"
DEBUG = False
ALLOWED_HOSTS = ["shop.{dom}"]
CSRF_COOKIE_NAME = "csrftoken"
SECURE_HSTS_SECONDS = 31536000
STATICFILES_STORAGE = "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
# manifest of the last collectstatic: app.{h}.css
'''.format(k=d.secret("django"), dom=d.pick(COMPANY_DOMAINS), h=d.lk(d.hx(12)))


@carrier("apps/rails-credentials.yml", 1)
def rails(d):
    return """# bin/rails credentials:show
secret_key_base: {a}
active_record_encryption:
  primary_key: {b}
  deterministic_key: {c}
  key_derivation_salt: {e}
""".format(a=d.secret("hex128"), b=d.secret("alnum32"), c=d.secret("alnum32"), e=d.secret("alnum32"))


@carrier("apps/nextauth.env.local", 1)
def nextauth(d):
    return """NEXTAUTH_URL=https://app.{dom}
NEXTAUTH_SECRET={a}
GITHUB_ID={gid}
GITHUB_SECRET={b}
GOOGLE_CLIENT_ID={gcid}
GOOGLE_CLIENT_SECRET={c}
""".format(dom=d.pick(COMPANY_DOMAINS), a=d.secret("b64-32"), gid=d.lk(gen(d, "ov23")), b=d.secret("hex40"),
           gcid=d.lk(gen(d, "google-client-id")), c=d.lab("generic-secret", d.fresh(lambda: gen(d, "gocspx"))))


@carrier("apps/keycloak-client-export.json", 1)
def kc_client(d):
    return jdump({"clientId": "backoffice", "id": d.lk_uuid(), "enabled": True, "clientAuthenticatorType": "client-secret",
                  "secret": d.secret("alnum32"), "redirectUris": ["https://backoffice.%s/*" % d.pick(COMPANY_DOMAINS)],
                  "attributes": {"client.secret.creation.time": "1741078812", "pkce.code.challenge.method": "S256"},
                  "protocol": "openid-connect", "publicClient": False})


@carrier("apps/az-ad-credential-reset.txt", 1)
def az_reset(d):
    return """$ az ad app credential reset --id {a} --display-name ci-2025 --years 1
The output includes credentials that you must protect. Be sure that you do not include these credentials in your code or check the credentials into your source control. For more information, see https://aka.ms/azadsp-cli
{{
  "appId": "{a}",
  "password": "{p}",
  "tenant": "{t}"
}}
""".format(a=d.lk_uuid(), p=d.secret("azure", cat="generic-secret|password"), t=d.lk_uuid())


@carrier("apps/edgerc.ini", 1)
def edgerc(d):
    return """[default]
client_secret = {a}
host = {h}
access_token = {b}
client_token = {c}
max-body = 131072
""".format(a=d.secret("b64-32"), h=d.lk(gen(d, "akab-host")), b=d.lab("generic-secret", d.fresh(lambda: gen(d, "akab"))),
           c=d.lab("generic-secret", d.fresh(lambda: gen(d, "akab"))))


@carrier("apps/probot-{i}.env", 1)
def gh_app(d):
    der = bytes.fromhex("30770201010420") + d.rb(32) + bytes.fromhex("a00a06082a8648ce3d030107a144034200") + b"\x04" + d.rb(64)
    b = base64.b64encode(der).decode()
    body = "\\n".join(b[i:i + 64] for i in range(0, len(b), 64))
    pem = d.lab("private-key", "-----BEGIN EC PRIVATE KEY-----\\n%s\\n-----END EC PRIVATE KEY-----" % body)
    return """# probot app config
APP_ID={aid}
WEBHOOK_SECRET={ws}
GITHUB_CLIENT_ID={cid}
GITHUB_CLIENT_SECRET={cs}
PRIVATE_KEY="{pk}"
LOG_LEVEL=info
""".format(aid=d.r.randint(100000, 999999), ws=d.secret("hex40"), cid=d.lk(gen(d, "ov23")), cs=d.secret("hex40"), pk=pem)


# ---------------------------------------------------------------- CLI ---
@carrier("cli/secrets-history-{i}.txt", 2)
def secrets_hist(d):
    n = 1000 + d.r.randint(0, 800)
    lines = [
        lambda: 'gh secret set SIGNING_SECRET --body "%s" --repo nordhamn/shop' % d.secret("hex64"),
        lambda: "heroku config:set WEBHOOK_SECRET=%s -a shop-prod" % d.secret("alnum40"),
        lambda: "fly secrets set API_KEY=%s SESSION_SECRET=%s" % (d.secret("alnum32"), d.secret("hex64")),
        lambda: "kubectl -n shop create secret generic partner-api --from-literal=api-key=%s --from-literal=client-secret=%s" % (d.secret("alnum40"), d.secret("b64u43")),
        lambda: "printf '%s' | docker secret create hmac_key -" % d.secret("hex64"),
        lambda: "az keyvault secret set --vault-name kv-shop-prod --name partner-client-secret --value '%s'" % d.secret("azure"),
        lambda: "aws secretsmanager create-secret --name prod/partner --secret-string '{\"apiKey\":\"%s\",\"apiSecret\":\"%s\"}'" % (d.secret("alnum32"), d.secret("b64-30")),
        lambda: "aws ssm put-parameter --name /shop/prod/encryption-key --type SecureString --value %s --overwrite" % d.secret("b64-32"),
        lambda: "echo -n '%s' | gcloud secrets versions add webhook-secret --data-file=-" % d.secret("hex40"),
        lambda: "doppler secrets set SENDBIRD_API_TOKEN=%s" % d.secret("hex40"),
        lambda: "git log -1 --format=%H   # " + d.lk_sha1(),
        lambda: "sha256sum release.tar.gz  # " + d.lk_sha256(),
        lambda: "gh secret list",
        lambda: "fly secrets list",
    ]
    d.r.shuffle(lines)
    return "\n".join("%5d  %s" % (n + k, f()) for k, f in enumerate(lines[:10]))


@carrier("cli/fly-secrets-list.txt", 1)
def fly_list(d):
    rows = ["NAME                   \tDIGEST          \tCREATED AT"]
    for nme in ["API_KEY", "DATABASE_URL", "SESSION_SECRET", "SENTRY_DSN", "WEBHOOK_SECRET"]:
        rows.append("%-23s\t%s\t%dh ago" % (nme, d.lk(d.hx(16)), d.r.randint(1, 900)))
    return "$ fly secrets list -a shop-prod\n" + "\n".join(rows)


@carrier("cli/heroku-config.txt", 1)
def heroku_cfg(d):
    return """$ heroku config -a shop-prod
=== shop-prod Config Vars
API_RATE_LIMIT:      600
HMAC_SECRET:         {a}
PARTNER_API_KEY:     {b}
PARTNER_API_KEY_ID:  {kid}
REDIS_TLS_URL:       rediss://:{rp}@ec2-52-1-2-3.compute-1.amazonaws.com:16380
SOURCE_VERSION:      {sha}
""".format(a=d.secret("hex64"), b=d.secret("alnum40"), kid=d.lk(gen(d, "ulid-key")),
           rp=d.lab("url-credentials|password", d.fresh(lambda: "p" + d.hx(63))), sha=d.lk_sha1())


@carrier("cli/doppler-download.txt", 1)
def doppler(d):
    return """$ doppler secrets download --no-file --format env --project shop --config prd
DOPPLER_CONFIG="prd"
DOPPLER_ENVIRONMENT="prd"
DOPPLER_PROJECT="shop"
JWT_SIGNING_KEY="{a}"
PARTNER_CLIENT_SECRET="{b}"
PARTNER_CLIENT_ID="{cid}"
SEARCH_ADMIN_KEY="{c}"
""".format(a=d.secret("b64-48"), b=d.secret("b64u43"), cid=d.lk_uuid(), c=d.secret("alnum32"))


@carrier("cli/sops-decrypted.yaml", 1)
def sops(d):
    return """# sops -d secrets/prod.enc.yaml
partner:
  api_key: {a}
  webhook_secret: {b}
encryption:
  data_key: {c}
sops:
  kms:
    - arn: arn:aws:kms:eu-north-1:{acct}:key/{kid}
      enc: {enc}
  mac: ENC[AES256_GCM,data:{mac},iv:{iv},tag:{tag},type:str]
  version: 3.8.1
""".format(a=d.secret("alnum40"), b=d.secret("whsec"), c=d.secret("b64-32"), acct=d.lk(d.s(12, DIG)), kid=d.lk_uuid(),
           enc=d.lk(d.b64(120)), mac=d.lk(d.b64(60)), iv=d.lk(d.b64(32)), tag=d.lk(d.b64(16)))


@carrier("cli/kubectl-get-secret.txt", 1)
def kget(d):
    return """$ kubectl -n shop get secret partner-api -o jsonpath='{{.data.api-key}}' | base64 -d
{a}
$ kubectl -n shop get secret partner-api -o jsonpath='{{.metadata.uid}}'
{u}
$ kubectl -n shop get secret signing -o go-template='{{{{index .data "hmac-key" | base64decode}}}}'
{b}
""".format(a=d.secret("alnum40"), u=d.lk_uuid(), b=d.secret("hex64"))


# ---------------------------------------------------------------- webhooks ---
@carrier("webhooks/github-hook-config.json", 1)
def gh_hook(d):
    return jdump({"type": "Repository", "id": d.r.randint(10**8, 10**9), "name": "web", "active": True,
                  "events": ["push", "pull_request"],
                  "config": {"content_type": "json", "insecure_ssl": "0", "url": "https://ci.%s/github-webhook/" % d.pick(COMPANY_DOMAINS),
                             "secret": d.secret("hex40")},
                  "last_response": {"code": 200, "status": "active", "message": "OK"},
                  "deliveries_sample": {"X-GitHub-Delivery": d.lk_uuid(), "X-Hub-Signature-256": "sha256=" + d.lk_sha256()}})


@carrier("webhooks/stripe-endpoint-create.json", 1)
def stripe_ep(d):
    return jdump({"id": "we_1" + d.s(23), "object": "webhook_endpoint", "api_version": "2024-06-20", "application": None,
                  "created": 1741080012, "enabled_events": ["charge.succeeded", "charge.refunded"], "livemode": True,
                  "secret": d.secret("whsec"), "status": "enabled", "url": "https://shop.%s/stripe/webhook" % d.pick(COMPANY_DOMAINS)})


@carrier("webhooks/delivery-headers.log", 1)
def deliveries(d):
    out = []
    for k in range(4):
        out.append("POST /hooks/inbound HTTP/1.1\nHost: hooks.%s\nUser-Agent: Svix-Webhooks/1.24\nwebhook-id: msg_%s\nwebhook-timestamp: %d\nwebhook-signature: v1,%s\nStripe-Signature: t=%d,v1=%s\nX-Shopify-Hmac-Sha256: %s\nContent-Type: application/json\n" % (
            d.pick(COMPANY_DOMAINS), d.lk(d.s(27)), 1741080000 + k * 37, d.lk(d.b64(32)), 1741080000 + k * 37, d.lk_sha256(), d.lk(d.b64(32))))
    out.append("# verifier config: SVIX_SECRET=%s" % d.secret("whsec32"))
    return "\n".join(out)


@carrier("webhooks/slack-app-credentials.md", 1)
def slack_creds(d):
    return """## Slack app "Deploy bot" - App Credentials (copied from api.slack.com/apps)

| Field | Value |
|---|---|
| App ID | {aid} |
| Client ID | {cid} |
| Client Secret | {cs} |
| Signing Secret | {ss} |
| Verification Token | {vt} |

The verification token is deprecated; we verify requests with the signing secret.
""".format(aid=d.lk("A0" + d.s(9, UPPER + DIG)), cid=d.lk(gen(d, "slack-client-id")), cs=d.secret("hex32"),
           ss=d.secret("hex32"), vt=d.secret("alnum24"))


# ---------------------------------------------------------------- logs ---
@carrier("logs/access-query-keys-{i}.log", 1)
def access_q(d):
    out = []
    nxt = d.clock()
    for k in range(6):
        t = nxt()
        if k % 3 == 0:
            qs = "api_key=%s&page=%d" % (d.secret("alnum32"), k)
        elif k % 3 == 1:
            qs = "cursor=%s&limit=100" % d.lk(gen(d, "cursor").replace("=", "%3D"))
        else:
            qs = "token=%s&format=json" % d.secret("hex40")
        out.append('%s - - [%s] "GET /export/v1/items?%s HTTP/1.1" 200 %d "-" "curl/8.5.0"' % (
            d.ip(), t.strftime("%d/%b/%Y:%H:%M:%S +0100"), qs, d.r.randint(100, 90000)))
    return "\n".join(out)


@carrier("logs/outbound-calls-{i}.jsonl", 1)
def outbound(d):
    out = []
    for k in range(4):
        hd = {"X-Api-Key": d.secret("alnum40") if k != 2 else "[Filtered]", "Idempotency-Key": d.lk_uuid(),
              "X-Request-Id": d.lk_uuid()}
        out.append(json.dumps({"ts": "2025-03-05T11:%02d:%02dZ" % (k, d.r.randint(0, 59)), "level": "debug", "msg": "partner call",
                               "method": "POST", "url": "https://%s/v2/shipments" % d.pick(HOSTS), "headers": hd,
                               "status": d.pick([200, 201, 409]), "etag": d.lk_etag().strip('"')}))
    return "\n".join(out)


@carrier("logs/sentry-event.json", 1)
def sentry_ev(d):
    return jdump({"event_id": d.lk(d.hx(32)), "level": "error", "platform": "python",
                  "exception": {"values": [{"type": "PermissionError", "value": "signature mismatch"}]},
                  "request": {"url": "https://hooks.%s/inbound" % d.pick(COMPANY_DOMAINS), "method": "POST",
                              "headers": {"X-Webhook-Signature": d.lk_sha256(), "Authorization": "[Filtered]"}},
                  "extra": {"settings": {"WEBHOOK_SIGNING_SECRET": d.secret("alnum40"), "API_KEY": "[Filtered]",
                                         "PARTNER_API_SECRET": d.secret("b64-32"), "RELEASE": d.lk_sha1()}},
                  "release": "shop@5.4.0"})


@carrier("logs/api-keys-admin-export.csv", 1)
def keys_export(d):
    rows = ["key_id,name,prefix,scopes,created_at,last_used_at,created_by"]
    for k in range(6):
        rows.append("%s,%s,%s,%s,2025-0%d-1%d,2025-03-0%d,%s" % (
            d.lk(gen(d, "ulid-key")), d.pick(["ci", "zapier", "bi-export", "mobile", "partner-x"]), d.lk("sk_" + d.s(6, LALNUM)),
            d.pick(["read", "read write", "admin"]), d.r.randint(1, 2), k, d.r.randint(1, 5), d.pick(["jdoe", "kadmin", "ops"])))
    return "\n".join(rows) + "\n"


@carrier("logs/key-created-{i}.log", 1)
def key_created(d):
    return """{ts} INFO  audit: api key created key_id={kid} owner={own} scopes=[orders:read]
{ts} DEBUG audit: new key material (shown once) secret={sec}
{ts} INFO  audit: request_id={rid} etag={et}
""".format(ts=d.ts("%Y-%m-%dT%H:%M:%S.000Z"), kid=d.lk(gen(d, "ulid-key")), own=d.pick(["svc-bi", "svc-zap"]),
           sec=d.secret(d.pick(["alnum48", "b64u43", "hex64"])), rid=d.lk_uuid(), et=d.lk_etag())


# ---------------------------------------------------------------- bots / code ---
@carrier("code/bot_main-{i}.py", 1)
def bot(d):
    return '''import logging

from telegram.ext import ApplicationBuilder, CommandHandler

logging.basicConfig(level=logging.INFO)

BOT_TOKEN = "{t}"
ALERT_CHAT_ID = {chat}
DISCORD_BOT_TOKEN = "{dt}"
DISCORD_PUBLIC_KEY = "{pub}"


async def start(update, context):
    await update.message.reply_text("online")


app = ApplicationBuilder().token(BOT_TOKEN).build()
app.add_handler(CommandHandler("start", start))
app.run_polling()
'''.format(t=d.lab("generic-secret", d.fresh(lambda: gen(d, "telegram"))), chat=d.lk(gen(d, "chat-id")),
           dt=d.lab("generic-secret", d.fresh(lambda: gen(d, "discord"))), pub=d.lk(d.hx(64)))


@carrier("code/hmac_verify.go", 1)
def hmac_go(d):
    return """package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// shared with the partner by e-mail on 2025-02-11
var signingKey = []byte("{k}")

// known-good signature from their docs, used in the unit test
const sampleSig = "{sig}"

func Valid(body []byte, sig string) bool {{
	m := hmac.New(sha256.New, signingKey)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}}
""".format(k=d.secret("alnum40"), sig=d.lk_sha256())


@carrier("code/SignatureConfig.java", 1)
def java_value(d):
    return """@Configuration
public class SignatureConfig {{

    @Value("${{partner.webhook.secret:{a}}}")
    private String webhookSecret;

    @Value("${{partner.api.key-id:{kid}}}")
    private String keyId;

    @Value("${{partner.api.key:{b}}}")
    private String apiKey;
}}
""".format(a=d.secret("alnum40"), kid=d.lk(gen(d, "ulid-key")), b=d.secret("b64u43"))


@carrier("code/openresty-auth.lua", 1)
def lua_code(d):
    return """local hmac = require "resty.hmac"
local HMAC_SECRET = "{k}"
local PUBLIC_SALT = "{salt}"

local function verify(sig, body)
  local h = hmac:new(HMAC_SECRET, hmac.ALGOS.SHA256)
  return h:final(body, true) == sig
end

return {{ verify = verify }}
""".format(k=d.secret("hex64"), salt=d.lk(d.hx(8)))


@carrier("code/perl_export.pl", 1)
def perl(d):
    return """#!/usr/bin/perl
use strict;
use warnings;
use LWP::UserAgent;

my $api_key    = '{a}';
my $api_secret = '{b}';
my $endpoint   = 'https://{h}/v1/export';
my $ua = LWP::UserAgent->new(timeout => 30);
my $res = $ua->get($endpoint, 'X-Api-Key' => $api_key, 'X-Api-Secret' => $api_secret);
print $res->decoded_content;
""".format(a=d.secret("alnum32"), b=d.secret("b64-30"), h=d.pick(HOSTS))


@carrier("code/jupyter-partner.ipynb", 1)
def nb(d):
    cells = [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
              "source": ["import requests\n", "API_KEY = \"%s\"\n" % d.secret("alnum40"), "BASE = \"https://%s\"\n" % d.pick(HOSTS)]},
             {"cell_type": "code", "execution_count": 2, "metadata": {},
              "outputs": [{"name": "stdout", "output_type": "stream", "text": ["request id %s\n" % d.lk_uuid(), "next page token %s\n" % d.lk(d.b64(30))]}],
              "source": ["r = requests.get(BASE + \"/v1/items\", headers={\"x-api-key\": API_KEY})\n", "print(r.headers['x-request-id'])"]}]
    return jdump({"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
                  "nbformat": 4, "nbformat_minor": 5}, indent=1)


# ---------------------------------------------------------------- clean documents ---
@carrier("clean/release-checksums.txt", 1)
def clean_sums(d):
    out = ["# shop 5.4.0 release artefacts", ""]
    for f in ["shop-5.4.0-linux-amd64.tar.gz", "shop-5.4.0-linux-arm64.tar.gz", "shop-5.4.0-darwin-arm64.tar.gz", "shop-5.4.0.sbom.json"]:
        out.append("%s  %s" % (d.lk_sha256(), f))
    out += ["", "commit: %s" % d.lk_sha1(), "signed-off-by key: %s" % d.lk(gen(d, "gpgid")), "image: ghcr.io/nordhamn/shop@%s" % d.lk(gen(d, "digest"))]
    return "\n".join(out)


@carrier("clean/lockfile-excerpt.json", 1)
def clean_lock(d):
    pk = {}
    for n in ["axios", "jsonwebtoken", "dotenv", "uuid", "zod"]:
        pk["node_modules/" + n] = {"version": "%d.%d.%d" % (d.r.randint(1, 9), d.r.randint(0, 20), d.r.randint(0, 9)),
                                   "resolved": "https://registry.npmjs.org/%s/-/%s.tgz" % (n, n),
                                   "integrity": "sha512-" + d.lk(d.b64(64))}
    return jdump({"name": "shop", "lockfileVersion": 3, "packages": pk})


@carrier("clean/s3-listing.txt", 1)
def clean_s3(d):
    out = ["$ aws s3api list-objects-v2 --bucket media-archive --prefix uploads/2025/03/ --max-items 5"]
    items = []
    for k in range(5):
        items.append({"Key": "uploads/2025/03/%s.jpg" % d.lk(d.hx(32)), "LastModified": "2025-03-0%dT10:00:00.000Z" % (k + 1),
                      "ETag": '"%s"' % d.lk(d.hx(32)), "Size": d.r.randint(10000, 900000), "StorageClass": "STANDARD"})
    out.append(jdump({"Contents": items, "NextToken": d.lk(d.b64(60))}))
    return "\n".join(out)


@carrier("clean/csrf-page.html", 1)
def clean_csrf(d):
    return """<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="csrf-token" content="{c}">
<script nonce="{n}" src="/assets/app.{h}.js" integrity="{sri}" crossorigin="anonymous"></script>
</head>
<body>
<form method="post" action="/account/settings">
  <input type="hidden" name="authenticity_token" value="{c2}">
  <input type="hidden" name="idempotency_key" value="{idem}">
  <label>API-nyckelns namn <input name="key_name" value="bi-export"></label>
  <button type="submit">Spara</button>
</form>
</body>
</html>
""".format(c=d.lk(d.b64(32)), n=d.lk(d.b64(16)), h=d.lk(d.hx(8)), sri=d.lk("sha384-" + d.b64(48)), c2=d.lk(d.b64u(64)), idem=d.lk_uuid())
