"""dev29 prose documents: chats, tickets and mail in many languages with passwords and secrets in sentences."""
import json
from registry import doc


def J(o, ascii_=False):
    return json.dumps(o, ensure_ascii=ascii_, indent=2) + "\n"


@doc("qq-chat-record-txt-zh", "QQ消息记录/运维群.txt", "desktop messenger message manager export of a group chat (chinese)")
def _(d):
    p1, p2, p3 = d.pw("z"), d.pw("w"), d.pw("x")
    tb = d.bt("hex64")
    return f"""消息记录（此消息记录为文本格式，不支持重新导入）

================================================================
消息分组:我的群聊
================================================================
消息对象:运维值班群
================================================================

2026-01-12 09:14:03 张伟(1094471823)
服务器迁移完成了，新的堡垒机地址 10.8.2.15，账号还是 ops

2026-01-12 09:15:40 李娜(2287310045)
密码呢？

2026-01-12 09:16:02 张伟(1094471823)
密码：{p1}  用完记得改

2026-01-12 09:20:11 王强(3319020477)
数据库只读账号 report_ro 的密码我改成 {p2} 了，旧的 ******** 已经失效

2026-01-12 09:21:55 李娜(2287310045)
收到。测试环境的 redis 密码是不是还是 {p3}？

2026-01-12 09:21:58 李娜(2287310045)
接口调试用这个：curl -H "Authorization: Bearer {tb}" https://api.ops.lan/v1/hosts

2026-01-12 09:22:30 王强(3319020477)
是的，测试环境没动。生产的去密码库里看，别在群里发了

2026-01-12 09:23:02 张伟(1094471823)
[图片]
"""


@doc("naver-band-post-comments-json-ko", "band/posts/post-58812-comments.json", "community app post comments api response (korean)")
def _(d):
    p1, p2 = d.pw("k"), d.pw("z")
    ph = d.phone("uk", lab=False)
    body = {"result_code": 1, "result_data": {"paging": {"previous_params": None, "next_params": None}, "items": [
        {"comment_key": "cmt_" + d.anx(16), "author": {"name": "김민준", "user_key": d.anx(24)},
         "created_at": 1767577200000, "content": f"동호회 공용 와이파이 비밀번호 바뀌었어요: {p1}"},
        {"comment_key": "cmt_" + d.anx(16), "author": {"name": "이서연", "user_key": d.anx(24)},
         "created_at": 1767578100000, "content": "감사합니다! 예약 사이트 관리자 비번도 알려주실 수 있나요?"},
        {"comment_key": "cmt_" + d.anx(16), "author": {"name": "김민준", "user_key": d.anx(24)},
         "created_at": 1767578400000, "content": f"관리자 계정은 band_admin / {p2} 입니다. 다음 달에 다시 바꿀게요"},
    ]}}
    return J(body)


@doc("icq-chat-history-txt-uk", "ICQ/history/418820933.txt", "messenger chat history text export (ukrainian)")
def _(d):
    p1, p2 = d.pw("w"), d.pw("y")
    return f"""Історія повідомлень з: Олег Бондаренко (418820933)
---------------------------------------------------------------
[14.01.2026 10:02] Олег Бондаренко: Привіт! Я не можу зайти в 1С після оновлення
[14.01.2026 10:04] Ірина Коваль: Привіт. Я скинула пароль, новий тимчасовий пароль: {p1}
[14.01.2026 10:05] Олег Бондаренко: Дякую, зайшов. А до пошти який?
[14.01.2026 10:07] Ірина Коваль: Пошта без змін. Для VPN логін o.bondarenko, пароль {p2} — поміняй його при першому вході
[14.01.2026 10:08] Олег Бондаренко: Ок, поміняю
[14.01.2026 10:30] Ірина Коваль: І не пиши паролі в чат, будь ласка :)
"""


@doc("instagram-dm-messages-json-pt", "your_instagram_activity/messages/inbox/lojadebolos_8812/message_1.json", "social network data download direct messages json (portuguese)")
def _(d):
    p1 = d.pw("k")
    p2 = d.pw("z")
    ph = d.phone("se", "intl", grp="rest")
    msgs = [
        {"sender_name": "Loja de Bolos", "timestamp_ms": 1767690000000, "content": f"Oi Bia, a senha do wi-fi da loja agora \u00e9 {p1}", "is_geoblocked_for_viewer": False},
        {"sender_name": "Beatriz Souza", "timestamp_ms": 1767690300000, "content": "Obrigada! E a senha do painel da loja online?", "is_geoblocked_for_viewer": False},
        {"sender_name": "Loja de Bolos", "timestamp_ms": 1767690600000, "content": f"Usu\u00e1rio bia.souza, senha {p2}. Qualquer coisa me liga no {ph} (estou na Su\u00e9cia at\u00e9 sexta)", "is_geoblocked_for_viewer": False},
    ]
    o = {"participants": [{"name": "Beatriz Souza"}, {"name": "Loja de Bolos"}], "messages": list(reversed(msgs)),
         "title": "Loja de Bolos", "is_still_participant": True, "thread_path": "inbox/lojadebolos_8812", "magic_words": []}
    return J(o, ascii_=True)


@doc("linkedin-messages-csv-fr", "Basic_LinkedInDataExport/messages.csv", "professional network data export messages csv (french)")
def _(d):
    p1 = d.pw("w")
    e = d.email("Camille", "Moreau", "orange.fr", "dot")
    return f"""CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER
2-{d.anx(20)}==,,Camille Moreau,https://www.linkedin.com/in/camille-moreau-4a1b2c,Julien Petit,https://www.linkedin.com/in/julienpetit,2026-01-08 16:41:12 UTC,,"Merci Julien ! Je t'envoie le CV par mail : {e}",INBOX
2-{d.anx(20)}==,,Julien Petit,https://www.linkedin.com/in/julienpetit,Camille Moreau,https://www.linkedin.com/in/camille-moreau-4a1b2c,2026-01-08 16:35:02 UTC,,"Pour l'espace candidat, l'identifiant est ton adresse mail et le mot de passe provisoire est {p1} (tu devras le changer).",INBOX
2-{d.anx(20)}==,,Camille Moreau,https://www.linkedin.com/in/camille-moreau-4a1b2c,Julien Petit,https://www.linkedin.com/in/julienpetit,2026-01-08 16:30:47 UTC,,"Bonjour Julien, je n'arrive pas à me connecter au portail candidat.",INBOX
"""


@doc("youtrack-issue-comments-json-de", "youtrack/INFRA-1182-comments.json", "issue tracker rest api comments response (german)")
def _(d):
    p1, p2 = d.pw("z"), d.pw("w")
    s1 = d.gs("hex40")
    tb = d.bt("an40")
    c = [
        {"id": "4-" + str(d.ri(10000, 99999)), "author": {"login": "mweber", "fullName": "Markus Weber"}, "created": 1767862800000,
         "text": f"Der neue Service-User für das Monitoring ist angelegt. Benutzer `svc-monitoring`, Passwort: `{p1}`"},
        {"id": "4-" + str(d.ri(10000, 99999)), "author": {"login": "skrause", "fullName": "Sabine Krause"}, "created": 1767866400000,
         "text": f"Danke. Für den Webhook brauche ich noch das Shared Secret, laut Doku steht es in der Vault – ich habe es mal hier notiert: {s1}"},
        {"id": "4-" + str(d.ri(10000, 99999)), "author": {"login": "mweber", "fullName": "Markus Weber"}, "created": 1767870000000,
         "text": f"Bitte keine Geheimnisse ins Ticket! Passwort ist jetzt rotiert, das neue Kennwort ist {p2} – ab morgen nur noch über Vault."},
        {"id": "4-" + str(d.ri(10000, 99999)), "author": {"login": "skrause", "fullName": "Sabine Krause"}, "created": 1767873600000,
         "text": f"Zum Nachstellen des Fehlers:\n```\ncurl -s https://monitoring.intern.lan/api/v1/targets -H 'Authorization: Bearer {tb}'\n```\nliefert weiterhin 403."},
    ]
    return J(c)


@doc("sysaid-service-record-txt-es", "sysaid/SR-77410.txt", "service desk service record printout (spanish)")
def _(d):
    p1, p2 = d.pw("k"), d.pw("w")
    ph = d.phone("uk", lab=False)
    return f"""Solicitud de servicio #77410
Título: No puedo acceder al ERP desde la sucursal de Málaga
Estado: Cerrado        Prioridad: Media       Categoría: Aplicaciones > ERP
Solicitante: Lucía Fernández (sucursal Málaga)
Técnico asignado: Pablo Ruiz

--- Notas ---
12/01/2026 08:41  Lucía Fernández
Buenos días, desde el viernes el ERP me dice "usuario bloqueado".

12/01/2026 09:05  Pablo Ruiz
He desbloqueado la cuenta y te he puesto una contraseña temporal: {p1}
Al entrar te pedirá cambiarla.

12/01/2026 09:31  Lucía Fernández
Funciona, gracias. ¿La contraseña del Wi-Fi de invitados sigue siendo la misma?

12/01/2026 09:40  Pablo Ruiz
No, la cambiamos el lunes. La nueva clave del Wi-Fi de invitados es {p2}

12/01/2026 09:41  Sistema
Solicitud cerrada por el técnico. Plantilla de encuesta enviada.
"""


@doc("tawkto-chat-transcript-txt-fi", "tawk/transcripts/chat-2026-01-15-1412.txt", "website live chat transcript e-mail (finnish)")
def _(d):
    p1 = d.pw("k")
    ph = d.phone("fi", "nat")
    e = d.email("Sanna", "Heikkinen", "gmail.com", "dot")
    return f"""Chat transcript
Visitor: Sanna Heikkinen
Email: {e}
Page: https://verkkokauppa.kodinkone.fi/oma-tili
Started: 15.1.2026 14:12

[14:12] Sanna Heikkinen: Hei, en pääse kirjautumaan omalle tilille
[14:13] Aleksi (Kodinkone): Hei Sanna! Voin nollata salasanan. Onko puhelinnumerosi edelleen {ph}?
[14:13] Sanna Heikkinen: On
[14:15] Aleksi (Kodinkone): Asetin väliaikaisen salasanan: {p1} – vaihda se heti kirjautumisen jälkeen.
[14:16] Sanna Heikkinen: Kiitos, nyt toimii!
[14:16] Aleksi (Kodinkone): Mukavaa päivänjatkoa!
"""


@doc("gajim-history-export-hu", "gajim/export/it-csoport@conference.jabber.hu.txt", "xmpp client history export of a group chat (hungarian)")
def _(d):
    p1, p2 = d.pw("z"), d.pw("x")
    return f"""# Gajim history export
# Conversation: it-csoport (groupchat)
[2026-01-09 08:02:11] Kovács Péter: Sziasztok, a nyomtatószerver admin jelszavát lecseréltem.
[2026-01-09 08:02:40] Nagy Anna: Mi az új?
[2026-01-09 08:03:05] Kovács Péter: A jelszó: {p1}
[2026-01-09 08:10:17] Tóth Gábor: A mentési NAS-hoz is kellene, ott a felhasználó backup, jelszava {p2}
[2026-01-09 08:11:02] Nagy Anna: Köszi, felírtam a KeePassba és töröltem innen a jegyzetet.
"""


@doc("vk-messages-archive-html-ru", "Archive/messages/2000000012/messages0.html", "social network personal data archive messages page (russian)")
def _(d):
    p1, p2 = d.pw("w"), d.pw("k")
    return f"""<!DOCTYPE html><html><head><meta charset="windows-1251"><title>Мои сообщения</title></head><body>
<div class="wrap"><div class="page_block"><div class="ui_crumb">Беседа «Дача, семья»</div>
<div class="item"><div class="message" data-id="88410"><div class="message__header"><a href="https://vk.com/id118822">Андрей Смирнов</a>, 10 янв 2026 в 19:21:03</div>
<div>Пароль от роутера на даче поменял, теперь {p1}</div><div class="kludges"></div></div></div>
<div class="item"><div class="message" data-id="88411"><div class="message__header">Вы, 10 янв 2026 в 19:25:40</div>
<div>А от камеры у ворот какой пароль? Старый ********* не подходит</div><div class="kludges"></div></div></div>
<div class="item"><div class="message" data-id="88412"><div class="message__header"><a href="https://vk.com/id118822">Андрей Смирнов</a>, 10 янв 2026 в 19:26:12</div>
<div>Логин admin, пароль {p2}</div><div class="kludges"></div></div></div>
</div></div></body></html>
"""


@doc("uvdesk-ticket-thread-json-it", "uvdesk/api/ticket-4219-threads.json", "open source helpdesk ticket threads api response (italian)")
def _(d):
    p1, p2 = d.pw("w"), d.pw("z")
    o = {"threads": [
        {"id": 18801, "threadType": "create", "createdBy": "customer", "user": {"name": "Giulia Romano"},
         "message": "<p>Buongiorno, il gestionale del magazzino non accetta più la mia password.</p>", "createdAt": "2026-01-13T08:12:00+01:00"},
        {"id": 18804, "threadType": "reply", "createdBy": "agent", "user": {"name": "Marco Bianchi"},
         "message": f"<p>Ciao Giulia, ho reimpostato l'accesso. Nuova password provvisoria: <b>{p1}</b></p><p>Ti verrà chiesto di cambiarla.</p>", "createdAt": "2026-01-13T08:40:00+01:00"},
        {"id": 18807, "threadType": "note", "createdBy": "agent", "user": {"name": "Marco Bianchi"},
         "message": f"<p>Nota interna: utenza di servizio per lo scanner etichette = scanner01 / {p2}</p>", "createdAt": "2026-01-13T08:42:00+01:00"},
    ], "ticket": {"id": 4219, "subject": "Accesso gestionale magazzino", "status": "resolved"}}
    return J(o)


@doc("autotask-ticket-notes-csv-nl", "exports/ticket-notities-T20260114.0031.csv", "psa ticket notes export csv (dutch)")
def _(d):
    p1, p2 = d.pw("W"), d.pw("k")
    return f"""Ticket Number,Note Title,Description,Created By,Create Date,Publish
T20260114.0031,Nieuwe medewerker,"Account aangemaakt voor de nieuwe receptioniste, gebruikersnaam s.devries, tijdelijk wachtwoord {p1}",Jeroen Bakker,14-1-2026 09:12,Internal Only
T20260114.0031,Telefoon,"Voicemail-pincode ingesteld op {p2}, klant gevraagd deze te wijzigen",Jeroen Bakker,14-1-2026 09:20,All Autotask Users
T20260114.0031,Afgerond,"Werkplek klaar, wachtwoord door gebruiker gewijzigd (oude waarde ********).",Jeroen Bakker,14-1-2026 11:02,All Autotask Users
"""


@doc("seznam-mail-export-eml-cs", "posta/Re- Pristup k eshopu.eml", "webmail message saved as eml (czech)")
def _(d):
    p1, p2 = d.pw("w"), d.pw("z")
    e1 = d.email("Tomas", "Novak", "seznam.cz", "dot")
    e2 = d.email("Petra", "Dvorakova", "email.cz", "dot")
    return f"""Return-Path: <{e1}>
From: =?UTF-8?Q?Tom=C3=A1=C5=A1_Nov=C3=A1k?= <{e1}>
To: =?UTF-8?Q?Petra_Dvo=C5=99=C3=A1kov=C3=A1?= <{e2}>
Subject: =?UTF-8?Q?Re:_P=C5=99=C3=ADstup_k_eshopu?=
Date: Thu, 15 Jan 2026 10:22:41 +0100
Message-ID: <{d.hexx(16)}.{d.ri(100000, 999999)}@seznam.cz>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Ahoj Petro,

posílám přístupy do administrace eshopu:
  uživatel: petra.admin
  heslo: {p1}

FTP na hosting je stejný jako minule, jen heslo jsem změnil na {p2}.
Prosím, po přihlášení si heslo změň.

Díky, Tomáš

> Dne 14.01.2026 v 17:03 Petra Dvořáková napsal(a):
> Ahoj, můžeš mi poslat přihlašovací údaje k eshopu?
"""


@doc("dixa-conversation-export-json-da", "dixa/conversations/c-1982443.json", "customer service platform conversation export (danish)")
def _(d):
    p1 = d.pw("k")
    ph = d.phone("dk", "intl")
    e = d.email("Mette", "Jensen", "hotmail.dk", "dot")
    o = {"id": 1982443, "channel": "widgetchat", "status": "closed", "requester": {"name": "Mette Jensen", "email": e, "phone": ph},
         "messages": [
             {"author": "customer", "createdAt": "2026-01-16T13:04:10Z", "text": "Hej, jeg kan ikke logge ind på min konto efter jeg skiftede telefon."},
             {"author": "agent", "agentName": "Rasmus", "createdAt": "2026-01-16T13:06:55Z", "text": f"Hej Mette, jeg har nulstillet din adgangskode. Din midlertidige adgangskode er {p1}"},
             {"author": "customer", "createdAt": "2026-01-16T13:08:20Z", "text": "Tak, det virker nu!"}]}
    return J(o)


@doc("garoon-message-csv-ja", "garoon/messages-export-202601.csv", "groupware message export csv (japanese)")
def _(d):
    p1, p2 = d.pw("z"), d.pw("x")
    return f"""作成日時,差出人,宛先,標題,本文
2026/01/19 09:12,佐藤 健,総務部,会議室予約システムの件,"会議室予約システムの管理者パスワードを変更しました。新しいパスワードは {p1} です。"
2026/01/19 09:30,鈴木 花子,佐藤 健,Re: 会議室予約システムの件,"ありがとうございます。複合機のスキャン用アカウント（scan01）のパスワードも教えてください。"
2026/01/19 09:41,佐藤 健,鈴木 花子,Re: Re: 会議室予約システムの件,"scan01 のパスワードは {p2} です。社外には送らないでください。"
"""


@doc("imessage-exporter-txt-sv", "imessage_export/+46 70 mamma.txt", "messages exporter text output of a family thread (swedish)")
def _(d):
    p1, p2 = d.pw("s"), d.pw("k")
    ph = d.phone("se", "intl")
    return f"""Jan 11, 2026  6:02:11 PM (Read by you after 2 minutes)
{ph}
Hej! Vad var lösenordet till Netflix nu igen?

Jan 11, 2026  6:05:40 PM
Me
Det är {p1} 😊

Jan 11, 2026  6:06:02 PM (Read by you after 1 minute)
{ph}
Tack! Och wifi hos er i stugan?

Jan 11, 2026  6:09:31 PM
Me
Nätverket heter Stugan5G och koden är {p2}
"""
