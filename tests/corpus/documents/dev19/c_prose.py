"""People writing: help-desk threads, issue trackers, chats and mails in several languages."""
import json

from common import (b64e, hexs, alnum, pw, rs, uuid4, token, jwt, jesc, xesc, aws_akid, aws_secret, sha256hex,
                    PUNCT_MIN, UP, DG, email_for, person, phone as mkphone)


def _name(d, sv=False):
    f, l = d.person(sv)
    return f, l, f"{f} {l}"


# ------------------------------------------------------------------ osTicket thread export
def osticket(d):
    r = d.r
    f1, l1, n1 = _name(d)
    e1 = d.email(f1, l1, domain="kestrel-media.net")
    ph1 = d.phone("GB", "nat")
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    f2, l2, n2 = _name(d)
    e2 = d.email(f2, l2, domain="panaderia-sol.es")
    p3 = d.pw(kind="words", punct="-.")
    ph2 = d.phone("ES")
    tok = d.bearer("b64url")
    return f"""Ticket #{r.randint(100000, 999999)}  —  VPN profile stopped working after laptop swap
Status: Closed   Priority: Normal   Department: IT Support   Help Topic: Remote access
Created: {d.ts():%m/%d/%y %I:%M %p}

------------------------------------------------------------------------
{n1} <{e1}>                                         posted {d.ts():%m/%d/%y %I:%M %p}
Hi, since I got the new laptop the VPN client says "authentication failed".
I'm on the road until Thursday, best reach me on {ph1}.
Old laptop password was {p1} in case you need to pull anything off it before it's wiped.

------------------------------------------------------------------------
Sam (IT Support)                                   posted {d.ts():%m/%d/%y %I:%M %p}
Thanks {f1}. I've reset your VPN account. Temporary password: {p2}
You'll be asked to change it at first login. Please don't reply with passwords in future,
use the self-service portal instead.

------------------------------------------------------------------------
Internal note — Sam                                 posted {d.ts():%m/%d/%y %I:%M %p}
Reset done via RADIUS admin. For the record the API call was
curl -X POST https://radius-admin.kestrel.internal/api/users/{f1.lower()}/reset -H "Authorization: Bearer {tok}"
(password field in the ticket template shows "********", that's expected.)

========================================================================
Ticket #{r.randint(100000, 999999)}  —  No puedo entrar en el portal de proveedores
Status: Open   Priority: High   Department: Compras
------------------------------------------------------------------------
{n2} <{e2}>                                         posted {d.ts():%d/%m/%y %H:%M}
Buenos días, desde ayer no puedo acceder al portal de proveedores. Mi usuario es {f2.lower()}.{l2.lower().replace(' ', '')}
y la contraseña es {p3} (la cambié la semana pasada). Mi móvil: {ph2}.
Gracias,
{n2}

========================================================================
Ticket #{r.randint(100000, 999999)}  —  Webhook del e-commerce non firma più le richieste
Status: Open   Priority: High   Department: E-commerce
------------------------------------------------------------------------
Giulia Rossi <{d.email("Giulia", "Rossi", domain="studio-ferri.it")}>               posted {d.ts():%d/%m/%y %H:%M}
Ciao, dopo il rinnovo del certificato il webhook degli ordini risponde 401. Il segreto di firma
configurato su Shopware è {d.sec("whsec")} e la password dell'utente API è {d.pw(kind="human")}.
Il token di accesso che usiamo per l'API magazzino: Bearer {d.bearer("b64url")}
Potete controllare? Grazie.

Giulia Rossi                                         posted {d.ts():%d/%m/%y %H:%M}
Per il rinnovo del contratto potete addebitare la carta aziendale {d.card('mc', ' ')}, scadenza 11/27.

Internal note — Sam                                 posted {d.ts():%m/%d/%y %I:%M %p}
Rotated both. Card number above masked in the customer view as {d.X('5*** **** **** ' + rs(r, DG, 4), 'masked card')}. AWS key used by the order exporter ({d.akid()} / {d.sak()}) was in the same config file, rotated too.
"""


# ------------------------------------------------------------------ Request Tracker correspondence (mail)
def rt_mail(d):
    r = d.r
    f1, l1, n1 = _name(d)
    e1 = d.email(f1, l1, domain="kaffeeroesterei-brandt.de")
    ph = d.phone("DE", "nat")
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    wl = d.pw(kind="words", punct="-")
    tid = r.randint(10000, 99999)
    mid = d.X(f"<rt-5.0.5-{r.randint(1000, 99999)}-{r.randint(10**12, 10**13 - 1)}-{r.randint(100, 999)}.{tid}.0@rt.gridline-systems.com>", "Message-ID")
    return f"""Return-Path: <{d.L('email', 'rt-bounce@rt.gridline-systems.com')}>
Delivered-To: {e1}
Received: from rt.gridline-systems.com (rt.gridline-systems.com [{d.ip4()}])
	by mx1.kaffeeroesterei-brandt.de (Postfix) with ESMTPS id 4Z{alnum(r, 8)}
	for <{e1}>; {d.ts():%a, %d %b %Y %H:%M:%S} +0100 (CET)
Subject: [gridline.se #{tid}] Zugang WLAN Rösterei / Kassensystem
From: "Support via RT" <{d.L('email', 'support@rt.gridline-systems.com')}>
Reply-To: support@rt.gridline-systems.com
To: {e1}
Message-ID: {mid}
RT-Ticket: gridline.se #{tid}
RT-Originator: {d.L('email', 'lena.weber@gridline-systems.com')}
Date: {d.ts():%a, %d %b %Y %H:%M:%S} +0000
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hallo {f1},

wie telefonisch besprochen ({ph}) haben wir das Kassensystem neu eingerichtet.

  Benutzer Kasse 1:   kasse1
  Passwort:           {p1}

Das WLAN-Passwort für das Gäste-Netz "Roesterei-Gast" lautet jetzt {wl} – das alte
Passwort funktioniert ab Montag nicht mehr.

Für den Fernzugriff (TeamViewer) haben wir ein neues Kennwort gesetzt: {p2}
Bitte geben Sie es nur an Personen weiter, die es wirklich brauchen.

Das Passwort für das Router-Webinterface (192.168.178.1) haben wir auf {d.pw(punct="!#%*-_.")} geändert.

Mit freundlichen Grüßen
Lena Weber
Gridline IT-Service

--
Ticket <URL: https://rt.gridline-systems.com/Ticket/Display.html?id={tid} >
"""


# ------------------------------------------------------------------ KakaoTalk chat export (Korean)
def kakaotalk(d):
    r = d.r
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    ph1 = d.phone("KR", "nat")
    ph2 = d.phone("KR", "nat")
    e1 = d.email("Min-jun", "Park", domain="naver.com")
    wifi = d.pw(kind="words", punct="-")
    a, s = d.akid(), d.sak()
    return f"""개발팀 공지방 님과 카카오톡 대화
저장한 날짜 : 2026-03-{r.randint(10, 28)} 오후 {r.randint(1, 11)}:{r.randint(10, 59)}

--------------- 2026년 3월 {r.randint(2, 9)}일 월요일 ---------------
[박민준] [오전 9:12] 다들 좋은 아침입니다
[김지우] [오전 9:14] 스테이징 서버 관리자 비밀번호 바뀌었어요. 새 비밀번호는 {p1} 입니다
[박민준] [오전 9:15] 넵 확인했습니다
[김지우] [오전 9:20] 사무실 와이파이 비번: {wifi}
[이서연] [오전 10:02] 배포 키 필요하신 분? AWS 키 임시로 공유합니다 (오늘 저녁에 폐기)
[이서연] [오전 10:02] {a}
[이서연] [오전 10:03] 시크릿: {s}
[박민준] [오전 10:05] 감사합니다! 제 메일로도 보내주세요 {e1}
[김지우] [오전 11:40] 급한 일 있으면 {ph1} 로 전화주세요
[이서연] [오후 2:18] DB 비밀번호 : {p2}
[이서연] [오후 2:19] 아 잘못 올렸네요 ㅠㅠ 나중에 바꿀게요
[박민준] [오후 3:01] 외부 업체 담당자 연락처 {ph2}
[이서연] [오후 4:44] 결제 연동 API 키: {d.sec("alnum40")}
[박민준] [오후 5:10] 젠킨스 관리자 계정 비밀번호 {d.pw(punct="!#%*-_.")} 로 초기화했습니다
[이서연] [오후 5:12] 모니터링 토큰 Bearer {d.bearer("glsa")}
[김지우] [오후 6:30] 예시로 적은 비밀번호 ******** 는 실제 값이 아닙니다
"""


# ------------------------------------------------------------------ SMS Backup & Restore XML
def sms_backup(d):
    r = d.r
    msgs = []
    ts = 1767225600000 + r.randint(0, 10**10)
    entries = [
        ("SE", "Hej! Koden till förrådet är 4471. Wifi-lösenordet hemma hos mamma: {P}", "wordsp"),
        ("SE", "Ditt tillfälliga lösenord till Mina sidor är {P} . Byt det vid första inloggning.", "mixed"),
        ("NO", "Hei, passordet til hytta-nettet er {P}", "human"),
        ("SE", "Ring mig på {PH2} när du är framme", None),
        ("SE", "Tjena! Admin-lösenordet till routern i stugan: {P}", "mixed"),
        ("FI", "Moi! Salasana wifiin on {P}", "human"),
        ("GB", "Your parcel is on its way. Track: https://track.nordvik-logistik.se/t/{T}", None),
        ("SE", "Hej pappa, nya lösenordet till Netflix är {P}", "human"),
    ]
    out = []
    for cc, body, kind in entries:
        addr = d.phone(cc, "e164" if cc == "SE" else "intl")
        txt = body
        if "{P}" in txt:
            p = d.pw(kind="words" if kind == "wordsp" else kind, punct="-.!")
            txt = txt.replace("{P}", p)
        if "{PH2}" in txt:
            txt = txt.replace("{PH2}", d.phone("SE", "nat"))
        if "{T}" in txt:
            txt = txt.replace("{T}", d.X(alnum(r, 10), "tracking id"))
        ts += r.randint(10**6, 10**9)
        out.append(f'  <sms protocol="0" address="{addr}" date="{ts}" type="{r.choice([1, 2])}" subject="null" body="{xesc(txt)}" toa="null" sc_toa="null" service_center="null" read="1" status="-1" locked="0" date_sent="{ts - r.randint(1000, 9000)}" sub_id="1" readable_date="{d.ts():%d %b %Y %H:%M:%S}" contact_name="(Unknown)" />')
    return (f"""<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<!--File Created By SMS Backup & Restore v10.20.002 on {d.ts():%d/%m/%Y %H:%M:%S}-->
<?xml-stylesheet type="text/xsl" href="sms.xsl"?>
<smses count="{len(out)}" backup_set="{uuid4(r)}" backup_date="{ts}" type="full">
""" + "\n".join(out) + "\n</smses>\n")


# ------------------------------------------------------------------ Zoom meeting chat
def zoom_chat(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    t1 = d.bearer("glsa")
    a, s = d.akid(), d.sak()
    p2 = d.pw(kind="human")
    e = d.email("Femke", "Jansen", domain="veldhuis-installatie.nl")
    ph = d.phone("NL", "nat")
    return f"""09:02:11 From Pieter de Vries to Everyone:
	goedemorgen, agenda staat in de Confluence-pagina
09:04:37 From Femke Jansen to Everyone:
	Kan iemand het wachtwoord van de test-omgeving delen? Ik krijg steeds 401
09:05:02 From Pieter de Vries to Femke Jansen(Direct Message):
	het wachtwoord is {p1}
09:05:40 From Femke Jansen to Pieter de Vries(Direct Message):
	top, dank je
09:11:18 From Jan Kowalski to Everyone:
	for the Grafana dashboard import use this service account token: {t1}
09:11:51 From Jan Kowalski to Everyone:
	(I'll rotate it after the meeting)
09:23:09 From Pieter de Vries to Everyone:
	AWS keys voor de demo-bucket: {a} / {s}
09:23:30 From Aoife Murphy to Everyone:
	please don't paste keys in chat :( the recording is shared with the customer
09:40:12 From Femke Jansen to Everyone:
	mijn mail is {e}, bel gerust {ph}
09:41:55 From Pieter de Vries to Femke Jansen(Direct Message):
	wifi gastennetwerk: {p2}
09:47:20 From Jan Kowalski to Everyone:
	webhook signing secret for the staging receiver: {d.sec("whsec")}
09:49:02 From Pieter de Vries to Everyone:
	en het root-wachtwoord van de jump host: {d.pw(punct="!#%*-_.")}
09:52:40 From Jan Kowalski to Everyone:
	curl -H "Authorization: Bearer {d.bearer("atlassian")}" https://veldhuis.atlassian.net/rest/api/3/myself
09:58:01 From Aoife Murphy to Everyone:
	Reminder: the password in the slide deck (P@ssw0rd) is just the example from the vendor docs
"""


# ------------------------------------------------------------------ Google Chat takeout (French)
def gchat(d):
    r = d.r
    f1, l1, n1 = _name(d)
    f2, l2, n2 = "Chloé", "Moreau", "Chloé Moreau"
    e1 = d.email(f1, l1, domain="atelier-morel.fr")
    e2 = d.email(f2, l2, domain="atelier-morel.fr")
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    t = d.bearer("b64url")
    ph = d.phone("FR", "nat")
    ib = d.iban("FR", spaced=True)
    msgs = [
        (n2, e2, "Salut ! Tu peux me redonner l'accès au compte Shopify de l'atelier ?"),
        (n1, e1, f"Oui : identifiant {e1}, le mot de passe est {p1}"),
        (n2, e2, "Merci 🙏 et pour le NAS ?"),
        (n1, e1, f"mot de passe NAS : {p2} (ne le mets pas dans le Drive stp)"),
        (n2, e2, f"ok. Pour l'intégration Colissimo j'ai testé avec curl -H \"Authorization: Bearer {t}\" ça marche"),
        (n1, e1, f"Nouveau RIB pour les virements fournisseurs : {ib}"),
        (n2, e2, f"Je suis joignable au {ph} cet après-midi"),
        (n2, e2, f"Pour le back-office Prestashop : clé webservice {d.sec('alnum32')}"),
        (n1, e1, f"et le mot de passe du compte admin@ c'est {d.pw(punct='!#%*-_.')}"),
        (n2, e2, f"Clés AWS pour le bucket des photos produits : {d.akid()} / {d.sak()}"),
        (n2, e2, f"Et la carte de l'atelier pour l'abonnement : {d.card('visa', ' ')} (exp 09/28)"),
        (n1, e1, "Le mot de passe dans la doc (motdepasse123) c'est juste un exemple hein"),
    ]
    out = {"messages": []}
    for who, mail, text in msgs:
        out["messages"].append({"creator": {"name": who, "email": mail, "user_type": "Human"},
                                "created_date": f"{d.ts():%A, %d %B %Y at %H:%M:%S} UTC",
                                "text": text, "topic_id": alnum(r, 11), "message_id": f"{alnum(r, 11)}/{alnum(r, 11)}"})
    s = json.dumps(out, indent=2, ensure_ascii=False)
    return s + "\n"


# ------------------------------------------------------------------ Trello board JSON (Polish / Italian)
def trello(d):
    r = d.r
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="words", punct="-")
    k = d.sec("hex32")
    tk = d.L("generic-secret", "ATTA" + hexs(r, 64) + hexs(r, 8).upper())
    e = d.email("Zofia", "Nowak", domain="wp.pl")
    ph = d.phone("PL")
    ph2 = d.phone("IT")
    cards = [
        {"id": hexs(r, 24), "name": "Migracja sklepu na nowy serwer", "desc":
         f"Dostęp do panelu hostingu: login admin_sklep, hasło to {p1}\nKontakt do hostingu: {ph}\nStary serwer wyłączamy 31.03."},
        {"id": hexs(r, 24), "name": "Konto pocztowe dla Zofii", "desc":
         f"Utworzone: {e}\nHasło tymczasowe: {p2} (zmienić przy pierwszym logowaniu)"},
        {"id": hexs(r, 24), "name": "Fornitore Milano – accesso portale", "desc":
         f"La password del portale fornitori è {p3}. Referente: Marco Bianchi, tel. {ph2}"},
        {"id": hexs(r, 24), "name": "Power-Up: integracja z Trello API", "desc":
         f"key={d.X(hexs(r, 32), 'Trello API key (public part)')}\ntoken={tk}\nsecret do webhooków: {k}"},
        {"id": hexs(r, 24), "name": "Backup do S3", "desc":
         f"Klucze do kopii zapasowych (konto firmowe):\naws_access_key_id = {d.akid()}\naws_secret_access_key = {d.sak()}"},
        {"id": hexs(r, 24), "name": "Szablon karty", "desc": "hasło: <wpisz hasło>, token: ********"},
    ]
    board = {"id": hexs(r, 24), "name": "IT – sklep i biuro", "desc": "", "closed": False,
             "url": f"https://trello.com/b/{alnum(r, 8)}/it-sklep-i-biuro", "cards": cards,
             "actions": [{"id": hexs(r, 24), "type": "commentCard", "date": d.ts().isoformat() + "Z",
                          "data": {"text": f"Zmieniłam hasło do panelu, nowe jest w karcie. Stare ({d.X('********', 'mask')}) już nie działa."}}]}
    return json.dumps(board, indent=2, ensure_ascii=False) + "\n"


# ------------------------------------------------------------------ YouTrack issues export (Russian / Ukrainian / Czech)
def youtrack(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="human")
    p3 = d.pw(punct="!#%*-_.")
    t = d.bearer("b64url")
    ph1 = d.phone("UA")
    e1 = d.email("Olena", "Kovalenko", domain="ukr.net")
    e2 = d.email("Tereza", "Novák", domain="seznam.cz")
    rows = [
        ("OPS-" + str(r.randint(100, 999)), "Нет доступа к серверу сборки",
         f"После обновления не могу зайти на build01. Логин: deploy, пароль: {p1}. Срочно!"),
        ("OPS-" + str(r.randint(100, 999)), "Новий співробітник – облікові дані",
         f"Олена Коваленко ({e1}, тел. {ph1}). Тимчасовий пароль до пошти: {p2}"),
        ("OPS-" + str(r.randint(100, 999)), "Přístup k testovacímu API",
         f"Heslo k testovacímu účtu je {p3}. Token pro CI: Authorization: Bearer {t} (kontakt {e2})"),
        ("OPS-" + str(r.randint(100, 999)), "Ключи для выгрузки отчётов",
         f"Временные ключи AWS: {d.akid()} / {d.sak()} — удалить после миграции. Пароль к FTP: {d.pw(kind='human')}"),
        ("OPS-" + str(r.randint(100, 999)), "Heslo k Wi-Fi v nové kanceláři",
         f"Heslo je {d.pw(kind='words', punct='-')} (síť Kancelar-5G). API klíč pro tiskárny: {d.sec('hex32')}"),
        ("OPS-" + str(r.randint(100, 999)), "Шаблон заявки", "пароль: ******** (не указывайте настоящий пароль в заявке)"),
    ]
    lines = ["Issue Id,Project,Summary,Description,Reporter,State,Created"]
    for iid, summ, desc in rows:
        lines.append(f'{iid},Operations,"{summ}","{desc.replace(chr(34), chr(34) * 2)}",{r.choice(["dmytro.s", "olena.k", "karel.d"])},Open,{d.ts():%Y-%m-%d %H:%M}')
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ Bugzilla XML (Portuguese / Turkish)
def bugzilla(d):
    r = d.r
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    e1 = d.email("Beatriz", "Santos", domain="gmail.com")
    e2 = d.email("Deniz", "Kaya", domain="quarrytech.com")
    ph = d.phone("BR")
    ph2 = d.phone("TR")
    k = d.sec("alnum40")
    bid = r.randint(10000, 99999)
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<!DOCTYPE bugzilla SYSTEM "https://bugs.quarrytech.com/page.cgi?id=bugzilla.dtd">
<bugzilla version="5.0.6" urlbase="https://bugs.quarrytech.com/" maintainer="webmaster@example.org">
  <bug>
    <bug_id>{bid}</bug_id>
    <creation_ts>{d.ts():%Y-%m-%d %H:%M:%S} +0000</creation_ts>
    <short_desc>Falha no login do app de campo após atualização</short_desc>
    <product>FieldApp</product>
    <component>Auth</component>
    <bug_status>RESOLVED</bug_status>
    <reporter name="Beatriz Santos">{e1}</reporter>
    <long_desc isprivate="0">
      <commentid>{r.randint(100000, 999999)}</commentid>
      <who name="Beatriz Santos">{e1}</who>
      <bug_when>{d.ts():%Y-%m-%d %H:%M:%S} +0000</bug_when>
      <thetext>Depois da versão 4.2 o app não aceita mais meu login. A senha é {p1} e funcionava ontem.
Meu celular para contato: {ph}</thetext>
    </long_desc>
    <long_desc isprivate="1">
      <commentid>{r.randint(100000, 999999)}</commentid>
      <who name="Deniz Kaya">{e2}</who>
      <bug_when>{d.ts():%Y-%m-%d %H:%M:%S} +0000</bug_when>
      <thetext>Test hesabıyla denedim, şifre: {p2} — sorun token önbelleğinde.
Staging API anahtarı: {k}
Bana {ph2} numarasından ulaşabilirsiniz.</thetext>
    </long_desc>
    <long_desc isprivate="0">
      <commentid>{r.randint(100000, 999999)}</commentid>
      <who name="Deniz Kaya">{e2}</who>
      <thetext>Workaround até o release: chamar o endpoint com Authorization: Bearer {d.bearer("b64url")} (token de serviço, expira sexta).</thetext>
    </long_desc>
    <long_desc isprivate="0">
      <commentid>{r.randint(100000, 999999)}</commentid>
      <who name="Deniz Kaya">{e2}</who>
      <thetext>Fixed in 4.2.1. (Ekran görüntüsündeki şifre alanı "••••••" olarak maskelendi.)</thetext>
    </long_desc>
  </bug>
</bugzilla>
"""


# ------------------------------------------------------------------ MantisBT CSV (Finnish / Danish / Norwegian)
def mantis(d):
    r = d.r
    p1 = d.pw(kind="human")
    p2 = d.pw(punct="!#%*-_.")
    p3 = d.pw(kind="words", punct="-")
    e1 = d.email("Aino", "Virtanen", domain="tietotalo.fi")
    ph1 = d.phone("FI", "nat")
    ph2 = d.phone("DK")
    ph3 = d.phone("NO")
    rows = [
        (f"Kirjautuminen ei onnistu – salasana on {p1} ja tunnus aino.v", "Aino Virtanen", e1, ph1),
        (f"Printeren på kontoret: adgangskoden er {p2}", "Mette Hansen", "", ph2),
        (f"Gjeste-wifi passordet er {p3}, ruter på lageret", "Ole Jensen", "", ph3),
        (f"Kassajärjestelmän API-avain vaihdettu: {d.sec('alnum32')}", "Mikko Korhonen", "", ""),
        (f"Firmakort til abonnementet: {d.card('visa')} – udløb 03/29", "Mette Hansen", "", ""),
        (f"VPN: brukernavn ole.j, passord {d.pw(punct='!#%*-_.')} virker ikke lenger", "Ole Jensen", "", ""),
        ("Salasanakenttä näyttää pelkkiä tähtiä ******** – toimii oikein", "Mikko Korhonen", "", ""),
    ]
    lines = ["Id,Project,Reporter,Assigned To,Priority,Severity,Reproducibility,Category,Date Submitted,Summary,Contact,Phone,Status"]
    for summ, who, mail, ph in rows:
        lines.append(f'{r.randint(1000, 9999):07d},Toimisto,"{who}",it-tuki,normal,minor,always,General,{d.ts():%Y-%m-%d},"{summ}",{mail},"{ph}",new')
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ StackExchange Posts.xml dump
def se_posts(d):
    r = d.r
    p1 = d.pw(punct="!#%*-_.")
    p2 = d.pw(kind="human")
    a, s = d.akid(), d.sak()
    body1 = xesc(f"<p>我的 docker compose 连不上 MySQL，配置如下：</p>\n<pre><code>MYSQL_ROOT_PASSWORD: {p1}\nMYSQL_DATABASE: shop\n</code></pre>\n<p>密码是{p2}，用户名 root，报错 Access denied。</p>")
    body2 = xesc(f"<p>Use an env file instead of hard-coding it. Also, you posted real AWS keys in your previous edit (<code>{a}</code> / <code>{s}</code>) — rotate them now.</p>\n<p>Example of a safe compose file:</p>\n<pre><code>MYSQL_ROOT_PASSWORD: ${{MYSQL_ROOT_PASSWORD}}\n</code></pre>")
    # the labels were computed on raw text; xesc does not change them (no special characters in these values)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<posts>
  <row Id="{r.randint(10**7, 10**8)}" PostTypeId="1" CreationDate="{d.ts():%Y-%m-%dT%H:%M:%S}.{r.randint(100, 999)}" Score="-2" ViewCount="{r.randint(20, 900)}" Body="{body1}" OwnerUserId="{r.randint(10**5, 10**7)}" Title="docker compose 连接 MySQL 报 Access denied" Tags="&lt;mysql&gt;&lt;docker-compose&gt;" AnswerCount="1" CommentCount="3" ContentLicense="CC BY-SA 4.0" />
  <row Id="{r.randint(10**7, 10**8)}" PostTypeId="2" ParentId="{r.randint(10**7, 10**8)}" CreationDate="{d.ts():%Y-%m-%dT%H:%M:%S}.{r.randint(100, 999)}" Score="4" Body="{body2}" OwnerUserId="{r.randint(10**5, 10**7)}" CommentCount="0" ContentLicense="CC BY-SA 4.0" />
</posts>
"""


CARRIERS = [
    ("osticket-thread-export", "tickets-march.txt", osticket),
    ("request-tracker-mail", "rt-correspondence.eml", rt_mail),
    ("kakaotalk-chat-txt", "KakaoTalk_dev-team.txt", kakaotalk),
    ("sms-backup-restore-xml", "sms-20260315.xml", sms_backup),
    ("zoom-meeting-chat", "meeting_saved_chat.txt", zoom_chat),
    ("google-chat-takeout", "messages.json", gchat),
    ("trello-board-json", "it-sklep.json", trello),
    ("youtrack-issues-csv", "ops-issues.csv", youtrack),
    ("bugzilla-xml-export", "show_bug.xml", bugzilla),
    ("mantisbt-csv-export", "toimisto-issues.csv", mantis),
    ("stackexchange-posts-xml", "Posts.xml", se_posts),
]
