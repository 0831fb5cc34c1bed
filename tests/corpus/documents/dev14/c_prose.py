"""Prose carriers: support e-mails in many languages, meeting notes, onboarding wiki, terminal sessions, live chat."""
import email.utils
PW, GS = "password", "generic-secret"
P_ALL = "!#$%&*+-./:;<=>?@[]^_{|}~"
P_SH = "!#%*+-.:=@^_~"


def mail(d, frm, to, subj, date, body, lang="de"):
    addr = frm.split("<")[-1].rstrip(">")
    d.w(f"From {addr} {email.utils.parsedate_to_datetime(date).strftime('%a %b %d %H:%M:%S %Y')}\n")
    d.w(f"Return-Path: <{addr}>\nReceived: from mail.example.net (mail.example.net [192.0.2.25])\n\tby mx1.example.org with ESMTPS id 4Q{d.s.g.alnum(9)}\n\tfor <{to}>; {date}\n",
        f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {date}\nMessage-ID: <{d.s.g.hex(16)}@example.net>\nMIME-Version: 1.0\n",
        f"Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\nContent-Language: {lang}\n\n", body, "\n")


def ends_alnum(f):
    """A password for prose: its last character is a letter or digit, so no sentence punctuation is ambiguous."""
    while True:
        v = f()
        if v[-1].isalnum():
            return v


def build(s):
    g = s.g
    r = g.r

    # ------------------------------------------------------------ support mails
    s.desc("support-mail-i18n", "two mbox files: support and colleague e-mails in eleven languages sharing passwords and keys")
    MB = [s.doc("support-mail-i18n/servicedesk.mbox"), s.doc("support-mail-i18n/support-inbox.mbox")]

    def pw():
        return ends_alnum(lambda: g.pw_any(punct="!#$%&*+-./:;<=>?@^_~"))

    # German
    d = MB[1]
    a, b, k = pw(), ends_alnum(g.pw_human), g.alnum(32)
    mail(d, "Sabine Krüger <s.krueger@example.net>", "it-support@example.org", "Re: Zugang Warenwirtschaft",
         "Tue, 24 Nov 2026 09:41:12 +0100",
         "Hallo Herr Yilmaz,\n\nwie besprochen die Zugangsdaten für das neue WaWi-System:\n\n"
         f"Benutzer: lager-nord\nPasswort: {d.L(PW, a)}\n\n"
         f"Das alte Passwort ({d.F('********')}) ist ab Montag gesperrt. Für die Schnittstelle zum Shop\n"
         f"braucht ihr den API-Schlüssel {d.L(GS, k)} (nicht weitergeben!).\n\n"
         f"Mein eigenes Passwort ist übrigens {d.L(PW, b)} -- falls ich im Urlaub bin und jemand an den\n"
         "Druckerserver muss.\n\nBitte das Passwort nach dem ersten Login ändern.\n\nViele Grüße\nSabine Krüger\n", "de")
    # French
    d = MB[0]
    a, k, c = pw(), g.hex(40), g.b64(32, url=True, pad=False)
    mail(d, "Julien Moreau <j.moreau@example.net>", "support@example.org", "Accès extranet fournisseurs",
         "Wed, 25 Nov 2026 14:03:55 +0100",
         "Bonjour,\n\nVoici les informations demandées pour l'extranet :\n\n"
         f"- identifiant : fournisseur-4471\n- mot de passe : {d.L(PW, a)}\n\n"
         f"Ma clé API est {d.L(GS, k)} et le secret client OAuth : {d.L(GS, c)}\n"
         "(l'identifiant client, lui, est public : " + d.F(g.uuid()) + ").\n\n"
         "Merci de ne pas transférer ce message. Le mot de passe par défaut « motdepasse » ne fonctionne plus.\n\nCordialement,\nJulien Moreau\n", "fr")
    # Dutch
    d = MB[1]
    a, b = ends_alnum(g.pw_human), g.pw_short(end_digit=True)
    mail(d, "Henk de Wit <h.dewit@example.net>", "servicedesk@example.org", "Wachtwoord kassasysteem filiaal Zwolle",
         "Thu, 26 Nov 2026 08:12:40 +0100",
         "Goedemorgen,\n\nHet wachtwoord van de beheerder op de kassa in Zwolle is gewijzigd naar:\n\n"
         f"    {d.L(PW, a)}\n\nen de pincode voor het kluisje blijft 4711 (geen wachtwoord, staat gewoon in het handboek).\n"
         f"Voor de backoffice-pc is het wachtwoord {d.L(PW, b)} (tijdelijk, graag wijzigen).\n\n"
         "Het wachtwoord van Marieke stuur ik apart via sms.\n\nMet vriendelijke groet,\nHenk de Wit\n", "nl")
    # Spanish
    d = MB[0]
    a, psk = pw(), g.pw_rand(n=24, punct="!#%*+-.@^_~")
    mail(d, "Lucía Fernández <lucia.fernandez@example.net>", "soporte@example.org", "Credenciales VPN oficina Valencia",
         "Fri, 27 Nov 2026 11:30:02 +0100",
         "Hola equipo,\n\nOs paso las credenciales de la VPN para la oficina de Valencia:\n\n"
         f"Usuario: valencia-gw\nContraseña: {d.L(PW, a)}\nClave precompartida (PSK): {d.L('generic-secret|password', psk)}\n\n"
         "La contraseña anterior ya está caducada, no la uséis.\n\nUn saludo,\nLucía\n", "es")
    # Italian
    d = MB[1]
    k, a = g.alnum(40), pw()
    mail(d, "Marco Bianchi <m.bianchi@example.net>", "assistenza@example.org", "Chiave API gestionale",
         "Mon, 30 Nov 2026 16:45:19 +0100",
         "Buongiorno,\n\nla chiave API del gestionale è:\n\n"
         f"{d.L(GS, k)}\n\ne la password dell'utente amministratore è {d.L(PW, a)}\n\n"
         "Nel file di configurazione trovate invece api_key = ${GESTIONALE_API_KEY}: è normale, viene letto dall'ambiente.\n\nSaluti,\nMarco Bianchi\n", "it")
    # Portuguese
    d = MB[0]
    a, t = ends_alnum(g.pw_human), g.hex(64)
    mail(d, "Ana Costa <ana.costa@example.net>", "suporte@example.org", "Senha do portal de faturação",
         "Tue, 01 Dec 2026 10:02:44 +0000",
         "Olá,\n\nA senha do portal de faturação é "
         f"{d.L(PW, a)} e o token de integração (webhook secret) é:\n{d.L(GS, t)}\n\n"
         "O hash que aparece no log é só o SHA-256 do token: " + d.F(g.hex(64)) + "\n\nObrigada,\nAna\n", "pt")
    # Polish
    d = MB[1]
    a, b = pw(), pw()
    mail(d, "Tomasz Nowak <t.nowak@example.net>", "helpdesk@example.org", "Hasło do serwera plików",
         "Wed, 02 Dec 2026 07:55:31 +0100",
         "Dzień dobry,\n\nhasło do serwera plików: "
         f"{d.L(PW, a)}\nhasło do konta administratora NAS: {d.L(PW, b)}\n\n"
         "Proszę zmienić hasło po pierwszym logowaniu. Hasło domyślne (admin) zostało wyłączone.\n\nPozdrawiam,\nTomasz Nowak\n", "pl")
    # Swedish
    d = MB[0]
    a, k = g.pw_phrase(sep=" "), g.alnum(32)
    mail(d, "Erik Lindqvist <erik.lindqvist@example.net>", "it@example.org", "Lösenord och API-nyckel",
         "Thu, 03 Dec 2026 13:20:00 +0100",
         "Hej!\n\nLösenordet till gästnätverket är nu \""
         f"{d.L(PW, a)}\" (med mellanslag).\nAPI-nyckeln till bokningssystemet: {d.L(GS, k)}\n\nHälsningar\nErik\n", "sv")
    # Danish
    d = MB[1]
    a = ends_alnum(g.pw_human)
    mail(d, "Mette Jensen <mette.jensen@example.net>", "support@example.org", "Adgangskode til regnskabssystem",
         "Thu, 03 Dec 2026 15:07:12 +0100",
         "Hej,\n\nMin adgangskode til regnskabssystemet er "
         f"{d.L(PW, a)}\nBrugernavnet er mette.jensen. Jeg har glemt min gamle adgangskode, så den står ikke her.\n\nMvh\nMette\n", "da")
    # English with quoted reply and masked value
    d = MB[0]
    a, k, sec = pw(), g.alnum(32), g.b64(48)
    mail(d, "Priya Raman <priya.raman@example.net>", "platform-team@example.org", "Re: rotated credentials for the reporting service",
         "Fri, 04 Dec 2026 18:22:09 +0000",
         "Hi all,\n\nRotation is done. New values:\n\n"
         f"  reporting DB password: {d.L(PW, a)}\n  partner API key:       {d.L(GS, k)}\n  HMAC signing secret:   {d.L(GS, sec)}\n\n"
         "The key id is " + d.F("kid_" + g.hex(12)) + " (public, fine to share).\n\n"
         "> On Thu, 3 Dec 2026, Ops wrote:\n> Please send the new password once rotated. The old one was ********.\n> password: <redacted>\n\nPriya\n", "en")
    # Turkish
    d = MB[1]
    a = pw()
    mail(d, "Emre Yıldız <emre.yildiz@example.net>", "destek@example.org", "Muhasebe programı şifresi",
         "Fri, 04 Dec 2026 09:15:33 +0300",
         "Merhaba,\n\nMuhasebe programının yeni şifresi: "
         f"{d.L(PW, a)}\nKullanıcı adı: muhasebe01\n\nEski şifre artık geçerli değil.\n\nİyi çalışmalar,\nEmre\n", "tr")

    # ------------------------------------------------------------ meeting notes
    s.desc("meeting-notes", "Markdown meeting notes and retros with credentials pasted in")
    d = s.doc("meeting-notes/infra-team-notes-2026-11.md")
    d.w("# Infra sync — 2026-11-17\n\n**Present:** Jasper, Noor, Lukas, Fatima\n\n## Action items\n\n",
        f"- [ ] Jasper: rotate the Jenkins admin password (current one: `{d.L(PW, g.pw_rand(punct=P_ALL))}`) before Friday\n",
        "- [x] Noor: new Grafana service account created; token is in the vault, **not** here\n",
        f"- [ ] Lukas: staging Postgres password changed to `{d.L(PW, ends_alnum(g.pw_human))}` — update the CI variables\n",
        "- [ ] Fatima: check why `DB_PASSWORD=${DB_PASSWORD}` ends up empty in the cron container\n\n",
        "## Notes\n\n", f"- Brevo SMTP key for the test domain was pasted in chat by accident: `{d.L(GS, 'xsmtpsib-' + g.hex(64) + '-' + g.alnum(16))}` → revoke\n",
        "- The bcrypt hash in the users table (`" + d.F(g.bcrypt()) + "`) is expected, nothing to do\n",
        f"- Shared wifi for the offsite: SSID `offsite-2026`, passphrase `{d.L(PW, g.pw_phrase(sep='-'))}`\n",
        "- password policy: minimum 14 chars, `password_min_length: 14`, `password_history: 5`\n")
    d.w("\n---\n\n# Sprint 47 retro\n\n## What went wrong\n\n",
        "1. The payment webhook secret was committed to the repo in `config/payments.yml`:\n\n   ```yaml\n   payments:\n",
        f"     webhook_secret: {d.L(GS, g.b64(32))}\n     merchant_id: {d.F(str(r.randrange(10**6, 10**7)))}\n   ```\n\n   It has been rotated; the new value lives in Doppler.\n\n",
        "2. Someone shared the break-glass login in the incident channel:\n\n",
        f"   > user `breakglass`, password `{d.L(PW, g.pw_rand(punct=P_ALL))}`\n\n",
        "3. Load test used `password: changeme` for all virtual users — fine, that is a test fixture.\n\n",
        "## Keep doing\n\n- Secrets via `op run --env-file=.env.tpl` where `.env.tpl` has `DB_PASSWORD=op://prod/db/password`\n")
    d.w("\n---\n\n# Call with the logistics vendor (2026-12-01)\n\n- Their SFTP: `sftp.logistics.example`, user `acme-nl`\n",
        f"- Password read out on the call: **{d.L(PW, ends_alnum(g.pw_human))}** (they will send a new one by post)\n",
        f"- API sandbox key: `{d.F('test_' + g.alnum(24))}` (sandbox, harmless)\n",
        f"- API production key: `{d.L(GS, g.alnum(36))}`\n",
        f"- Signature salt for the label-printing callback: `{d.L(GS, g.hex(40))}`\n",
        "- Next call: 15 December\n")

    # ------------------------------------------------------------ onboarding wiki
    s.desc("onboarding-wiki", "onboarding wiki pages (Confluence export and Markdown) listing shared accounts")
    d = s.doc("onboarding-wiki/new-developer-onboarding.md")
    d.w("# Welcome to the team!\n\nThis page lists the shared accounts you need in your first week.\n",
        "Personal accounts are created by IT; **never** share your own password.\n\n| System | User | Password / key | Notes |\n|---|---|---|---|\n")
    for sysname, user in [("Staging admin panel", "dev-admin"), ("Test mailbox", "qa@example.org"), ("Jenkins (read-only)", "viewer"),
                          ("Sentry demo org", "demo"), ("Legacy FTP", "import"), ("Printer web UI", "admin"), ("Meeting-room tablet", "room")]:
        pw = g.pw_any(punct="!#$%&*+-./:;<=>?@^_~")
        d.w(f"| {sysname} | `{user}` | `{d.L(PW, pw)}` | |\n")
    d.w(f"| Maps API (dev) | – | `{d.L(GS, g.alnum(39))}` | restricted to localhost |\n",
        "| Production DB | – | `********` | ask the on-call lead |\n| Vault | your SSO | – | `vault login -method=oidc` |\n\n",
        "## Local setup\n\n```bash\ncp .env.example .env\n# .env.example contains DB_PASSWORD=your-password-here -- keep it for local docker\n",
        f"export LOCAL_SEED_ADMIN_PASSWORD='{d.L(PW, g.pw_rand(punct=P_SH))}'\nmake seed\n```\n")
    d = s.doc("onboarding-wiki/support-team-accounts.html")
    d.w("<ac:layout><ac:layout-section ac:type=\"single\"><ac:layout-cell>\n<h1>Support team – shared accounts</h1>\n",
        "<p>Last reviewed by <ac:link><ri:user ri:account-id=\"", d.F(g.hex(24)), "\" /></ac:link> on 2026-11-02.</p>\n",
        "<table><tbody>\n<tr><th>Tool</th><th>Login</th><th>Password</th></tr>\n")
    for tool, login in [("Zendesk sandbox", "support-sandbox"), ("Phone system (Aircall)", "supervisor"), ("Shop backend (read)", "support-ro"),
                        ("Label printer", "admin"), ("Courier portal", "acme-returns"), ("Refund tool", "refunds")]:
        pw = g.pw_any(punct="!#$%*+-./:;=?@^_~<>&")
        d.w(f"<tr><td>{tool}</td><td><code>{login}</code></td><td><code>{d.L(PW, pw.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))}</code></td></tr>\n")
    d.w("<tr><td>Payment dashboard</td><td>personal SSO</td><td><em>no shared password</em></td></tr>\n</tbody></table>\n",
        "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>The courier API key is ",
        f"<code>{d.L(GS, g.hex(40))}</code>; the courier customer number <code>{d.F(str(r.randrange(10**7, 10**8)))}</code> is not secret.</p></ac:rich-text-body></ac:structured-macro>\n",
        "</ac:layout-cell></ac:layout-section></ac:layout>\n")

    # ------------------------------------------------------------ terminal sessions
    s.desc("terminal-sessions", "script(1) transcripts of admin sessions (mysql, psql, rabbitmqctl, htpasswd, docker, curl)")
    d = s.doc("terminal-sessions/db-admin-typescript.txt")
    root = g.pw_rand(punct="#%+-.:=@^_~")
    d.w("Script started on 2026-11-18 10:02:11+01:00 [TERM=\"xterm-256color\" TTY=\"/dev/pts/3\" COLUMNS=\"160\" LINES=\"48\"]\n",
        f"ops@db03:~$ mysql -u root -p'{d.L(PW, root)}' -e 'select version()'\nmysql: [Warning] Using a password on the command line interface can be insecure.\n",
        "+-----------+\n| version() |\n+-----------+\n| 8.0.40    |\n+-----------+\nops@db03:~$ mysql -u root -p\nEnter password: \n",
        "Welcome to the MySQL monitor.  Commands end with ; or \\g.\n\n")
    for u in ["shop_app", "shop_report", "matomo", "n8n", "bookstack"]:
        pw = g.pw_any(punct="!#$%&*+-./:;<=>?@[]^_{|}~")
        d.w(f"mysql> CREATE USER '{u}'@'10.%' IDENTIFIED BY '{d.L(PW, pw)}';\nQuery OK, 0 rows affected (0.02 sec)\n\n")
    d.w(f"mysql> ALTER USER 'replicator'@'%' IDENTIFIED WITH caching_sha2_password BY '{d.L(PW, ends_alnum(g.pw_human))}';\nQuery OK, 0 rows affected (0.01 sec)\n\n",
        "mysql> SELECT user, host, authentication_string FROM mysql.user WHERE user = 'shop_app';\n",
        f"+----------+------+------------------------------------------------------------------------+\n| shop_app | 10.% | $A$005${d.F(g.alnum(62))} |\n+----------+------+------------------------------------------------------------------------+\n1 row in set (0.00 sec)\n\n",
        "mysql> exit\nBye\nops@db03:~$ sudo -u postgres psql\npsql (16.4)\nType \"help\" for help.\n\n",
        f"postgres=# ALTER ROLE keycloak WITH PASSWORD '{d.L(PW, g.pw_rand(punct=P_ALL))}';\nALTER ROLE\n",
        "postgres=# \\password gitea\nEnter new password for user \"gitea\": \nEnter it again: \n",
        f"postgres=# CREATE ROLE metabase LOGIN PASSWORD '{d.L(PW, ends_alnum(g.pw_human))}';\nCREATE ROLE\n",
        "postgres=# SELECT rolname, rolpassword FROM pg_authid WHERE rolname = 'metabase';\n",
        f" rolname  |                                                              rolpassword\n----------+---------------------------------------------------------------------------------------------------------------------------------------\n metabase | SCRAM-SHA-256$4096:{d.F(g.b64(16))}${d.F(g.b64(32))}:{d.F(g.b64(32))}\n(1 row)\n\n",
        "postgres=# \\q\nops@db03:~$ exit\nexit\n\nScript done on 2026-11-18 10:19:40+01:00 [COMMAND_EXIT_CODE=\"0\"]\n")
    d = s.doc("terminal-sessions/broker-and-web-typescript.txt")
    d.w("Script started on 2026-11-25 14:30:07+01:00 [TERM=\"xterm-256color\" TTY=\"/dev/pts/1\"]\n")
    for u in ["orders-svc", "billing-svc", "mqtt-bridge", "shovel"]:
        d.w(f"root@mq01:~# rabbitmqctl add_user {u} '{d.L(PW, g.pw_rand(punct=P_SH))}'\nAdding user \"{u}\" ...\nDone. Don't forget to grant the user permissions to some virtual hosts! See 'rabbitmqctl help set_permissions' to learn more.\n")
    d.w(f"root@mq01:~# rabbitmqctl change_password admin '{d.L(PW, ends_alnum(g.pw_human))}'\nChanging password for user \"admin\" ...\n",
        f"root@mq01:~# htpasswd -b -B /etc/nginx/.htpasswd grafana '{d.L(PW, g.pw_rand(punct=P_SH))}'\nAdding password for user grafana\n",
        f"root@mq01:~# cat /etc/nginx/.htpasswd\ngrafana:{d.F(g.bcrypt())}\nstatus:{d.F('$apr1$' + g.alnum(8) + '$' + g.alnum(22))}\n",
        f"root@mq01:~# docker login registry.example.org -u ci-pusher -p {d.L(PW, g.pw_rand(punct='#%+-.:=@^_~'))}\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded\n",
        f"root@mq01:~# redis-cli -h 10.40.2.9 -a '{d.L(PW, g.pw_rand(punct=P_SH))}' --no-auth-warning ping\nPONG\n",
        f"root@mq01:~# curl -s -u monitor:{d.L(PW, g.pw_rand(punct='-._~'))} http://localhost:15672/api/overview | jq .rabbitmq_version\n\"3.13.7\"\n",
        f"root@mq01:~# curl -s -H 'X-Api-Key: {d.L(GS, g.alnum(32))}' https://status.example.org/api/v1/components | jq length\n14\n",
        f"root@mq01:~# openssl rand -hex 32\n{d.L(GS, g.hex(64))}\n",
        "root@mq01:~# # ^ new value for SESSION_SECRET, pasted into the vault\n",
        f"root@mq01:~# mongosh \"mongodb://10.40.3.2:27017/admin\" -u root -p '{d.L(PW, g.pw_rand(punct=P_SH))}' --quiet --eval 'db.runCommand({{ping:1}})'\n{{ ok: 1 }}\n",
        "root@mq01:~# exit\n\nScript done on 2026-11-25 14:41:55+01:00 [COMMAND_EXIT_CODE=\"0\"]\n")

    # ------------------------------------------------------------ live chat transcripts
    s.desc("livechat-transcripts", "website live-chat transcripts (Crisp/Tawk style exports) in several languages")
    d = s.doc("livechat-transcripts/transcripts-export-2026-12.txt")
    d.w("Chat transcript #48213\nWebsite: shop.example.de\nStarted: 2026-11-29 19:04 CET\n\n")
    a, b = ends_alnum(g.pw_human), g.pw_rand(punct="!#%*+-.?@_")
    d.w("[19:04] Besucher: Hallo, ich komme nicht mehr in mein Konto\n[19:05] Agent (Lena): Hallo! Ich helfe gern. Welche E-Mail-Adresse nutzen Sie?\n",
        "[19:05] Besucher: k.schmidt@example.com\n", f"[19:06] Besucher: mein Passwort ist {d.L(PW, a)} aber es geht nicht\n",
        "[19:07] Agent (Lena): Bitte schicken Sie uns niemals Ihr Passwort! Ich habe Ihnen einen Link zum Zurücksetzen geschickt.\n",
        f"[19:12] Besucher: ok neues passwort: {d.L(PW, b)} klappt jetzt\n[19:12] Agent (Lena): Super, bitte ändern Sie es trotzdem noch einmal, da es jetzt im Chat steht.\n")
    d.w("\n" + "=" * 60 + "\nChat transcript #48377\nWebsite: boutique.example.fr\nStarted: 2026-12-01 10:22 CET\n\n")
    a, k = ends_alnum(g.pw_human), g.alnum(32)
    d.w("[10:22] Visiteur : Bonjour, notre module de paiement affiche « clé API invalide »\n",
        f"[10:23] Visiteur : la clé API que j'ai mise est {d.L(GS, k)}\n",
        "[10:24] Agent (Hugo) : Merci. Attention, c'est votre clé secrète, il ne faut pas la partager. La clé publique commence par pk_, c'est elle qu'il faut dans le thème.\n",
        f"[10:25] Visiteur : d'accord. et le mot de passe du back-office c'est {d.L(PW, a)} si vous devez vérifier\n",
        "[10:26] Agent (Hugo) : Nous n'avons pas besoin de votre mot de passe, merci de le changer.\n")
    d.w("\n" + "=" * 60 + "\nChat transcript #48502\nWebsite: webshop.example.nl\nStarted: 2026-12-03 21:40 CET\n\n")
    a = g.pw_short(end_digit=True)
    d.w("[21:40] Bezoeker: hoi, ik ben mijn wachtwoord vergeten\n[21:41] Medewerker (Daan): Geen probleem, via 'wachtwoord vergeten' krijg je een mail.\n",
        f"[21:44] Bezoeker: gelukt, het nieuwe wachtwoord is {d.L(PW, a)}\n",
        "[21:44] Medewerker (Daan): Fijn! Deel je wachtwoord liever niet in de chat; ik heb dit bericht laten maskeren: ********\n")
