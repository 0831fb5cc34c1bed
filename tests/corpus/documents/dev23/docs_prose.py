"""People writing secrets in chats, tickets and mails, in many languages."""
import json

from core import (Doc, doc, T, alnum, lower_alnum, hexs, b64, b64url, uuid4, sha1, ts, iso, fmt_t, password,
                  email, role_email, jesc, rnd, akid, aws_secret, bearer, phone_se, phone_intl, person, DG, UP, AN,
                  ipv4_private)

PUN = "!#%*-_.+=?@^~"


def _cn_mobile(r):
    return f"+86 13{r.randint(0, 9)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"


@doc
def wechat():
    d = Doc("wechat-chat-export-txt", "IT运维群-2026-01.txt", "chat export text")
    r = d.rng
    p1, p2, p3 = (d.L("password", password(r, s, punct=PUN)) for s in ("mixed", "alnum", "human"))
    ak, sk = d.L("aws-access-key-id", akid(r)), d.L("aws-secret-key", aws_secret(r))
    ph = d.L("phone", _cn_mobile(r))
    d.text = T('''微信聊天记录导出  群聊：IT运维群（6人）  导出时间：2026-02-01 20:14
================================================================

2026-01-12 09:14:03 王磊
@所有人 上海办公室的NAS今天早上升级完了，管理员密码也顺便改了

2026-01-12 09:14:40 王磊
新密码： ⟨p1⟩   用完记得从聊天记录里删掉

2026-01-12 09:16:12 陈晓
收到👌 旧的那个 ****** 已经不能登录了对吧

2026-01-12 09:16:55 王磊
对，旧的作废了

2026-01-13 14:02:31 刘洋
财务那边的打印机扫描到邮箱又不行了，SMTP账号 scan@ 的密码是不是也改了？

2026-01-13 14:05:09 陈晓
改了，现在是 ⟨p2⟩ ，我已经在打印机上更新了

2026-01-15 11:20:47 张敏
备份脚本要往 S3 传文件，阿里云那个账号不用了，用 AWS 的：
AccessKeyId: ⟨ak⟩
SecretAccessKey: ⟨sk⟩
区域 ap-east-1，桶名 sh-office-backup

2026-01-15 11:22:10 王磊
这种东西别发群里啊……发私聊或者放密码管理器

2026-01-15 11:22:58 张敏
好的好的，下次注意 🙏

2026-01-20 18:40:02 刘洋
访客WiFi密码：⟨p3⟩ （前台贴的那张纸上的已经过期了）

2026-01-21 08:55:19 陈晓
我这周在深圳出差，有急事打我手机 ⟨ph⟩
''', p1=p1, p2=p2, ak=ak, sk=sk, p3=p3, ph=ph)
    return d


@doc
def zalo():
    d = Doc("zalo-chat-export", "nhom-ky-thuat.txt", "chat export text")
    r = d.rng
    p1, p2, p3 = (d.L("password", password(r, s, punct=PUN)) for s in ("words", "mixed", "alnum"))
    ph = d.L("phone", phone_intl(r, "VN"))
    d.text = T('''Zalo - Nhóm "Kỹ thuật chi nhánh Đà Nẵng" - xuất ngày 30/01/2026

[08:12 14/01/2026] Nguyễn Văn An: Chào cả nhà, máy chủ camera ở kho đã cài lại xong
[08:13 14/01/2026] Nguyễn Văn An: tài khoản admin, mật khẩu: ⟨p1⟩
[08:15 14/01/2026] Trần Thị Bích: ok anh, em đăng nhập được rồi
[10:41 16/01/2026] Lê Minh Quân: wifi văn phòng mới đổi mật khẩu nha mọi người
[10:41 16/01/2026] Lê Minh Quân: mật khẩu wifi "DN-Office": ⟨p2⟩
[10:44 16/01/2026] Trần Thị Bích: cảm ơn anh 👍
[15:20 22/01/2026] Phạm Đức Huy: ai có mật khẩu VPN tạm cho bên kiểm toán không?
[15:27 22/01/2026] Nguyễn Văn An: user kiemtoan01 / mật khẩu ⟨p3⟩ , hết hạn 31/01
[15:28 22/01/2026] Nguyễn Văn An: gửi qua email thì dùng mật khẩu *********** như cũ, đừng gửi qua Zalo nữa
[09:02 27/01/2026] Phạm Đức Huy: có gì gọi em số ⟨ph⟩ nhé, hôm nay em trực
''', p1=p1, p2=p2, p3=p3, ph=ph)
    return d


@doc
def bitrix24():
    d = Doc("bitrix24-chat-export", "chat-1c-podderzhka.csv", "chat export csv")
    r = d.rng
    ps = [d.L("password", password(r, s, punct=PUN)) for s in ("mixed", "alnum", "pron", "words")]
    ph = d.L("phone", f"+7 9{r.randint(10, 99)} {r.randint(100, 999)}-{r.randint(10, 99)}-{r.randint(10, 99)}")
    rows = [
        ("12.01.2026 10:02", "Ирина Смирнова", "Коллеги, 1С опять не пускает бухгалтерию после обновления"),
        ("12.01.2026 10:05", "Дмитрий Козлов", "Сбросил пароль пользователю Бухгалтер2, временный пароль: " + ps[0] + " — при входе попросит сменить"),
        ("12.01.2026 10:06", "Ирина Смирнова", "Спасибо! Вошла"),
        ("14.01.2026 16:40", "Олена Шевченко", "Доброго дня! Для сервера звітності новий пароль адміністратора: " + ps[1] + " (старий ******** більше не діє)"),
        ("14.01.2026 16:41", "Дмитрий Козлов", "Олена, лучше через Bitwarden, пожалуйста"),
        ("20.01.2026 09:15", "Андрей Волков", "Кто знает пароль от роутера на складе? На наклейке admin/admin, но он не подходит"),
        ("20.01.2026 09:21", "Дмитрий Козлов", "Пароль от роутера склада: " + ps[2] + " , логин admin"),
        ("27.01.2026 13:05", "Ирина Смирнова", "Для банк-клиента пароль на флешку с ключом: " + ps[3] + " (записала, чтобы не потерять, потом удалю)"),
        ("27.01.2026 13:07", "Дмитрий Козлов", "Ирина, удалите сообщение и смените пароль. Позвоните мне: " + ph),
    ]
    out = ["Дата;Автор;Сообщение"]
    for dt, a, m in rows:
        out.append(f'{dt};{a};"{m}"')
    d.text = "\ufeff" + "\r\n".join(out) + "\r\n"
    return d


@doc
def backlog():
    d = Doc("backlog-issue-comments", "INFRA-412-comments.json", "issue tracker api export")
    r = d.rng
    p1, p2, p3 = (d.L("password", password(r, s, punct=PUN)) for s in ("alnum", "mixed", "pron"))
    tok = d.L("bearer-token", bearer(r, "b64url"))
    texts = [
        ("佐藤 健", "検証環境のDBを再作成しました。\n接続情報：\nホスト：stg-db01.internal\nユーザー：app_stg\nパスワード： " + p1 + "\n\n本番とは別のパスワードです。"),
        ("鈴木 花子", "ありがとうございます！接続できました。\nついでにRedisのパスワードも教えてください 🙇"),
        ("佐藤 健", "Redisは requirepass 「" + p2 + "」 です。\n※ このコメントはリリース後に削除します。"),
        ("高橋 翔", "外部APIの疎通確認、以下のコマンドで200が返りました。\n```\ncurl -H \"Authorization: Bearer " + tok + "\" https://api.haisou-partner.jp/v1/ping\n```"),
        ("鈴木 花子", "管理画面の初期パスワードは 「" + p3 + "」 に設定済みです。初回ログイン時に変更してください。\n（以前の初期パスワード ******** は無効化済み）"),
    ]
    cs = []
    for i, (n, t) in enumerate(texts):
        cs.append({"id": 88110000 + i * 37, "projectId": 104417, "issueId": 9912044, "content": t, "changeLog": [],
                   "createdUser": {"id": r.randint(100000, 999999), "userId": None, "name": n, "roleType": 2, "lang": "ja",
                                   "nulabAccount": {"nulabId": d.X(alnum(r, 40)), "name": n, "uniqueId": lower_alnum(r, 8)}},
                   "created": iso(ts(r)), "updated": iso(ts(r)), "stars": [], "notifications": []})
    d.text = json.dumps(cs, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def signal_export():
    d = Doc("signal-desktop-export", "Familie-IT.md", "chat export markdown")
    r = d.rng
    ps = [d.L("password", password(r, s, punct=PUN)) for s in ("words", "mixed", "human", "alnum")]
    ph1 = d.L("phone", phone_intl(r, "DE"))
    ph2 = d.L("phone", phone_intl(r, "NL"))
    d.text = T('''# Familie IT 🖥️

[2026-01-04 18:22] Jonas: Hab den neuen Router bei Oma eingerichtet. WLAN heißt jetzt "Oma-Inge", Passwort: ⟨p0⟩
[2026-01-04 18:25] Katrin: Super, danke! Und das Router-Passwort fürs Menü?
[2026-01-04 18:26] Jonas: Fritzbox-Kennwort ist ⟨p1⟩ – steht auch auf dem Zettel im Schrank
[2026-01-04 18:30] Sanne: Ik lees mee 😄 Kunnen jullie het Netflix-wachtwoord ook nog een keer sturen?
[2026-01-04 18:31] Katrin: Het wachtwoord van Netflix is ⟨p2⟩ (niet doorgeven aan de buren!)
[2026-01-11 10:02] Jonas: Omas Handy ist neu, PIN ist ihr Geburtsjahr 😅 – Apple-ID-Passwort hab ich auf ⟨p3⟩ geändert
[2026-01-11 10:04] Sanne: Mijn nieuwe nummer trouwens: ⟨ph2⟩
[2026-01-11 10:05] Jonas: Gespeichert. Meine ist weiterhin ⟨ph1⟩
[2026-01-11 10:06] Katrin: Passwort vom alten iPad weiß keiner mehr, oder? Da steht nur ******** im Passwortmanager
''', p0=ps[0], p1=ps[1], p2=ps[2], p3=ps[3], ph1=ph1, ph2=ph2)
    return d


@doc
def kayako():
    d = Doc("kayako-ticket-export", "ticket-58812.json", "helpdesk ticket export")
    r = d.rng
    p1, p2 = (d.L("password", password(r, s, punct=PUN)) for s in ("mixed", "human"))
    p3, p4 = (d.L("password", password(r, s, punct=PUN)) for s in ("alnum", "pron"))
    e1 = d.L("email", email(r, "Camille", "Dubois", "orange.fr"))
    e2 = d.L("email", email(r, "Lucía", "García", "gmail.com"))
    ph = d.L("phone", phone_intl(r, "FR"))
    posts = [
        {"id": 1, "creator": {"full_name": "Camille Dubois", "email": e1}, "channel": "MAIL",
         "contents": "Bonjour,\n\nDepuis ce matin je n'arrive plus à me connecter au portail fournisseur. J'ai essayé mon mot de passe habituel (" + p1 + ") et aussi l'ancien, sans succès.\n\nPouvez-vous m'aider ? Je suis joignable au " + ph + ".\n\nCordialement,\nCamille Dubois\nAtelier Dubois & Fils"},
        {"id": 2, "creator": {"full_name": "Support Nordkraft"}, "channel": "MAIL",
         "contents": "Bonjour Camille,\n\nVotre compte était verrouillé après 5 tentatives. Je l'ai débloqué et j'ai défini un mot de passe provisoire : " + p2 + "\nMerci de le changer à la prochaine connexion. Ne nous envoyez jamais votre mot de passe par e-mail.\n\nBien à vous,\nLe support"},
        {"id": 3, "creator": {"full_name": "Lucía García", "email": e2}, "channel": "MAIL",
         "contents": "Hola, soy la compañera de Camille en la oficina de Valencia. Yo tampoco puedo entrar. Mi usuario es lgarcia y la contraseña " + p3 + ".\n¿Es un problema general?\nGracias"},
        {"id": 4, "creator": {"full_name": "Support Nordkraft"}, "channel": "NOTE", "is_private": True,
         "contents": "Interno: cuenta lgarcia desbloqueada, contraseña temporal " + p4 + " enviada por SMS. Cliente avisado de no mandar contraseñas por correo. La contraseña antigua aparece como ******** en el log."},
    ]
    d.text = json.dumps({"ticket": {"id": 58812, "subject": "Impossible de se connecter / No puedo acceder", "status": "COMPLETED",
                                    "priority": "HIGH", "brand": "Nordkraft Supplier Portal", "created_at": iso(ts(r))},
                         "posts": posts}, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def spiceworks():
    d = Doc("spiceworks-helpdesk-export", "tickets-jan-2026.csv", "helpdesk ticket export csv")
    r = d.rng
    ps = [d.L("password", password(r, s, punct="!#*-_.+=?@^~")) for s in ("mixed", "alnum", "words", "pron")]
    e = [d.L("email", email(r, *person(r, sv=False), domain=dom)) for dom in ("wp.pl", "seznam.cz", "brightline-logistics.co.uk")]
    rows = [
        ("4102", "2026-01-05 08:14", e[0], "Nie mogę się zalogować do VPN", "Dzień dobry, po zmianie hasła nie mogę się połączyć z VPN. Nowe hasło to " + ps[0] + ". Co robię źle?", "closed"),
        ("4107", "2026-01-07 13:40", e[1], "Tiskárna ve 2. patře", "Dobrý den, tiskárna chce heslo pro skenování do složky. Heslo k účtu scan je " + ps[1] + ", ale nefunguje.", "closed"),
        ("4115", "2026-01-12 09:02", e[2], "Shared mailbox access", "Hi, can you give me access to the accounts@ shared mailbox? Until then Tom said I can use his login, password " + ps[2] + " - hope that's ok?", "closed"),
        ("4121", "2026-01-19 16:55", e[0], "Reset hasła do ERP", "Proszę o reset. Tymczasowe hasło od Marka (" + ps[3] + ") wygasło.", "open"),
        ("4122", "2026-01-20 07:30", "", "Nightly backup warning", "Veeam job 'FS01' finished with warning. No credentials involved.", "open"),
    ]
    out = ["Ticket #,Created,Creator Email,Summary,Description,Status"]
    for row in rows:
        out.append(",".join('"' + c.replace('"', '""') + '"' for c in row))
    d.text = "\n".join(out) + "\n"
    return d


@doc
def taiga():
    d = Doc("taiga-issues-json", "issues-export.json", "project tracker export")
    r = d.rng
    p1, p2, p3 = (d.L("password", password(r, s, punct=PUN)) for s in ("alnum", "mixed", "words"))
    g = d.L("generic-secret", hexs(r, 40))
    issues = [
        {"ref": 211, "subject": "Homologação: acesso ao banco de dados", "status": "Closed", "type": "Task",
         "description": "Criei o usuário no Postgres de homologação.\nusuário: app_hml\nsenha: " + p1 + "\nhost: hml-db.interno",
         "comments": [{"user": "mferreira", "comment": "Funcionou, obrigado! A senha antiga (********) pode ser removida do cofre."}]},
        {"ref": 219, "subject": "Chiave API del gateway SMS", "status": "In progress", "type": "Bug",
         "description": "La chiave API del gateway SMS è scaduta. Nuova chiave: " + g + "\nLa password dell'account amministratore è " + p2 + ".",
         "comments": [{"user": "lrossi", "comment": "Per favore non scrivete password nei ticket, usate il vault."}]},
        {"ref": 224, "subject": "Senha do Wi-Fi do evento", "status": "New", "type": "Question",
         "description": "Rede: Evento-2026\nSenha: " + p3, "comments": []},
    ]
    d.text = json.dumps({"name": "Portal Parceiros", "slug": "portal-parceiros", "issues": issues}, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def emlx():
    d = Doc("emlx-apple-mail", "48812.emlx", "mail client message file")
    r = d.rng
    fa = d.L("email", email(r, "Elin", "Lindqvist", "hyresbolaget-norr.se"))
    to = d.L("email", email(r, "Aku", "Virtanen", "kiinteistohuolto.fi"))
    p1, p2 = (d.L("password", password(r, s, punct="!#*-_.+=?@^~")) for s in ("words", "mixed"))
    p3 = d.L("password", password(r, "alnum"))
    ph = d.L("phone", phone_se(r, intl=True))
    ph2 = d.L("phone", phone_intl(r, "FI"))
    mid = d.X(uuid4(r).upper())
    body = T('''Hej Aku,

som vi pratade om i telefon: här är inloggningarna till fastighetssystemet för er
servicetekniker. Användarnamn "fin-service", lösenord: ⟨p1⟩

Porttelefonens admin-sida (Ringvägen 14) har lösenordet ⟨p2⟩ – byt gärna efter första
inloggningen.

Terveisin / Med vänlig hälsning
Elin Lindqvist
Förvaltare, Hyresbolaget Norr
⟨ph⟩

> Hei Elin,
> kiitos! Tarvitsemme vielä huoltoportaalin salasanan. Meidän puolella
> salasana on ⟨p3⟩ jos haluatte testata yhteyttä.
> Aku Virtanen, ⟨ph2⟩
''', p1=p1, p2=p2, ph=ph, p3=p3, ph2=ph2)
    msg = T('''Return-Path: <⟨fa⟩>
From: Elin Lindqvist <⟨fa⟩>
To: Aku Virtanen <⟨to⟩>
Subject: =?utf-8?Q?Inloggningar_fastighetssystemet?=
Date: Tue, 20 Jan 2026 10:41:12 +0100
Message-Id: <⟨mid⟩@hyresbolaget-norr.se>
Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87\\))
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit
X-Uniform-Type-Identifier: com.apple.mail-draft

''', fa=fa, to=to, mid=mid) + body
    plist = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>date-last-viewed</key>
	<integer>1768902112</integer>
	<key>date-received</key>
	<integer>1768902072</integer>
	<key>flags</key>
	<integer>8590195713</integer>
	<key>remote-id</key>
	<string>48812</string>
</dict>
</plist>
'''
    d.X(mid + "@hyresbolaget-norr.se")
    d.text = f"{len(msg.encode())}\n" + msg + plist
    return d


@doc
def mailpit():
    d = Doc("mailpit-messages-json", "messages-staging.json", "mail capture api export")
    r = d.rng
    ps = [d.L("password", password(r, s, punct="!#*-_.+=?@^~")) for s in ("mixed", "alnum", "pron", "words")]
    tos = [d.L("email", email(r, *person(r, sv=False), domain=dom)) for dom in ("naver.com", "gmail.com", "outlook.sa", "walla.co.il")]
    msgs = [
        ("[스테이징] 임시 비밀번호 안내", tos[0], "안녕하세요,\n요청하신 관리자 계정의 임시 비밀번호는 " + ps[0] + " 입니다.\n로그인 후 반드시 변경해 주세요."),
        ("[Staging] Geçici şifreniz", tos[1], "Merhaba,\nHesabınız için geçici şifre: " + ps[1] + "\nİlk girişte şifrenizi değiştirmeniz gerekecek."),
        ("[Staging] كلمة المرور المؤقتة", tos[2], "مرحبا،\nكلمة المرور المؤقتة الخاصة بك هي: " + ps[2] + "\nيرجى تغييرها بعد تسجيل الدخول."),
        ("[Staging] סיסמה זמנית", tos[3], "שלום,\nהסיסמה הזמנית שלך: " + ps[3] + "\nיש להחליף אותה בכניסה הראשונה."),
    ]
    out = {"total": 4, "unread": 4, "count": 4, "messages_count": 4, "start": 0, "tags": [], "messages": []}
    for subj, to, text in msgs:
        mid = hexs(r, 16) + "@staging.bokningsappen.se"
        d.X(mid)
        out["messages"].append({"ID": b64url(r, 16)[:22], "MessageID": mid, "Read": False,
                                "From": {"Name": "Bokningsappen (staging)", "Address": "noreply@staging.bokningsappen.test"},
                                "To": [{"Name": "", "Address": to}], "Cc": [], "Bcc": [], "ReplyTo": [],
                                "Subject": subj, "Created": iso(ts(r), ms=True), "Tags": [], "Size": len(text.encode()) + 900,
                                "Attachments": 0, "Snippet": text.replace("\n", " ")[:80], "Text": text})
    d.text = json.dumps(out, indent=2, ensure_ascii=False) + "\n"
    return d


@doc
def keybase():
    d = Doc("keybase-chat-export", "team-ops.general.txt", "chat cli output")
    r = d.rng
    ak, sk = d.L("aws-access-key-id", akid(r)), d.L("aws-secret-key", aws_secret(r))
    p1, p2 = d.L("password", password(r, "mixed", punct=PUN)), d.L("password", password(r, "words"))
    g = d.L("generic-secret", hexs(r, 64))
    tok = d.L("bearer-token", bearer(r, "opaque"))
    d.text = T('''$ keybase chat read --channel general vinterfest_ops
[vinterfest_ops#general 2026-01-08 19:02:11] <astrid_h> ok the ticket scanner VM is back. SSH user is scanner, password ⟨p1⟩ until we set up keys
[vinterfest_ops#general 2026-01-08 19:03:40] <olle.dev> 👍
[vinterfest_ops#general 2026-01-09 10:15:02] <olle.dev> for the photo upload lambda:
[vinterfest_ops#general 2026-01-09 10:15:09] <olle.dev> aws_access_key_id = ⟨ak⟩
[vinterfest_ops#general 2026-01-09 10:15:09] <olle.dev> aws_secret_access_key = ⟨sk⟩
[vinterfest_ops#general 2026-01-09 10:16:30] <astrid_h> that's the deploy user? scoped to the photos bucket?
[vinterfest_ops#general 2026-01-09 10:17:02] <olle.dev> yes, only s3:PutObject on vinterfest-photos/*. rotate after the festival
[vinterfest_ops#general 2026-01-10 08:44:51] <saga_k> ticket shop webhook secret (for the verify step): ⟨g⟩
[vinterfest_ops#general 2026-01-10 08:46:10] <olle.dev> and the API token for the gate app, it goes in as Authorization: Bearer ⟨tok⟩
[vinterfest_ops#general 2026-01-12 21:30:00] <astrid_h> volunteer wifi "Vinterfest-Crew" password is ⟨p2⟩ — NOT the guest one
[vinterfest_ops#general 2026-01-12 21:31:45] <saga_k> guest wifi is open anyway
[vinterfest_ops#general 2026-01-12 21:32:02] <astrid_h> the old crew password (********) is still on the printed badges, ignore it
''', p1=p1, ak=ak, sk=sk, g=g, tok=tok, p2=p2)
    return d
