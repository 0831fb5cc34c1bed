"""People writing secrets and personal data in chats, tickets, wikis, mailing lists and transcripts,
in Chinese, English, Swedish, Dutch, German, Italian, Spanish, French, Norwegian, Polish, Finnish,
Portuguese and Korean."""
import json

from core import doc, tdoc, AN

M = "prose"


@doc(M, "gitee-issue-comments-json", "issues/I9K2QX-comments.json", "code hosting issue comments api response (chinese)")
def gitee(d):
    pw = d.lab("pw", "h")
    tok = d.lab("gs", "hex32")
    em = d.L("email", d.email("en", "wei", "zhang", "163.com"))
    c = [
        {"id": d.r.randint(20000000, 29999999), "body": "部署到测试环境后登录一直报 500，日志里是数据库连接失败。", "user": {"login": "zhangwei_dev", "name": "张伟"},
         "created_at": "2026-01-16T10:21:04+08:00"},
        {"id": d.r.randint(20000000, 29999999),
         "body": f"我这边的配置是这样的：\n```\nspring.datasource.url=jdbc:mysql://10.8.0.12:3306/shop\nspring.datasource.username=shop\nspring.datasource.password={pw}\n```\n密码是上周刚改的，麻烦帮忙看一下。有问题可以发邮件 {em}",
         "user": {"login": "zhangwei_dev", "name": "张伟"}, "created_at": "2026-01-16T10:25:40+08:00"},
        {"id": d.r.randint(20000000, 29999999),
         "body": f"用这个私人令牌调一下接口看看权限：\n`curl https://gitee.com/api/v5/repos/shop-team/shop/hooks?access_token={tok}`\n用完我会删掉。",
         "user": {"login": "li_na", "name": "李娜"}, "created_at": "2026-01-16T11:02:13+08:00"},
        {"id": d.r.randint(20000000, 29999999), "body": "已解决：连接池最大连接数太小。另外请不要在 issue 里贴密码，已经重置了。提交 " + d.X(d.hexs(10)),
         "user": {"login": "wang_ops", "name": "王强"}, "created_at": "2026-01-16T15:40:59+08:00"},
    ]
    return json.dumps(c, indent=2, ensure_ascii=False) + "\n"


@doc(M, "twist-thread-export", "twist/ops/thread-credential-rotation.json", "team chat thread export (english)")
def twist(d):
    pw = d.lab("pw", "r")
    tok = d.lab("bt", "an40")
    whs = d.lab("gs", "b64:24")
    em = d.lab("email", "en")
    thread = {"id": d.r.randint(5000000, 5999999), "title": "Q1 credential rotation", "channel": "ops",
              "creator_name": "Megan Reid", "posted": "2026-01-12T08:14:00Z",
              "content": "Kicking off the Q1 rotation. Checklist in the doc, please reply here when your part is done.",
              "comments": [
                  {"creator_name": "Ryan Fletcher", "posted": "2026-01-12T09:40:11Z",
                   "content": f"Staging Postgres done. New password for `app_staging` is {pw} -- it's also in the vault, this is just so QA can update their local env today."},
                  {"creator_name": "Chloe Bennett", "posted": "2026-01-12T10:02:45Z",
                   "content": f"Reporting API: old token revoked. Temporary one for the dashboards until the service account is ready:\n`Authorization: Bearer {tok}`"},
                  {"creator_name": "Megan Reid", "posted": "2026-01-12T10:15:30Z",
                   "content": f"Webhook signing secret for the billing endpoint rotated, new value `{whs}`. Ping {em} if invoices stop syncing."},
                  {"creator_name": "Nathan Porter", "posted": "2026-01-12T13:51:02Z",
                   "content": "Please don't paste secrets in threads, we have the vault for that. I'll rotate the staging one again after QA is done."},
              ]}
    return json.dumps(thread, indent=2) + "\n"


@doc(M, "yammer-messages-csv", "export/Messages.csv", "enterprise social network export (swedish)")
def yammer(d):
    out = ["id,replied_to_id,thread_id,group_id,group_name,participants,in_private_group,in_private_conversation,sender_id,sender_type,sender_name,sender_email,body,api_url,attachments,deleted_by_id,deleted_by_type,created_at,deleted_at"]
    tid = d.r.randint(2_000_000_000_000, 2_999_999_999_999)
    gid = d.r.randint(100_000_000, 199_999_999)
    people = [d.person_sv() for _ in range(4)]
    emails = [d.L("email", d.email("se", p[0], p[1], "hallonbolaget.se")) for p in people]
    wifi = d.lab("pw", "p")
    pnr = d.lab("pnr", "L")
    ph = d.lab("phone", "SE,n")
    bodies = [
        "Påminnelse: konferensrummet Vinga har nytt wifi från i dag.",
        f"Lösenordet till Vinga-gäst är {wifi} (gäller hela kvartalet).",
        f"Kan någon hjälpa mig med friskvårdsblanketten? Den vill ha mitt personnummer {pnr} men portalen säger ogiltigt format.",
        f"Prova utan bindestreck. Annars ring HR-jouren {ph}.",
    ]
    mid = tid
    for i, (p, em, body) in enumerate(zip(people, emails, bodies)):
        mid += d.r.randint(1000, 99999)
        body = body.replace('"', '""')
        out.append(f'{mid},{"" if i == 0 else tid},{tid},{gid},Alla på Kontoret,,false,false,{d.r.randint(1_500_000_000, 1_999_999_999)},User,{p[0]} {p[1]},{em},"{body}",https://www.yammer.com/api/v1/messages/{mid},,,,2026-01-1{i} {8 + i:02d}:1{i}:00 +0000,')
    return "\n".join(out) + "\n"


@doc(M, "topdesk-incident-export", "topdesk/I-2601-0412.json", "service management incident export (dutch)")
def topdesk(d):
    f, l = d.person("nl")
    em = d.L("email", d.email("nl", f, l, "gemeente-westervoort.nl"))
    ph = d.lab("phone", "NL,n")
    pw1 = d.lab("pw", "h")
    pw2 = d.lab("pw", "a")
    inc = {"number": "I 2601 0412", "briefDescription": "Kan niet inloggen op de VPN", "caller": {"dynamicName": f"{f} {l}", "email": em, "phoneNumber": ph,
                                                                                               "branch": {"name": "Stadhuis"}},
           "request": f"19-01-2026 08:02 {f} {l}:\nIk kan sinds vanochtend niet meer inloggen op de VPN. Mijn wachtwoord is {pw1} en dat werkt wel op mijn laptop maar niet in de VPN-client. Graag snel hulp, ik heb om 10 uur een overleg.",
           "action": f"19-01-2026 08:40 Servicedesk (Daan):\nAccount was geblokkeerd na 5 pogingen. Ik heb een tijdelijk wachtwoord ingesteld: {pw2} -- graag direct wijzigen bij eerste aanmelding.\n\n19-01-2026 09:12 {f} {l}:\nHet werkt weer, dank!",
           "category": {"name": "Netwerk"}, "subcategory": {"name": "VPN"}, "callType": {"name": "Storing"},
           "processingStatus": {"name": "Afgemeld"}, "operator": {"name": "Servicedesk"}, "creationDate": "2026-01-19T08:02:11.000+0100",
           "id": d.uuid()}
    return json.dumps(inc, indent=2, ensure_ascii=False) + "\n"


@doc(M, "manageengine-sdp-request-json", "sdp/request-48213.json", "service desk request api response (german)")
def sdp(d):
    f, l = d.person("de")
    em = d.L("email", d.email("de", f, l, "stadtwerke-elmshorn.de"))
    ph = d.lab("phone", "DE,n")
    pw = d.lab("pw", "h")
    key = d.lab("gs", "hex40")
    desc = (f"<div>Hallo IT,<br><br>der Zugang zum Zählerportal funktioniert für die Ableser nicht mehr. "
            f"Das gemeinsame Passwort lautet <b>{pw}</b>, laut Hersteller ist der Account gesperrt.<br>"
            f"Der Schnittstellen-Schlüssel für den Export (API-Key) ist {key} – bitte prüfen, ob der noch gültig ist.<br><br>"
            f"Rückruf bitte unter {ph}.<br>Viele Grüße<br>{f} {l}</div>")
    req = {"response_status": {"status_code": 2000, "status": "success"},
           "request": {"id": "48213", "subject": "Zählerportal: Login gesperrt", "description": desc,
                       "requester": {"name": f"{f} {l}", "email_id": em, "phone": ph, "department": {"name": "Messstellenbetrieb"}},
                       "status": {"name": "Open"}, "priority": {"name": "High"}, "site": {"name": "Elmshorn"},
                       "created_time": {"display_value": "19.01.2026 07:58", "value": "1768805880000"},
                       "technician": {"name": "Tobias Becker"}}}
    d.X("1768805880000")
    return json.dumps(req, indent=2, ensure_ascii=False) + "\n"


@doc(M, "kanboard-task-comments-json", "kanboard/task-214-comments.json", "kanban board task comments (italian)")
def kanboard(d):
    ftp = d.lab("pw", "a")
    key = d.lab("gs", "an32")
    em = d.lab("email", "it")
    comments = [
        {"id": 881, "task_id": 214, "user_id": 4, "username": "chiara.r", "name": "Chiara Russo", "date_creation": 1768800000,
         "comment": f"Il fornitore ci ha mandato i dati FTP per caricare i listini: host ftp.fornitore-verdi.it, utente `listini_nord`, la password dell'FTP è {ftp}"},
        {"id": 882, "task_id": 214, "user_id": 7, "username": "marco.f", "name": "Marco Ferrari", "date_creation": 1768803600,
         "comment": f"Ok. Per l'import automatico serve anche il token API del gestionale: {key} (scade a marzo). Se non funziona scrivete a {em}"},
        {"id": 883, "task_id": 214, "user_id": 4, "username": "chiara.r", "name": "Chiara Russo", "date_creation": 1768807200,
         "comment": "Fatto, import schedulato alle 02:00. Ho spostato la password nel vault, cancellate pure questi commenti."},
    ]
    return json.dumps(comments, indent=2, ensure_ascii=False) + "\n"


tdoc(M, "shortcut-story-json", "stories/sc-18842.json", "project tracker story export (english)", r'''{
  "id": 18842,
  "name": "Partner webhook returns 401 after key rotation",
  "story_type": "bug",
  "workflow_state_id": 500000042,
  "estimate": 2,
  "labels": [{ "name": "partner-api" }, { "name": "p1" }],
  "description": "Since the rotation on Friday the partner's webhook calls fail with 401.\n\nRepro:\n```\ncurl -i https://api.partner.grossist.se/v2/webhooks/test \\\n  -H 'Authorization: Bearer ⟨bt:an48⟩' \\\n  -H 'X-Signature: sha256=⟨sha256⟩'\n```\nThe signature is computed with the new webhook secret `⟨gs:hex64⟩`, the old one was `whsec_********`.\n\nExpected: 200. Actual: `{\"error\":\"invalid_signature\"}`",
  "comments": [
    { "author_id": "⟨uuid⟩", "text": "The gateway still caches the old secret for 24h. Flushed it, try again.", "created_at": "2026-01-19T09:12:40Z" },
    { "author_id": "⟨uuid⟩", "text": "Works now. Rotating the token I pasted above since it's in the story history.", "created_at": "2026-01-19T09:40:02Z" }
  ],
  "created_at": "2026-01-19T08:31:07Z",
  "app_url": "https://app.shortcut.com/grossist/story/18842"
}
''')

tdoc(M, "coda-doc-export-md", "coda/runbook-servidores.md", "team doc export in markdown (spanish)", r'''# Runbook – servidores de la oficina de Valencia

> Última edición: Lucía García, 16 ene 2026. **No compartir fuera del equipo.**

## Accesos

| Servicio | URL / host | Usuario | Contraseña | Notas |
|---|---|---|---|---|
| NAS Synology | https://nas-vlc.local:5001 | admin-vlc | ⟨pw:h⟩ | cambiar en marzo |
| Router Fibra | 192.168.1.1 | 1234 | ⟨pw:a⟩ | la del operador |
| Cámaras (NVR) | http://nvr.oficina.local | visor | ⟨pw:u⟩ | solo lectura |
| Base de datos ERP | postgres://erp:⟨upw:u⟩@erp-db.oficina.local:5432/erp | erp | (en la URL) | |

## Copias de seguridad

1. El NAS copia `/volume1/compartido` a Backblaze cada noche (Hyper Backup).
2. Si falla, revisar el correo de alertas ⟨email:es@oficina-valencia.es⟩.
3. Teléfono del técnico externo: ⟨phone:ES,i⟩ (Javier).

## Contraseña wifi invitados

La contraseña de la red **Oficina-Invitados** es `⟨pw:p⟩`. Se cambia cada trimestre.
''')

tdoc(M, "etherpad-export-txt", "pads/reunion-equipe-2026-01-15.txt", "collaborative pad export (french)", r'''Réunion d'équipe – jeudi 15 janvier 2026
Présents : Camille, Hugo, Manon, Théo (visio)

1. Déménagement des bureaux
- Le nouveau local ouvre le 2 février. Wifi invités : réseau « Atelier-Invites », mot de passe : ⟨pw:h⟩
- Badge d'accès : demander à Manon (⟨phone:FR,n⟩)

2. Newsletter
- On passe de Sendinblue à Mailjet. Clé API Mailjet : ⟨lk:hex32⟩ et clé secrète : ⟨gs:hex32⟩
  (Hugo : je les mets dans le coffre après la réunion, promis)
- Adresse d'expédition : ⟨email:fr@atelier-lumiere.fr⟩

3. Divers
- Théo a perdu l'accès au compte Canva, mot de passe réinitialisé : ⟨pw:a⟩
- Prochaine réunion : 29/01 à 10h
''')


@doc(M, "pipermail-monthly-archive", "pipermail/drift-liste/2026-January.txt", "mailing list monthly archive (norwegian)")
def pipermail(d):
    f1, l1 = d.person("no")
    f2, l2 = d.person("no")
    a1 = d.X(f"{f1.lower()}.{l1.lower()} at online.no")
    a2 = d.X(f"{l2.lower()} at driftsgruppa.no")
    pw = d.lab("pw", "r")
    mid1 = "<" + d.X(f"{d.hexs(16)}@mail.online.no") + ">"
    mid2 = "<" + d.X(f"{d.hexs(16)}@driftsgruppa.no") + ">"
    return d.T(f'''From {a1}  Mon Jan 12 09:14:22 2026
From: {a1} ({f1} {l1})
Date: Mon, 12 Jan 2026 09:14:22 +0100
Subject: [Drift] Backup til NAS feiler
Message-ID: {mid1}

Hei alle,

backupjobben til NAS-en på kontoret har feilet siden fredag. Jeg har lagt inn
samme passord som før i rsync-oppsettet, altså {pw}, men får fortsatt
"auth failed on module backup".

Noen som vet om passordet ble endret i forbindelse med oppgraderingen?

Hilsen {f1}

From {a2}  Mon Jan 12 10:02:51 2026
From: {a2} ({f2} {l2})
Date: Mon, 12 Jan 2026 10:02:51 +0100
Subject: [Drift] Backup til NAS feiler
In-Reply-To: {mid1}
Message-ID: {mid2}

Ja, passordet ble byttet. Det nye ligger i passordhvelvet under "NAS kontor".
Jobben kan også bruke URL-varianten: rsync://backup:⟨upw:u⟩@nas.kontor.lan/backup

Og vær så snill -- ikke send passord på lista, arkivet er offentlig for
hele avdelingen. Ring meg heller på ⟨phone:NO,n⟩.

{f2}
''')


tdoc(M, "phpbb-topic-print", "forum/viewtopic-4471-print.html", "forum topic printable view (polish)", r'''<!DOCTYPE html>
<html dir="ltr" lang="pl">
<head>
<meta charset="utf-8" />
<title>Forum Klubu Modelarskiego • Wyświetl wątek - Problem z bazą po aktualizacji</title>
</head>
<body id="phpbb">
<div id="wrap" class="wrap">
	<h1>Forum Klubu Modelarskiego</h1>
	<p>https://forum.modelarze-gdynia.pl/</p>
	<h2>Problem z bazą po aktualizacji</h2>
	<p>https://forum.modelarze-gdynia.pl/viewtopic.php?t=4471</p>
	<div class="page-number">Strona <strong>1</strong> z <strong>1</strong></div>

	<div class="post">
		<h3>Problem z bazą po aktualizacji</h3>
		<div class="date">Autor: <strong>kuba_rc</strong> &raquo; pn 12 sty 2026 21:14</div>
		<div class="content">Po aktualizacji do 3.3.14 forum pokazuje „General Error”. W config.php mam:<br>
<code>$dbuser = 'modelarze_forum';<br>$dbpasswd = '⟨pw:a⟩';</code><br>
Hasło do bazy na pewno jest dobre, bo loguję się nim do phpMyAdmin.</div>
	</div>
	<hr />
	<div class="post">
		<h3>Re: Problem z bazą po aktualizacji</h3>
		<div class="date">Autor: <strong>admin_marek</strong> &raquo; wt 13 sty 2026 07:02</div>
		<div class="content">Usunąłem hasło z Twojego posta, ale i tak je zmień. Do wysyłki maili ustawiłem nowy klucz API SMTP: ⟨gs:an32⟩ – wpisz go w panelu zamiast starego.<br>
W razie czego pisz na ⟨email:pl⟩ albo dzwoń ⟨phone:PL,n⟩.</div>
	</div>
	<hr />
	<div id="page-footer" class="page-footer">
		<div class="copyright">Powered by phpBB&reg; Forum Software &copy; phpBB Limited<br />
		Wszystkie czasy w strefie <span title="Europa/Warszawa">UTC+01:00</span></div>
	</div>
</div>
</body>
</html>
''')


@doc(M, "imessage-export-csv", "export/Messages - Mamma.csv", "phone messages export (swedish)")
def imessage(d):
    mom_f, mom_l, _ = d.person_sv("F")
    mom_ph = d.lab("phone", "SE,e")
    me_ph = d.lab("phone", "SE,e")
    pnr = d.lab("pnr", "S")
    pnr2 = d.lab("pnr", "L")
    card = d.lab("card", "v,sp")
    wifi = d.lab("pw", "h")
    em = d.lab("email", "se")
    rows = [
        ("2026-01-14 18:02:11", "Incoming", mom_ph, f"{mom_f}", "Hej gumman! Kan du hjälpa mig med 1177, den vill ha BankID igen 🙈"),
        ("2026-01-14 18:05:40", "Outgoing", "", "", "Ja, jag kan logga in åt dig i helgen. Skicka ditt personnummer så fyller jag i remissen"),
        ("2026-01-14 18:07:02", "Incoming", mom_ph, f"{mom_f}", f"{pnr} tror jag det var. Och pappas är {pnr2}"),
        ("2026-01-14 18:20:15", "Incoming", mom_ph, f"{mom_f}", f"Kan du även beställa tågbiljetten? Använd mitt kort {card} giltigt 08/28. Kvitto till {em}"),
        ("2026-01-14 18:21:03", "Outgoing", "", "", "Mamma! Skicka inte kortnummer på sms 😅 Men ok, jag fixar det"),
        ("2026-01-14 19:44:50", "Incoming", mom_ph, f"{mom_f}", f"Förresten, wifi-koden till stugan är {wifi} om ni kommer upp i februari"),
    ]
    out = ["Chat Session,Message Date,Delivered Date,Read Date,Edited Date,Service,Type,Sender ID,Sender Name,Status,Replying to,Subject,Text,Attachment,Attachment type"]
    for ts, typ, sid, name, text in rows:
        text = text.replace('"', '""')
        out.append(f'Mamma,{ts},{ts if typ == "Outgoing" else ""},{ts if typ == "Incoming" else ""},,iMessage,{typ},{sid if sid else me_ph},{name},{"Read" if typ == "Incoming" else "Delivered"},,,"{text}",,')
    return "\n".join(out) + "\n"


@doc(M, "webvtt-meeting-transcript", "recordings/2026-01-15-palaveri.vtt", "meeting recording captions (finnish)")
def webvtt(d):
    pw = d.lab("pw", "h")
    key = d.lab("gs", "an40")
    ph = d.lab("phone", "FI,n")
    cues = [
        ("Aino Korhonen", "Hyvää huomenta, aloitetaan. Ensimmäisenä varmuuskopiot."),
        ("Mikko Virtanen", "Varmuuskopio-palvelimen salasana vaihdettiin eilen."),
        ("Mikko Virtanen", f"Uusi salasana on {pw}, kirjoitin sen myös holviin."),
        ("Aino Korhonen", "Entä laskutusrajapinta? Toimiiko integraatio?"),
        ("Juho Mäkinen", f"Toimii. Rajapinta-avain on {key} ja se vanhenee maaliskuussa."),
        ("Aino Korhonen", f"Selvä. Jos tulee ongelmia, soittakaa päivystykseen numeroon {ph}."),
        ("Juho Mäkinen", "Muistakaa poistaa tallenne kun muistiinpanot on tehty."),
    ]
    out = ["WEBVTT", "", "NOTE recording 2026-01-15 09:00 Teams-palaveri \"Viikkopalaveri IT\"", ""]
    t = 4.0
    for i, (who, txt) in enumerate(cues):
        dur = 2.2 + len(txt) * 0.06
        s = f"00:{int(t // 60):02d}:{t % 60:06.3f}"
        e = f"00:{int((t + dur) // 60):02d}:{(t + dur) % 60:06.3f}"
        out += [f"{d.uuid()}/{12 + i}-0", f"{s} --> {e}", f"<v {who}>{txt}</v>", ""]
        t += dur + 0.4
    return "\n".join(out)


@doc(M, "otter-ai-transcript-txt", "transcripts/Call with Brightwater billing.txt", "automated call transcript (english)")
def otter(d):
    card = d.lab("card", "a,sp")
    em = d.lab("email", "en")
    ph = d.lab("phone", "GB,n")
    code = d.X(str(d.r.randint(100000, 999999)))
    return f"""Call with Brightwater billing
Thu, Jan 15, 2026 2:31PM • 6:12

SUMMARY KEYWORDS
card, invoice, account, direct debit, reference

SPEAKERS
Speaker 1, Grace Hughes

Speaker 1  0:03
Brightwater billing, this is Sam. Can I have your account email please?

Grace Hughes  0:08
It's {em}.

Speaker 1  0:14
Thanks Grace. I've sent a six digit code to your phone ending in {ph[-3:]}, can you read it back?

Grace Hughes  0:22
{code}.

Speaker 1  0:31
Perfect. How would you like to pay the outstanding balance?

Grace Hughes  0:36
On my Amex, the number is {card}, expiry oh nine twenty-seven.

Speaker 1  1:02
That's gone through. I'll also update the contact number, is {ph} still right?

Grace Hughes  1:09
Yes, that's right.

Speaker 1  1:12
Great. Anything else today?

Grace Hughes  1:15
No, that's all, thanks.
"""


@doc(M, "activitypub-outbox-json", "archive/outbox.json", "social network account archive outbox (german)")
def outbox(d):
    actor = "https://social.vereinsnetz.de/users/tsv_kassenwart"
    pw = d.lab("pw", "h")
    em = d.lab("email", "de")
    items = []
    notes = [
        ("public", "<p>Erinnerung: Mitgliederversammlung am 30.01. um 19 Uhr im Vereinsheim. <a href=\"https://social.vereinsnetz.de/tags/TSV\">#TSV</a></p>"),
        ("direct", f"<p><span class=\"h-card\"><a href=\"https://social.vereinsnetz.de/@jugendwart\">@jugendwart</a></span> das Passwort für das Vereinskonto bei der Bank-App ist {pw}, bitte nicht weitergeben. Belege bitte an {em}</p>"),
        ("public", "<p>Die Hallenzeiten für Februar sind online. Danke an alle Helferinnen und Helfer!</p>"),
    ]
    for i, (vis, content) in enumerate(notes):
        sid = d.r.randint(113000000000000000, 113999999999999999)
        to = ["https://www.w3.org/ns/activitystreams#Public"] if vis == "public" else ["https://social.vereinsnetz.de/users/jugendwart"]
        items.append({"id": f"{actor}/statuses/{sid}/activity", "type": "Create", "actor": actor,
                      "published": f"2026-01-{10 + i * 2}T18:{10 + i:02d}:00Z", "to": to,
                      "cc": [f"{actor}/followers"] if vis == "public" else [],
                      "object": {"id": f"{actor}/statuses/{sid}", "type": "Note", "summary": None, "inReplyTo": None,
                                 "published": f"2026-01-{10 + i * 2}T18:{10 + i:02d}:00Z", "url": f"https://social.vereinsnetz.de/@tsv_kassenwart/{sid}",
                                 "attributedTo": actor, "to": to, "sensitive": False, "content": content, "contentMap": {"de": content},
                                 "attachment": [], "tag": []}})
    return json.dumps({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
                       "totalItems": len(items), "orderedItems": items}, indent=2, ensure_ascii=False) + "\n"


@doc(M, "jandi-chat-export", "jandi/인프라팀_2026-01.txt", "team messenger chat export (korean)")
def jandi(d):
    pw = d.lab("pw", "a")
    tok = d.lab("bt", "hex40")
    ph = d.lab("phone", "KR,n")
    return f"""[인프라팀] 대화 내보내기
내보낸 날짜: 2026-01-19 18:02

[2026-01-19 09:12] 김민준 : 스테이징 DB 비밀번호 바뀌었나요? 배포가 실패하네요
[2026-01-19 09:15] 박서연 : 네 어제 바꿨어요. 새 비밀번호는 {pw} 입니다
[2026-01-19 09:16] 박서연 : 볼트에도 넣어뒀어요
[2026-01-19 09:31] 김민준 : 감사합니다. 모니터링 API 토큰도 만료된 것 같아요
[2026-01-19 09:40] 이지훈 : 임시 토큰 드릴게요 curl -H "Authorization: Bearer {tok}" https://mon.sinhan-infra.kr/api/v1/alerts
[2026-01-19 09:41] 이지훈 : 내일 오전에 폐기합니다
[2026-01-19 10:05] 박서연 : 긴급 연락처는 {ph} (당직폰) 입니다
[2026-01-19 10:06] 김민준 : 확인했습니다 👍
"""


@doc(M, "pumble-channel-export", "pumble/homologacao-2026-01.json", "team chat channel export (portuguese)")
def pumble(d):
    pw = d.lab("pw", "r")
    key = d.lab("gs", "b64u32")
    em = d.lab("email", "pt")
    msgs = [
        {"author": "Tiago Ferreira", "ts": "2026-01-14T11:02:10Z", "text": "Pessoal, o servidor de homologação foi reinstalado."},
        {"author": "Tiago Ferreira", "ts": "2026-01-14T11:03:42Z", "text": f"A senha do utilizador deploy agora é {pw} (vou mudar depois da demo)."},
        {"author": "Beatriz Santos", "ts": "2026-01-14T11:20:05Z", "text": f"Obrigada! A chave da API de pagamentos em homologação é {key}, está no .env também."},
        {"author": "Rui Costa", "ts": "2026-01-14T11:45:33Z", "text": f"Qualquer problema com a VPN, falem com o suporte: {em}"},
    ]
    return json.dumps({"channel": "homologacao", "workspace": "equipa-lisboa", "messages": msgs}, indent=2, ensure_ascii=False) + "\n"
