"""People writing: help-desk exports, raw mail, issue threads, chat exports and voicemail
transcripts in German, French, Danish, Polish, Russian, Ukrainian, Japanese, Spanish,
Swedish and English."""
import json

from common import new, Clock, J, X, U, AN, HEX, LO, DG, UP, asc


def zammad_ticket_export():
    d = new("zammad-ticket-export", "tickets-2025-03-11.json")
    g = d.g
    c = Clock(d)
    tickets = []
    # 1: German customer, VPN password and phone
    p = d.person("de")
    em = d.email(p)
    ph = d.phone("de", "nat")
    pw = d.pw(enc=J, punct="!#%*+-.?_")
    pw_new = d.pw(enc=J, punct="!#%*+-.?_")
    agent = d.person("de")
    aem = d.email(agent, domain=d.dom("de"), style="f.l")
    t1 = {"id": g.num(30000, 39999), "number": d.K(g.digits(5, True) + "1"), "title": "VPN-Zugang geht nicht mehr",
          "customer": em, "group": "IT-Support", "state": "open",
          "articles": [
              {"from": f"{p.name} <{em}>", "type": "email", "created_at": c.step(60, 600).iso(),
               "body": f"Hallo zusammen,\nseit heute Morgen komme ich nicht mehr ins VPN. Mein Benutzername ist {asc(p.first)[0].lower()}{asc(p.last).lower()} "
                       f"und das Passwort ist {pw} (habe ich letzte Woche geändert).\nBitte ruft mich kurz an: {ph}\n\nViele Grüße\n{p.name}"},
              {"from": f"{agent.name} <{aem}>", "type": "note", "internal": True, "created_at": c.step(60, 600).iso(),
               "body": f"Konto war gesperrt (5 Fehlversuche). Entsperrt und Initialpasswort gesetzt: {pw_new}. Bitte beim nächsten Login ändern lassen."},
              {"from": f"{agent.name} <{aem}>", "type": "email", "created_at": c.step(60, 600).iso(),
               "body": "Hallo, dein Konto ist wieder entsperrt. Das neue Passwort habe ich dir per SMS geschickt. Bitte schick Passwörter nie per E-Mail!\nPasswort: ********"}]}
    tickets.append(t1)
    # 2: English customer pastes card and IBAN
    p2 = d.person("en")
    em2 = d.email(p2)
    card = d.card(g.pick(["visa", "mc"]), sep=" ")
    iban = d.iban("GB", grouped=True)
    ph2 = d.phone("uk", "intl")
    t2 = {"id": g.num(30000, 39999), "number": d.K(g.digits(5, True) + "2"), "title": "Refund for double charge",
          "customer": em2, "group": "Billing", "state": "pending reminder",
          "articles": [
              {"from": f"{p2.name} <{em2}>", "type": "web", "created_at": c.step(600, 3000).iso(),
               "body": f"Hi, I was charged twice for order {d.luhn_look(10, '70')}. The card was {card} (exp 08/27). "
                       f"If it is easier please refund to my bank: {iban}. You can reach me on {ph2}.\nThanks, {p2.first}"},
              {"from": f"{agent.name} <{aem}>", "type": "email", "created_at": c.step(600, 3000).iso(),
               "body": f"Dear {p2.first}, thanks, we can see both charges on the card ending {card[-4:]}. Please never send full card numbers by mail; "
                       "we have removed it from the ticket view. The refund will be processed within 5 working days."}]}
    tickets.append(t2)
    # 3: API key in a webhook complaint
    p3 = d.person("de")
    em3 = d.email(p3, domain=d.company_domain("de"))
    key = d.gs("an40")
    tok = d.bearer("jwt")
    t3 = {"id": g.num(30000, 39999), "number": d.K(g.digits(5, True) + "3"), "title": "Webhook liefert 401",
          "customer": em3, "group": "API", "state": "new",
          "articles": [{"from": f"{p3.name} <{em3}>", "type": "email", "created_at": c.step(600, 3000).iso(),
                        "body": f"Servus,\nunser Webhook-Endpunkt bekommt seit dem Update nur noch 401. Wir senden:\n\n"
                                f"curl -X POST https://api.{d.dom('de')}/v2/hooks -H 'X-Api-Key: {key}' -H 'Authorization: Bearer {tok}'\n\n"
                                "Der API-Key ist aus dem Portal (Einstellungen > API). Was ist falsch?\n\n"
                                f"PS: Für den SFTP-Export nutzen wir weiterhin den Benutzer export_{asc(p3.last).lower()} mit Passwort {d.pw(enc=J, punct='!#%*+-.?_')}. "
                                f"Und falls ihr es braucht, unser Webhook-Secret ist {d.gs('whsec')}."}]}
    tickets.append(t3)
    d.text = json.dumps({"tickets": tickets, "exported_at": c.step().iso()}, ensure_ascii=False, indent=2) + "\n"
    return d


def glpi_tickets():
    d = new("glpi-tickets", "glpi-export-tickets.csv")
    g = d.g
    rows = ["ID;Titre;Statut;Date d'ouverture;Demandeur - Demandeur;Attribué à - Technicien;Description;Suivis"]
    specs = [
        ("Mot de passe messagerie oublié", lambda p, em: f"Bonjour, j'ai oublié mon mot de passe Outlook. Mon ancien mot de passe était {d.pw(punct='!#%*+-.?_')} ; pouvez-vous le réinitialiser ? Merci. Tél. {d.phone('fr', 'nat')}",
         lambda: f"Réinitialisé. Nouveau mot de passe temporaire : {d.pw(punct='!#%*+-.?_')} (à changer à la première connexion)."),
        ("Imprimante 2e étage hors ligne", lambda p, em: f"L'imprimante HP du 2e étage (10.12.2.40) ne répond plus depuis ce matin.",
         lambda: "Bourrage papier, résolu sur place."),
        ("Accès VPN télétravail", lambda p, em: f"Je n'arrive pas à me connecter au VPN depuis chez moi, mon IP publique est {d.ip4()}. Identifiant {asc(p.first)[0].lower()}{asc(p.last).lower()}, mot de passe {d.pw(punct='!#%*+-.?_')}.",
         lambda: "Le compte n'était pas dans le groupe VPN-Users. Ajouté."),
        ("Wi-Fi invités salle de réunion", lambda p, em: "Le code Wi-Fi invité affiché dans la salle Garonne ne fonctionne plus.",
         lambda: f"Nouvelle clé WPA2 du réseau Invites : {d.pw(style='human', punct='!#%*+-.?_')} (affichée dans la salle)."),
        ("Serveur FTP partenaires", lambda p, em: f"Le transporteur n'arrive plus à déposer ses fichiers sur ftp.{d.dom('fr')}. Leur compte est transp_geodis / {d.pw(punct='!#%*+-.?_')}, ils disent que rien n'a changé de leur côté.",
         lambda: f"Le mot de passe avait expiré. Nouveau mot de passe communiqué par téléphone : {d.pw(punct='!#%*+-.?_')}."),
        ("Partage réseau compta inaccessible", lambda p, em: f"Depuis la mise à jour Windows, le lecteur K: ne se monte plus. Message : « nom d'utilisateur ou mot de passe incorrect ». J'utilise bien COMPTA\\{asc(p.first).lower()} avec le mot de passe {d.pw(punct='!#%*+-.?_')}.",
         lambda: "Cache d'identifiants Windows vidé, reconnecté."),
        ("Création compte stagiaire", lambda p, em: (lambda s: f"Merci de créer un compte pour {s.name} (stage de six mois), qui commence lundi. Adresse perso : {d.email(s)}, portable {d.phone('fr_m', 'nat')}.")(d.person('fr')),
         lambda: f"Compte créé. Identifiant stagiaire.rh2, mot de passe initial {d.pw(punct='!#%*+-.?_')}."),
    ]
    for i, (title, desc, follow) in enumerate(specs):
        p = d.person("fr")
        em = d.email(p, domain=d.dom("fr"), style="f.l")
        tech = d.person("fr")
        rows.append(f"{g.num(4000, 4999)};{title};{g.pick(['Résolu', 'Clos', 'En cours (Attribué)'])};2025-03-{g.num(1, 11):02d} {g.num(8, 17):02d}:{g.num(0, 59):02d};"
                    f"{p.name} ({em});{tech.name};\"{desc(p, em)}\";\"{follow()}\"")
    d.text = "\n".join(rows) + "\n"
    return d


def maildir_messages():
    out = []
    # Danish IT mail
    d = new("maildir-messages", "cur/1741688112.M402P1234.mx1,S=4211:2,S")
    g = d.g
    p = d.person("dk")
    em = d.email(p, domain=d.dom("dk"), style="f.l")
    it = d.person("dk")
    iem = d.email(it, domain=d.dom("dk"), style="f.l")
    ip = d.ip4()
    pw = d.pw(punct="!#%*+-.?_")
    wifi = d.pw(style="human", punct="!#%*+-.?_")
    ph = d.phone("dk", "intl")
    mid = f"{g.hexs(12)}@{d.dom('dk')}"
    d.nonemail.add(mid)
    d.text = f"""Return-Path: <{iem}>
Delivered-To: {em}
Received: from mail-relay.{d.dom('dk')} ([{ip}])
	by mx1.{d.dom('dk')} with ESMTPS id {g.s(12, AN)}
	for <{em}>; Tue, 11 Mar 2025 10:15:12 +0100
From: {it.name} <{iem}>
To: {p.name} <{em}>
Subject: Din nye bruger og adgangskode
Date: Tue, 11 Mar 2025 10:15:09 +0100
Message-ID: <{mid}>
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Hej {p.first}

Velkommen til! Din bruger er oprettet:

  Brugernavn: {asc(p.first).lower()}.{asc(p.last).lower()}
  Midlertidig adgangskode: {pw}

Du bliver bedt om at skifte adgangskoden første gang du logger ind.
Adgangskoden til gæste-wifi'en (Gaest) er {wifi}.
VPN'en (GlobalProtect) bruger samme brugernavn; engangsnøglen til opsætning er {d.pw(style="alnum", n=16)}.

Har du problemer, så ring til mig på {ph}.

Mvh
{it.name}
IT-afdelingen
"""
    out.append(d)
    # Polish mail with a forwarded thread
    d2 = new("maildir-messages", "cur/1741701933.M771P5521.mx1,S=5120:2,RS")
    g = d2.g
    a, b = d2.person("pl"), d2.person("pl")
    ea, eb = d2.email(a), d2.email(b, domain=d2.dom("pl"), style="f.l")
    ip2 = d2.ip4()
    ip6 = d2.ip6()
    pw2 = d2.pw(punct="!#%*+-.?_")
    iban = d2.iban("PL", grouped=True)
    pha = d2.phone("pl", "intl")
    mid = f"CA+{g.s(40, AN)}@mail.gmail.com"
    d2.nonemail.add(mid)
    d2.text = f"""Return-Path: <{ea}>
Received: from mail-ej1-f41.google.com (mail-ej1-f41.google.com [{ip2}])
	by mx1.{d2.dom('pl')} (Postfix) with ESMTPS id 4Z{g.s(10, AN)}
	for <{eb}>; Tue, 11 Mar 2025 14:05:31 +0100 (CET)
Received: by {d2.L("ipv6", f"2002:a17:906:{g.hexs(4)}:b0:{g.hexs(3)}:{g.hexs(4)}:{g.hexs(4)}")} with SMTP id {g.s(20, AN)};
        Tue, 11 Mar 2025 05:05:30 -0800 (PST)
X-Originating-IP: [{ip6}]
From: {a.name} <{ea}>
To: {b.name} <{eb}>
Subject: Re: Dostęp do panelu sklepu
Date: Tue, 11 Mar 2025 14:05:18 +0100
Message-ID: <{mid}>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Cześć {b.first},

tak jak rozmawialiśmy przez telefon - login do panelu to sklep-admin, hasło: {pw2}
Zmień je proszę po pierwszym logowaniu. Fakturę za lutowe usługi opłać na konto {iban}.
W razie czego dzwoń: {pha}.

Pozdrawiam,
{a.first}

W dniu pon., 10 mar 2025 o 18:22 {b.name} <{eb}> napisał(a):
> Hej, możesz mi podesłać dane do logowania do panelu? Hasło z maila z zeszłego
> tygodnia (********) już nie działa.
"""
    out.append(d2)
    return out


def github_issue_comments():
    d = new("github-issue-comments", "issue-2318-comments.json")
    g = d.g
    c = Clock(d)
    pgpw = d.pw(punct="!#%*+-._")
    ak, sk = d.akid(), d.awssec()
    tok = d.bearer("jwt")
    ms = d.gs("hex64")
    comments = [
        {"id": g.num(10**9, 2 * 10**9), "user": {"login": "kvarnberg-dev", "type": "User"}, "created_at": c.step(600, 6000).iso(ms=False),
         "author_association": "NONE",
         "body": "Same problem here after upgrading to 3.4.0. My compose file:\n\n```yaml\nservices:\n  db:\n    image: postgres:16\n    environment:\n"
                 f"      POSTGRES_USER: app\n      POSTGRES_PASSWORD: {pgpw}\n  app:\n    image: ghcr.io/example/app:3.4.0\n    environment:\n"
                 f"      MEILI_MASTER_KEY: {ms}\n      S3_ACCESS_KEY_ID: {ak}\n      S3_SECRET_ACCESS_KEY: {sk}\n"
                 f"      ANTHROPIC_API_KEY: {d.vtok('anthropic')}\n      HF_TOKEN: {d.vtok('hf')}\n```\n\nLogs:\n```\n"
                 "app-1  | Error: connect ECONNREFUSED 172.18.0.2:5432\n```"},
        {"id": g.num(10**9, 2 * 10**9), "user": {"login": "maintainer-bot", "type": "Bot"}, "created_at": c.step(60, 600).iso(ms=False),
         "author_association": "NONE",
         "body": ":warning: It looks like this comment contains credentials (AWS access key). Please rotate them, they are now public. "
                 "See https://docs.github.com/en/code-security/secret-scanning"},
        {"id": g.num(10**9, 2 * 10**9), "user": {"login": "tlindqvist", "type": "User"}, "created_at": c.step(600, 6000).iso(ms=False),
         "author_association": "CONTRIBUTOR",
         "body": "Can you run this and paste the output (redact the token!)?\n\n```sh\ncurl -s -H \"Authorization: Bearer $TOKEN\" http://localhost:3000/api/health\n```"},
        {"id": g.num(10**9, 2 * 10**9), "user": {"login": "kvarnberg-dev", "type": "User"}, "created_at": c.step(600, 6000).iso(ms=False),
         "author_association": "NONE",
         "body": f"```\n$ curl -s -H \"Authorization: Bearer {tok}\" http://localhost:3000/api/health\n"
                 "{\"status\":\"degraded\",\"db\":\"unreachable\"}\n```\n(rotated the keys, thanks bot)"},
        {"id": g.num(10**9, 2 * 10**9), "user": {"login": "tlindqvist", "type": "User"}, "created_at": c.step(600, 6000).iso(ms=False),
         "author_association": "MEMBER",
         "body": "The example in the README uses `POSTGRES_PASSWORD: changeme` and `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE` - those are placeholders. "
                 "Fixed in #2321: the app now waits for the db healthcheck."},
    ]
    d.text = json.dumps(comments, indent=2) + "\n"
    return d


def telegram_json_export():
    d = new("telegram-json-export", "result.json")
    g = d.g
    c = Clock(d)
    a = d.person("ua")
    b = d.person("ua")
    msgs = []

    def m(frm, text):
        msgs.append({"id": len(msgs) + 1000, "type": "message", "date": c.step(30, 4000).iso(ms=False, z=False),
                     "date_unixtime": str(c.epoch()), "from": frm.name, "from_id": f"user{g.digits(9, True)}", "text": text})
    wifi = d.pw(style="human", punct="!#%*+-.?_")
    card = d.card("mc", sep=" ")
    ph = d.phone("ua", "intl")
    ph2 = d.phone("pl", "intl")
    em = d.email(a)
    bot = d.gs("tg")
    pw = d.pw(punct="!#%*+-.?_")
    m(a, "Привіт! Ти вже на місці?")
    m(b, "Так, я в квартирі. Який пароль від вайфаю?")
    m(a, f"Мережа Kyivstar_5G, пароль {wifi}")
    m(b, "Дякую 🙏")
    m(a, f"Скинь, будь ласка, 850 грн за комуналку на карту {card}")
    m(b, "Готово, переказала")
    m(a, f"Мій новий номер {ph}, старий більше не працює. Польський: {ph2}")
    m(b, f"Записала. А пошта та сама? {em}")
    m(a, "Так")
    m(b, f"Я зробила бота для нагадувань, токен від BotFather: {bot} — не загуби 😅")
    m(a, f"Ок. І пароль від спільного акаунта на Netflix тепер {pw}")
    m(b, f"Запиши ще пароль від роутера: admin / {d.pw(punct='!#%*+-.?_')}")
    m(a, f"Відправ мені ключ від OpenAI для бота, будь ласка")
    m(b, d.vtok("openai"))
    m(b, "В мене код 6 цифр прийшов: 493 201 — це він?")
    d.K("493 201")
    d.text = json.dumps({"name": b.name, "type": "personal_chat", "id": g.num(10**9, 7 * 10**9), "messages": msgs},
                        ensure_ascii=False, indent=1) + "\n"
    return d


def line_chat_txt():
    d = new("line-chat-txt", "LINE-talk-sato.txt")
    g = d.g
    from common import Person, JP_NAMES
    a = Person(JP_NAMES[0][0], JP_NAMES[0][1], "jp", JP_NAMES[0][2])
    b = d.person("jp")
    while b.last == a.last:
        b = d.person("jp")
    pw = d.pw(punct="!#%*+-.?_")
    ph = d.phone("jp", "nat")
    ph2 = d.phone("jp", "nat")
    em = d.email(a, domain=g.pick(["yahoo.co.jp", "docomo.ne.jp", "icloud.com"]))
    wifi = d.pw(style="alnum", n=13)
    pc = d.pw(punct="!#%*+-.?_")
    an, bn = a.native.split()[0], b.native.split()[0]
    d.text = f"""[LINE] {an}とのトーク履歴
保存日時：2025/03/11 21:14

2025/03/08(土)
10:02	{an}	おはよう！来週の引っ越しの件だけど
10:03	{bn}	うん
10:05	{an}	新しい部屋のWi-Fiはこれ。SSIDはaterm-{g.hexs(6)}-g、パスワードは{wifi}
10:05	{bn}	ありがとう！
10:40	{an}	あと共有のAmazonアカウント、メールは{em}でパスワードは{pw}だよ
10:41	{bn}	了解、ログインできた
13:12	{bn}	引っ越し業者の電話番号わかる？
13:20	{an}	{ph} だって。担当は山田さん
2025/03/10(月)
19:02	{bn}	[写真]
19:03	{bn}	会社のPCのパスワード忘れた…
19:04	{an}	メモ帳に書いてたじゃん「{pc}」って
19:05	{bn}	あ、それだ！助かる
19:30	{bn}	私の新しい番号 {ph2} に変えたからよろしく
2025/03/11(火)
08:15	{an}	認証コード 048213 は他人に教えないでください（自動送信）
"""
    d.K("048213")
    return d


def voicemail_transcripts():
    d = new("voicemail-transcripts", "voicemail-2025-03-11.jsonl")
    g = d.g
    c = Clock(d)
    L = []

    def vm(lang, caller, text, conf):
        L.append(json.dumps({"mailbox": g.pick(["200", "201", "310"]), "received": c.step(300, 5000).iso(ms=False), "from": caller,
                             "duration_s": g.num(9, 95), "language": lang, "confidence": conf, "transcript": text}, ensure_ascii=False))
    p = d.person("en")
    ph = d.phone("us", "e164")
    dob = d.dob("us", y=g.num(1950, 1990))
    card = d.card("visa", sep=" ")
    vm("en-US", ph, f"Hi, this is {p.name} calling about my pharmacy order. My date of birth is {dob}. "
                    f"You can charge the card on file or the new one, {card}, expiring eleven twenty-seven. Call me back at {ph}. Thanks.", 0.91)
    p2 = d.person("se")
    ph2 = d.phone("se", "e164")
    pn = d.pnr(form="short-")
    cb = d.phone("se", "nat")
    vm("sv-SE", ph2, f"Hej, det är {p2.name}, mitt personnummer är {pn}. Jag ringer om min tandläkartid på torsdag, "
                     f"jag behöver boka om. Ni kan nå mig på {cb} efter klockan fyra. Tack, hej.", 0.87)
    p3 = d.person("de")
    ph3 = d.phone("de", "e164")
    cb3 = d.phone("de", "nat")
    vm("de-DE", ph3, f"Guten Tag, hier spricht {p3.name}. Ich rufe wegen der Rechnung an, Kundennummer {d.K(g.digits(8, True))}. "
                     f"Bitte rufen Sie mich unter {cb3} zurück. Mein Passwort für das Kundenportal ist übrigens {d.pw(style='human', punct='')}, "
                     "das funktioniert nicht mehr. Danke.", 0.82)
    p4 = d.person("es")
    ph4 = d.phone("es", "e164")
    vm("es-ES", ph4, f"Hola, soy {p4.name}. Llamo por la reserva del apartamento, el localizador es {d.pnr_look('short', (2025, 2025))}. "
                     f"Mi correo es {d.email(p4)} y mi móvil {d.phone('es', 'nat')}. Gracias.", 0.88)
    anon = d.fake_phone("us")
    vm("en-US", "anonymous", f"This is a test message from the voicemail system. Please call {anon}.", 0.99)
    d.text = "\n".join(L) + "\n"
    return d


CARRIERS = [zammad_ticket_export, glpi_tickets, maildir_messages, github_issue_comments, telegram_json_export,
            line_chat_txt, voicemail_transcripts]
