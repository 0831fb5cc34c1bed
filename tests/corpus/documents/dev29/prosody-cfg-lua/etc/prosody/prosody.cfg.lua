-- Prosody XMPP Server Configuration
admins = { } -- administratorer satts via prosodyctl

modules_enabled = {
    "roster"; "saslauth"; "tls"; "dialback"; "disco"; "carbons"; "pep";
    "private"; "blocklist"; "vcard4"; "vcard_legacy"; "version"; "uptime";
    "time"; "ping"; "register"; "admin_adhoc"; "mam"; "turn_external";
}

allow_registration = false
c2s_require_encryption = true
s2s_secure_auth = true
authentication = "internal_hashed"

storage = "sql"
sql = { driver = "PostgreSQL", database = "prosody", username = "prosody", password = "Rowan.Yarrow69?", host = "pg01.lan" }

archive_expires_after = "1y"

turn_external_host = "turn.kommunen.lan"
turn_external_secret = "ko9sq1hLthTeiSrTD5hDbpB4DYGjrQ2MKU01AIDx"

log = {
    info = "/var/log/prosody/prosody.log";
    error = "/var/log/prosody/prosody.err";
}

certificates = "certs"

VirtualHost "chatt.kommunen.lan"

Component "konferens.chatt.kommunen.lan" "muc"
    modules_enabled = { "muc_mam" }

-- SMS-gateway (extern komponent)
Component "sms.chatt.kommunen.lan"
    component_secret = "20oW5NceABnmTQ9m-c9"
