"""dev29 other categories: e-mail, ip addresses, passports, national ids, vendor tokens, private keys, aws keys."""
import base64
import datetime
import json
from registry import doc


@doc("fail2ban-jail-ban-log", "var/log/fail2ban.log", "fail2ban log banning public addresses")
def _(d):
    out = []
    for i in range(5):
        ip = d.ipv4()
        jail = d.ch(["sshd", "postfix-sasl", "nginx-botsearch"])
        t = f"2026-01-20 0{i}:{d.ri(10, 59)}:{d.ri(10, 59)},{d.ri(100, 999)}"
        out.append(f"{t} fail2ban.filter         [{d.ri(800, 900)}]: INFO    [{jail}] Found {ip} - {t[:19]}")
        out.append(f"{t} fail2ban.actions        [{d.ri(800, 900)}]: NOTICE  [{jail}] Ban {ip}")
    v6 = d.ipv6()
    out.append(f"2026-01-20 06:02:11,004 fail2ban.actions        [811]: NOTICE  [sshd] Ban {v6}")
    out.append("2026-01-20 06:10:00,000 fail2ban.actions        [811]: NOTICE  [sshd] Unban 10.0.0.4")
    out.append("2026-01-20 06:10:01,000 fail2ban.filter         [811]: INFO    [sshd] Ignore 192.168.1.20 by ip")
    return "\n".join(out) + "\n"


@doc("paxlst-edifact-passenger-list", "apis/PAXLST-SK1429-20260121.edi", "airline advance passenger information edifact message")
def _(d):
    segs = ["UNA:+.? '", f"UNB+UNOA:4+SKYNORD:ZZ+SEAPIS:ZZ+260121:0612+{d.ri(100000, 999999)}'", "UNH+1+PAXLST:D:05B:UN:IATA'",
            "BGM+745'", "TDT+20+SK1429'", "LOC+125+ARN'", "DTM+189:2601210740:201'", "LOC+87+BGO'", "DTM+232:2601210850:201'"]
    for cc, nat in (("SWE", "se"), ("NOR", "no"), ("DEU", "de")):
        f, l = {"se": d.person("se")[:2], "no": d.person("no")[:2], "de": ("Lukas", "Schneider")}[nat]
        dt = d.bdate((1955, 2005))
        pp = d.passport({"se": "se", "no": "se", "de": "de"}[nat])
        dob = d.dob(dt, "%y%m%d", grp="rest")
        segs += [f"NAD+FL+++{l.upper()}:{f.upper()}'", f"ATT+2++{d.ch('MF')}'", f"DTM+329:{dob}'", f"NAT+2+{cc}'",
                 f"DOC+P:110:111+{pp}'", f"DTM+36:{2027 + d.ri(0, 6)}{d.ri(1, 12):02d}{d.ri(10, 28)}'", f"LOC+91+{cc}'"]
    segs += ["CNT+42:3'", f"UNT+{len(segs) - 1}+1'", "UNZ+1+1'"]
    return "\n".join(segs) + "\n"


@doc("uk-payslip-txt", "payroll/uk/payslip-2026-01-0112.txt", "uk payslip text with national insurance number")
def _(d):
    n = d.nino()
    return f"""ACME NORDIC LTD (UK BRANCH)                     PAYSLIP
Employee: Oliver Hughes         Employee no: 0112      Pay date: 30/01/2026
NI number: {n}     Tax code: 1257L     NI category: A

Payments                       Deductions
Basic salary    3,450.00       PAYE tax          432.40
Overtime          210.00       National Ins.     188.16
                               Pension (5%)      183.00
Net pay: 2,856.44
"""


@doc("us-i9-section2-record-txt", "hr/us/i9-section2-emp-4471.txt", "us employment eligibility verification section 2 record (text)")
def _(d):
    s = d.ssn()
    pp = d.passport("us")
    dt = d.bdate((1970, 2000))
    return f"""Form I-9, Employment Eligibility Verification - Section 2 (transcribed)
Employee: Jennifer Alvarez
Date of Birth: {d.dob(dt, '%m/%d/%Y', grp='rest')}
U.S. Social Security Number: {s}
List A document: U.S. Passport
  Document number: {pp}
  Expiration date: 08/14/2033
First day of employment: 01/12/2026
Examined by: M. Carter, HR Generalist
"""


@doc("nl-zorgverzekering-aanmelding-json", "aanmeldingen/zv-2026-000812.json", "dutch health insurance enrolment form submission (json)")
def _(d):
    o = {"aanvraagnummer": f"ZV-2026-{d.ri(100000, 999999)}", "verzekerde": {"voornaam": "Sanne", "achternaam": "de Vries",
         "burgerservicenummer": d.bsn(), "geboortedatum": d.dob(d.bdate((1980, 2000)), "%d-%m-%Y", grp="rest"),
         "email": d.email("Sanne", "de Vries".replace(" ", ""), "ziggo.nl", "dot"), "telefoon": d.phone("nl")},
         "pakket": "Basis Restitutie", "ingangsdatum": "2026-02-01"}
    return json.dumps(o, indent=2, ensure_ascii=False) + "\n"


@doc("de-minijob-personalbogen-txt", "personal/minijob/personalbogen-2026-01-mueller.txt", "german mini-job personnel form (text)")
def _(d):
    st = d.steuer()
    dt = d.bdate((1985, 2004))
    ib = d.iban("de", spaced=True)
    return f"""Personalfragebogen für geringfügig Beschäftigte
Name, Vorname: Müller, Lena
Geburtsdatum: {d.dob(dt, '%d.%m.%Y', grp='rest')}
Steuerliche Identifikationsnummer: {st}
Krankenkasse: AOK Bayern
Bankverbindung (IBAN): {ib}
Beschäftigungsbeginn: 01.02.2026
Befreiung von der Rentenversicherungspflicht: ja
"""


@doc("fr-mutuelle-adhesion-txt", "mutuelle/bulletins/adhesion-2026-0217.txt", "french complementary health insurance membership form (text)")
def _(d):
    n = d.nir()
    e = d.email("Claire", "Dubois", "free.fr", "dot")
    return f"""BULLETIN D'ADHÉSION – Mutuelle Santé Entreprise
Adhérent : DUBOIS Claire
Numéro de sécurité sociale : {n}
Date de naissance : {d.dob(d.bdate((1975, 1995)), '%d/%m/%Y', grp='rest')}
Courriel : {e}
Formule choisie : Confort 2
Date d'effet : 01/02/2026
"""


@doc("es-nomina-cabecera-txt", "nominas/2026-01/nomina-00231.txt", "spanish payslip header (text)")
def _(d):
    return f"""EMPRESA: Distribuciones Levante S.L.        CIF: B{d.ri(10000000, 99999999)}
TRABAJADOR: GARCÍA LÓPEZ, ANDREA             DNI: {d.dni()}
Nº AFILIACIÓN S.S.: 28/{d.ri(10000000, 99999999)}/{d.ri(10, 99)}
CATEGORÍA: Administrativa       PERÍODO: 01/01/2026 a 31/01/2026
TRABAJADOR 2 (cotitular cuenta): {d.dni(nie=True)}
"""


@doc("it-iscrizione-palestra-csv", "palestra/iscrizioni-gennaio-2026.csv", "italian gym membership sign-ups with tax codes (csv)")
def _(d):
    rows = ["Cognome;Nome;Codice fiscale;Data di nascita;Cellulare"]
    for sur, name, fem in (("Rossi", "Giulia", True), ("Bianchi", "Marco", False), ("Esposito", "Francesca", True)):
        dt = d.bdate((1970, 2004))
        rows.append(f"{sur};{name};{d.cf(sur, name, dt, fem)};{d.dob(dt, '%d/%m/%Y', grp='rest')};+39 3{d.ri(20, 49)} {d.ri(100, 999)} {d.ri(1000, 9999)}")
    return "\n".join(rows) + "\n"


@doc("dotfiles-commit-git-show-patch", "notes/git-show-a41c9e.patch", "git show output of a dotfiles commit that added shell exports with tokens")
def _(d):
    gh, gl, xo = d.ghp(), d.glpat(), d.xox("p")
    hf, npm, sg = d.hf(), d.npm(), d.sg()
    d.L("github-token", gh)
    d.L("gitlab-token", gl)
    d.L("slack-token", xo)
    d.L("huggingface-token", hf)
    d.L("npm-token", npm)
    d.L("sendgrid-key", sg)
    ak, sk = d.ak(), d.sk()
    c = d.commit()
    return f"""commit {c}
Author: Hampus Nordin <hampus@dotfiles.invalid>
Date:   Tue Jan 20 21:14:07 2026 +0100

    zsh: flytta exports till .zshenv

diff --git a/.zshenv b/.zshenv
index {d.hexx(7)}..{d.hexx(7)} 100644
--- a/.zshenv
+++ b/.zshenv
@@ -1,6 +1,15 @@
 export EDITOR=nvim
 export PAGER=less
+export GITHUB_TOKEN={gh}
+export GITLAB_TOKEN={gl}
+export SLACK_USER_TOKEN={xo}
+export HF_TOKEN={hf}
+export NPM_TOKEN={npm}
+export SENDGRID_API_KEY={sg}
+export AWS_ACCESS_KEY_ID={ak}
+export AWS_SECRET_ACCESS_KEY={sk}
+# export OPENAI_API_KEY=$(pass show openai)
 export LANG=sv_SE.UTF-8
"""


@doc("tinc-host-rsa-key-priv", "etc/tinc/kontorsnat/rsa_key.priv", "tinc vpn daemon rsa private key file")
def _(d):
    k = d.pem("rsa")
    return k + "\n"


@doc("gpg-export-secret-key-asc", "backup/nycklar/signering-2026-secret.asc", "armored export of a signing subkey secret key")
def _(d):
    body = base64.b64encode(bytes.fromhex("9501d8") + d.r.randbytes(940)).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    crc = base64.b64encode(d.r.randbytes(3)).decode()
    blk = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(lines) + "\n=" + crc + "\n-----END PGP PRIVATE KEY BLOCK-----"
    d.L("private-key", blk)
    return f"""# gpg --export-secret-subkeys --armor 0x{d.rs("0123456789ABCDEF", 16)}! > signering-2026-secret.asc
{blk}
"""


@doc("glitchtip-issue-event-json", "debug/glitchtip-event-8812.json", "error tracking issue event with request data, user and headers")
def _(d):
    t = d.bt("an40")
    e = d.email("Karin", "Holmberg", "telia.com", "dot")
    ip = d.ipv4()
    o = {"eventID": d.hexx(32), "title": "KeyError: 'leveransadress'", "platform": "python",
         "user": {"id": str(d.ri(1000, 9999)), "email": e, "ip_address": ip},
         "request": {"url": "https://butik.tradgarden.se/kassa/bekrafta", "method": "POST",
                     "headers": [["Authorization", f"Bearer {t}"], ["User-Agent", "Mozilla/5.0"], ["X-Forwarded-For", ip]]},
         "contexts": {"runtime": {"name": "CPython", "version": "3.12.3"}}, "tags": [["environment", "production"]]}
    return json.dumps(o, indent=2) + "\n"
