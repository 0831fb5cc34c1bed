"""Passwords in network devices, daemons, database tools, command lines, provisioning and client-API code."""
import json

from core import (Doc, doc, T, alnum, lower_alnum, hexs, b64, b64url, uuid4, sha1, sha256, ts, iso, fmt_t,
                  password, email, role_email, jesc, urlenc, rnd, ssh_pub, akid, aws_secret, ipv4_private,
                  ipv4_public, xmlesc, UP, LO, DG, AN)

SAFE_TCL = "!#%*-_.+=?@^~"          # no braces, quotes, spaces
SAFE_SHELL_SQ = "!#%*-_.+=?@^~,:"   # fine inside single quotes
SAFE_XML = "!#*-_.+=?@^~%"
SAFE_BAT = "#-_.+=?@~,"             # no % ^ & | < > ! in cmd scripts


@doc
def rancid_cloginrc():
    d = Doc("rancid-cloginrc", "dot-cloginrc", "network backup login config")
    r = d.rng
    P = lambda: d.L("password", password(r, r.choice(["mixed", "pron", "alnum"]), punct=SAFE_TCL))
    cr1, en1, cr2, en2, sw, swen, fw, mx, dflt = P(), P(), P(), P(), P(), P(), P(), P(), P()
    d.text = T('''#
# .cloginrc of the rancid user on nms01.fibernat-norr.se — mode 0600, see rancid(1) and cloginrc(5)
# Most specific entries first; the first match wins.
#
# Core routers (IOS-XR): login via TACACS fallback account, enable = local
add user        cr1.core.fibernat-norr.se       rancid
add password    cr1.core.fibernat-norr.se       {⟨cr1⟩}  {⟨en1⟩}
add user        cr2.core.fibernat-norr.se       rancid
add password    cr2.core.fibernat-norr.se       {⟨cr2⟩}  {⟨en2⟩}
add method      *.core.fibernat-norr.se         ssh

# Access switches (Cisco IOS / Catalyst)
add user        sw-*.access.fibernat-norr.se    netbackup
add password    sw-*.access.fibernat-norr.se    {⟨sw⟩}  {⟨swen⟩}
add method      sw-*.access.fibernat-norr.se    ssh telnet

# FortiGates: no enable, read-only admin profile
add user        fw-*.fibernat-norr.se           rancid-ro
add password    fw-*.fibernat-norr.se           {⟨fw⟩}
add noenable    fw-*.fibernat-norr.se           1

# Juniper MX edge
add user        mx*.edge.fibernat-norr.se       rancid
add password    mx*.edge.fibernat-norr.se       {⟨mx⟩}
add cyphertype  mx*.edge.fibernat-norr.se       aes256-ctr

# decommissioned 2025-12, kept so old configs still diff:
#add password   oldsw-*.fibernat-norr.se        {<removed>} {<removed>}

# catch-all (lab gear)
add user        *                               admin
add password    *                               {⟨dflt⟩}
add autoenable  *                               1
''', cr1=cr1, en1=en1, cr2=cr2, en2=en2, sw=sw, swen=swen, fw=fw, mx=mx, dflt=dflt)
    return d


@doc
def oxidized():
    d1 = Doc("oxidized-config-yml", "config", "network config backup tool config")
    r = d1.rng
    p1 = d1.L("password", password(r, "mixed", punct="!#%*-_.+=?@^~"))
    p2 = d1.L("password", password(r, "alnum"))
    p3 = d1.L("password", password(r, "pron"))
    d1.text = T('''---
username: oxidized
password: "⟨p1⟩"
model: ios
resolve_dns: true
interval: 3600
use_syslog: false
debug: false
threads: 30
timeout: 20
retries: 3
prompt: !ruby/regexp /^([\\w.@-]+[#>]\\s?)$/
rest: 127.0.0.1:8888
next_adds_job: false
pid: "/home/oxidized/.config/oxidized/pid"
crash:
  directory: "/home/oxidized/.config/oxidized/crashes"
  hostnames: false
input:
  default: ssh, telnet
  ssh:
    secure: false
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@example.net
    repo: "/home/oxidized/.config/oxidized/devices.git"
source:
  default: csv
  csv:
    file: "/home/oxidized/.config/oxidized/router.db"
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
      username: 2
      password: 3
    vars_map:
      enable: 4
groups:
  routeros:
    username: backup
    password: "⟨p2⟩"
  fortios:
    username: oxi-ro
    password: "⟨p3⟩"
model_map:
  juniper: junos
  cisco: ios
''', p1=p1, p2=p2, p3=p3)
    d2 = Doc("oxidized-config-yml", "router.db", "network config backup device list")
    r = d2.rng
    rows = ["# name:model:username:password:enable"]
    for host, model in [("sw-lag01.fn.lan", "ios"), ("sw-lag02.fn.lan", "ios"), ("rb-hallen.fn.lan", "routeros"),
                        ("fw-kontor.fn.lan", "fortios"), ("ex-dc1.fn.lan", "junos"), ("ap-ctrl.fn.lan", "aireos")]:
        if model == "routeros" or model == "fortios":
            rows.append(f"{host}:{model}:::")
        elif model == "junos":
            rows.append(f"{host}:{model}:netconf:{d2.L('password', password(r, 'alnum'))}:")
        else:
            rows.append(f"{host}:{model}:netbackup:{d2.L('password', password(r, 'mixed', punct='!#%*-_.+=?@^~'))}:{d2.L('password', password(r, 'pron'))}")
    d2.text = "\n".join(rows) + "\n# rb-hallen and fw-kontor use the group credentials from config (OPS-771)\n" + "\n" * 0 + "# " + "-" * 60 + "\n"
    d2.text += "# router.db is rendered from NetBox by sync-routerdb.py; manual edits are overwritten\n"
    return [d1, d2]


@doc
def asa_cli():
    d = Doc("cisco-asa-cli-session", "fw-dc1-change-CHG0044.log", "firewall cli session log")
    r = d.rng
    u = d.L("password", password(r, "mixed", punct="!#%*-_.+=@^~"))
    k = d.L("password", alnum(r, 20))
    psk = d.L("password", alnum(r, 32))
    en = d.L("password", password(r, "mixed", punct="!#%*-_.+=@^~"))
    peer = d.L("ipv4", ipv4_public(r))
    d.text = T('''CHG0044 — new L2L tunnel to the regional data centre, helpdesk VPN account, RADIUS via NPS
Session log (PuTTY), fw-dc1 (ASA 5516-X, 9.16(4)48)
------------------------------------------------------------------------------
fw-dc1> enable
Password: ********
fw-dc1# configure terminal
fw-dc1(config)# username vpn-helpdesk password ⟨u⟩ privilege 3
fw-dc1(config)# username vpn-helpdesk attributes
fw-dc1(config-username)# service-type remote-access
fw-dc1(config-username)# exit
fw-dc1(config)# aaa-server NPS protocol radius
fw-dc1(config-aaa-server-group)# aaa-server NPS (inside) host 10.10.1.20
fw-dc1(config-aaa-server-host)# key ⟨k⟩
fw-dc1(config-aaa-server-host)# authentication-port 1812
fw-dc1(config-aaa-server-host)# exit
fw-dc1(config)# tunnel-group ⟨peer⟩ type ipsec-l2l
fw-dc1(config)# tunnel-group ⟨peer⟩ ipsec-attributes
fw-dc1(config-tunnel-ipsec)# ikev2 remote-authentication pre-shared-key ⟨psk⟩
fw-dc1(config-tunnel-ipsec)# ikev2 local-authentication pre-shared-key ⟨psk⟩
fw-dc1(config-tunnel-ipsec)# exit
fw-dc1(config)# enable password ⟨en⟩ level 15
fw-dc1(config)# end
fw-dc1# write memory
Building configuration...
Cryptochecksum: ⟨c1⟩ ⟨c2⟩ ⟨c3⟩ ⟨c4⟩
[OK]
fw-dc1# show running-config username
username admin password $sha512$5000$⟨h1⟩$⟨h2⟩ pbkdf2 privilege 15
username vpn-helpdesk password $sha512$5000$⟨h3⟩$⟨h4⟩ pbkdf2 privilege 3
fw-dc1# show running-config tunnel-group ⟨peer⟩
tunnel-group ⟨peer⟩ type ipsec-l2l
tunnel-group ⟨peer⟩ ipsec-attributes
 ikev2 remote-authentication pre-shared-key *****
 ikev2 local-authentication pre-shared-key *****
fw-dc1# show vpn-sessiondb l2l | include Connection
Connection   : ⟨peer⟩
''', u=u, k=k, psk=psk, en=en, peer=peer, c1=hexs(r, 8), c2=hexs(r, 8), c3=hexs(r, 8), c4=hexs(r, 8),
               h1=d.X(b64(r, 12)[:16]), h2=d.X(b64(r, 16)[:22]), h3=d.X(b64(r, 12)[:16]), h4=d.X(b64(r, 16)[:22]))
    return d


@doc
def opnsense_xml():
    d = Doc("opnsense-config-xml", "config-fw01.xml", "firewall config backup")
    r = d.rng
    bind = d.L("password", password(r, "mixed", punct=SAFE_XML))
    smtp = d.L("password", password(r, "alnum"))
    raw_psk = alnum(r, 10) + "&" + alnum(r, 12)
    psk = d.L("password", xmlesc(raw_psk))
    wg = d.L("generic-secret", b64(r, 32))
    wgpub = d.X(b64(r, 32))
    bcrypt = d.X("$2y$11$" + rnd(r, AN + "./", 53))
    d.text = T('''<?xml version="1.0"?>
<opnsense>
  <version>24.7</version>
  <system>
    <hostname>fw01</hostname>
    <domain>skolan-ost.lan</domain>
    <timezone>Europe/Stockholm</timezone>
    <user>
      <name>root</name>
      <descr>System Administrator</descr>
      <scope>system</scope>
      <groupname>admins</groupname>
      <password>⟨bcrypt⟩</password>
      <uid>0</uid>
    </user>
    <authserver>
      <refid>⟨refid⟩</refid>
      <type>ldap</type>
      <name>AD skolan-ost</name>
      <host>dc01.skolan-ost.lan</host>
      <ldap_port>636</ldap_port>
      <ldap_urltype>SSL - Encrypted</ldap_urltype>
      <ldap_binddn>CN=svc-opnsense,OU=Service,DC=skolan-ost,DC=lan</ldap_binddn>
      <ldap_bindpw>⟨bind⟩</ldap_bindpw>
      <ldap_basedn>DC=skolan-ost,DC=lan</ldap_basedn>
      <ldap_attr_user>sAMAccountName</ldap_attr_user>
    </authserver>
  </system>
  <notifications>
    <smtp>
      <ipaddress>smtp.skolan-ost.se</ipaddress>
      <port>587</port>
      <tls>1</tls>
      <username>fw01-larm</username>
      <password>⟨smtp⟩</password>
      <fromaddress>fw01@example.org</fromaddress>
    </smtp>
  </notifications>
  <ipsec>
    <phase1>
      <ikeid>1</ikeid>
      <iketype>ikev2</iketype>
      <interface>wan</interface>
      <remote-gateway>vpn.kommunnatet.lan</remote-gateway>
      <authentication_method>pre_shared_key</authentication_method>
      <pre-shared-key>⟨psk⟩</pre-shared-key>
      <descr>Kommunnätet</descr>
    </phase1>
  </ipsec>
  <OPNsense>
    <wireguard>
      <server>
        <servers>
          <server uuid="⟨u1⟩">
            <enabled>1</enabled>
            <name>wg-personal</name>
            <pubkey>⟨wgpub⟩</pubkey>
            <privkey>⟨wg⟩</privkey>
            <port>51820</port>
            <tunneladdress>10.99.0.1/24</tunneladdress>
          </server>
        </servers>
      </server>
    </wireguard>
  </OPNsense>
</opnsense>
''', bcrypt=bcrypt, refid=d.X(hexs(r, 13)), bind=bind, smtp=smtp, psk=psk, wg=wg, wgpub=wgpub, u1=uuid4(r))
    return d


@doc
def ddwrt_nvram():
    d = Doc("ddwrt-nvram-show", "nvram-grep.txt", "router shell output")
    r = d.rng
    w0, w1, g = (d.L("password", password(r, s, punct="!#%*-_.+=?@")) for s in ("words", "mixed", "human"))
    ppp = d.L("password", alnum(r, 12))
    ddns = d.L("password", password(r, "pron"))
    md5 = d.X("$1$" + rnd(r, AN, 8) + "$" + rnd(r, AN + "./", 22))
    d.text = T('''DD-WRT v3.0-r58819 std (12/19/24)
root@sommarstugan:~# nvram show 2>/dev/null | grep -Ei '_passwd|_psk|pppoe|ddns_user|wl[01]_ssid|wl0\\.1_ssid' | sort
ddns_passwd=⟨ddns⟩
ddns_username=sommarstugan
http_passwd=⟨md5⟩
ppp_passwd=⟨ppp⟩
ppp_username=u4471129@bredband2
pppoe_wan_ifname=vlan2
wl0.1_ssid=Stugan-Gast
wl0.1_wpa_psk=⟨g⟩
wl0_ssid=Stugan
wl0_wpa_psk=⟨w0⟩
wl1_ssid=Stugan-5G
wl1_wpa_psk=⟨w1⟩
root@sommarstugan:~# nvram show | head -1
size: 38214 bytes (27322 left)
root@sommarstugan:~# exit
''', ddns=ddns, md5=md5, ppp=ppp, g=g, w0=w0, w1=w1)
    return d


@doc
def unrealircd():
    d = Doc("unrealircd-conf", "unrealircd.conf", "irc server config")
    r = d.rng
    op = d.L("password", password(r, "mixed", punct="!#%*-_.+=?@^~"))
    lk = d.L("password", alnum(r, 24))
    rs, die = d.L("password", password(r, "pron")), d.L("password", password(r, "pron"))
    ck = [d.L("generic-secret", alnum(r, 80)) for _ in range(3)]
    argon = d.X("$argon2id$v=19$m=6144,t=2,p=2$" + b64(r, 16, pad=False) + "$" + b64(r, 32, pad=False))
    d.text = T('''/* UnrealIRCd 6 — irc.spelforeningen.se */
include "modules.default.conf";
include "help/help.conf";
include "badwords.conf";
include "operclass.default.conf";
include "snomasks.default.conf";

me {
	name "irc.spelforeningen.se";
	info "Spelföreningen IRC";
	sid "001";
}

admin {
	"Spelföreningen drift";
	"irc-admin (at) spelforeningen (dot) se";
}

class clients { pingfreq 90; maxclients 1000; sendq 200k; recvq 8000; }
class servers { pingfreq 60; connfreq 15; maxclients 10; sendq 20M; }

allow { mask *; class clients; maxperip 3; }

oper kalle {
	class opers;
	mask *@*.spelforeningen.se;
	password "⟨argon⟩";
	operclass netadmin;
	swhois "is a Network Administrator";
	vhost netadmin.spelforeningen.se;
}

oper lisa {
	class opers;
	mask { 10.0.0.0/8; }
	password "⟨op⟩";
	operclass globop;
}

listen { ip *; port 6697; options { tls; } }

link hub2.spelforeningen.se {
	incoming { mask *; }
	outgoing { bind-ip *; hostname hub2.spelforeningen.se; port 6900; options { tls; } }
	password "⟨lk⟩";
	class servers;
}

drpass {
	restart "⟨rs⟩";
	die "⟨die⟩";
}

set {
	network-name "Spelforeningen";
	default-server "irc.spelforeningen.se";
	services-server "services.spelforeningen.se";
	help-channel "#hjälp";
	cloak-prefix "Spel";
	cloak-keys {
		"⟨ck0⟩";
		"⟨ck1⟩";
		"⟨ck2⟩";
	}
}
''', argon=argon, op=op, lk=lk, rs=rs, die=die, ck0=ck[0], ck1=ck[1], ck2=ck[2])
    return d


@doc
def nzbget():
    d = Doc("nzbget-conf", "nzbget.conf", "usenet downloader config")
    r = d.rng
    cp, rp, ap = (d.L("password", password(r, s)) for s in ("alnum", "pron", "mixed"))
    s1, s2 = d.L("password", alnum(r, 16)), d.L("password", password(r, "mixed", punct="!#%*-_.+=?@"))
    d.text = T('''##############################################################################
### PATHS                                                                  ###
MainDir=/downloads
DestDir=${MainDir}/completed
InterDir=${MainDir}/intermediate
NzbDir=${MainDir}/nzb
QueueDir=${MainDir}/queue
TempDir=${MainDir}/tmp
ScriptDir=${AppDir}/scripts
LogFile=${MainDir}/nzbget.log

##############################################################################
### NEWS-SERVERS                                                           ###
Server1.Active=yes
Server1.Name=primary
Server1.Level=0
Server1.Host=news.eweka.nl
Server1.Port=563
Server1.Username=hemmaserver01
Server1.Password=⟨s1⟩
Server1.Encryption=yes
Server1.Connections=20

Server2.Active=yes
Server2.Name=blockaccount
Server2.Level=1
Server2.Host=news.newsgroup.ninja
Server2.Port=563
Server2.Username=hemma-block
Server2.Password=⟨s2⟩
Server2.Encryption=yes
Server2.Connections=8

##############################################################################
### SECURITY                                                               ###
ControlIP=0.0.0.0
ControlPort=6789
ControlUsername=nzbget
ControlPassword=⟨cp⟩
RestrictedUsername=sonarr
RestrictedPassword=⟨rp⟩
AddUsername=indexer
AddPassword=⟨ap⟩
FormAuth=no
SecureControl=no
AuthorizedIP=127.0.0.1,192.168.1.*
CertCheck=yes
UpdateCheck=stable
''', s1=s1, s2=s2, cp=cp, rp=rp, ap=ap)
    return d


@doc
def hana_commands():
    d = Doc("hana-hdbuserstore-commands", "setup-backup-users.sh", "database admin script")
    r = d.rng
    bk = d.L("password", password(r, "mixed", punct="!#-_.+=?@"))
    sysp = d.L("password", password(r, "alnum"))
    mon = d.L("password", password(r, "mixed", punct="#-_.+=?@"))
    etl = d.L("password", password(r, "alnum", n=20))
    d.text = T('''#!/bin/bash
# Run as hdbadm on hana01 (SID HDB, instance 00). Creates the backup and monitoring users
# and stores their keys in the secure user store for Backint / the monitoring agent.
set -e

# 1) technical users (run once; SYSTEM password from the sealed envelope in the safe)
hdbsql -i 00 -d SYSTEMDB -u SYSTEM -p '⟨sysp⟩' <<'SQL'
CREATE USER BACKUP_OPERATOR PASSWORD "⟨bk⟩" NO FORCE_FIRST_PASSWORD_CHANGE;
ALTER USER BACKUP_OPERATOR DISABLE PASSWORD LIFETIME;
GRANT BACKUP ADMIN, CATALOG READ, DATABASE BACKUP ADMIN TO BACKUP_OPERATOR;
CREATE USER MON_AGENT PASSWORD "⟨mon⟩" NO FORCE_FIRST_PASSWORD_CHANGE;
GRANT MONITORING TO MON_AGENT;
SQL

# 2) secure store keys
hdbuserstore -i SET BACKUP "hana01:30013@SYSTEMDB" BACKUP_OPERATOR '⟨bk⟩'
hdbuserstore SET MONITOR hana01:30015 MON_AGENT "⟨mon⟩"
hdbuserstore LIST

# 3) ETL user in the tenant
hdbsql -i 00 -d HDB -U BACKUP "CREATE USER ETL_LOADER PASSWORD ⟨etl⟩ NO FORCE_FIRST_PASSWORD_CHANGE"
''', sysp=sysp, bk=bk, mon=mon, etl=etl)
    return d


@doc
def db2_clp():
    d = Doc("db2-clp-scripts", "nightly_reorg.db2.sh", "database admin script")
    r = d.rng
    p1 = d.L("password", password(r, "alnum", n=14))
    old, new = d.L("password", password(r, "mixed", punct="#-_.@")), d.L("password", password(r, "mixed", punct="#-_.@"))
    p3 = d.L("password", password(r, "alnum", n=12))
    d.text = T('''#!/bin/ksh
# nightly_reorg.db2.sh — run by db2inst1 cron at 01:30 (AIX lpar db2prod)
. ~db2inst1/sqllib/db2profile
LOG=/db2/log/reorg.$(date +%Y%m%d).log

db2 connect to BANKDB user db2inst1 using ⟨p1⟩ >> $LOG 2>&1
db2 -x "select rtrim(tabschema)||'.'||rtrim(tabname) from syscat.tables where tabschema='LEDGER' and type='T'" | while read t; do
  db2 "reorg table $t inplace allow write access" >> $LOG 2>&1
  db2 "runstats on table $t with distribution and detailed indexes all" >> $LOG 2>&1
done
db2 connect reset

# 2026-01-07: password for the batch user expired; changed via CLP (ticket DBA-2290)
# db2 connect to BANKDB user batchusr using ⟨old⟩ new ⟨new⟩ confirm ⟨new⟩

db2 catalog tcpip node RPTNODE remote db2rpt.bank.lan server 50000
db2 catalog database RPTDB as RPTDB at node RPTNODE
db2 connect to RPTDB user rptload using ⟨p3⟩ >> $LOG 2>&1
db2 "call sysproc.admin_cmd('load from /db2/export/ledger.ixf of ixf replace into rpt.ledger')" >> $LOG 2>&1
db2 terminate
''', p1=p1, old=old, new=new, p3=p3)
    return d


@doc
def vertica_vsql():
    d = Doc("vertica-vsql-scripts", "load_clickstream.sh", "database load script")
    r = d.rng
    p1 = d.L("password", password(r, "alnum", n=18))
    p2, p3 = d.L("password", password(r, "mixed", punct="#-_.+=?@!")), d.L("password", password(r, "words"))
    ak, sk = d.L("aws-access-key-id", akid(r)), d.L("aws-secret-key", aws_secret(r))
    d.text = T('''#!/bin/bash
# Hourly clickstream load from S3 into Vertica (vdb01). Called by Airflow's BashOperator.
set -euo pipefail
HOUR=${1:-$(date -u -d '1 hour ago' +%Y/%m/%d/%H)}

vsql -h vdb01.analys.lan -d analytics -U dbadmin -w ⟨p1⟩ -v ON_ERROR_STOP=1 <<SQL
ALTER SESSION SET AWSRegion='eu-north-1';
ALTER SESSION SET AWSAuth='⟨ak⟩:⟨sk⟩';
COPY raw.clickstream FROM 's3://webbutiken-clickstream/$HOUR/*.parquet' PARQUET
  REJECTED DATA AS TABLE raw.clickstream_rejects;
SELECT COUNT(*) FROM raw.clickstream WHERE load_hour = '$HOUR';
SQL

# one-off 2026-01-19: reset the analyst account after the lockout
#   ALTER USER analyst IDENTIFIED BY '⟨p2⟩' REPLACE '⟨p3⟩';
''', p1=p1, ak=ak, sk=sk, p2=p2, p3=p3)
    return d


@doc
def psreadline():
    d = Doc("psreadline-history", "ConsoleHost_history.txt", "powershell history file")
    r = d.rng
    ps = [d.L("password", password(r, s, punct="!#%*-_.+=?@^~")) for s in ("human", "mixed", "pron", "mixed", "words", "alnum")]
    d.text = T('''Get-ADUser -Filter 'Surname -like "Lind*"' -Properties LastLogonDate | ft Name,SamAccountName,LastLogonDate
Import-Module ActiveDirectory
New-ADUser -Name "Elin Lind" -GivenName Elin -Surname Lind -SamAccountName elind -UserPrincipalName elind@kommunen-ost.lan -Path "OU=Skola,OU=Users,DC=kommunen-ost,DC=lan" -AccountPassword (ConvertTo-SecureString "⟨p0⟩" -AsPlainText -Force) -ChangePasswordAtLogon $true -Enabled $true
Add-ADGroupMember -Identity "GG-Skola-Personal" -Members elind
Set-ADAccountPassword -Identity obengt -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "⟨p1⟩" -Force)
Unlock-ADAccount obengt
net user svc_backup ⟨p2⟩ /add /domain
$cred = New-Object System.Management.Automation.PSCredential('KOMMUNEN\\adm-per', (ConvertTo-SecureString '⟨p3⟩' -AsPlainText -Force))
Enter-PSSession -ComputerName FS01 -Credential $cred
cmdkey /add:fs01.kommunen-ost.lan /user:KOMMUNEN\\adm-per /pass:⟨p3⟩
Invoke-Sqlcmd -ServerInstance SQL01\\SKOLA -Username sa -Password '⟨p4⟩' -Query "SELECT name, state_desc FROM sys.databases"
Get-Credential
$pw = Read-Host "Nytt lösenord" -AsSecureString
Set-LocalUser -Name "kiosk" -Password (ConvertTo-SecureString "⟨p5⟩" -AsPlainText -Force)
Get-EventLog -LogName Security -InstanceId 4740 -Newest 20 | select TimeGenerated,Message | fl
gpupdate /force
''', p0=ps[0], p1=ps[1], p2=ps[2], p3=ps[3], p4=ps[4], p5=ps[5])
    d.text = d.text.replace("\n", "\r\n")
    return d


@doc
def script_typescript():
    d = Doc("script-typescript-log", "typescript-db03-2026-01-22", "terminal session recording")
    r = d.rng
    p1 = d.L("password", password(r, "alnum", n=16))
    p2 = d.L("password", password(r, "mixed", punct="#-_.+=?@!"))
    p3 = d.L("password", alnum(r, 32))
    p4 = d.L("password", password(r, "words"))
    d.glue_ok.add(p1)
    lines = [
        'Script started on 2026-01-22 13:40:11+01:00 [TERM="xterm-256color" TTY="/dev/pts/3" COLUMNS="160" LINES="48"]',
        "[root@db03 ~]# mysql -uroot -p" + p1 + " -e \"CREATE USER 'grafana'@'10.%' IDENTIFIED BY '" + p2 + "'; GRANT SELECT ON metrics.* TO 'grafana'@'10.%';\"",
        "mysql: [Warning] Using a password on the command line interface can be insecure.",
        "[root@db03 ~]# redis-cli -h 127.0.0.1 -a " + p3 + " --no-auth-warning CONFIG GET maxmemory",
        "1) \"maxmemory\"",
        "2) \"4294967296\"",
        "[root@db03 ~]# PGPASSWORD='" + p4 + "' psql -h pg02.db.lan -U postgres -c '\\l' | head -5",
        "                                  List of databases",
        "   Name    |  Owner   | Encoding |   Collate   |    Ctype    |   Access privileges   ",
        "-----------+----------+----------+-------------+-------------+-----------------------",
        " metrics   | grafana  | UTF8     | sv_SE.UTF-8 | sv_SE.UTF-8 | ",
        " postgres  | postgres | UTF8     | sv_SE.UTF-8 | sv_SE.UTF-8 | ",
        "[root@db03 ~]# history -d $(history 1 | awk '{print $1}')",
        "[root@db03 ~]# exit",
        "exit",
        "",
        'Script done on 2026-01-22 13:47:52+01:00 [COMMAND_EXIT_CODE="0"]',
    ]
    d.text = "\r\n".join(lines) + "\r\n"
    return d


@doc
def psexec_batch():
    d = Doc("psexec-schtasks-batch", "deploy-agents.cmd", "windows batch script")
    r = d.rng
    p = [d.L("password", password(r, s, punct=SAFE_BAT)) for s in ("mixed", "mixed", "alnum", "pron")]
    d.text = T('''@echo off
rem deploy-agents.cmd - installs the inventory agent on the school PCs listed in pcs.txt
rem Run from MGMT01 as a domain admin.  Last change: 2026-01-16 (new backup task)
setlocal

set SHARE=\\\\fs01\\deploy$
net use Z: %SHARE% ⟨p3⟩ /user:FS01\\deploy /persistent:no

for /f %%H in (pcs.txt) do (
  echo === %%H ===
  psexec \\\\%%H -accepteula -u KOMMUNEN\\svc-deploy -p ⟨p0⟩ -h -d msiexec /i Z:\\agent\\InvAgent-4.2.msi /qn SERVER=inv01.kommunen-ost.lan
  schtasks /create /s %%H /tn "Skola\\Backup" /tr "C:\\Tools\\backup.cmd" /sc daily /st 02:30 /ru KOMMUNEN\\svc-backup /rp ⟨p1⟩ /f
  sc \\\\%%H config "InvAgent" obj= "KOMMUNEN\\svc-agent" password= ⟨p2⟩
  sc \\\\%%H start "InvAgent"
)

net use Z: /delete /y
endlocal
''', p0=p[0], p1=p[1], p2=p[2], p3=p[3])
    d.text = d.text.replace("\n", "\r\n")
    return d


@doc
def keytool_cmds():
    d = Doc("keytool-commands", "renew-portal-cert.md", "certificate runbook")
    r = d.rng
    sp = d.L("password", password(r, "alnum", n=20))
    old = d.L("password", password(r, "mixed", punct="#-_.+=?@!"))
    pfx = d.L("password", password(r, "pron"))
    part = d.L("password", password(r, "alnum", n=16))
    d.text = T('''# Renewing the portal TLS certificate (Tomcat + IIS front)

Keystore: `/opt/tomcat/conf/portal.p12` (PKCS12). Tomcat reads the password from
`server.xml` (`certificateKeystorePassword`), so keep them in sync.

1. New key pair and CSR

```
keytool -genkeypair -alias portal -keyalg RSA -keysize 3072 -validity 397 \\
  -keystore /opt/tomcat/conf/portal-2026.p12 -storetype PKCS12 -storepass ⟨sp⟩ \\
  -dname "CN=portal.vardforbundet-nord.se, O=Vårdförbundet Nord, L=Umeå, C=SE" \\
  -ext "SAN=dns:portal.vardforbundet-nord.se,dns:www.portal.vardforbundet-nord.se"
keytool -certreq -alias portal -keystore /opt/tomcat/conf/portal-2026.p12 -storepass ⟨sp⟩ -file portal-2026.csr
```

2. Import the old chain (the previous keystore was JKS)

```
keytool -importkeystore -srckeystore portal-2025.jks -srcstorepass ⟨old⟩ \\
  -destkeystore portal-2026.p12 -deststoretype PKCS12 -deststorepass ⟨sp⟩ -srcalias intermediate
keytool -import -trustcacerts -alias sectigo-r46 -file chain.pem -keystore $JAVA_HOME/lib/security/cacerts -storepass changeit
```

3. PFX for the IIS front

```
openssl pkcs12 -export -in portal.crt -inkey portal.key -certfile chain.pem -out portal-iis.pfx -passout pass:⟨pfx⟩
```

4. Check the partner certificate they sent us

```
openssl pkcs12 -in partner-2026.pfx -nokeys -passin 'pass:⟨part⟩' | openssl x509 -noout -subject -enddate
```

5. `server.xml`:

```xml
<Certificate certificateKeystoreFile="conf/portal-2026.p12"
             certificateKeystorePassword="⟨sp⟩"
             certificateKeystoreType="PKCS12" type="RSA" />
```
''', sp=sp, old=old, pfx=pfx, part=part)
    return d


@doc
def sevenzip():
    d = Doc("7zip-archive-commands", "arkivera-hr.sh", "archiving shell script")
    r = d.rng
    p1 = d.L("password", password(r, "alnum", n=20))
    p2 = d.L("password", password(r, "mixed", punct="#-_.+=?@!"))
    p3 = d.L("password", password(r, "words"))
    p4 = d.L("password", password(r, "pron"))
    d.glue_ok.add(p1)
    d.text = T('''#!/bin/bash
# Arkivering av HR-underlag (körs manuellt av lönegruppen vid årsskiftet)
set -euo pipefail
YEAR=2025

# 1. krypterat arkiv med dolda filnamn (-mhe)
7z a -t7z -mhe=on -mx=9 -p⟨p1⟩ /backup/hr/hr-arkiv-$YEAR.7z /srv/hr/arkiv/$YEAR/

# 2. zip till revisorn (de har inget 7-zip...)
zip -e -P '⟨p2⟩' -r /tmp/lonefiler-$YEAR.zip /srv/hr/lon/$YEAR/

# 3. packa upp leveransen från löneleverantören
7z x -p"⟨p3⟩" /srv/inkommande/leverans-2026-01.7z -o/srv/hr/inkommande/

# 4. skanningar från receptionen
unzip -P ⟨p4⟩ /srv/inkommande/skanningar-v03.zip -d /srv/hr/skanningar/

sha256sum /backup/hr/hr-arkiv-$YEAR.7z >> /backup/hr/SHA256SUMS
''', p1=p1, p2=p2, p3=p3, p4=p4)
    return d


@doc
def powercli():
    d = Doc("powercli-scripts", "Add-Hosts.ps1", "virtualisation admin script")
    r = d.rng
    vc = d.L("password", password(r, "mixed", punct="#-_.+=?@!%"))
    esx = d.L("password", password(r, "alnum", n=14))
    guest = d.L("password", password(r, "pron"))
    store = d.L("password", password(r, "mixed", punct="#-_.+=?@!%"))
    d.text = T('''#Requires -Modules VMware.PowerCLI
# Adds the new hosts in cluster "Skola-02" and prepares the template VM.
Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false | Out-Null

Connect-VIServer -Server vc01.kommunen-ost.lan -User 'administrator@vsphere.local' -Password '⟨vc⟩'

$cluster = Get-Cluster -Name "Skola-02"
foreach ($h in 'esx21.kommunen-ost.lan', 'esx22.kommunen-ost.lan') {
    Add-VMHost -Name $h -Location $cluster -User root -Password "⟨esx⟩" -Force -Confirm:$false
    Get-VMHost $h | Set-VMHost -State Maintenance -Confirm:$false | Out-Null
}

# sysprep'd template: set the local admin and join the domain
$vm = Get-VM -Name "tmpl-win11-skola"
Invoke-VMScript -VM $vm -ScriptType Powershell -GuestUser Administrator -GuestPassword '⟨guest⟩' `
    -ScriptText 'Get-Service -Name InvAgent | Select-Object Status'

# store credentials for the nightly report job (runs as svc-vcreport)
New-VICredentialStoreItem -Host vc01.kommunen-ost.lan -User 'svc-vcreport@vsphere.local' -Password '⟨store⟩'

Disconnect-VIServer -Confirm:$false
''', vc=vc, esx=esx, guest=guest, store=store)
    return d


@doc
def mdt():
    d1 = Doc("mdt-customsettings-ini", "CustomSettings.ini", "os deployment rules")
    r = d1.rng
    da = d1.L("password", password(r, "mixed", punct="#-_.+=?@!"))
    la = d1.L("password", password(r, "pron"))
    d1.text = T('''[Settings]
Priority=Model, Default
Properties=MyCustomProperty

[Default]
OSInstall=Y
SkipCapture=YES
SkipAdminPassword=YES
AdminPassword=⟨la⟩
SkipProductKey=YES
SkipComputerBackup=YES
SkipBitLocker=YES
SkipDomainMembership=YES
JoinDomain=kommunen-ost.lan
DomainAdmin=svc-mdtjoin
DomainAdminDomain=KOMMUNEN
DomainAdminPassword=⟨da⟩
MachineObjectOU=OU=Klienter,OU=Skola,DC=kommunen-ost,DC=lan
SkipLocaleSelection=YES
UILanguage=sv-SE
UserLocale=sv-SE
KeyboardLocale=041d:0000041d
SkipTimeZone=YES
TimeZoneName=W. Europe Standard Time
SkipApplications=YES
SkipSummary=YES
SkipFinalSummary=YES
FinishAction=REBOOT
EventService=http://mdt01:9800
SLShare=\\\\mdt01\\Logs$

[HP EliteBook 840 G10 Notebook PC]
DriverGroup001=Windows 11 x64\\HP EliteBook 840 G10
''', la=la, da=da)
    d2 = Doc("mdt-customsettings-ini", "Bootstrap.ini", "os deployment bootstrap")
    r = d2.rng
    up = d2.L("password", password(r, "alnum", n=16))
    d2.text = T('''[Settings]
Priority=Default

[Default]
DeployRoot=\\\\mdt01\\DeploymentShare$
UserDomain=MDT01
UserID=mdt-read
UserPassword=⟨up⟩
KeyboardLocale=sv-SE
SkipBDDWelcome=YES
''', up=up)
    d2.text = d2.text.replace("\n", "\r\n")
    d1.text = d1.text.replace("\n", "\r\n")
    return [d1, d2]


@doc
def jitsi_env():
    d = Doc("jitsi-docker-env", "dot-env", "video conferencing env file")
    r = d.rng
    pws = [d.L("password", hexs(r, 32)) for _ in range(5)]
    jw = d.L("generic-secret", alnum(r, 40))
    d.text = T('''# Jitsi Meet (docker-jitsi-meet stable-9955) — möten.vardcentralen-syd.se
# Generated with ./gen-passwords.sh on 2025-12-02
JICOFO_AUTH_PASSWORD=⟨p0⟩
JVB_AUTH_PASSWORD=⟨p1⟩
JIGASI_XMPP_PASSWORD=⟨p2⟩
JIBRI_RECORDER_PASSWORD=⟨p3⟩
JIBRI_XMPP_PASSWORD=⟨p4⟩

CONFIG=~/.jitsi-meet-cfg
HTTP_PORT=8000
HTTPS_PORT=8443
TZ=Europe/Stockholm
PUBLIC_URL=https://moten.vardcentralen-syd.se
ENABLE_LETSENCRYPT=1
LETSENCRYPT_DOMAIN=moten.vardcentralen-syd.se
LETSENCRYPT_EMAIL=drift@example.com

ENABLE_AUTH=1
AUTH_TYPE=jwt
JWT_APP_ID=vardcentralen
JWT_APP_SECRET=⟨jw⟩
JWT_ACCEPTED_ISSUERS=vardcentralen
JWT_ACCEPTED_AUDIENCES=jitsi
ENABLE_GUESTS=0
ENABLE_RECORDING=0
''', p0=pws[0], p1=pws[1], p2=pws[2], p3=pws[3], p4=pws[4], jw=jw)
    return d


@doc
def python_stdlib_clients():
    d = Doc("python-stdlib-client-scripts", "nightly_transfers.py", "python integration script")
    r = d.rng
    ftp = d.L("password", password(r, "alnum", n=14))
    smtp = d.L("password", password(r, "mixed", punct="#-_.+=?@!%"))
    sftp = d.L("password", password(r, "pron"))
    ldp = d.L("password", password(r, "mixed", punct="#-_.+=?@!%"))
    db = d.L("password", password(r, "alnum", n=18))
    rep = d.L("email", role_email(r, "rapporter", "bygglager-syd.se"))
    d.text = T('''#!/usr/bin/env python3
"""Nightly transfers for the builders' merchant:
 * payment file to the bank (FTPS)
 * stock file to the web shop host (SFTP)
 * report mail to the managers (addresses from AD)
"""
import ftplib
import smtplib
import ssl
from email.message import EmailMessage

import paramiko
import pymysql
from ldap3 import Connection, Server, SUBTREE


def upload_payments(path):
    ftps = ftplib.FTP_TLS("ftps.bankgirot-filer.se", timeout=60)
    ftps.login("BG59221140", "⟨ftp⟩")
    ftps.prot_p()
    with open(path, "rb") as f:
        ftps.storbinary("STOR LB" + path[-12:], f)
    ftps.quit()


def upload_stock(path):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect("sftp.webbhotellet.se", 22, "bygglager", "⟨sftp⟩")
    client.open_sftp().put(path, "/import/stock.csv")
    client.close()


def managers():
    conn = Connection(Server("ldaps://dc01.bygglager.lan"), "CN=svc-report,OU=Service,DC=bygglager,DC=lan",
                      "⟨ldp⟩", auto_bind=True)
    conn.search("OU=Users,DC=bygglager,DC=lan", "(title=Butikschef*)", SUBTREE, attributes=["mail"])
    return [str(e.mail) for e in conn.entries]


def stock_rows():
    db = pymysql.connect("erp-db.bygglager.lan", "report", "⟨db⟩", "erp")
    with db.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE warehouse = 'MMX'")
        return cur.fetchall()


def mail_report(text):
    msg = EmailMessage()
    msg["From"] = "⟨rep⟩"
    msg["To"] = ", ".join(managers())
    msg["Subject"] = "Nattkörning klar"
    msg.set_content(text)
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login("⟨rep⟩", "⟨smtp⟩")
        s.send_message(msg)
''', ftp=ftp, sftp=sftp, ldp=ldp, db=db, rep=rep, smtp=smtp)
    return d


@doc
def java_jsch():
    d = Doc("java-jsch-jdbc-mail", "LonefilExport.java", "java integration code")
    r = d.rng
    p1 = d.L("password", password(r, "alnum", n=16))
    p2 = d.L("password", password(r, "mixed", punct="#-_.+=?@!%"))
    p3 = d.L("password", password(r, "pron"))
    mail = d.L("email", role_email(r, "lon-export", "akeri-hallands.se"))
    d.text = T('''package se.akeri.lon;

import com.jcraft.jsch.ChannelSftp;
import com.jcraft.jsch.JSch;
import com.jcraft.jsch.Session;
import jakarta.mail.Message;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;

/** Exports the monthly payroll file to the payroll bureau and mails a receipt. */
public class LonefilExport {

    private static final String DB_URL = "jdbc:sqlserver://sql01.akeri.lan:1433;databaseName=Tid;encrypt=true;trustServerCertificate=true";

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(DB_URL, "lon_ro", "⟨p1⟩")) {
            new PayrollFileWriter(c).write("/tmp/lon-" + args[0] + ".txt");
        }

        JSch jsch = new JSch();
        Session s = jsch.getSession("akeri-hallands", "sftp.lonebyran.se", 22);
        s.setPassword("⟨p2⟩");
        s.setConfig("StrictHostKeyChecking", "yes");
        s.connect(15_000);
        ChannelSftp sftp = (ChannelSftp) s.openChannel("sftp");
        sftp.connect();
        sftp.put("/tmp/lon-" + args[0] + ".txt", "/in/lon-" + args[0] + ".txt");
        sftp.disconnect();
        s.disconnect();

        Properties p = new Properties();
        p.put("mail.smtp.starttls.enable", "true");
        jakarta.mail.Session ms = jakarta.mail.Session.getInstance(p);
        MimeMessage m = new MimeMessage(ms);
        m.setFrom(new InternetAddress("⟨mail⟩"));
        m.setRecipients(Message.RecipientType.TO, "ekonomi@example.org");
        m.setSubject("Lönefil " + args[0] + " skickad");
        m.setText("Filen är överförd till lönebyrån.");
        Transport t = ms.getTransport("smtp");
        t.connect("smtp.akeri-hallands.se", 587, "⟨mail⟩", "⟨p3⟩");
        t.sendMessage(m, m.getAllRecipients());
        t.close();
    }
}
''', p1=p1, p2=p2, p3=p3, mail=mail)
    return d


@doc
def csharp_netcred():
    d = Doc("csharp-networkcredential", "FileShareSync.cs", "c# integration code")
    r = d.rng
    p1, p2, p3, p4 = (d.L("password", password(r, s, punct="#-_.+=?@!%")) for s in ("mixed", "alnum", "pron", "mixed"))
    d.text = T('''using System.DirectoryServices.Protocols;
using System.IO;
using System.Net;
using System.Net.Mail;
using Microsoft.Data.SqlClient;

namespace Skolverktyg.Sync
{
    internal static class FileShareSync
    {
        // the NAS is not domain joined, so a local account is used
        private static readonly NetworkCredential NasCred = new NetworkCredential("syncuser", "⟨p1⟩", "NAS02");

        public static void Run()
        {
            using var ldap = new LdapConnection(new LdapDirectoryIdentifier("dc01.skolverktyg.lan", 636))
            {
                AuthType = AuthType.Basic,
                Credential = new NetworkCredential("CN=svc-sync,OU=Service,DC=skolverktyg,DC=lan", "⟨p2⟩"),
            };
            ldap.SessionOptions.SecureSocketLayer = true;
            ldap.Bind();

            const string cs = "Server=sql02.skolverktyg.lan;Database=Elevregister;User Id=sync_rw;Password=⟨p3⟩;TrustServerCertificate=True;";
            using var db = new SqlConnection(cs);
            db.Open();

            var req = (FtpWebRequest)WebRequest.Create("ftp://nas02.skolverktyg.lan/exports/elever.csv");
            req.Method = WebRequestMethods.Ftp.UploadFile;
            req.Credentials = NasCred;
            using (var s = req.GetRequestStream())
                File.OpenRead(@"C:\\Temp\\elever.csv").CopyTo(s);

            using var smtp = new SmtpClient("smtp.skolverktyg.lan", 587)
            {
                EnableSsl = true,
                Credentials = new NetworkCredential("sync-noreply", "⟨p4⟩"),
            };
            smtp.Send("sync-noreply@example.org", "it@example.org", "Elevsynk klar", "OK");
        }
    }
}
''', p1=p1, p2=p2, p3=p3, p4=p4)
    return d


@doc
def php_clients():
    d = Doc("php-ldap-ftp-mysqli", "cron_medlemmar.php", "php integration script")
    r = d.rng
    p1, p2, p3, p4 = (d.L("password", password(r, s, punct="#-_.+=?@!%^~")) for s in ("mixed", "alnum", "words", "pron"))
    d.text = T('''<?php
// cron_medlemmar.php — nattlig synk av medlemsregistret (körs 03:10 från cron)
require __DIR__ . '/vendor/autoload.php';

use PHPMailer\\PHPMailer\\PHPMailer;

$db = mysqli_connect('localhost', 'medlem_web', '⟨p1⟩', 'forening');
mysqli_set_charset($db, 'utf8mb4');

$ds = ldap_connect('ldaps://ldap.idrottsforbundet-region.se');
ldap_set_option($ds, LDAP_OPT_PROTOCOL_VERSION, 3);
if (!ldap_bind($ds, 'uid=forening-4471,ou=klubbar,dc=idrottsforbundet-region,dc=se', '⟨p2⟩')) {
    error_log('LDAP bind misslyckades: ' . ldap_error($ds));
    exit(1);
}

$ftp = ftp_ssl_connect('ftp.licenssystemet.se');
ftp_login($ftp, 'klubb4471', '⟨p3⟩');
ftp_pasv($ftp, true);
ftp_get($ftp, '/tmp/licenser.csv', '/export/klubb4471/licenser.csv', FTP_BINARY);
ftp_close($ftp);

// ... import av licenser.csv ...

$mail = new PHPMailer(true);
$mail->isSMTP();
$mail->Host = 'smtp.webbhotell-norr.se';
$mail->SMTPAuth = true;
$mail->Username = 'noreply@webbhotell-norr.example';
$mail->Password = '⟨p4⟩';
$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS;
$mail->Port = 587;
$mail->setFrom('noreply@webbhotell-norr.example', 'Föreningen');
$mail->addAddress('kansli@webbhotell-norr.example');
$mail->Subject = 'Licenssynk klar';
$mail->Body = 'Importen är klar.';
$mail->send();
''', p1=p1, p2=p2, p3=p3, p4=p4)
    return d
