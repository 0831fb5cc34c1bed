"""Tickets, chat exports and e-mails in ten languages; CRM exports; SQL migrations."""
import json
from c_common import *
from c_infra import awspair

LANGS = ["en", "de", "fr", "es", "sv", "it", "pt", "nl", "pl", "tr"]
CC = {"en": "uk", "de": "de", "fr": "fr", "es": "es", "sv": "se", "it": "it", "pt": "pt", "nl": "nl", "pl": "pl", "tr": "tr"}

T = {
    "en": {"pw": ["Hi, I reset the VPN account for {user}, the temporary password is {pw} and it must be changed at first login.",
                  "Can't log in to the portal. I'm sure my password is {pw} - it worked yesterday!",
                  "FYI the shared mailbox password is now: {pw}"],
           "tok": ["Here is the token I used, maybe it helps: Authorization: Bearer {tok}",
                   "The integration keeps failing with 401 even with Bearer {tok} in the header."],
           "ph": ["Please call me back on {phone}, I'm available after 2pm.", "My mobile is {phone} if the line drops."],
           "card": ["I was charged twice on card {card}, please refund one of the payments."],
           "nopw": ["Please never send passwords by e-mail, use the reset link instead (password: ********)."]},
    "de": {"pw": ["Hallo, das neue Passwort für {user} lautet {pw} – bitte beim ersten Login ändern.",
                  "Ich komme nicht ins Kundenportal, mein Passwort ist {pw} und es kommt immer 'ungültig'.",
                  "Zugangsdaten für den Testserver: Benutzer {user}, Kennwort: {pw}"],
           "tok": ["Anbei der Token aus dem Postman-Log: Bearer {tok}", "Mit dem Header Authorization: Bearer {tok} bekomme ich 403."],
           "ph": ["Rückruf bitte unter {phone}, danke!", "Sie erreichen mich mobil unter {phone}."],
           "card": ["Die Abbuchung von meiner Kreditkarte {card} ist doppelt erfolgt."],
           "nopw": ["Bitte schicken Sie uns niemals Ihr Passwort (wir fragen nie danach, Passwort: <redacted>)."]},
    "fr": {"pw": ["Bonjour, le mot de passe temporaire de {user} est {pw} , merci de le changer rapidement.",
                  "Je n'arrive pas à me connecter, mon mot de passe : {pw} ne fonctionne plus.",
                  "Identifiants du compte partagé : {user} / mot de passe {pw}"],
           "tok": ["Voici le jeton utilisé dans l'en-tête : Authorization: Bearer {tok}", "Erreur 401 avec le token Bearer {tok} depuis ce matin."],
           "ph": ["Vous pouvez me joindre au {phone} en journée.", "Mon numéro : {phone}"],
           "card": ["J'ai été débité deux fois sur ma carte {card}."],
           "nopw": ["Ne communiquez jamais votre mot de passe (mot de passe : ****)."]},
    "es": {"pw": ["Hola, la contraseña provisional de {user} es {pw} , cámbiala al entrar.",
                  "No puedo acceder, mi contraseña es {pw} y me dice que es incorrecta.",
                  "Usuario: {user} Contraseña: {pw}"],
           "tok": ["Os paso el token que falla: Bearer {tok}", "Con la cabecera Authorization: Bearer {tok} devuelve 401."],
           "ph": ["Llamadme al {phone}, por favor.", "Mi móvil es el {phone}."],
           "card": ["Me habéis cobrado dos veces en la tarjeta {card}."],
           "nopw": ["Nunca te pediremos tu contraseña (contraseña: xxx)."]},
    "sv": {"pw": ["Hej! Nytt lösenord för {user} är {pw} , byt det vid första inloggningen.",
                  "Jag kommer inte in i Mina sidor, mitt lösenord är {pw} och det funkade i går.",
                  "Inloggning till skrivaren: användare {user}, lösen: {pw}"],
           "tok": ["Här är token från loggen: Authorization: Bearer {tok}", "Får 401 trots att jag skickar Bearer {tok}"],
           "ph": ["Ring mig gärna på {phone} efter lunch.", "Mitt mobilnummer är {phone}."],
           "card": ["Jag har blivit dragen två gånger på kortet {card}."],
           "nopw": ["Skicka aldrig ditt lösenord via mejl (lösenord: ********)."]},
    "it": {"pw": ["Ciao, la password temporanea per {user} è {pw} , va cambiata al primo accesso.",
                  "Non riesco ad accedere, la mia password è {pw} ma risulta errata.",
                  "Credenziali: utente {user} password {pw}"],
           "tok": ["Vi giro il token che usiamo: Bearer {tok}", "Con l'header Authorization: Bearer {tok} ricevo 401."],
           "ph": ["Richiamatemi al {phone}, grazie.", "Il mio cellulare è {phone}."],
           "card": ["Mi avete addebitato due volte sulla carta {card}."],
           "nopw": ["Non inviare mai la password via e-mail (password: REDACTED)."]},
    "pt": {"pw": ["Olá, a senha provisória do {user} é {pw} , altere no primeiro acesso.",
                  "Não consigo entrar, minha senha é {pw} e dá erro.",
                  "Utilizador: {user} Palavra-passe: {pw}"],
           "tok": ["Segue o token que está a falhar: Bearer {tok}", "Com o cabeçalho Authorization: Bearer {tok} recebo 401."],
           "ph": ["Podem ligar-me para o {phone}.", "O meu telemóvel é {phone}."],
           "card": ["Fui cobrado duas vezes no cartão {card}."],
           "nopw": ["Nunca partilhe a sua senha (senha: ****)."]},
    "nl": {"pw": ["Hoi, het tijdelijke wachtwoord voor {user} is {pw} , graag wijzigen bij eerste login.",
                  "Ik kan niet inloggen, mijn wachtwoord is {pw} maar het wordt geweigerd.",
                  "Inlog testomgeving: {user} / wachtwoord: {pw}"],
           "tok": ["Dit is het token uit de logs: Bearer {tok}", "Met Authorization: Bearer {tok} krijg ik een 401."],
           "ph": ["Bel me terug op {phone} aub.", "Mijn mobiele nummer is {phone}."],
           "card": ["Er is twee keer afgeschreven van mijn creditcard {card}."],
           "nopw": ["Stuur nooit je wachtwoord per mail (wachtwoord: ********)."]},
    "pl": {"pw": ["Cześć, tymczasowe hasło dla {user} to {pw} , zmień je przy pierwszym logowaniu.",
                  "Nie mogę się zalogować, moje hasło to {pw} i nie działa.",
                  "Login: {user} Hasło: {pw}"],
           "tok": ["Przesyłam token z logów: Bearer {tok}", "Z nagłówkiem Authorization: Bearer {tok} dostaję 401."],
           "ph": ["Proszę o kontakt pod numerem {phone}.", "Mój numer komórki: {phone}"],
           "card": ["Obciążono mnie dwa razy na karcie {card}."],
           "nopw": ["Nigdy nie wysyłaj hasła mailem (hasło: ****)."]},
    "tr": {"pw": ["Merhaba, {user} için geçici şifre {pw} , ilk girişte değiştirin lütfen.",
                  "Giriş yapamıyorum, şifrem {pw} ama hata veriyor.",
                  "Kullanıcı adı: {user} Parola: {pw}"],
           "tok": ["Loglardaki token şu: Bearer {tok}", "Authorization: Bearer {tok} başlığıyla 401 alıyorum."],
           "ph": ["Beni {phone} numarasından arayabilirsiniz.", "Cep telefonum: {phone}"],
           "card": ["{card} numaralı kartımdan iki kez çekim yapıldı."],
           "nopw": ["Şifrenizi asla e-posta ile göndermeyin (şifre: ********)."]},
}
SUBJ = {"en": "Login problem", "de": "Anmeldeproblem", "fr": "Problème de connexion", "es": "Problema de acceso", "sv": "Kan inte logga in",
        "it": "Problema di accesso", "pt": "Problema de acesso", "nl": "Inlogprobleem", "pl": "Problem z logowaniem", "tr": "Giriş sorunu"}


def sentence(d, lang, kind, pii_cc=None):
    t = choice(T[lang][kind])
    user = choice(["m.rossi", "erik.l", "jdupont", "kasia.n", "svc-print", "a.yilmaz", "b.jansen", "lucia.g", "joao.s", "h.mueller"])
    vals = {"user": user}
    if "{pw}" in t:
        vals["pw"] = d.L("password", password(choice(["human", "gen", "phrase", "pin"])))
    if "{tok}" in t:
        vals["tok"] = d.bearer()
    if "{phone}" in t:
        vals["phone"] = d.L("phone", phone(pii_cc or CC[lang], R.random() < 0.5))
    if "{card}" in t:
        vals["card"] = d.L("credit-card", card())
    return t.format(**vals)


def zendesk(C):
    for i in range(1, 12):
        lang = LANGS[(i - 1) % len(LANGS)] if i <= len(LANGS) else choice(LANGS)
        d = C.doc(f"zendesk/ticket-{R.randint(100000, 999999)}-{lang}.json")
        fn, ln = name()
        req_email = d.L("email", email(fn, ln))
        comments = []
        for k, kind in enumerate(R.sample(["pw", "tok", "ph", "card", "nopw", "ph", "pw"], R.randint(3, 5))):
            comments.append({"id": R.randint(10**12, 10**13), "type": "Comment", "author_id": R.randint(10**11, 10**12),
                             "body": sentence(d, lang, kind) + ("\n\nTicket ref " + d.X(uuid4()) if k == 0 else ""),
                             "public": k % 2 == 0, "created_at": ts_iso(False),
                             "metadata": {"system": {"client": "Mozilla/5.0", "ip_address": ip_doc(), "location": "Stockholm, AB, Sweden"}}})
        ticket = {"ticket": {"url": f"https://nordkraft.zendesk.com/api/v2/tickets/{R.randint(10000, 99999)}.json", "id": R.randint(10000, 99999),
                             "external_id": None, "created_at": ts_iso(False), "subject": SUBJ[lang], "status": choice(["open", "pending", "solved"]),
                             "requester": {"name": f"{fn} {ln}", "email": req_email},
                             "custom_fields": [{"id": 360011111111, "value": "order-" + d.X(luhn_order(12))}], "tags": ["login", lang]},
                  "comments": comments}
        d.done(json.dumps(ticket, indent=2, ensure_ascii=False))


def teams(C):
    for i in range(1, 5):
        lang = choice(LANGS)
        d = C.doc(f"teams-export/chat-{uuid4()[:8]}-{lang}.json")
        msgs = []
        people = [" ".join(name()) for _ in range(3)]
        for k in range(R.randint(4, 7)):
            kind = choice(["pw", "tok", "ph", "nopw", "aws", "key", "card"])
            if kind == "aws":
                ak, sk = d.L("aws-access-key-id", aws_id()), d.L("aws-secret-key", aws_secret())
                text = f"aws_access_key_id = {ak}<br>aws_secret_access_key = {sk}"
            elif kind == "key":
                text = f"API key for the staging partner API: <code>{d.L('generic-secret', generic())}</code> (sha256 of the old one was {d.X(sha256())})"
            else:
                text = sentence(d, lang, kind)
            msgs.append({"id": str(R.randint(10**12, 10**13)), "replyToId": None, "etag": str(R.randint(10**12, 10**13)), "messageType": "message",
                         "createdDateTime": ts_iso(), "lastModifiedDateTime": ts_iso(), "chatId": "19:" + rs(HEX, 32) + "@thread.v2",
                         "from": {"user": {"id": uuid4(), "displayName": choice(people), "userIdentityType": "aadUser", "tenantId": d.X(uuid4())}},
                         "body": {"contentType": "html", "content": f"<p>{text}</p>"}, "attachments": [], "mentions": [], "reactions": []})
        d.done(json.dumps({"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats('19%3A...')/messages", "@odata.count": len(msgs), "value": msgs}, indent=2, ensure_ascii=False))


def whatsapp(C):
    for i in range(1, 5):
        lang = choice(["sv", "de", "es", "pt", "tr", "it", "nl", "pl"])
        d = C.doc(f"whatsapp/WhatsApp_Chat_{i}_{lang}.txt")
        a, b = " ".join(name()), " ".join(name())
        lines = []
        for k in range(R.randint(5, 9)):
            who = choice([a, b])
            kind = choice(["pw", "ph", "ph", "nopw", "chat", "chat", "tok"])
            txt = sentence(d, lang, kind) if kind != "chat" else choice(["👍", "ok", "Danke!", "gracias", "tack!", "<Media omitted>", "Bildirim: sipariş no " + d.X(luhn_order(10))])
            lines.append(f"{R.randint(1, 28):02d}.{R.randint(1, 12):02d}.25, {R.randint(7, 22):02d}:{R.randint(0, 59):02d} - {who}: {txt}")
        d.done("\n".join(lines))


def discord(C):
    for i in range(1, 4):
        d = C.doc(f"discord-export/{choice(['dev-ops', 'backend', 'incident'])}-{i}.json")
        msgs = []
        for k in range(R.randint(5, 8)):
            r = R.random()
            if r < 0.3:
                c = f"prod is down, token from the .env: `Bearer {d.bearer()}`"
            elif r < 0.5:
                ak, sk = d.L("aws-access-key-id", aws_id()), d.L("aws-secret-key", aws_secret())
                c = f"```\n[default]\naws_access_key_id = {ak}\naws_secret_access_key = {sk}\n```"
            elif r < 0.65:
                c = f"db pass is `{d.L('password', password())}` (rotating tonight)"
            elif r < 0.8:
                c = f"webhook signing secret: {d.L('generic-secret', generic())}"
            else:
                c = f"deployed {d.X(short_sha())}, etag {d.X(etag())}, example creds `{AWS_DOC_ID}` are fine to share"
            msgs.append({"id": str(R.randint(10**17, 10**18)), "type": "Default", "timestamp": ts_iso(), "isPinned": False, "content": c,
                         "author": {"id": str(R.randint(10**17, 10**18)), "name": choice(["erik", "kasia", "mehmet", "lucia"]), "discriminator": "0000", "isBot": False},
                         "attachments": [], "embeds": [], "reactions": []})
        d.done(json.dumps({"guild": {"id": str(R.randint(10**17, 10**18)), "name": "Nordkraft Dev"}, "channel": {"id": str(R.randint(10**17, 10**18)), "type": "GuildTextChat", "name": "dev-ops"},
                           "dateRange": {"after": None, "before": None}, "messages": msgs, "messageCount": len(msgs)}, indent=2, ensure_ascii=False))


def eml(C):
    for i in range(1, 9):
        lang = LANGS[(i + 3) % len(LANGS)]
        d = C.doc(f"eml-threads/{lang}-{i:02d}.eml")
        fn, ln = name()
        frm = d.L("email", email(fn, ln))
        to = d.L("email", email(domain=choice(["nordkraft.se", "fakturera.io"])))
        body = [sentence(d, lang, k) for k in R.sample(["pw", "ph", "tok", "card", "nopw"], 3)]
        sig_phone = d.L("phone", phone(CC[lang], True))
        d.done(f"""Return-Path: <{frm}>
Received: from mail-{rs('abcdefghijklmnopqrstuvwxyz', 3)}.{frm.split('@')[1]} (mail.{frm.split('@')[1]} [{ip_doc()}])
	by mx1.nordkraft.se (Postfix) with ESMTPS id {rs('0123456789ABCDEF', 10)}
	for <{to}>; Tue, {R.randint(1, 28)} Mar 2025 10:{R.randint(10, 59)}:{R.randint(10, 59)} +0100 (CET)
DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={frm.split('@')[1]}; s=s1; bh={d.X(b64s(32))}; b={b64s(128)}
Message-ID: <{d.X(uuid4())}@{frm.split('@')[1]}>
Date: Tue, {R.randint(1, 28)} Mar 2025 10:{R.randint(10, 59)}:{R.randint(10, 59)} +0100
From: {fn} {ln} <{frm}>
To: Support <{to}>
Subject: {SUBJ[lang]}
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

{chr(10).join(body)}

--
{fn} {ln}
Tel. {sig_phone}
""")


def crm_csv(C):
    for i in range(1, 4):
        d = C.doc(f"salesforce-export/Contact-{i}.csv")
        rows = ['"Id","AccountId","FirstName","LastName","Email","Phone","MobilePhone","MailingCountry","CreatedDate","LastModifiedById"']
        for k in range(R.randint(5, 7)):
            cc = choice(["se", "de", "fr", "uk", "us", "es", "it", "nl", "pl", "tr", "pt", "no", "dk", "fi", "ch", "at", "be", "ie", "br", "in", "jp", "au", "mx", "ca"])
            fn, ln = name()
            ph = d.L("phone", phone(cc, True))
            mob = d.L("phone", phone(cc)) if R.random() < 0.5 else ""
            rows.append(f'"003{rs(ALNUM, 12)}AAA","001{rs(ALNUM, 12)}AAY","{fn}","{ln}","{d.L("email", email(fn, ln))}","{ph}","{mob}","{cc.upper()}","{ts_iso(False)}","005{rs(ALNUM, 12)}AAG"')
        rows.append(f'"003{rs(ALNUM, 12)}AAA","001{rs(ALNUM, 12)}AAY","Test","Kontakt","test@example.com","{fake_phone()}","","US","{ts_iso(False)}","005{rs(ALNUM, 12)}AAG"')
        d.done("\n".join(rows))
    for i in range(1, 3):
        d = C.doc(f"hubspot-export/contacts-{i}.csv")
        rows = ["Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Company Name,Create Date,Lifecycle Stage"]
        for k in range(R.randint(5, 7)):
            cc = choice(["se", "no", "dk", "fi", "de", "nl", "uk", "us"])
            fn, ln = name()
            rows.append(f"{R.randint(10**9, 10**11)},{fn},{ln},{d.L('email', email(fn, ln))},{d.L('phone', phone(cc, True))},,{choice(['Nordkraft AB', 'Byggmax Partner', 'Kranbolaget', 'Brightwave Ltd'])},{ts_iso(False)[:10]} 10:22,lead")
        rows.append(f"{R.randint(10**9, 10**11)},Demo,User,demo@example.org,{fake_phone()},,Example Inc,2025-01-02 09:00,subscriber")
        d.done("\n".join(rows))


def migrations(C):
    for i in range(1, 5):
        d = C.doc(f"migrations/V{i + 10}__{choice(['create_roles', 'seed_users', 'add_partners', 'reporting_user'])}.sql")
        out = [f"-- Flyway migration V{i + 10}", "BEGIN;",
               f"CREATE ROLE reporting LOGIN PASSWORD '{d.L('password', password())}';",
               f"CREATE USER etl_{i} WITH ENCRYPTED PASSWORD '{d.L('password', password())}';",
               "-- the app user gets its password from Vault: ALTER ROLE app PASSWORD :'app_password';",
               f"INSERT INTO integration_credentials (partner, api_key, webhook_secret, created_at) VALUES ('postnord', '{d.L('generic-secret', generic())}', '{d.L('generic-secret', generic())}', now());",
               f"INSERT INTO users (email, phone, password_hash) VALUES"]
        vals = []
        for k in range(R.randint(3, 5)):
            vals.append(f"  ('{d.L('email', email())}', '{d.L('phone', phone())}', '$argon2id$v=19$m=65536,t=3,p=4${d.X(b64s(16, pad=False))}${b64s(32, pad=False)}')")
        out.append(",\n".join(vals) + ";")
        out.append(f"UPDATE settings SET value = '{d.X(sha256())}' WHERE key = 'schema_checksum';")
        out.append("COMMIT;")
        d.done("\n".join(out))
    d = C.doc("migrations/mysql-grants.sql")
    d.done(f"""-- run as root on the new replica
CREATE USER 'repl'@'10.%' IDENTIFIED BY '{d.L('password', password())}';
GRANT REPLICATION SLAVE ON *.* TO 'repl'@'10.%';
CREATE USER 'app'@'%' IDENTIFIED WITH caching_sha2_password BY '{d.L('password', password())}';
ALTER USER 'monitor'@'localhost' IDENTIFIED BY '********';
CHANGE REPLICATION SOURCE TO SOURCE_HOST='{ip_priv()}', SOURCE_USER='repl', SOURCE_PASSWORD='{d.L('password', password())}', SOURCE_AUTO_POSITION=1;
""")
