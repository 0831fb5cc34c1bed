"""Network carriers with public addresses: fail2ban, BIRD, BIND."""
from common import new, Clock, AN, HEX, LO, DG, UP


def fail2ban_log():
    d = new("fail2ban-log", "fail2ban.log")
    g = d.g
    c = Clock(d)
    L = []
    jails = ["sshd", "sshd", "postfix-sasl", "nginx-botsearch", "dovecot"]
    ips = [d.ip4() for _ in range(14)] + [d.ip6() for _ in range(4)]
    g.r.shuffle(ips)
    for ip in ips:
        jail = g.pick(jails)
        pid = g.num(700, 900)
        for k in range(g.num(2, 4)):
            L.append(f"{c.step(1, 90).fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} fail2ban.filter         [{pid}]: INFO    [{jail}] Found {ip} - {c.fmt('%Y-%m-%d %H:%M:%S')}")
        L.append(f"{c.step(0.1, 2).fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} fail2ban.actions        [{pid}]: NOTICE  [{jail}] Ban {ip}")
        if g.r.random() < 0.3:
            L.append(f"{c.step(600, 700).fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} fail2ban.actions        [{pid}]: NOTICE  [{jail}] Unban {ip}")
    L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} fail2ban.filter         [812]: INFO    [sshd] Ignore {d.priv4()} by ip")
    L.append(f"{c.step().fmt('%Y-%m-%d %H:%M:%S,%f')[:-3]} fail2ban.filter         [812]: INFO    [sshd] Ignore 127.0.0.1 by ip")
    d.text = "\n".join(L) + "\n"
    return d


def bird_bgp_conf():
    d = new("bird-bgp-conf", "bird.conf")
    g = d.g
    rid = d.ip4()
    n1, n2 = d.ip4(), d.ip4()
    n6 = d.ip6()
    pw1, pw2 = d.pw(style="alnum", n=16), d.pw(punct="!#%*+-._")
    pw3 = d.pw(style="alnum", n=20)
    pfx = d.ip4()
    d.text = f"""# /etc/bird/bird.conf -- edge router AS{g.num(200000, 210000)}
log syslog all;
router id {rid};

protocol device {{ scan time 10; }}
protocol direct {{ ipv4; ipv6; interface "lo"; }}

protocol static announce4 {{
  ipv4;
  route {pfx}/24 blackhole;
}}

filter export_own {{
  if net ~ [ {pfx}/24 ] then accept;
  reject;
}}

template bgp transit {{
  local as {g.num(200000, 210000)};
  hold time 90;
  graceful restart on;
}}

protocol bgp transit_a from transit {{
  description "Transit A (Stockholm IX port)";
  neighbor {n1} as {g.num(1000, 9000)};
  password "{pw1}";
  ipv4 {{ import all; export filter export_own; }};
}}

protocol bgp transit_b from transit {{
  description "Transit B";
  neighbor {n2} as {g.num(1000, 9000)};
  password "{pw2}";
  ipv4 {{ import all; export filter export_own; }};
}}

protocol bgp transit_b6 from transit {{
  neighbor {n6} as {g.num(1000, 9000)};
  password "{pw3}";
  ipv6 {{ import all; export none; }};
}}

protocol bgp rs_ix {{
  local as {g.num(200000, 210000)};
  neighbor 2001:db8:7:0::1 as 64500;   # lab route server (documentation prefix)
  ipv6 {{ import none; export none; }};
}}
"""
    return d


def bind_named_conf():
    d = new("bind-named-conf", "named.conf.local")
    g = d.g
    k1 = d.gs("b64_32")
    k2 = d.gs("b64_64")
    rndc = d.gs("b64_32")
    s1, s2, s3 = d.ip4(), d.ip4(), d.ip4()
    s6 = d.ip6()
    dom = d.dom("se")
    d.text = f"""// /etc/bind/named.conf.local
key "xfr-{dom}" {{
    algorithm hmac-sha256;
    secret "{k1}";
}};

key "ddns-update" {{
    algorithm hmac-sha512;
    secret "{k2}";
}};

key "rndc-key" {{
    algorithm hmac-sha256;
    secret "{rndc}";
}};

// template for new keys (run tsig-keygen and paste the output):
// key "host1-host2" {{ algorithm hmac-sha256; secret "<base64 from tsig-keygen>"; }};

acl secondaries {{ {s1}; {s2}; {s6}; key "xfr-{dom}"; }};

zone "{dom}" {{
    type primary;
    file "/var/lib/bind/db.{dom}";
    allow-transfer {{ secondaries; }};
    also-notify {{ {s1}; {s2}; }};
    update-policy {{ grant ddns-update zonesub ANY; }};
}};

// reverse zone for our own /24 (ns1 is {s3})
zone "{s3.split('.')[2]}.{s3.split('.')[1]}.{s3.split('.')[0]}.in-addr.arpa" {{
    type primary;
    file "/var/lib/bind/db.rev";
    allow-transfer {{ key "xfr-{dom}"; }};
}};

controls {{
    inet 127.0.0.1 port 953 allow {{ 127.0.0.1; }} keys {{ "rndc-key"; }};
}};
"""
    return d


CARRIERS = [fail2ban_log, bird_bgp_conf, bind_named_conf]
