"""Group 5: passwords in prose, phones in JSON, passports and birth dates, SSNs, cards."""
import json

from registry import doc
from core import fill

G = "rest"


def J(o, indent=2):
    return json.dumps(o, ensure_ascii=False, indent=indent)


def uuid_raw(d):
    h = d.hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{d.pick('89ab')}{h[17:20]}-{h[20:]}"


def pw(d, style):
    """human-chosen passwords"""
    import string
    r = d.rng
    words = {"de": ["Sommer", "Hamburg", "Katze", "Fussball", "Bergwerk", "Tanne", "Rhein"],
             "fr": ["Soleil", "Marseille", "Chaton", "Bonjour", "Lavande", "Mistral"],
             "it": ["Gattino", "Juventus", "Girasole", "Bologna", "Vesuvio", "Limone"],
             "es": ["Sevilla", "Gazpacho", "Flamenco", "Girasol", "Tortuga"],
             "pt": ["Saudade", "Benfica", "Coruja", "Lisboa", "Pastel"],
             "cs": ["Praha", "Kocour", "Sparta", "Vltava", "Pivovar"],
             "ja": ["sakura", "tanuki", "fujisan", "momiji", "kaeru"]}[style]
    while True:
        w = r.choice(words)
        v = w + r.choice(["", "!", "#", "_", ".", "$"]) + str(r.randrange(10, 2027)) + r.choice(["", "!", "?", "*", "%"])
        if r.random() < 0.3:
            v = r.choice(string.ascii_uppercase) + w.lower() + str(r.randrange(100, 999)) + r.choice("!#&+")
        if v not in d.__class__.__dict__ and len(v) >= 8:
            from core import USED
            if v in USED:
                continue
            USED.add(v)
            return d.L("password", v)


# ------------------------------------------------------------------ passwords in prose
@doc("otobo-ticket-article-print-de", "helpdesk/otobo/Ticket-2026111410000184.txt",
     "otobo ticket print (german) where a member lists her old password, two tried ones and the new one the agent set", G)
def otobo(d):
    old, t1, t2, new = pw(d, "de"), pw(d, "de"), pw(d, "de"), d.L("password", d.secret("alnum:12"))
    e = d.email("Sabine", "Koch", domain="web.de", style=0)
    tel = d.phone("de", "nat")
    return fill('''Ticket#2026111410000184 — Kein Login ins Mitgliederportal
=========================================================
Erstellt:        14.11.2026 08:12
Status:          erfolgreich geschlossen
Queue:           Mitgliederservice::Portal
Priorität:       3 normal
Kunde:           Sabine Koch <@e@>
Verantwortlich:  Jürgen Weber

---------------------------------------------------------
Artikel #1 – E-Mail extern – 14.11.2026 08:12
Von:     Sabine Koch <@e@>
Betreff: Kein Login ins Mitgliederportal

Guten Morgen,

seit dem Update komme ich nicht mehr ins Portal. Mein altes Passwort war
@old@ und das hat jahrelang funktioniert. Ich habe dann "Passwort vergessen"
gemacht und zuerst @t1@ und dann @t2@ vergeben, aber es kommt immer
"Benutzername oder Passwort ungültig".

Sie erreichen mich unter @tel@ (vormittags).

Viele Grüße
Sabine Koch
Mitgliedsnummer 40-17731

---------------------------------------------------------
Artikel #2 – Notiz intern – 14.11.2026 09:03
Von:     Jürgen Weber

Konto war nach 5 Fehlversuchen gesperrt (Lockout). Entsperrt, neues
Initialpasswort gesetzt: @new@ – Kundin telefonisch informiert, muss es
beim nächsten Login ändern.

---------------------------------------------------------
Artikel #3 – E-Mail extern – 14.11.2026 09:40
Von:     Sabine Koch <@e@>

Hat geklappt, danke! Habe jetzt wieder mein eigenes Passwort.
''', e=e, old=old, t1=t1, t2=t2, tel=tel, new=new)


@doc("trudesk-ticket-comments-json-fr", "support/trudesk/ticket-1187.json",
     "trudesk api ticket with comments (french) where a user gives the previous and the current wifi and erp passwords", G)
def trudesk(d):
    p1, p2, p3 = pw(d, "fr"), pw(d, "fr"), d.L("password", d.secret("alnum:10"))
    e = d.email("Manon", "Girard", domain="cabinet-girard-avocats.fr", style=0)
    t = {"success": True, "ticket": {"_id": d.X(d.hex(24)), "uid": 1187, "subject": "Accès ERP impossible après changement de mot de passe",
         "status": 1, "priority": {"name": "Normal"}, "owner": {"fullname": "Manon Girard", "email": e},
         "issue": "<p>Bonjour, depuis ce matin je n'arrive plus à me connecter à l'ERP.</p>",
         "comments": [
             {"owner": {"fullname": "Manon Girard"}, "date": "2026-11-13T08:44:10.221Z",
              "comment": f"<p>J'ai changé mon mot de passe hier : l'ancien était {p1} et le nouveau {p2}. Le nouveau marche sur Windows mais pas sur l'ERP.</p>"},
             {"owner": {"fullname": "Théo Moreau"}, "date": "2026-11-13T09:02:51.008Z",
              "comment": f"<p>L'ERP n'est pas synchronisé avec l'AD. Je vous ai mis un mot de passe provisoire : {p3}</p>"},
             {"owner": {"fullname": "Manon Girard"}, "date": "2026-11-13T09:15:33.470Z", "comment": "<p>Ça fonctionne, merci !</p>"}],
         "tags": [{"name": "erp"}, {"name": "mot-de-passe"}]}}
    return J(t)


@doc("itop-user-request-public-log-txt-it", "servicedesk/itop/R-004412-log.txt",
     "itop user request public log (italian) where an employee writes old, attempted and new vpn passwords", G)
def itop(d):
    p1, p2, p3 = pw(d, "it"), pw(d, "it"), pw(d, "it")
    e = d.email("Chiara", "Colombo", domain="studiocolombo-ingegneria.it", style=0)
    tel = d.phone("it", "intl")
    return fill('''Richiesta utente R-004412 – VPN non si connette
Organizzazione: Studio Colombo Ingegneria
Chiamante: Chiara Colombo (@e@, @tel@)
Stato: Risolta

==== 2026-11-13 17:02:11 : Chiara Colombo ====
Buonasera, dal portatile di casa la VPN mi dice "autenticazione fallita".
La password che usavo era @p1@, poi settimana scorsa l'ho cambiata in
@p2@ come richiesto dalla policy. Ho provato entrambe.

==== 2026-11-14 08:31:40 : Davide Ricci ====
Buongiorno, il profilo VPN sul portatile aveva ancora la password vecchia salvata
nel keychain. L'ho rimossa e ho impostato la nuova password temporanea
@p3@ – la cambi al primo accesso da https://account.studiocolombo-ingegneria.it

==== 2026-11-14 09:05:12 : Chiara Colombo ====
Funziona, grazie mille!
''', e=e, tel=tel, p1=p1, p2=p2, p3=p3)


@doc("teamwork-desk-ticket-thread-json-es", "soporte/teamwork/ticket-55812-threads.json",
     "teamwork desk ticket threads (spanish) where a customer writes the old and new passwords of a shop account", G)
def teamwork(d):
    p1, p2, p3 = pw(d, "es"), pw(d, "es"), pw(d, "es")
    e = d.email("Lucía", "Navarro", domain="hotmail.es", style=0)
    th = {"threads": [
        {"id": d.num(8), "type": "message", "createdAt": "2026-11-12T18:20:01Z", "createdBy": {"email": e, "firstName": "Lucía", "lastName": "Navarro"},
         "body": f"Hola, no puedo entrar en mi cuenta de la tienda. Mi contraseña antigua era {p1} y la cambié a {p2} desde el móvil, pero ahora ninguna de las dos funciona."},
        {"id": d.num(8), "type": "message", "createdAt": "2026-11-13T08:02:44Z", "createdBy": {"email": "soporte", "firstName": "Sergio"},
         "body": "Hola Lucía, veo que el cambio no se guardó. ¿Puedes intentar de nuevo el enlace de recuperación?"},
        {"id": d.num(8), "type": "message", "createdAt": "2026-11-13T08:40:15Z", "createdBy": {"email": e, "firstName": "Lucía", "lastName": "Navarro"},
         "body": f"Vale, ya entré. He puesto {p3} como nueva contraseña. Gracias."}]}
    return J(th)


@doc("hangouts-takeout-conversation-json-pt", "takeout/Hangouts/Hangouts.json",
     "google hangouts takeout json (portuguese) where family members share the old and new router and netflix passwords", G)
def hangouts(d):
    p1, p2, p3 = pw(d, "pt"), pw(d, "pt"), pw(d, "pt")
    gid1, gid2 = d.X(d.num(21)), d.X(d.num(21))
    evs = []
    for i, (who, txt) in enumerate([(gid1, "Mãe, mudaste a senha do router?"),
                                    (gid2, f"Sim! A antiga era {p1}, a nova é {p2}"),
                                    (gid1, "E a da Netflix continua a mesma?"),
                                    (gid2, f"Não, agora é {p3} (não partilhes com o teu primo 😅)")]):
        evs.append({"conversation_id": {"id": "Ugw" + "k2f9sQz" + "AaABAQ"}, "sender_id": {"gaia_id": who, "chat_id": who},
                    "timestamp": str(1794480000000000 + i * 61000000), "event_id": d.X(d.b64url(22)),
                    "chat_message": {"message_content": {"segment": [{"type": "TEXT", "text": txt}]}}, "event_type": "REGULAR_CHAT_MESSAGE"})
    return J({"conversations": [{"conversation": {"conversation_id": {"id": "Ugwk2f9sQzAaABAQ"}, "type": "STICKY_ONE_TO_ONE"}, "events": evs}]})


@doc("maildir-support-thread-message-cs", "Maildir/cur/1794501234.M512P4412.mail01,S=5120:2,S",
     "maildir message (czech) replying in a thread where the user quotes his old, tried and new e-shop admin passwords", G)
def maildir(d):
    p1, p2, p3 = pw(d, "cs"), pw(d, "cs"), pw(d, "cs")
    e1 = d.email("Tomáš", "Novák", domain="seznam.cz", style=0)
    e2 = d.L("email", "podpora@eshop-pivovarek.cz")
    tel = d.phone("cz", "intl")
    mid = d.X(d.hex(16) + "@mail.seznam.cz")
    return fill('''Return-Path: <@e1@>
Delivered-To: @e2@
Received: from mxout.seznam.cz (mxout.seznam.cz [10.50.3.4])
	by mail01.eshop-pivovarek.cz (Postfix) with ESMTPS id 4YqR1k0zQwz3x
	for <@e2@>; Sat, 14 Nov 2026 10:12:31 +0100 (CET)
From: =?utf-8?q?Tom=C3=A1=C5=A1_Nov=C3=A1k?= <@e1@>
To: @e2@
Subject: Re: =?utf-8?q?P=C5=99ihl=C3=A1=C5=A1en=C3=AD_do_administrace?=
Date: Sat, 14 Nov 2026 10:12:29 +0100
Message-ID: <@mid@>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Dobrý den,

pořád se nemůžu přihlásit do administrace e-shopu. Původní heslo bylo
@p1@, po resetu jsem zkusil @p2@ a teď jsem nastavil @p3@,
ale administrace pořád píše "neplatné přihlašovací údaje".

Kdyžtak volejte na @tel@.

S pozdravem
Tomáš Novák

> Dne 13. 11. 2026 v 16:40 podpora napsal(a):
> Dobrý den, zkuste prosím obnovit heslo přes odkaz v patičce přihlášení.
''', e1=e1, e2=e2, mid=mid, p1=p1, p2=p2, p3=p3, tel=tel)


@doc("lineworks-talk-export-txt-ja", "export/lineworks/総務チーム_2026-11.txt",
     "line works talk room export (japanese) where colleagues share the old and new passwords of the shared office printer and nas", G)
def lineworks(d):
    p1, p2, p3 = pw(d, "ja"), pw(d, "ja"), d.L("password", d.secret("alnum:12"))
    return fill('''[LINE WORKS] 総務チーム のトーク履歴
保存日時：2026/11/14 18:02

2026/11/13(金)
09:12	佐藤 美咲	複合機の管理者パスワード変わりました？ログインできません
09:15	高橋 健	先週変更しました。旧パスワードは @p1@ 、新しいのは @p2@ です
09:16	佐藤 美咲	ありがとうございます！入れました
14:40	高橋 健	あとNASのadminも @p3@ に変えたので共有フォルダの再接続お願いします
14:41	鈴木 一郎	了解です
2026/11/14(土)
08:05	佐藤 美咲	[写真]
''', p1=p1, p2=p2, p3=p3)


# ------------------------------------------------------------------ phones in JSON
@doc("jcard-rfc7095-contacts-json", "contacts/export/partners-jcard.json",
     "rfc 7095 jcard (vcard in json) contact list of partners with tel properties of several countries and e-mail addresses", G)
def jcard(d):
    cards = []
    for cc, first, last, org, dom in [("se", "Ingrid", "Wallin", "Wallin Bygg AB", "wallinbygg.se"), ("de", "Tobias", "Becker", "Becker Logistik GmbH", "becker-logistik.de"),
                                      ("nl", "Femke", "Visser", "Visser Transport B.V.", "vissertransport.nl"), ("fi", "Onni", "Laine", "Laine Oy", "laineoy.fi")]:
        tel1 = d.phone(cc, "intl"); tel2 = d.phone({"de": "de_land"}.get(cc, cc), "e164")
        em = d.email(first, last, domain=dom, style=0)
        cards.append(["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", f"{first} {last}"],
                                ["n", {}, "text", [last, first, "", "", ""]], ["org", {}, "text", org],
                                ["tel", {"type": ["work", "voice"], "pref": "1"}, "uri", "tel:" + tel1.replace(" ", "-")],
                                ["tel", {"type": "cell"}, "uri", "tel:" + tel2],
                                ["email", {"type": "work"}, "text", em],
                                ["uid", {}, "uri", "urn:uuid:" + uuid_raw(d)]]])
        # the label must match the text: tel1 is written with dashes
        d.labels = [l for l in d.labels if l[1] != tel1]
        d.L("phone", tel1.replace(" ", "-"))
    out = []
    for c in cards:
        props = ",\n    ".join(json.dumps(pr, ensure_ascii=False) for pr in c[1])
        out.append('  ["vcard", [\n    ' + props + '\n  ]]')
    return "[\n" + ",\n".join(out) + "\n]"


@doc("fhir-r4-relatedperson-telecom-json", "fhir/bundles/relatedpersons-patient-88231.json",
     "fhir r4 searchset bundle of relatedperson resources with telecom phone entries in several national formats", G)
def fhir(d):
    entries = []
    for cc, first, last, rel in [("se", "Karin", "Nyström", "MTH"), ("no", "Eirik", "Haugen", "FTH"), ("uk", "Isla", "Hughes", "SIS"), ("pl", "Piotr", "Mazur", "FRND")]:
        ccn = cc
        tel_mob = d.phone(ccn, d.pick(["intl", "nat"]))
        rid = d.X(d.hex(8))
        entries.append({"fullUrl": f"https://fhir.region-intern.se/r4/RelatedPerson/{rid}", "resource": {
            "resourceType": "RelatedPerson", "id": rid, "active": True, "patient": {"reference": "Patient/88231"},
            "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": rel}]}],
            "name": [{"use": "official", "family": last, "given": [first]}],
            "telecom": [{"system": "phone", "value": tel_mob, "use": "mobile", "rank": 1}]},
            "search": {"mode": "match"}})
    return J({"resourceType": "Bundle", "id": uuid_raw(d), "type": "searchset", "total": len(entries),
              "link": [{"relation": "self", "url": "https://fhir.region-intern.se/r4/RelatedPerson?patient=88231"}], "entry": entries})


@doc("schema-org-jsonld-localbusiness-telephone", "site/public/hitta-oss/index.html",
     "html page with schema.org json-ld for local businesses whose telephone and contactPoint fields hold phones of the owners", G)
def jsonld(d):
    t1 = d.phone("se", "intl"); t2 = d.phone("se", "nat"); t3 = d.phone("no", "intl")
    em = d.L("email", "bokning@frisorsalongen-sax.se")
    data = [{"@context": "https://schema.org", "@type": "HairSalon", "name": "Frisörsalongen Sax", "telephone": t1, "email": em,
             "address": {"@type": "PostalAddress", "streetAddress": "Storgatan 12", "postalCode": "903 26", "addressLocality": "Umeå", "addressCountry": "SE"},
             "contactPoint": [{"@type": "ContactPoint", "telephone": t2, "contactType": "customer service", "name": "Maja (ägare)"}],
             "openingHours": ["Tu-Fr 09:00-18:00", "Sa 10:00-14:00"]},
            {"@context": "https://schema.org", "@type": "HairSalon", "name": "Sax Tromsø", "telephone": t3,
             "address": {"@type": "PostalAddress", "streetAddress": "Storgata 88", "postalCode": "9008", "addressLocality": "Tromsø", "addressCountry": "NO"}}]
    return fill('''<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Hitta oss – Frisörsalongen Sax</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css">
<script type="application/ld+json">
@data@
</script>
</head>
<body>
<main>
  <h1>Hitta oss</h1>
  <p>Storgatan 12, Umeå. Ring eller boka online.</p>
  <iframe src="https://www.openstreetmap.org/export/embed.html?bbox=20.25,63.82,20.27,63.83" title="Karta"></iframe>
</main>
</body>
</html>
''', data=J(data))


@doc("msgraph-contacts-list-json", "integrations/graph/me-contacts-page1.json",
     "microsoft graph /me/contacts response with businessPhones of contacts in several countries and ids and etags beside them", G)
def msgraph(d):
    vals = []
    for cc, first, last, comp in [("dk", "Søren", "Kristensen", "Kristensen Maskiner A/S"), ("fr", "Élodie", "Fontaine", "Fontaine Conseil"),
                                  ("us", "Megan", "Carter", "Carter & Hayes LLC"), ("ie", "Niamh", "Doyle", "")]:
        bp = d.phone(cc, "intl")
        vals.append({"@odata.etag": 'W/"' + d.X(d.b64(12)) + '"', "id": "AAMkAD" + d.X(d.b64url(60)), "createdDateTime": "2026-10-0%dT12:00:00Z" % (len(vals) + 1),
                     "displayName": f"{first} {last}", "givenName": first, "surname": last, "companyName": comp or None,
                     "businessPhones": [bp], "mobilePhone": None, "homePhones": [],
                     "emailAddresses": []})
    return J({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('" + uuid_raw(d) + "')/contacts", "value": vals,
              "@odata.nextLink": "https://graph.microsoft.com/v1.0/me/contacts?$skip=10"})


# ------------------------------------------------------------------ passports and birth dates
@doc("travelport-galileo-pnr-ssr-docs-txt", "agency/pnr/QZ8K4T.txt",
     "travelport galileo pnr display with ssr docs lines holding passport numbers and birth dates, phones and an e-mail", G)
def galileo(d):
    pax = []
    for cc, iso in [("de", "DEU"), ("de", "DEU"), ("fr", "FRA")]:
        f, l = d.name(cc)
        pax.append((f, l, iso, d.passport({"de": "DE", "fr": "FR"}[cc]), d.birth(1960, 2010)))
    from core import FEMALE
    up = lambda s: s.upper().replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("É", "E").replace("È", "E")
    lines = ["QZ8K4T/WS QSBSB  DPUOU 1HB6    AG 91494012 12NOV"]
    for i, (f, l, iso, pp, dob) in enumerate(pax, 1):
        lines.append(f" {i}.1{up(l)}/{up(f)} {'MS' if f in FEMALE else 'MR'}")
    lines += [" 1. LH 2417 Y  10DEC MUCGOT HK3  0715  0925  O*         TH  E",
              " 2. LH 2418 Y  17DEC GOTMUC HK3  1005  1210  O*         TH  E",
              "FONE-MUCT*" + d.L("phone", "089-4411 27") + " REISEBUERO SONNENSCHEIN"]
    tel = d.phone("de", "e164")
    lines.append(f"   2 MUCM*{tel}")
    em = d.L("email", f"{up(pax[0][1])}.FAMILIE//WEB.DE")
    lines.append(f"TKTG-TAU/05DEC")
    lines.append("NOTE-")
    lines.append(f"   1. SSR CTCE LH HK1/{em}")
    lines.append("SSRS-")
    for i, (f, l, iso, pp, dob) in enumerate(pax, 1):
        ds = d.dob(dob, "%d%b%y").upper()
        d.labels = [x for x in d.labels if x[1] != dob.strftime("%d%b%y")]  # keep upper-case form only
        lines.append(f"   {i}. SSR DOCS LH HK1/P/{iso}/{pp}/{iso}/{ds}/{'F' if f in FEMALE else 'M'}/{d.rng.randrange(1, 29):02d}{d.pick(['JAN', 'MAR', 'JUN', 'SEP', 'NOV'])}{d.rng.randrange(28, 36)}/{up(l)}/{up(f)}/N{i}.1")
    lines.append("   4. SSR FOID LH HK1/PP" + d.glue(pax[0][3]) + "/P1")
    lines.append("><")
    return "\n".join(lines)


@doc("ses-hospedajes-parte-viajeros-xml", "hotel/ses/comunicaciones/parte-2026-11-13-0412.xml",
     "spanish hotel guest registration communication (ses.hospedajes style xml) with passport and dni numbers and birth dates", G)
def hospedajes(d):
    from core import FEMALE
    guests = []
    for cc, doc_type in [("uk", "PAS"), ("uk", "PAS"), ("es", "NIF")]:
        f, l = d.name(cc)
        dob = d.birth(1955, 2006)
        if doc_type == "PAS":
            num = d.passport("GB"); nac = "GBR"
        else:
            num = d.dni(); nac = "ESP"
        guests.append(f'''      <persona>
        <rol>VI</rol>
        <nombre>{f}</nombre>
        <apellido1>{l}</apellido1>
        <tipoDocumento>{doc_type}</tipoDocumento>
        <numeroDocumento>{num}</numeroDocumento>
        <fechaNacimiento>{d.dob(dob)}</fechaNacimiento>
        <nacionalidad>{nac}</nacionalidad>
        <sexo>{"M" if f in FEMALE else "H"}</sexo>
      </persona>''')
    return fill('''<?xml version="1.0" encoding="UTF-8"?>
<ns2:peticion xmlns:ns2="http://www.neg.hospedajes.mir.es/altaParteHospedaje">
  <solicitud>
    <codigoEstablecimiento>0000012488</codigoEstablecimiento>
    <comunicacion>
      <contrato>
        <referencia>RES-@ref@</referencia>
        <fechaContrato>2026-11-02</fechaContrato>
        <fechaEntrada>2026-11-13T15:20:00</fechaEntrada>
        <fechaSalida>2026-11-16T11:00:00</fechaSalida>
        <numPersonas>3</numPersonas>
        <pago>
          <tipoPago>TARJT</tipoPago>
        </pago>
      </contrato>
@guests@
    </comunicacion>
  </solicitud>
</ns2:peticion>
''', ref=d.num(7), guests="\n".join(guests))


@doc("visa-invitation-request-email-prose-eml", "mail/konferens/visum-inbjudan-Kulkarni.eml",
     "e-mail asking a conference organiser for a visa invitation letter, with passport number and date of birth in prose", G)
def visaeml(d):
    pp = d.passport("IN"); dob = d.birth(1980, 1998)
    e = d.email("Sneha", "Kulkarni", domain="iitb-alumni.in", style=0)
    e2 = d.L("email", "visa@nordicdatadays.se")
    tel = d.phone("in", "intl")
    return fill('''From: Sneha Kulkarni <@e@>
To: Nordic Data Days Visa Desk <@e2@>
Subject: Request for visa invitation letter – speaker, Nordic Data Days 2027
Date: Thu, 12 Nov 2026 14:03:11 +0530
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8

Dear organisers,

I am a confirmed speaker (talk ID NDD27-118) and need an invitation letter for my
Schengen visa appointment at VFS Bengaluru on 3 December.

My details as in my passport:
Full name: Sneha Kulkarni
I was born on @dobs@ in Pune, my passport number is @pp@ (issued at
RPO Pune, valid until 2034).

Please address the letter to the Embassy of Sweden, New Delhi. You can reach me on
@tel@ if anything is missing.

Best regards,
Sneha
''', e=e, e2=e2, dobs=d.dob(dob, "%d %B %Y"), pp=pp, tel=tel)


# ------------------------------------------------------------------ US SSNs
@doc("paychex-flex-employee-export-csv", "hr/exports/paychex-employees-2026-11.csv",
     "paychex flex style employee export with a header naming the ssn column, birth dates and a placeholder row", G)
def paychex(d):
    rows = ["Employee ID,Last Name,First Name,SSN,Birth Date,Hire Date,Work State,Pay Frequency,Status"]
    for i in range(5):
        f, l = d.name("us")
        rows.append(f"{d.num(6)},{l},{f},{d.ssn()},{d.dob(d.birth(1962, 2004), '%m/%d/%Y')},{d.rng.randrange(1, 13):02d}/01/20{d.rng.randrange(12, 26)},{d.pick(['TX', 'CA', 'WA', 'NY', 'IL'])},Biweekly,Active")
    rows.append(f"{d.num(6)},Test,Employee,000-00-0000,01/01/1900,01/01/2020,TX,Biweekly,Terminated")
    return "\n".join(rows)


@doc("broker-census-file-headerless-csv", "benefits/census/renewal-2027-census.csv",
     "benefits broker census file without a header row: ssn, name, gender, zip, coverage tier and salary", G)
def census(d):
    from core import FEMALE
    rows = []
    for i in range(6):
        f, l = d.name("us")
        ssn = d.ssn(dashed=(i % 2 == 0))
        rows.append(f'{ssn},"{l}, {f}",{"F" if f in FEMALE else "M"},{d.pick(["78704", "98103", "60614", "10025", "94110"])},{d.pick(["EE", "ES", "EC", "FAM"])},{d.rng.randrange(42, 160)}000')
    return "\n".join(rows)


# ------------------------------------------------------------------ cards
@doc("phone-order-form-submission-eml", "mail/webshop/formular-bestallning-7731.eml",
     "notification e-mail of a web order form with the card number the customer typed, a loyalty number that passes luhn and a masked card", G)
def orderform(d):
    c = d.card("visa", " "); lk = d.lkcard("7", 16, " "); m = d.masked("mc")
    e = d.email("Petra", "Engström", domain="gmail.com", style=0)
    tel = d.phone("se", "nat")
    return fill('''From: Webbformulär <no-reply@tradgardsmobler-online.se>
To: @to@
Subject: Ny beställning via formulär #7731
Date: Fri, 13 Nov 2026 21:14:02 +0100
Content-Type: text/plain; charset=utf-8

Ny beställning inkom via "Beställ utan konto":

Namn:            Petra Engström
E-post:          @e@
Telefon:         @tel@
Medlemskort:     @lk@
Artiklar:        2 x Parasoll Capri 300 cm (art 40-2231), 1 x Dyna grå
Summa:           3 847,00 kr

Betalning:       Kort
Kortnummer:      @c@
Giltigt t.o.m.:  08/29
CVC:             412

Tidigare sparat kort på kunden: @m@ (avvisat 2026-10)

-- 
Detta meddelande skickades automatiskt. Formuläret borde gå via betalsidan –
se ärende IT-311 om att kortfälten ska tas bort.
''', e=e, tel=tel, lk=lk, c=c, m=m, to=d.L("email", "order@tradgardsmobler-online.se")).replace("no-reply@tradgardsmobler-online.se", d.L("email", "no-reply@tradgardsmobler-online.se"))


@doc("car-rental-damage-claim-card-log-txt", "uthyrning/skador/2026-11-12-reg-KLM48T.txt",
     "car rental damage claim note with the card charged for the excess, its masked receipt form, a rental agreement number and a fuel card that pass luhn", G)
def rental(d):
    c = d.card("mc", ""); am = d.card("amex", " ")
    ra = d.lkcard("1", 12); fuel = d.lkcard("7", 19)
    m = d.X(c[:6] + "******" + c[-4:])
    return fill('''SKADEANMÄLAN – KLM48T (Volvo XC40)
Avtal:        @ra@
Hyrestagare:  Kund nr 55120
Återlämnad:   2026-11-12 18:40, station Landvetter

Skada: repa bakre stötfångare vänster, ca 12 cm. Foton i mappen.

Självrisk 4 500 kr dras på kortet som lämnades vid uthämtning:
  @c@  (kvitto visar @m@)
Kunden ville hellre betala med företagskortet @am@ – ej ok enligt
villkoren, kortet vid uthämtning gäller.

Bränslekort i bilen: @fuel@ (tankat 38,2 l, debiteras inte kund).

Handläggare: HL
''', ra=ra, c=c, m=m, am=am, fuel=fuel)


@doc("php-var-dump-post-debug-log", "var/log/php/prenumeration-debug.log",
     "php error log where a developer left var_dump of the signup form post, with two card numbers, a luhn-valid gift card code, an imei and a masked card beside them", G)
def vardump(d):
    c1 = d.card("visa", ""); c2 = d.card("mc2", " ")
    gift = d.lkcard("8", 16); imei = d.imei(); m = d.masked("visa")
    e = d.email("Wilma", "Sjöberg", domain="hotmail.com", style=0)
    tel = d.phone("se", "plain")
    def s_(v):
        return f'string({len(v.encode())}) "{v}"'
    return fill('''[14-Nov-2026 19:02:11 Europe/Stockholm] PHP Notice:  Undefined index: coupon in /var/www/prenumeration/public/bestall.php on line 57
[14-Nov-2026 19:02:11 Europe/Stockholm] DEBUG $_POST:
array(9) {
  ["plan"]=>
  @plan@
  ["email"]=>
  @email@
  ["mobil"]=>
  @tel@
  ["kortnummer"]=>
  @c1@
  ["giltig"]=>
  string(5) "09/28"
  ["cvc"]=>
  string(3) "771"
  ["presentkort"]=>
  @gift@
  ["enhet_imei"]=>
  @imei@
  ["tidigare_kort"]=>
  @m@
}
[14-Nov-2026 19:04:40 Europe/Stockholm] DEBUG retry with second card: array(1) { ["kortnummer"]=> @c2@ }
[14-Nov-2026 19:04:41 Europe/Stockholm] PHP Warning:  Undefined variable $orderId in /var/www/prenumeration/public/bestall.php on line 112
''', plan=s_("digital-plus-12"), email=s_(e), tel=s_(tel), c1=s_(c1), gift=s_(gift), imei=s_(imei), m=s_(m), c2=s_(c2))
