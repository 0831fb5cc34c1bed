"""Customer-support and mailing-list prose in several languages."""
import json as _json


class json:  # noqa: N801
    @staticmethod
    def dumps(o, **kw):
        kw.setdefault("ensure_ascii", False)
        return _json.dumps(o, **kw)


def crisp(S):
    d = S.doc("crisp-chat-export/conversations_2026-10.json")
    g = S.g
    convs = []

    def conv(nick, email, msgs, locale):
        convs.append({"session_id": "session_" + d.uuid(), "website_id": "7c1e8a52-0d4f-4b1e-9a0e-5f3b2c9d8e71",
                      "meta": {"nickname": nick, "email": email, "ip": d.labj("ipv4", g.ipv4()) if g.r.random() < 0.7 else "10.0.%d.%d" % (g.randint(0, 255), g.randint(1, 254)),
                               "data": {"plan": g.choice(["free", "pro", "team"])}, "locales": [locale]},
                      "messages": [{"from": f, "type": "text", "content": c, "timestamp": 1792000000000 + i * 61000} for i, (f, c) in enumerate(msgs)]})

    # Swedish
    nm = "Linnea Strand"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Hej! Jag kommer inte in på mitt konto längre. Mitt personnummer är " + d.labj("se-personnummer", g.pnr("short")) + " om ni behöver det."),
        ("operator", "Hej Linnea! Vi behöver aldrig ditt lösenord, men vi kan skicka en återställningslänk. Vilken e-post står på kontot?"),
        ("user", "Samma som här. Jag försökte med lösenordet " + d.labj("password", g.password("sv", punct="!")) + " men det funkar inte, och ordernumret är " + d.la(g.pnr_lookalike("date10"))),
        ("operator", "Tack! Länken är skickad. Tänk på att byta lösenord eftersom du skrev det i chatten.")], "sv")
    # German
    nm = "Tobias Schulz"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Guten Tag, unser API-Zugang funktioniert seit heute früh nicht mehr. Wir schicken Authorization: Bearer " + d.labj("bearer-token", g.bearer("opaque")[1])),
        ("operator", "Danke, bitte senden Sie uns keine Tokens im Chat. Ich widerrufe diesen Token jetzt."),
        ("user", "Ok. Unser Admin-Passwort lautet übrigens " + d.labj("password", g.password("de", punct="!#%")) + ", falls Sie nachsehen wollen. Rückruf bitte unter " + d.labj("phone", g.phone("DE")))], "de")
    # French
    nm = "Chloé Moreau"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Bonjour, je n'arrive pas à payer. Ma carte " + d.labj("credit-card", g.card("space")) + " est refusée."),
        ("operator", "Bonjour Chloé, merci de ne jamais partager votre numéro de carte ici. Je le masque : **** **** **** " + str(g.randint(1000, 9999)) + "."),
        ("user", "D'accord. Mon mot de passe est " + d.labj("password", g.password("mix", punct="!#%*-=?@_.")) + ", et je suis née le " + d.labj("date-of-birth", g.dob("dmy/")) + " si vous devez vérifier.")], "fr")
    # Spanish
    nm = "Mateo García"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Hola, configuré la integración con S3 y me da AccessDenied. Uso la clave " + d.labj("aws-access-key-id", g.akid()) + " con el secreto " + d.labj("aws-secret-key", g.aws_secret())),
        ("operator", "Hola Mateo, por seguridad desactiva esa clave en IAM y crea una nueva. El ejemplo de la documentación es AKIAIOSFODNN7EXAMPLE."),
        ("user", "Vale. La contraseña de la base de datos es " + d.labj("password", g.password("alnum")) + ", ¿la cambio también? Mi teléfono: " + d.labj("phone", g.phone("ES")))], "es")
    # English
    nm = "Amelia Brennan"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Hi, webhook verification fails. Our signing secret in the dashboard is " + d.labj("generic-secret", g.secret("hex64")) + " and the header we get is sha256=" + d.sha256()),
        ("operator", "Thanks! The sha256= value is the signature, not the secret. Could you rotate the secret since it is in this chat now?"),
        ("user", "Done, the new one is " + d.labj("generic-secret", g.secret("alnum40")) + ". Also our IBAN for the refund: " + d.labj("iban", g.iban("GB", True)))], "en")
    # Dutch
    nm = "Jan van Dijk"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Goedemiddag, mijn wachtwoord is " + d.labj("password", g.password("words")) + " maar inloggen lukt niet. Bel me op " + d.labj("phone", g.phone("NL"))),
        ("operator", "Dag Jan, wij vragen nooit om uw wachtwoord. Ik stuur een resetlink.")], "nl")
    # Finnish
    nm = "Mikael Nyberg"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Hei, salasanani on " + d.labj("password", g.password("alnum")) + " eikä se toimi. API-avain on " + d.labj("generic-secret", g.secret("alnum32")) + "."),
        ("operator", "Hei! Älä lähetä salasanoja chatissa. Nollataan tili.")], "fi")
    # Norwegian
    nm = "Ingrid Dahl"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Hei, jeg har glemt passordet. Det gamle var " + d.labj("password", g.password("alnum")) + " og nå prøvde jeg " + d.labj("password", g.password("words")) + "."),
        ("operator", "Hei Ingrid, vi sender en lenke for å tilbakestille passordet. Ring oss gjerne."),
        ("user", "Mobilen min er " + d.labj("phone", g.phone("NO")) + ".")], "nb")
    # Italian
    nm = "Marta Rossi"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Buongiorno, la password del mio account aziendale è " + d.labj("password", g.password("mix", punct="!#%*-=?@_.")) + " ma il login fallisce. Data di nascita " + d.labj("date-of-birth", g.dob("dmy/")) + "."),
        ("operator", "Buongiorno Marta, non condivida la password in chat. Le invio un link di reset."),
        ("user", "Grazie. Per il rimborso: IBAN " + d.labj("iban", g.iban("ES", True)))], "it")
    # Polish
    nm = "Jan Kowalski"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Dzień dobry, moje hasło to " + d.labj("password", g.password("alnum")) + ", a klucz API " + d.labj("generic-secret", g.secret("hex40")) + " nie działa."),
        ("operator", "Dzień dobry, proszę nie wysyłać haseł na czacie. Zresetujemy dostęp.")], "pl")
    # Portuguese
    nm = "Rafael Ferreira"
    conv(nm, d.labj("email", g.email(nm)), [
        ("user", "Olá, a integração devolve 401. Estou a enviar Authorization: Bearer " + d.labj("jwt|bearer-token", g.jwt()) + " e a senha do utilizador técnico é " + d.labj("password", g.password("words"))),
        ("operator", "Olá Rafael, esse token expirou às 10:00. Gere um novo no painel.")], "pt")
    d.set(json.dumps({"error": False, "reason": "listed", "data": convs}, indent=2, ensure_ascii=False))


def gorgias(S):
    d = S.doc("gorgias-tickets/tickets_export.csv")
    g = S.g
    rows = ["ticket_id,created_datetime,channel,customer_email,customer_phone,subject,first_message,tags"]

    def q(s):
        return '"' + s.replace('"', '""') + '"'
    msgs = [
        ("Order never arrived", lambda: "Hi, order %s still not here. Card used: %s. Please refund!" % (d.la(g.pnr_lookalike("order")), d.lab("credit-card", g.card("dash")))),
        ("Cannot log in", lambda: "I reset twice. Current password is %s - can you check what is wrong?" % d.lab("password", g.password("mix", punct="!#%*-=?@_."))),
        ("Pedido incompleto", lambda: "Hola, falta un artículo. Mi contraseña de la cuenta es %s y nací el %s." % (d.lab("password", g.password("alnum")), d.lab("date-of-birth", g.dob("dmy/")))),
        ("Remboursement", lambda: "Bonjour, merci de rembourser sur mon IBAN %s. Mot de passe du compte : %s" % (d.lab("iban", g.iban("FR", True)), d.lab("password", g.password("words")))),
        ("Integration broken", lambda: "Our Shopify app calls your API with Authorization: Bearer %s and gets 401 since Monday." % d.lab("bearer-token", g.bearer("b64url")[1])),
        ("Wholesale account", lambda: "Please set up wholesale for us. Contact me on %s. Temporary password you sent (%s) expired." % (d.lab("phone", g.phone("UK")), d.lab("password", g.password("alnum")))),
        ("Rückgabe", lambda: "Ich möchte zurückgeben. Bestellnummer %s. Mein Geburtsdatum: %s. Passwort: %s" % (d.la(g.pnr_lookalike("date10")), d.lab("date-of-birth", g.dob("dmy.")), d.lab("password", g.password("de", punct="!#%")))),
        ("API key leaked?", lambda: "We think our key %s leaked in a public repo, please revoke. Our webhook secret was %s too." % (d.lab("generic-secret", g.secret("alnum32")), d.lab("generic-secret", g.secret("prefixed")))),
        ("Account takeover?", lambda: "Someone changed my email. My old password was %s and new one I set is %s. Phone %s" % (d.lab("password", g.password("alnum")), d.lab("password", g.password("mix", punct="!#%*-=?@_.")), d.lab("phone", g.phone("US")))),
        ("Factura", lambda: "Necesito factura a nombre de empresa. Pagué con %s. Contraseña: %s" % (d.lab("credit-card", g.card("space")), d.lab("password", g.password("alnum")))),
        ("Birthday discount", lambda: "Your form says birthday discount - my date of birth is %s, password for the shop %s" % (d.lab("date-of-birth", g.dob("long")), d.lab("password", g.password("words")))),
        ("Test card question", lambda: "Does your checkout accept the test card 4111 1111 1111 1111 in sandbox? Masked in receipt as 5412 75** **** 1093."),
    ]
    for i, (subj, fn) in enumerate(msgs):
        nm = g.name(False)
        rows.append(",".join([str(88100 + i), "2026-10-%02dT%02d:14:22Z" % (i + 2, 8 + i), g.choice(["email", "chat", "contact_form"]),
                              d.email(nm), d.phone(g.choice(["UK", "US", "FR", "DE"])) if i % 2 else "", q(subj), q(fn()), q("refund,vip" if i % 3 == 0 else "")]))
    d.set("\n".join(rows))


def otrs(S):
    d = S.doc("otrs-ticket-export/Ticket_2026110410000412.txt")
    g = S.g
    nm = "Leonie Fischer"
    em = d.email(nm, domain='krueger-haustechnik.de')
    ph = d.phone('DE')
    d.set(f"""Ticket#2026110410000412 — [IT-Service] VPN Zugang funktioniert nicht
Erstellt: 04.11.2026 08:12   Queue: IT::Netzwerk   Priorität: 3 normal   Status: offen
Kunde: {nm} <{em}>   Kundennummer: KH-{g.randint(1000, 9999)}

--- Artikel #1 (Kunde, E-Mail) -------------------------------------------------
Von: {nm} <{em}>
An: it-service@krueger-haustechnik.de
Betreff: VPN Zugang funktioniert nicht

Hallo IT,

seit dem Update komme ich nicht mehr ins VPN. Benutzer: lfischer, Passwort: {d.pw('de', punct='!#%')}
Ich habe es auch mit meinem alten Passwort {d.pw('alnum')} versucht. Meine Handynummer
für den Rückruf: {ph}.

Viele Grüße
Leonie Fischer

--- Artikel #2 (Agent, Notiz intern) -------------------------------------------
Benutzerin hat Passwort im Klartext geschickt -> Konto gesperrt, Reset angestoßen.
Neues Initialpasswort per SMS an {ph}: {d.pw('alnum')}
(Passwort-Hash im AD: {d.la(S.g.chars('0123456789abcdef', 32))}, NTLM — nicht das Passwort)
Client-IP laut Firewall: {d.ip4()}, IPv6 {d.ip6()}

--- Artikel #3 (Kunde, E-Mail) -------------------------------------------------
Danke! Funktioniert wieder. Falls nötig, mein Kollege Lukas Schulz hat auch Probleme,
seine Zugangsdaten sind lschulz / {d.pw('mix', punct='!#%*-=?@_.')}.

--- Artikel #4 (Agent, E-Mail) -------------------------------------------------
Hallo Frau Fischer, bitte keine Passwörter per E-Mail. Herr Schulz erhält ein neues
Kennwort: {d.pw('alnum')} (muss bei der ersten Anmeldung geändert werden).
WLAN-Gastzugang für den Besuch morgen: SSID KH-Gast, Schlüssel {d.pw('de', punct='!#%')}
""")
    d.lab("email", "it-service@krueger-haustechnik.de")


def mailman(S):
    d = S.doc("mailman-archive/2026-October.txt")
    g = S.g
    n1, n2, n3 = "Rafael Ferreira", "Marta Rossi", "Daniel Okafor"
    e1, e2, e3 = g.email(n1), g.email(n2), g.email(n3)
    for e in (e1, e2, e3):
        d.lab("email", e)
    d.set(f"""From {e1}  Mon Oct  5 09:12:44 2026
From: {n1} <{e1}>
Date: Mon, 5 Oct 2026 09:12:44 +0100
Subject: [selfhost-pt] Erro ao ligar o MinIO ao Nextcloud
Message-ID: <{d.hexid(24)}@mail.gmail.com>

Olá a todos,

configurei o Nextcloud com armazenamento externo S3 e recebo "SignatureDoesNotMatch".
A minha config (sim, eu sei, vou trocar as chaves depois):

  'key'    => '{d.ak()}',
  'secret' => '{d.sk()}',
  'bucket' => 'nextcloud-primary',

A senha do utilizador admin é {d.pw('alnum')} caso alguém queira testar na minha instância.

Obrigado!

From {e2}  Mon Oct  5 11:40:02 2026
From: {n2} <{e2}>
Date: Mon, 5 Oct 2026 11:40:02 +0200
Subject: Re: [selfhost-pt] Erro ao ligar o MinIO ao Nextcloud
In-Reply-To: <{d.hexid(24)}@mail.gmail.com>

Ciao Rafael, per favore revoca subito quelle chiavi: l'archivio della lista è pubblico.
Nel mio caso il problema era la regione; con MinIO usa 'region' => 'us-east-1'.
Io uso un token così (il mio è già scaduto):
  curl -H "Authorization: Bearer {d.bt('jwt')}" https://minio.example.org/minio/admin/v3/info
La password di root di MinIO la metto in MINIO_ROOT_PASSWORD={d.pw('mix', punct='!#%*-=?@_.')} nel file .env.

From {e3}  Tue Oct  6 08:02:19 2026
From: {n3} <{e3}>
Date: Tue, 6 Oct 2026 08:02:19 +0000
Subject: Re: [selfhost-pt] Erro ao ligar o MinIO ao Nextcloud

Hi both, English reply sorry. The AWS docs example key AKIAIOSFODNN7EXAMPLE will
always fail, good for testing the error path. For Nextcloud the objectstore block
also accepts 'use_path_style' => true. My mc alias for reference:
  mc alias set home https://s3.home.okafor.dev {d.ak()} {d.sk()}
""")


ALL = [crisp, gorgias, otrs, mailman]
