-- /etc/prosody/prosody.cfg.lua
admins = { "ops@im.veldhuis-installatie.nl" }
modules_enabled = { "roster"; "saslauth"; "tls"; "disco"; "carbons"; "mam"; "smacks"; "http_file_share" }

storage = "sql"
sql = { driver = "PostgreSQL", database = "prosody", username = "prosody", password = "O!v#Kc2na_QF", host = "localhost" }

authentication = "ldap"
ldap_server = "ldap.veldhuis-installatie.nl"
ldap_rootdn = "cn=prosody,ou=apps,dc=veldhuis,dc=nl"
ldap_password = "Granit_biscuit_Pepparkaka_499"
ldap_base = "ou=medewerkers,dc=veldhuis,dc=nl"

turn_external_host = "turn.veldhuis-installatie.nl"
turn_external_secret = "99d4ffab0097a04813e5bc7d6196fed07542c9e370dd9bb3851e48f0e8bb8cdd"

VirtualHost "im.veldhuis-installatie.nl"
    ssl = { certificate = "/etc/prosody/certs/im.crt"; key = "/etc/prosody/certs/im.key"; }

Component "conference.im.veldhuis-installatie.nl" "muc"
Component "gateway.im.veldhuis-installatie.nl"
    component_secret = "Mangosol4879%"

-- Example from the documentation (unused):
-- Component "gateway.example.com"
--     component_secret = "mysecretcomponentpassword"
