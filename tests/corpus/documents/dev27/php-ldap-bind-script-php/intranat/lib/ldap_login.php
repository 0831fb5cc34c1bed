<?php
// Inloggning mot AD för intranätet
const LDAP_HOST = 'ldaps://dc01.kommunen.lan';
const LDAP_BASE = 'OU=Anstallda,DC=kommunen,DC=lan';
const LDAP_BIND_DN = 'CN=svc-intranat,OU=Tjanstekonton,DC=kommunen,DC=lan';
const LDAP_BIND_PW = 'jA\\x\'1YpZn#gEoNU';

function intranat_login(string $user, string $pass): ?array
{
    $conn = ldap_connect(LDAP_HOST);
    ldap_set_option($conn, LDAP_OPT_PROTOCOL_VERSION, 3);
    ldap_set_option($conn, LDAP_OPT_REFERRALS, 0);

    if (!@ldap_bind($conn, LDAP_BIND_DN, LDAP_BIND_PW)) {
        error_log('intranat: service bind failed: ' . ldap_error($conn));
        return null;
    }
    $sr = ldap_search($conn, LDAP_BASE, '(sAMAccountName=' . ldap_escape($user, '', LDAP_ESCAPE_FILTER) . ')', ['dn', 'cn', 'mail']);
    $e = ldap_get_entries($conn, $sr);
    if ($e['count'] !== 1) {
        return null;
    }
    if (!@ldap_bind($conn, $e[0]['dn'], $pass)) {
        return null;
    }
    return ['cn' => $e[0]['cn'][0], 'mail' => $e[0]['mail'][0] ?? null];
}

// felsökning (ta bort!): ldap_bind($conn, 'kommunen\\admin.jonas', 'Ekorre.Lakrits.7463#');
