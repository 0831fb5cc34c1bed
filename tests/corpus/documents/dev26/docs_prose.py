"""People writing passwords and secrets (and contact details) in mail, tickets and chats, in many languages."""
from registry import doc


@doc("thunderbird-mbox-de", "Mail/Local Folders/IT-Umzug.mbox", "mail client mbox folder (german)")
def _(d):
    return d.T('''From - Mon Jan 19 09:14:02 2026
X-Mozilla-Status: 0001
X-Mozilla-Status2: 00000000
Return-Path: <⟨em:work#a⟩>
From: Jonas Fischer <⟨=a⟩>
To: Lena Wagner <⟨em:work#b⟩>
Subject: Zugang zum neuen NAS
Date: Mon, 19 Jan 2026 09:12:44 +0100
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hallo Lena,

das NAS im Büro ist jetzt eingerichtet. Dein Benutzer ist "lwagner", das
Passwort lautet ⟨pw:h⟩ – bitte nach der ersten Anmeldung ändern.

Für die Scanner-Freigabe gilt weiterhin das alte Kennwort (********), das
ändere ich am Wochenende.

Bei Fragen: ⟨ph:de⟩

Gruß
Jonas

From - Mon Jan 19 10:02:17 2026
X-Mozilla-Status: 0001
X-Mozilla-Status2: 00000000
From: Lena Wagner <⟨=b⟩>
To: Jonas Fischer <⟨=a⟩>
Subject: Re: Zugang zum neuen NAS
Date: Mon, 19 Jan 2026 10:01:55 +0100
Content-Type: text/plain; charset=UTF-8

Danke! Neues Passwort ist gesetzt. Der API-Schlüssel für das Backup-Tool
steht übrigens noch im Ticket: ⟨gs:an32⟩ – kannst du den bitte rotieren?

Lena
''')


@doc("apple-mail-emlx-fr", "Library/Mail/V10/Messages/48213.emlx", "apple mail emlx message (french)")
def _(d):
    body = d.T('''Return-Path: <⟨em:work#a⟩>
From: =?utf-8?Q?Aur=C3=A9lie_Dubois?= <⟨=a⟩>
To: ⟨em:person⟩
Subject: =?utf-8?Q?Acc=C3=A8s_au_portail_fournisseur?=
Date: Tue, 20 Jan 2026 08:41:09 +0100
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Bonjour Marc,

Voici vos accès au portail fournisseur :
  identifiant : marc.rossi
  mot de passe : ⟨pw:w⟩

Le mot de passe provisoire envoyé la semaine dernière (********) a été désactivé.
Pour la connexion SFTP, la clé d'API est ⟨gs:hex40⟩.

N'hésitez pas à m'appeler au ⟨ph:fr⟩.

Cordialement,
Aurélie
''')
    return f"{len(body.encode())}\n{body}<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>flags</key><integer>8590195713</integer></dict></plist>\n"


@doc("zammad-ticket-articles-json", "zammad/ticket-31877-articles.json", "help desk ticket articles api response (spanish)")
def _(d):
    return d.T('''[
  {
    "id": 118204,
    "ticket_id": 31877,
    "type": "email",
    "sender": "Customer",
    "from": "Lucía Reyes <⟨em:person#c⟩>",
    "to": "⟨em:role⟩",
    "subject": "No puedo entrar en la tienda online",
    "body": "Hola, desde ayer no puedo entrar. Mi usuario es lucia.reyes y la contraseña que uso es ⟨pw:h|json⟩. Mi teléfono: ⟨ph:es⟩. Gracias.",
    "content_type": "text/plain",
    "created_at": "2026-01-19T11:02:44.512Z"
  },
  {
    "id": 118231,
    "ticket_id": 31877,
    "type": "note",
    "sender": "Agent",
    "internal": true,
    "body": "La cuenta estaba bloqueada. He puesto una contraseña temporal: ⟨pw:w|json⟩ (la cliente debe cambiarla). Ojo: nunca pedir la contraseña por correo.",
    "created_at": "2026-01-19T11:20:03.118Z"
  }
]
''')


@doc("osticket-thread-print-txt", "osticket/ticket-558201-print.txt", "help desk ticket thread printout (italian)")
def _(d):
    return d.T('''Ticket #558201 — Accesso VPN per il nuovo collega
Stato: Chiuso     Priorità: Normale     Reparto: IT
Creato: 19/01/2026 08:55

----------------------------------------------------------------------
19/01/2026 08:55  Giulia Rossi <⟨em:work#g⟩>
Ciao, domani inizia Matteo. Potete creargli l'utenza VPN? Cellulare: ⟨ph:es⟩

----------------------------------------------------------------------
19/01/2026 10:14  Supporto IT (risposta)
Fatto. Utente: m.bianchi
Password iniziale: ⟨pw:w⟩
Chiave condivisa (PSK) del profilo L2TP: ⟨pw:a⟩
Al primo accesso verrà chiesto di cambiarla.

----------------------------------------------------------------------
19/01/2026 10:31  Giulia Rossi
Grazie mille! Gliela passo a voce.
''')


@doc("tiledesk-conversation-messages-json", "tiledesk/request-77120-messages.json", "live chat support request messages (portuguese)")
def _(d):
    return d.T('''{
  "payload": [
    {
      "id": 5512011,
      "content": "Oi! Não consigo acessar o painel. Meu e-mail é ⟨em:person⟩ e a senha ⟨pw:h|json⟩ não funciona mais.",
      "message_type": 0,
      "created_at": 1768823011,
      "sender": { "type": "contact", "name": "Beatriz Lima", "phone_number": "⟨ph:es⟩" }
    },
    {
      "id": 5512044,
      "content": "Olá Beatriz! Redefini a senha. A nova senha provisória é ⟨pw:w|json⟩ — troque após o login, por favor.",
      "message_type": 1,
      "private": false,
      "created_at": 1768823299
    },
    {
      "id": 5512051,
      "content": "Nota interna: token da integração do webhook dela = ⟨gs:hex40|json⟩ (rotacionar)",
      "message_type": 1,
      "private": true,
      "created_at": 1768823350
    }
  ]
}
''')


@doc("zoho-cliq-chat-export-txt", "wire/eksport-zespol-it.txt", "team messenger text export (polish)")
def _(d):
    return d.T('''[19.01.2026, 08:02] Tomasz Nowak: hej, ktoś ma hasło do routera w magazynie?
[19.01.2026, 08:05] Ewa Kowalska: login admin, hasło ⟨pw:n⟩
[19.01.2026, 08:05] Ewa Kowalska: tylko nie zmieniaj, drukarki się potem nie łączą
[19.01.2026, 08:11] Tomasz Nowak: dzięki. a klucz API do kurierów?
[19.01.2026, 08:12] Ewa Kowalska: ⟨gs:an40⟩
[19.01.2026, 08:12] Ewa Kowalska: (stary był xxxxxxxx, już wyłączony)
[19.01.2026, 08:30] Tomasz Nowak: ok, jakby co dzwoń ⟨ph:pl⟩
''')


@doc("kayako-case-export-xml", "kayako/case-90412.xml", "help desk case export xml (czech)")
def _(d):
    return d.T('''<?xml version="1.0" encoding="UTF-8"?>
<case id="90412">
  <subject>Nefunguje přihlášení do e-shopu</subject>
  <requester name="Petr Novák" email="⟨em:person⟩" phone="⟨ph:pl⟩"/>
  <posts>
    <post id="1" created="2026-01-19T09:40:11+01:00" creator="customer">
      <contents>Dobrý den, zapomněl jsem heslo. Staré heslo bylo ⟨pw:q|xml⟩, možná jsem ho špatně zadal.</contents>
    </post>
    <post id="2" created="2026-01-19T10:05:48+01:00" creator="staff">
      <contents>Dobrý den, nastavil jsem dočasné heslo: ⟨pw:w|xml⟩ . Po přihlášení si jej prosím změňte.</contents>
    </post>
  </posts>
</case>
''')


@doc("flock-channel-export-json", "flock/altyapi-2026-01.json", "team chat channel export (turkish)")
def _(d):
    return d.T('''[
  {"from": "Emre Yılmaz", "ts": "2026-01-19T07:44:10Z", "text": "Yeni sunucunun root şifresi: ⟨pw:a|json⟩"},
  {"from": "Ayşe Demir", "ts": "2026-01-19T07:45:31Z", "text": "Teşekkürler. Grafana için de API anahtarı lazım"},
  {"from": "Emre Yılmaz", "ts": "2026-01-19T07:47:02Z", "text": "Eskisi iptal edildi. Yenisi: ⟨gs:glsa_~an40|json⟩"},
  {"from": "Ayşe Demir", "ts": "2026-01-19T07:50:20Z", "text": "Veritabanı şifresi hâlâ ⟨pw:w|json⟩ mi?"},
  {"from": "Emre Yılmaz", "ts": "2026-01-19T07:51:45Z", "text": "Evet, cuma değiştireceğim"}
]
''')


@doc("chatwork-room-messages-json", "chatwork/room-219001-messages.json", "business chat room messages api response (japanese)")
def _(d):
    return d.T('''[
  {
    "message_id": "1768811204001",
    "account": {"account_id": 3120044, "name": "佐藤 健"},
    "body": "[To:3120089]田中さん\\n検証環境のDBパスワードを共有します。\\nユーザー: app_stg\\nパスワード: ⟨pw:n|json⟩\\n本番は別途お伝えします。",
    "send_time": 1768811204
  },
  {
    "message_id": "1768811389002",
    "account": {"account_id": 3120089, "name": "田中 美咲"},
    "body": "ありがとうございます！外部APIのキーも教えていただけますか？",
    "send_time": 1768811389
  },
  {
    "message_id": "1768811450003",
    "account": {"account_id": 3120044, "name": "佐藤 健"},
    "body": "APIキー: ⟨gs:hex48|json⟩ です。チャットに残さないよう後で削除してください。",
    "send_time": 1768811450
  }
]
''')


@doc("dingtalk-group-messages-json", "dingtalk/运维群-2026-01-19.json", "work chat group message export (chinese)")
def _(d):
    return d.T('''{"conversation":"运维群","messages":[
{"sender":"王伟","time":"2026-01-19 09:02:11","content":"新的堡垒机账号已经开好了，用户名 zhangli，初始密码 ⟨pw:h|json⟩"},
{"sender":"张丽","time":"2026-01-19 09:05:40","content":"收到，谢谢！对象存储的 SecretKey 是多少？"},
{"sender":"王伟","time":"2026-01-19 09:06:12","content":"AccessKeyId 是 LTAI⟨an:20⟩，AccessKeySecret：⟨gs:an30|json⟩ ，用完记得删消息"},
{"sender":"张丽","time":"2026-01-19 09:07:03","content":"好的，手机 +86 138 **** 0000 不方便接电话，有事发消息"}
]}
''')


@doc("vk-workspace-chat-export-html", "export/messages/chat_7712/messages1.html", "messenger chat export html (russian)")
def _(d):
    return d.T('''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Чат «Склад — ИТ»</title></head>
<body>
<div class="message"><div class="from">Алексей Смирнов</div><div class="date">19.01.2026 10:02</div>
<div class="text">Коллеги, пароль от Wi-Fi на складе поменяли, новый: <b>⟨pw:w|xml⟩</b></div></div>
<div class="message"><div class="from">Ольга Иванова</div><div class="date">19.01.2026 10:05</div>
<div class="text">А от терминала сбора данных? Там был ******</div></div>
<div class="message"><div class="from">Алексей Смирнов</div><div class="date">19.01.2026 10:07</div>
<div class="text">Логин sklad, пароль ⟨pw:n|xml⟩. И токен для API 1С: ⟨gs:b64u40⟩</div></div>
<div class="message"><div class="from">Ольга Иванова</div><div class="date">19.01.2026 10:08</div>
<div class="text">Спасибо! Мой рабочий: ⟨em:work⟩</div></div>
</body></html>
''')


@doc("briar-messenger-export-txt", "threema/Chat mit Mads.txt", "secure messenger chat export (danish)")
def _(d):
    return d.T('''[19/01/2026 07:58] Mads Jensen: Godmorgen! Koden til alarmen på lageret er ændret
[19/01/2026 07:58] Mads Jensen: Ny adgangskode til alarm-appen: ⟨pw:h⟩
[19/01/2026 08:01] Sofie Nielsen: Tak! Og kodeordet til kassesystemet?
[19/01/2026 08:02] Mads Jensen: samme som før, ⟨pw:w⟩
[19/01/2026 08:03] Sofie Nielsen: 👍 ring hvis der er noget: ⟨ph:dk⟩
''')


@doc("delta-chat-export-md", "signal-export/Drift/chat.md", "messenger desktop export in markdown (norwegian)")
def _(d):
    return d.T('''# Drift

[2026-01-19 06:51] Kari Nordmann: Serveren på hytta er oppe igjen
[2026-01-19 06:52] Ole Hansen: Bra! Hva er passordet til admin-panelet nå?
[2026-01-19 06:53] Kari Nordmann: passord: ⟨pw:w⟩
[2026-01-19 06:53] Kari Nordmann: og API-nøkkelen til værstasjonen er ⟨gs:hex32⟩
[2026-01-19 06:55] Ole Hansen: takk, jeg ringer deg på ⟨ph:no⟩ i kveld
''')


@doc("trello-card-comments-json", "trello/card-5f2a-comments.json", "kanban card comment actions export (finnish)")
def _(d):
    return d.T('''[
  {
    "id": "⟨hex:24⟩",
    "type": "commentCard",
    "date": "2026-01-19T08:14:22.118Z",
    "memberCreator": {"fullName": "Mikko Virtanen", "username": "mikkov"},
    "data": {"text": "Testipalvelimen tunnukset: käyttäjä deploy, salasana ⟨pw:h|json⟩. Tuotannon salasana on Bitwardenissa."}
  },
  {
    "id": "⟨hex:24⟩",
    "type": "commentCard",
    "date": "2026-01-19T08:40:03.552Z",
    "memberCreator": {"fullName": "Aino Korhonen", "username": "ainok"},
    "data": {"text": "Maksupalvelun salainen avain (secret key) vaihdettu: ⟨gs:an40|json⟩ – poistan tämän kommentin huomenna. Puh. ⟨ph:fi⟩"}
  }
]
''')


@doc("twake-chat-export-txt", "basecamp/lagret-campfire-2026-01-19.txt", "project chat transcript (swedish)")
def _(d):
    return d.T('''Campfire: Lagret – måndag 19 januari 2026

07:31  Elin Holm: God morgon! Någon som vet lösenordet till etikettskrivaren?
07:33  Viktor Lind: Det är ⟨pw:h⟩ (samma som i fjol, ska bytas)
07:34  Elin Holm: Tack! Och inloggningen till fraktportalen?
07:36  Viktor Lind: användare lagret@, lösen ⟨pw:w⟩
07:36  Viktor Lind: API-nyckeln för fraktbokningen ligger i 1Password, men här: ⟨gs:an36⟩
07:40  Elin Holm: Perfekt. Jag är på ⟨ph:se.nat⟩ om något strular.
07:52  Viktor Lind: Observera att det gamla lösenordet ******** inte funkar längre.
''')


@doc("once-campfire-room-export-json", "Takeout/Google Chat/Groups/Space AAAAq1w2e3r/messages.json", "workspace chat takeout messages (english)")
def _(d):
    return d.T('''{
  "messages": [
    {
      "creator": {"name": "Megan Hughes", "email": "⟨em:work#m⟩", "user_type": "Human"},
      "created_date": "Monday, January 19, 2026 at 9:02:11 AM UTC",
      "text": "the shared mailbox password got reset, it's now ⟨pw:w|json⟩",
      "topic_id": "⟨an:11⟩"
    },
    {
      "creator": {"name": "Ryan Kelly", "email": "⟨em:work⟩", "user_type": "Human"},
      "created_date": "Monday, January 19, 2026 at 9:04:40 AM UTC",
      "text": "thanks. also the courier API secret expired, new client secret is ⟨gs:an40|json⟩ (client id ⟨uuid⟩)",
      "topic_id": "⟨an:11⟩"
    },
    {
      "creator": {"name": "Megan Hughes", "email": "⟨=m⟩", "user_type": "Human"},
      "created_date": "Monday, January 19, 2026 at 9:05:02 AM UTC",
      "text": "please delete that from chat after you've saved it",
      "topic_id": "⟨an:11⟩"
    }
  ]
}
''')


@doc("front-app-conversation-export", "front/cnv_5k3a9x-export.txt", "shared inbox conversation export (arabic)")
def _(d):
    return d.T('''المحادثة: تعذّر الدخول إلى بوابة الموردين
التاريخ: 2026-01-19

من: عمر حسن <⟨em:person⟩>
مرحباً، لا أستطيع الدخول. اسم المستخدم omar.hassan وكلمة المرور ⟨pw:h⟩ لا تعمل.
رقم الجوال: ⟨ph:uk⟩

من: فريق الدعم
تمت إعادة تعيين الحساب. كلمة المرور المؤقتة: ⟨pw:w⟩
يرجى تغييرها بعد تسجيل الدخول.
''')
