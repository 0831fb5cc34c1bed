"""People writing secrets: chats, tickets, mails and transcripts in many languages."""
from registry import doc
from core import asciify


@doc('element-desktop-chat-export-html', 'Element Export/Raum IT-Team - 2026-01-19.html', 'matrix client chat export html (german)')
def element(d):
    a, b, c = d.person('de'), d.person('de'), d.person('de')
    return d.T('''<!DOCTYPE html>
<html>
<head><meta charset="utf-8"/><title>Exportierter Chat: IT-Team</title>
<link href="css/style.css" rel="stylesheet"/></head>
<body>
<div class="mx_Export_EventWrapper">
<h1>IT-Team</h1>
<p class="mx_Export_info">Dies ist der Beginn des Exports von <b>IT-Team</b>. Exportiert von ⟨$a⟩ am 19.01.2026</p>
<ol class="mx_RoomView_MessageList">
<li class="mx_EventTile"><div class="mx_EventTile_senderDetails">⟨$a⟩</div><div class="mx_EventTile_line"><span class="mx_MTextBody">Moin! Der neue Drucker im 2. OG ist eingerichtet. Web-Oberfläche: http://10.10.2.40, Benutzer admin, Passwort ⟨pw:w|xmltext⟩</span><span class="mx_MessageTimestamp">08:12</span></div></li>
<li class="mx_EventTile"><div class="mx_EventTile_senderDetails">⟨$b⟩</div><div class="mx_EventTile_line"><span class="mx_MTextBody">Danke. Und das Gäste-WLAN hat seit heute ein neues Kennwort: <code>⟨pw:p|xmltext⟩</code> – bitte nicht ins öffentliche Wiki schreiben 🙈</span><span class="mx_MessageTimestamp">08:15</span></div></li>
<li class="mx_EventTile"><div class="mx_EventTile_senderDetails">⟨$c⟩</div><div class="mx_EventTile_line"><span class="mx_MTextBody">Kann mir jemand den API-Key für das Ticketsystem schicken? Der alte (endet auf …3f1a) geht nicht mehr.</span><span class="mx_MessageTimestamp">08:31</span></div></li>
<li class="mx_EventTile"><div class="mx_EventTile_senderDetails">⟨$a⟩</div><div class="mx_EventTile_line"><span class="mx_MTextBody">Hier, Schreibrechte nur für Queue "Support": <code>⟨gs:an40⟩</code></span><span class="mx_MessageTimestamp">08:33</span></div></li>
<li class="mx_EventTile"><div class="mx_EventTile_senderDetails">⟨$b⟩</div><div class="mx_EventTile_line"><span class="mx_MTextBody">Bitte sowas in Zukunft über Vaultwarden teilen, ja? 😅 Ich rotiere den Key Freitag.</span><span class="mx_MessageTimestamp">08:35</span></div></li>
<li class="mx_EventTile"><div class="mx_EventTile_senderDetails">⟨$c⟩</div><div class="mx_EventTile_line"><span class="mx_MTextBody">Ok. Bei Fragen: ⟨ph:de.mob⟩ (Handy)</span><span class="mx_MessageTimestamp">08:36</span></div></li>
</ol>
</div>
</body>
</html>
''', a=a.full, b=b.full, c=c.full)


@doc('znuny-ticket-article-print-txt', 'znuny/ticket-2026011910000172.txt', 'help desk ticket print with articles (french)')
def znuny(d):
    cust = d.person('fr')
    agent = d.person('fr')
    em = d.email(cust.first, cust.last, lang='fr')
    return d.T('''Ticket#2026011910000172 — Impossible de se connecter au VPN
==========================================================================
Créé: 19/01/2026 09:04    File: Support::Réseau    État: ouvert    Priorité: 3 normal
Client: ⟨$cust⟩ <⟨$em⟩>

--------------------------------------------------------------------------
Article #1 — De: ⟨$cust⟩ <⟨$em⟩> — 19/01/2026 09:04
--------------------------------------------------------------------------
Bonjour,

depuis ce matin je n'arrive plus à me connecter au VPN depuis la maison.
Le client affiche « échec d'authentification ». Mon identifiant est ⟨$login⟩ et
mon mot de passe est ⟨pw:w⟩ (je l'ai changé vendredi comme demandé).

Vous pouvez me joindre au ⟨ph:fr.mob⟩.

Cordialement,
⟨$cust⟩
Comptabilité

--------------------------------------------------------------------------
Article #2 — De: ⟨$agent⟩ (agent) — 19/01/2026 09:40
--------------------------------------------------------------------------
Bonjour,

merci de ne jamais envoyer votre mot de passe par e-mail. Votre compte était
verrouillé après 5 tentatives ; je l'ai débloqué et j'ai forcé un changement
de mot de passe. Mot de passe temporaire : ⟨pw:x12⟩ (à changer à la première
connexion).

Cordialement,
⟨$agent⟩ — Service informatique
''', cust=cust.full, agent=agent.full, em=em, login=asciify(cust.first)[0] + '.' + asciify(cust.last))


@doc('groove-helpdesk-conversation-json', 'groove/conversation-88213.json', 'help desk conversation api response (spanish)')
def groove(d):
    c = d.person('es')
    em = d.email(c.first, c.last, lang='es')
    return d.T('''{
  "ticket": {
    "number": 88213,
    "title": "No puedo acceder al panel de la tienda",
    "state": "opened",
    "created_at": "2026-01-19T10:22:41Z",
    "customer": { "email": "⟨$em⟩", "name": "⟨$name⟩" },
    "tags": ["tienda-online", "acceso"]
  },
  "messages": [
    {
      "author": "⟨$em⟩",
      "created_at": "2026-01-19T10:22:41Z",
      "plain_text_body": "Hola, desde la actualización no puedo entrar al panel. Usuario: tienda_⟨$login⟩, contraseña: ⟨pw:w|json⟩. También probé con la clave antigua ⟨pw:s|json⟩ y nada. Mi móvil es ⟨ph:es.mobi⟩ por si es más fácil llamar."
    },
    {
      "author": "⟨$sup⟩",
      "created_at": "2026-01-19T11:05:02Z",
      "note": false,
      "plain_text_body": "Hola ⟨$fn⟩, gracias por escribir. Por seguridad hemos restablecido tu contraseña; recibirás un enlace por correo. Por favor no compartas contraseñas por aquí."
    },
    {
      "author": "⟨$sup⟩",
      "created_at": "2026-01-19T11:06:40Z",
      "note": true,
      "plain_text_body": "Nota interna: la integración con el TPV usa esta clave de API, la regeneramos después: ⟨gs:hex40|json⟩"
    }
  ]
}
''', em=em, name=c.full, fn=c.first, login=asciify(c.first), sup=d.role_email('tiendasoporte.es', 'soporte'))


@doc('liveagent-ticket-thread-html', 'liveagent/ticket-KZT-4471.html', 'help desk ticket thread html export (italian)')
def liveagent(d):
    c = d.person('it')
    em = d.email(c.first, c.last, lang='it')
    return d.T('''<html><head><meta charset="utf-8"><title>Ticket KZT-4471</title></head>
<body>
<h2>KZT-4471 – Configurazione posta su nuovo telefono</h2>
<table class="ticket-meta">
<tr><td>Cliente</td><td>⟨$name⟩ &lt;⟨$em⟩&gt;</td></tr>
<tr><td>Telefono</td><td>⟨ph:it.mobi⟩</td></tr>
<tr><td>Reparto</td><td>Assistenza tecnica</td></tr>
</table>
<div class="message customer">
<p><b>⟨$name⟩</b> – 19/01/2026 14:02</p>
<p>Buongiorno, ho cambiato telefono e non riesco a configurare la posta aziendale.
Il server in entrata è mail.studiolegale-conti.it, utente ⟨$em⟩ e la password che uso sul computer è ⟨pw:w|xmltext⟩.
Mi dice sempre "password errata". Potete aiutarmi?</p>
</div>
<div class="message agent">
<p><b>Supporto</b> – 19/01/2026 14:20</p>
<p>Gentile ⟨$fn⟩, sul telefono va usata una password per le app, non quella principale.
L'abbiamo generata per lei: <b>⟨pw:l|xmltext⟩</b>. La inserisca al posto della password normale.
Le consigliamo inoltre di cambiare la password principale, visto che è stata scritta qui.</p>
</div>
</body></html>
''', name=c.full, fn=c.first, em=em)


@doc('tawk-chat-transcript-email', 'mail/tawk-transcript-20260119.eml', 'live chat transcript e-mail (dutch)')
def tawk(d):
    v = d.person('nl')
    em = d.email(v.first, v.last, lang='nl')
    return d.T('''Return-Path: <⟨$ntf⟩>
Received: from mx.tawk.to (mx.tawk.to [192.0.2.41]) by mail.fietsenmaker-bakker.nl
Date: Mon, 19 Jan 2026 16:48:02 +0000
From: tawk.to <⟨$ntf⟩>
To: ⟨$shop⟩
Subject: Chat Transcript: ⟨$name⟩
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Chat transcript
Visitor: ⟨$name⟩
Email: ⟨$em⟩
Phone: ⟨ph:nl.mobi⟩
Country: Netherlands
Page: https://www.fietsenmaker-bakker.nl/account/login

[16:31] ⟨$name⟩: Hoi, ik kom niet meer in mijn account om mijn reparatie te volgen
[16:32] Bakker Fietsen: Hallo! Met welk e-mailadres heeft u zich geregistreerd?
[16:32] ⟨$name⟩: ⟨$em⟩
[16:33] ⟨$name⟩: wachtwoord is ⟨pw:s⟩ maar dat werkt niet meer
[16:35] Bakker Fietsen: Dank u. Ik heb een resetlink gestuurd. Deel uw wachtwoord liever niet in de chat 🙂
[16:36] ⟨$name⟩: ok sorry. nieuwe wachtwoord wordt dan ⟨pw:w⟩ haha
[16:36] Bakker Fietsen: Kies alstublieft een ander dan wat u hier typt!
[16:40] ⟨$name⟩: gelukt, bedankt

--
This transcript was sent by tawk.to
''', name=v.full, em=em, ntf=d.role_email('tawk.to', 'notifications'), shop=d.role_email('fietsenmaker-bakker.nl', 'info'))


@doc('userlike-chat-transcript-json', 'userlike/chat-55102.json', 'website chat transcript api export (austrian german)')
def userlike(d):
    v = d.person('de')
    em = d.email(v.first, v.last, lang='de')
    return d.T('''{
  "id": 55102,
  "created_at": "2026-01-19 09:12:44",
  "client_name": "⟨$name⟩",
  "client_email": "⟨$em⟩",
  "client_phone": "⟨ph:at.mobi⟩",
  "operator_name": "Sabine",
  "topic": "Onlinebanking Firmenkunden",
  "transcript": [
    { "from": "client", "time": "09:12:44", "text": "Grüß Gott, ich komme in die Firmen-Webbox nicht hinein." },
    { "from": "operator", "time": "09:13:10", "text": "Guten Morgen! Welche Fehlermeldung sehen Sie?" },
    { "from": "client", "time": "09:14:02", "text": "\\"Verfüger gesperrt\\". Ich hab dreimal das Passwort ⟨pw:w|json⟩ probiert, das stimmt aber sicher." },
    { "from": "operator", "time": "09:15:30", "text": "Bitte schreiben Sie Ihr Passwort niemals in den Chat. Ich entsperre den Verfüger, Sie bekommen ein Einmalpasswort per SMS." },
    { "from": "client", "time": "09:19:51", "text": "SMS ist da: 481 220. Neues Passwort hab ich jetzt ⟨pw:w|json⟩ gesetzt, passt das so?" },
    { "from": "operator", "time": "09:20:20", "text": "Das Einmalpasswort ist bereits verbraucht. Bitte ändern Sie das neue Passwort noch einmal, da es hier sichtbar war." }
  ],
  "rating": 4
}
''', name=v.full, em=em)


@doc('reddit-homelab-comment-json', 'reddit/t1_comments-homelab.json', 'discussion forum comments api json (english)')
def reddit(d):
    return d.T('''{
  "kind": "Listing",
  "data": {
    "children": [
      {
        "kind": "t1",
        "data": {
          "subreddit": "homelab",
          "author": "fjordlab_nerd",
          "created_utc": 1768836120.0,
          "body": "Here's my compose for the *arr stack + gluetun, maybe it helps:\\n\\n```\\nservices:\\n  gluetun:\\n    image: qmcgaw/gluetun\\n    environment:\\n      - VPN_SERVICE_PROVIDER=mullvad\\n      - WIREGUARD_PRIVATE_KEY=⟨gs:b64_32|json⟩\\n      - WIREGUARD_ADDRESSES=10.66.12.8/32\\n  qbittorrent:\\n    image: lscr.io/linuxserver/qbittorrent\\n    environment:\\n      - WEBUI_PASSWORD=⟨pw:w|json⟩\\n```\\n\\nEdit: yes I know, I'll rotate the key lol",
          "score": 14,
          "id": "⟨az:7⟩"
        }
      },
      {
        "kind": "t1",
        "data": {
          "subreddit": "homelab",
          "author": "rackmount_ronja",
          "created_utc": 1768837011.0,
          "body": "You just posted your WireGuard private key. Regenerate it in your Mullvad account *now*. Also the placeholder in the docs is `WIREGUARD_PRIVATE_KEY=wOEI9rqqbDwnN8/Bpp22sVz48T71vJ4fYmFWujulwUU=`, no need to post your own.",
          "score": 52,
          "id": "⟨az:7⟩"
        }
      },
      {
        "kind": "t1",
        "data": {
          "subreddit": "homelab",
          "author": "pihole_pete",
          "created_utc": 1768840222.0,
          "body": "For Pi-hole I just do `pihole setpassword` and then the API token is in settings. Mine is ⟨gs:hex64|json⟩ if anyone wants to test lol (it's behind tailscale so whatever)",
          "score": -3,
          "id": "⟨az:7⟩"
        }
      }
    ]
  }
}
''').replace('wOEI9rqqbDwnN8/Bpp22sVz48T71vJ4fYmFWujulwUU=', d.X('wOEI9rqqbDwnN8/Bpp22sVz48T71vJ4fYmFWujulwUU='))


@doc('wecom-group-chat-export-txt', 'wecom/运维值班群-20260119.txt', 'enterprise wechat group chat export (chinese)')
def wecom(d):
    a, b, c = d.person('zh'), d.person('zh'), d.person('zh')
    na, nb, nc = a.last + a.first, b.last + b.first, c.last + c.first
    return d.T('''群聊：运维值班群
导出时间：2026-01-19 18:30

2026-01-19 09:02:11 ⟨$na⟩
早，今天我值班。跳板机换了新密码：⟨pw:x16⟩ ，旧的已经作废。

2026-01-19 09:05:40 ⟨$nb⟩
收到。数据库从库的只读账号 report 密码也改了吗？

2026-01-19 09:06:02 ⟨$na⟩
改了，report / ⟨pw:w⟩

2026-01-19 10:47:19 ⟨$nc⟩
短信网关的 AppSecret 过期了，新的是 ⟨gs:hex32⟩ ，AppKey 不变 ⟨int:8⟩

2026-01-19 10:48:55 ⟨$nb⟩
以后敏感信息请发到密码管理器，不要发群里 🙏

2026-01-19 11:30:03 ⟨$na⟩
好的。有急事打我电话 ⟨ph:cn.mobi⟩
''', na=na, nb=nb, nc=nc)


@doc('typetalk-topic-messages-json', 'typetalk/topic-48821-messages.json', 'team chat topic messages api response (japanese)')
def typetalk(d):
    a, b = d.person('ja'), d.person('ja')
    return d.T('''{
  "topic": { "id": 48821, "name": "インフラ連絡", "lastPostedAt": "2026-01-19T08:41:12Z" },
  "posts": [
    {
      "id": 90311001,
      "account": { "name": "⟨$a⟩" },
      "message": "本番の監視ツール、管理者パスワードを変更しました。新しいパスワード：⟨pw:x16|json⟩ です。",
      "createdAt": "2026-01-19T08:12:40Z"
    },
    {
      "id": 90311017,
      "account": { "name": "⟨$b⟩" },
      "message": "ありがとうございます。あと、外部APIのシークレット（決済連携）も共有お願いします。",
      "createdAt": "2026-01-19T08:20:03Z"
    },
    {
      "id": 90311033,
      "account": { "name": "⟨$a⟩" },
      "message": "client_secret=⟨gs:an48|json⟩ です。後でVaultに移します。緊急時は携帯 ⟨ph:jp.mob⟩ まで。",
      "createdAt": "2026-01-19T08:41:12Z"
    }
  ]
}
''', a=a.last + ' ' + a.first, b=b.last + ' ' + b.first)


@doc('viva-engage-thread-export-csv', 'engage/Messages-IT-drift.csv', 'enterprise social network thread export csv (norwegian)')
def viva(d):
    a, b, c = d.person('no'), d.person('no'), d.person('no')
    ea = d.email(a.first, a.last, 'fjordlogistikk.no')
    eb = d.email(b.first, b.last, 'fjordlogistikk.no')
    ec = d.email(c.first, c.last, 'fjordlogistikk.no')
    return d.T('''id,replied_to_id,thread_id,group_name,sender_name,sender_email,body,created_at
⟨int:10#t⟩,,⟨=t⟩,IT-drift,⟨$a⟩,⟨$ea⟩,"Hei alle! Nytt passord på felleskontoen for skanneren i lageret: ⟨pw:w⟩ (gjelder fra i dag)",2026-01-19 07:55:12
⟨int:10⟩,⟨=t⟩,⟨=t⟩,IT-drift,⟨$b⟩,⟨$eb⟩,"Takk! Og wifi for gjester i resepsjonen?",2026-01-19 08:02:40
⟨int:10⟩,⟨=t⟩,⟨=t⟩,IT-drift,⟨$a⟩,⟨$ea⟩,"Gjeste-wifi: FjordGjest / ⟨pw:s⟩",2026-01-19 08:03:15
⟨int:10⟩,⟨=t⟩,⟨=t⟩,IT-drift,⟨$c⟩,⟨$ec⟩,"Husk at denne gruppa er synlig for innleide også. Passord hører hjemme i passordhvelvet, ikke her.",2026-01-19 08:20:44
⟨int:10⟩,⟨=t⟩,⟨=t⟩,IT-drift,⟨$a⟩,⟨$ea⟩,"Beklager! Ring meg på ⟨ph:no.mobi⟩ hvis noe ikke virker.",2026-01-19 08:22:01
''', a=a.full, b=b.full, c=c.full, ea=ea, eb=eb, ec=ec)


@doc('google-groups-takeout-mbox', 'Takeout/Groups/bestyrelsen/messages.mbox', 'mailing list archive mbox (danish)')
def ggroups(d):
    a, b = d.person('da'), d.person('da')
    ea = d.email(a.first, a.last, lang='da')
    eb = d.email(b.first, b.last, lang='da')
    grp = d.role_email('andelsforeningen-solhaven.dk', 'bestyrelsen')
    return d.T('''From 1768800112 Mon Jan 19 06:41:52 2026
X-GM-THRID: ⟨int:19⟩
X-Gmail-Labels: Bestyrelsen
From: ⟨$a⟩ <⟨$ea⟩>
To: ⟨$grp⟩
Subject: Adgang til foreningens hjemmeside og MobilePay
Date: Mon, 19 Jan 2026 07:41:52 +0100
Message-ID: <⟨hex:16⟩@mail.gmail.com>
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

Hej bestyrelse,

som aftalt på mødet sender jeg adgangen til hjemmesiden, så kassereren også
kan lægge referater op:

  https://www.andelsforeningen-solhaven.dk/wp-admin
  bruger: bestyrelsen
  adgangskode: ⟨pw:w⟩

MobilePay MyShop-loginnet er det samme som før, men koden er skiftet til
⟨pw:s⟩. Ring på ⟨ph:dk.mobi⟩ hvis noget driller.

Mvh
⟨$a⟩
Formand

From 1768812001 Mon Jan 19 09:58:21 2026
From: ⟨$b⟩ <⟨$eb⟩>
To: ⟨$grp⟩
Subject: Re: Adgang til foreningens hjemmeside og MobilePay
Date: Mon, 19 Jan 2026 10:58:21 +0100
Content-Type: text/plain; charset="UTF-8"

Tak! Jeg har skiftet adgangskoden til hjemmesiden med det samme, da listen
arkiveres. Den nye ligger i vores fælles password-manager.

/⟨$bf⟩

> adgangskode: [fjernet]
''', a=a.full, b=b.full, bf=b.first, ea=ea, eb=eb, grp=grp)


@doc('whisper-srt-support-call-transcript', 'samtal/2026-01-19_1412_kundtjanst.srt', 'automatic speech recognition subtitle transcript of a support call (swedish)')
def whisper(d):
    pw = d.pw('s')
    return d.T('''1
00:00:00,000 --> 00:00:04,200
Kundtjänst, Bredbandsbolaget i Mälardalen, du pratar med Jonna.

2
00:00:04,200 --> 00:00:09,800
Hej, jag heter ⟨name:sv⟩, jag kommer inte in på mitt konto på Mina sidor.

3
00:00:09,800 --> 00:00:14,100
Okej, då kan jag hjälpa dig. Vilket personnummer gäller det?

4
00:00:14,100 --> 00:00:19,600
Det är ⟨pnr:long-@1950-1998⟩.

5
00:00:19,600 --> 00:00:25,300
Tack. Och du har provat att återställa lösenordet?

6
00:00:25,300 --> 00:00:32,000
Ja, men mejlet kommer aldrig. Lösenordet jag har använt är ⟨$pw⟩, med stor bokstav först.

7
00:00:32,000 --> 00:00:38,500
Jag ser att kontot är låst. Jag skickar en länk via sms till ⟨ph:se.mob⟩, stämmer det numret?

8
00:00:38,500 --> 00:00:41,200
Ja, det stämmer.

9
00:00:41,200 --> 00:00:47,900
Då ska den komma nu. Och tänk på att välja ett nytt lösenord, eftersom du sa det högt här.
''', pw=d.L('password', pw))


@doc('gitter-room-archive-json', 'gitter/archive-devops-pl.json', 'developer chat room archive json (polish)')
def gitter(d):
    return d.T('''[
  {
    "id": "⟨hex:24⟩",
    "text": "Cześć, ktoś ma dostęp do Jenkinsa na stagingu? Potrzebuję odpalić build.",
    "sent": "2026-01-19T09:01:12.441Z",
    "fromUser": { "username": "kuba-dev", "displayName": "⟨name:pl⟩" }
  },
  {
    "id": "⟨hex:24⟩",
    "text": "Login: ci-staging, hasło: ⟨pw:w|json⟩",
    "sent": "2026-01-19T09:03:40.120Z",
    "fromUser": { "username": "ola-ops", "displayName": "⟨name:pl⟩" }
  },
  {
    "id": "⟨hex:24⟩",
    "text": "Dzięki! A token do API Jenkinsa? Mój wygasł.",
    "sent": "2026-01-19T09:05:02.005Z",
    "fromUser": { "username": "kuba-dev", "displayName": "⟨name:pl⟩" }
  },
  {
    "id": "⟨hex:24⟩",
    "text": "Użyj mojego tymczasowo: ⟨gs:hex34|json⟩ — jutro go usuwam. I serio, ten pokój jest publiczny 😬",
    "sent": "2026-01-19T09:06:31.870Z",
    "fromUser": { "username": "ola-ops", "displayName": "⟨name:pl⟩" }
  },
  {
    "id": "⟨hex:24⟩",
    "text": "Hasło do bazy testowej to nadal test/test, to akurat nie jest tajne.",
    "sent": "2026-01-19T09:08:55.003Z",
    "fromUser": { "username": "ola-ops", "displayName": "⟨name:pl⟩" }
  }
]
''')


@doc('azure-devops-work-item-comments-json', 'devops/workitem-31877-comments.json', 'work tracking item comments api response (turkish)')
def ado(d):
    a, b = d.person('tr'), d.person('tr')
    ea = d.email(a.first, a.last, 'yazilimevi-ankara.com.tr')
    return d.T('''{
  "totalCount": 3,
  "count": 3,
  "comments": [
    {
      "workItemId": 31877,
      "id": ⟨int:7⟩,
      "version": 1,
      "text": "<div>Test ortamı için SMTP ayarları: sunucu smtp.yazilimevi-ankara.com.tr, kullanıcı bildirim, şifre <b>⟨pw:w|json⟩</b></div>",
      "createdBy": { "displayName": "⟨$a⟩", "uniqueName": "⟨$ea⟩" },
      "createdDate": "2026-01-19T07:40:11.203Z"
    },
    {
      "workItemId": 31877,
      "id": ⟨int:7⟩,
      "version": 1,
      "text": "<div>Ödeme sağlayıcısının gizli anahtarı (sandbox değil, canlı!): ⟨gs:an32|json⟩ — lütfen Key Vault'a taşıyalım.</div>",
      "createdBy": { "displayName": "⟨$b⟩", "uniqueName": "⟨em:@yazilimevi-ankara.com.tr⟩" },
      "createdDate": "2026-01-19T08:02:45.877Z"
    },
    {
      "workItemId": 31877,
      "id": ⟨int:7⟩,
      "version": 2,
      "text": "<div>Key Vault'a taşındı, yorumdaki anahtar iptal edildi. Şifre de değiştirildi.</div>",
      "createdBy": { "displayName": "⟨$a⟩", "uniqueName": "⟨$ea⟩" },
      "createdDate": "2026-01-19T09:15:00.000Z"
    }
  ]
}
''', a=a.full, b=b.full, ea=ea)


@doc('nextcloud-deck-card-comments-json', 'deck/board-12-card-388-comments.json', 'kanban card comments ocs api response (czech)')
def deck(d):
    return d.T('''{
  "ocs": {
    "meta": { "status": "ok", "statuscode": 200, "message": "OK" },
    "data": [
      {
        "id": 9012,
        "objectId": 388,
        "message": "Přístup do routeru na chatě: http://192.168.8.1, uživatel admin, heslo ⟨pw:w|json⟩",
        "actorId": "petr",
        "actorDisplayName": "⟨name:cs⟩",
        "creationDateTime": "2026-01-18T19:22:10+00:00"
      },
      {
        "id": 9013,
        "objectId": 388,
        "message": "Díky. Wi-Fi na chatě je Chalupa_5G a heslo ⟨pw:p|json⟩ 👍",
        "actorId": "tereza",
        "actorDisplayName": "⟨name:cs⟩",
        "creationDateTime": "2026-01-18T19:40:51+00:00"
      },
      {
        "id": 9014,
        "objectId": 388,
        "message": "Kdyby něco, volejte ⟨ph:cz.mobi⟩.",
        "actorId": "petr",
        "actorDisplayName": "⟨name:cs⟩",
        "creationDateTime": "2026-01-18T19:41:30+00:00"
      }
    ]
  }
}
''')


@doc('missive-shared-inbox-export-txt', 'missive/conversa-suporte-4410.txt', 'shared inbox conversation export (portuguese)')
def missive(d):
    c = d.person('pt')
    em = d.email(c.first, c.last, lang='pt')
    return d.T('''Conversa: Erro ao integrar loja com ERP
Etiquetas: Suporte, Integrações
Participantes: ⟨$name⟩ <⟨$em⟩>, Equipe Suporte

---- 19 jan 2026 11:02 — ⟨$name⟩ ----
Olá, equipe!

A sincronização de pedidos parou desde sexta. Seguem os dados que vocês pediram:
- URL da loja: https://loja.cafesdoporto.pt
- Chave de API do ERP: ⟨gs:AN32⟩
- Segredo da API: ⟨gs:an48⟩
- Usuário do painel: admin.loja / senha ⟨pw:w⟩

Meu telefone: ⟨ph:pt.mobi⟩

Obrigada,
⟨$name⟩

---- 19 jan 2026 11:40 — Equipe Suporte (comentário interno) ----
@rui: cliente mandou as credenciais em texto claro. Pedi para gerar novas depois do diagnóstico.

---- 19 jan 2026 11:45 — Equipe Suporte ----
Olá ⟨$fn⟩, obrigado. Por segurança, por favor gere uma nova chave e um novo segredo de API assim que terminarmos, e troque a senha do painel.
''', name=c.full, fn=c.first, em=em)


@doc('trengo-conversation-export-json', 'trengo/ticket-700412.json', 'omnichannel inbox ticket export (finnish)')
def trengo(d):
    c = d.person('fi')
    return d.T('''{
  "id": 700412,
  "channel": { "type": "WA_BUSINESS", "title": "Asiakaspalvelu WhatsApp" },
  "contact": { "name": "⟨$name⟩", "phone": "⟨ph:fi.mobi⟩" },
  "status": "CLOSED",
  "messages": [
    { "type": "INBOUND", "created_at": "2026-01-19 12:01:22", "message": "Moi, en pääse kirjautumaan kuntosalin sovellukseen. Käyttäjätunnus on sähköpostini ja salasana ⟨pw:w|json⟩" },
    { "type": "OUTBOUND", "created_at": "2026-01-19 12:04:10", "message": "Hei ⟨$fn⟩! Älä lähetä salasanaa viestillä 🙂 Lähetin sinulle linkin salasanan vaihtamiseen." },
    { "type": "INBOUND", "created_at": "2026-01-19 12:10:54", "message": "Kiitos, vaihdoin sen, uusi on ⟨pw:s|json⟩. Toimii nyt!" },
    { "type": "NOTE", "created_at": "2026-01-19 12:11:30", "message": "Asiakas lähetti uuden salasanan, pyydetty vaihtamaan uudelleen." }
  ]
}
''', name=c.full, fn=c.first)
