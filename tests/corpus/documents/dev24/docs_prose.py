"""People writing secrets in chats, tickets and comments, in many languages."""
from core import tdoc, doc

tdoc("dingtalk-chat-export", "运维值班群-2026-01.txt", "chat export text", r'''2026-01-12 09:14  王磊: 新的测试环境数据库已经建好了
2026-01-12 09:15  王磊: 地址 10.16.3.21:3306，用户名 qa_owner，密码是 ⟨pw:a⟩
2026-01-12 09:15  陈静: 收到👍 我的手机 ⟨ph:cn⟩，有问题打我
2026-01-12 09:40  刘洋: 堡垒机的密码还是上周那个吗？
2026-01-12 09:41  王磊: 不是，已经改成 ⟨pw:w⟩ 了，别再发群里了😅
2026-01-12 10:02  陈静: 对象存储的 AccessKey: ⟨ak⟩
2026-01-12 10:02  陈静: SecretKey: ⟨sk⟩
2026-01-12 10:03  刘洋: 收到，用完我会在控制台禁用。密码占位符文档里写的是 ********，别照抄
''')

tdoc("nextcloud-talk-export", "Talk-IT-Team-2026-01.json", "chat export json", r'''[
  {"id": 18841, "actorDisplayName": "Katrin Richter", "timestamp": 1768467200, "message": "Moin! Der neue Drucker im 2. OG ist eingerichtet, Web-UI Login admin / ⟨pw:h⟩"},
  {"id": 18842, "actorDisplayName": "Tobias Becker", "timestamp": 1768467412, "message": "Danke. Für das NAS habe ich das Passwort geändert: ⟨pw:a⟩ (bitte in den Passwortsafe übernehmen)"},
  {"id": 18843, "actorDisplayName": "Katrin Richter", "timestamp": 1768467590, "message": "Erledigt. Im Safe steht jetzt nur noch „siehe Vaultwarden“."},
  {"id": 18844, "actorDisplayName": "Lukas Wolf", "timestamp": 1768468010, "message": "Kann mir jemand den API-Key fürs Ticketsystem schicken? Der alte (sk-…) ist abgelaufen"},
  {"id": 18845, "actorDisplayName": "Tobias Becker", "timestamp": 1768468122, "message": "api_key=⟨gs:an⟩ -- nur für das Skript, nicht weitergeben"},
  {"id": 18846, "actorDisplayName": "Lukas Wolf", "timestamp": 1768468200, "message": "Top, danke! Falls was ist: ⟨ph:de⟩"}
]
''')

tdoc("wire-messenger-export", "gesprek-servicedesk.txt", "chat export text", r'''[15-01-2026 08:31] Sanne Visser: Goedemorgen, ik kan niet meer inloggen op het klantportaal
[15-01-2026 08:33] Daan Bakker (servicedesk): Ik heb je wachtwoord gereset. Tijdelijk wachtwoord: ⟨pw:h⟩
[15-01-2026 08:33] Daan Bakker (servicedesk): Je moet het bij de eerste keer inloggen wijzigen.
[15-01-2026 08:35] Sanne Visser: Gelukt! Mijn nieuwe nummer is trouwens ⟨ph:nl⟩ voor de 2FA
[15-01-2026 08:40] Daan Bakker (servicedesk): Genoteerd. De wifi-sleutel voor de vergaderzaal is ⟨pw:w⟩ (staat ook op de kaart bij de deur)
[15-01-2026 08:41] Sanne Visser: 👍
[15-01-2026 09:02] Daan Bakker (servicedesk): Let op: wachtwoord: ******** in de handleiding is een voorbeeld, niet jouw wachtwoord.
''')

tdoc("workplace-chat-export", "grupo-infra-lisboa.txt", "chat export text", r'''12/01/26, 10:02 - Inês Fernandes: Bom dia! Alguém tem a senha do router da loja de Braga?
12/01/26, 10:05 - Hugo Martins: A senha de admin é ⟨pw:a⟩ — mudei ontem
12/01/26, 10:05 - Hugo Martins: e o token da API de faturação é ⟨gs:an⟩
12/01/26, 10:07 - Inês Fernandes: Obrigada! Se precisares liga-me: ⟨ph:pt⟩
12/01/26, 10:20 - Hugo Martins: Ah, o Bearer do ERP para o script de inventário: ⟨bt:an⟩
12/01/26, 10:21 - Inês Fernandes: Vou apagar estas mensagens depois 🙈
''')

tdoc("basecamp-campfire-export", "campfire-sistemas.html", "project chat export html", r'''<html><head><meta charset="utf-8"><title>Campfire – Sistemas</title></head><body>
<div class="line"><strong>Lucía García</strong> <time>13 ene 2026 9:12</time><p>¿Alguien tiene acceso al panel del hosting? Necesito renovar el certificado.</p></div>
<div class="line"><strong>Diego Moreno</strong> <time>13 ene 2026 9:15</time><p>Usuario: <code>sistemas</code>, contraseña: <code>⟨pw:w⟩</code>. Cámbiala cuando termines, por favor.</p></div>
<div class="line"><strong>Lucía García</strong> <time>13 ene 2026 9:31</time><p>Hecho. La nueva está en el gestor de contraseñas (no la pego aquí).</p></div>
<div class="line"><strong>Diego Moreno</strong> <time>13 ene 2026 10:02</time><p>Para el SFTP del proveedor: <code>sftp proveedor@⟨ip4⟩</code> con la clave ⟨pw:a⟩</p></div>
<div class="line"><strong>Nuria Díaz</strong> <time>13 ene 2026 10:40</time><p>Mi correo nuevo es ⟨em:es⟩, actualizad la lista de guardias 🙂</p></div>
</body></html>
''')

tdoc("clickup-task-comments", "task-86c1x2-comments.json", "task tracker comments export", r'''{
  "comments": [
    {"id": "90120044718", "comment_text": "Konto testowe w systemie płatności założone. Login: sklep_integracja, hasło: ⟨pw:a⟩", "user": {"username": "Michał Kamiński", "email": "⟨em:pl⟩"}, "date": "1768311021000"},
    {"id": "90120044733", "comment_text": "Klucz API do kuriera: ⟨gs:hex32⟩ (produkcyjny!)", "user": {"username": "Julia Nowak", "email": "⟨em:pl⟩"}, "date": "1768311902000"},
    {"id": "90120044790", "comment_text": "Przeniosłem oba do sejfu. W opisie zadania zostawiam tylko 'hasło: <w sejfie>'.", "user": {"username": "Michał Kamiński"}, "date": "1768313555000"}
  ]
}
''')

tdoc("happyfox-tickets", "ticket-TK00412.txt", "helpdesk ticket export", r'''Ticket #TK00412 — E-posta hesabına erişemiyorum
Durum: Çözüldü | Öncelik: Yüksek | Kategori: BT Destek
--------------------------------------------------------------
[14.01.2026 09:12] Müşteri (Ayşe Yılmaz <⟨lit:email=ayse.yilmaz@guneyteks.com.tr⟩>, tel. ⟨ph:tr⟩):
Merhaba, dün şifremi değiştirdim ama Outlook hâlâ eskisini soruyor. Eski şifre ⟨pw:h⟩ idi, yenisi ⟨pw:w⟩.

[14.01.2026 09:40] Destek (Mehmet Kaya):
Ayşe Hanım merhaba, lütfen şifrelerinizi bilet üzerinden paylaşmayın. Outlook profilini sıfırladım.
Şifre alanına ******** yazılı görünüyorsa bu normaldir.

[14.01.2026 10:05] Müşteri:
Teşekkürler, çalıştı.
''')

tdoc("zoho-desk-threads", "ticket-58213-thread.json", "helpdesk ticket thread export", r'''{
  "ticketNumber": "58213",
  "subject": "Accesso al gestionale magazzino",
  "threads": [
    {"direction": "in", "author": "Chiara Ricci", "fromEmailAddress": "⟨em:it⟩", "createdTime": "2026-01-15T08:02:11.000Z",
     "content": "Buongiorno, non riesco più ad accedere. Il mio numero è ⟨ph:it⟩, potete richiamarmi?"},
    {"direction": "out", "author": "Supporto", "createdTime": "2026-01-15T08:30:40.000Z",
     "content": "Gentile Chiara, abbiamo reimpostato l'accesso. Password provvisoria: ⟨pw:h⟩ — da cambiare al primo accesso."},
    {"direction": "in", "author": "Chiara Ricci", "createdTime": "2026-01-15T09:01:00.000Z",
     "content": "Grazie! Per l'integrazione con il corriere serve anche la chiave: ci avete mandato questa, è corretta? api_key: ⟨gs:an⟩"},
    {"direction": "out", "author": "Supporto", "createdTime": "2026-01-15T09:15:00.000Z",
     "content": "Sì, è corretta. In futuro la invieremo tramite link sicuro (https://vault.example.com/s/…)."}
  ]
}
''')

tdoc("jitbit-helpdesk", "ticket-2291.eml.txt", "helpdesk notification mail", r'''From: Helpdesk <helpdesk@example.org>
To: ⟨em:hu⟩
Subject: [#2291] VPN kapcsolat nem működik
Date: Wed, 14 Jan 2026 11:20:03 +0100
Content-Type: text/plain; charset=utf-8

Kedves Kollégák!

Az új laptopon nem csatlakozik a VPN. Felhasználó: kovacs.anna, jelszó: ⟨pw:w⟩
Próbáltam a régi jelszóval is (⟨pw:h⟩), az sem megy. Telefonon elérhető vagyok: ⟨ph:hu⟩

Üdv,
Kovács Anna
--
Válaszoljon e-mailben vagy a portálon: https://helpdesk.example.org/Ticket/2291
''')

tdoc("linear-issue-export", "ENG-1842.md", "issue tracker markdown export", r'''# ENG-1842 Payment webhook fails on staging

**Status:** Done · **Assignee:** Marcus Carter · **Labels:** bug, payments

The staging webhook endpoint returns 401. I curled it with the token from 1Password and it works:

```
curl -H "Authorization: Bearer ⟨bt:an⟩" https://staging-pay.northpeak.io/webhooks/test
```

so the app must be using the old one. Also the DB password in the staging helm values is still `⟨pw:a⟩`, it should come
from the secret (`{{ .Values.db.password }}`).

---

**Comment (Rachel Kim):** Fixed in PR #4471. Rotated both. For the record, the AWS key that was also in the values file
(`⟨ak⟩` / `⟨sk⟩`) has been deactivated.

**Comment (Marcus Carter):** Thanks! Call me at ⟨ph:us⟩ if staging breaks again.
''')

tdoc("monday-updates-csv", "updates-export.csv", "work management updates export", r'''"Item ID","Item Name","Update","Created By","Created At"
"1844120931","מעבר לשרת חדש","הסיסמה למשתמש root בשרת החדש: ⟨pw:a⟩ — נא לשנות אחרי ההתקנה","יואב כהן","2026-01-13 10:02"
"1844120931","מעבר לשרת חדש","עודכן. מספר הטלפון של הספק לתמיכה: ⟨ph:il⟩","נועה לוי","2026-01-13 11:40"
"1844122207","חיבור ל-API של המשלוחים","מפתח API: ⟨gs:hex40⟩","יואב כהן","2026-01-14 09:15"
"1844122207","חיבור ל-API של המשלוחים","בדוקומנטציה כתוב api_key=YOUR_KEY, אל תעתיקו משם","נועה לוי","2026-01-14 09:30"
''')

tdoc("line-works-chat-txt", "トーク履歴-インフラ.txt", "chat export text", r'''[LINE WORKS] インフラ運用 のトーク履歴
保存日時：2026/01/16 18:02

2026/01/16(金)
09:12	佐藤 健	検証用のRDSを作りました。ユーザー admin、パスワードは ⟨pw:a⟩ です
09:13	鈴木 美咲	ありがとうございます！接続できました
09:30	佐藤 健	監視ツールのAPIトークン：⟨gs:an⟩
09:31	鈴木 美咲	了解です。携帯は ⟨ph:jp⟩ なので夜間は電話ください
10:05	高橋 翔	パスワードをトークに貼るのはやめましょう（ドキュメントの例は password: xxxxx のままで）
''')

tdoc("viber-community-greek", "ομάδα-it.txt", "chat export text", r'''[16/01/2026, 09:02] Νίκος Παπαδόπουλος: Καλημέρα! Ο κωδικός για το Wi-Fi της αποθήκης είναι ⟨pw:h⟩
[16/01/2026, 09:04] Μαρία Γεωργίου: Ευχαριστώ! Και του λογαριασμού στο e-shop;
[16/01/2026, 09:06] Νίκος Παπαδόπουλος: χρήστης eshop_admin, κωδικός ⟨pw:a⟩ — θα τον αλλάξω αύριο
[16/01/2026, 09:10] Μαρία Γεωργίου: Το κινητό μου για το 2FA: ⟨ph:gr⟩
''')

tdoc("slack-huddle-notes-romanian", "note-sedinta-2026-01-14.md", "meeting notes markdown", r'''# Ședință infrastructură — 14.01.2026

Participanți: Andrei Popescu, Ioana Dumitrescu, Mihai Stan

1. Migrarea serverului de e-mail: Andrei a creat contul de serviciu `relay-app`, parola: `⟨pw:w⟩`
   (de mutat în Bitwarden după ședință).
2. Furnizorul de SMS ne-a trimis cheia nouă: `secret_key = ⟨gs:an⟩`.
3. Ioana rămâne de gardă; telefon ⟨ph:ro⟩.
4. În documentație păstrăm doar `parola: <vezi Bitwarden>`.
''')
