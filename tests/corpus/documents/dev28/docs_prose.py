"""People writing passwords (and a few keys) in chats, tickets and mail, in several languages."""
import json

from registry import doc
from core import enc


def jmsg(obj):
    return json.dumps(obj, ensure_ascii=False, indent=2) + '\n'


@doc('teams-chat-graph-export-sv', 'export/chat-19_meeting-driftgruppen.json', 'chat messages exported through the graph api (swedish)')
def _(d):
    p1, p2 = d.pwraw('w'), d.pwraw('k')
    d.L('password', enc(p1, 'json'))
    d.L('password', enc(p2, 'json'))
    msgs = [
        ('Jonas Lindqvist', f'<p>Hej! Kan någon ge mig lösenordet till gäst-wifit på plan 3? Har konsulter här idag.</p>'),
        ('Malin Öberg', f'<p>Nätet heter Konferens-Gast och lösenordet är <b>{p1}</b> (byts varje månad, nästa gång 1/2)</p>'),
        ('Jonas Lindqvist', '<p>Tack! Och skrivaren i receptionen, admin-sidan?</p>'),
        ('Malin Öberg', f'<p>användare admin, lösen {p2} – men ändra inget där utan att prata med Kalle först 🙏</p>'),
        ('Kalle Wallin', '<p>Jag har lagt in det i lösenordshanteraren nu, posten heter "Skrivare reception". Ta bort meddelandet ovan sen?</p>'),
    ]
    out = {'@odata.context': "https://graph.microsoft.com/v1.0/$metadata#chats('19%3Ameeting_" + d.anx(20) + "%40thread.v2')/messages",
           'value': []}
    t = 1768896000
    for i, (who, html) in enumerate(msgs):
        out['value'].append({'id': str(t * 1000 + i * 61733), 'messageType': 'message',
                             'createdDateTime': f'2026-01-20T08:{10 + i * 3:02d}:{(i * 17) % 60:02d}.{i * 111:03d}Z',
                             'from': {'user': {'id': d.uuid(), 'displayName': who, 'userIdentityType': 'aadUser',
                                               'tenantId': 'b1f0c2de-7a41-4c43-9f4e-0c5b8e2a7d11'}},
                             'body': {'contentType': 'html', 'content': html}, 'attachments': [], 'reactions': []})
    d.X('b1f0c2de-7a41-4c43-9f4e-0c5b8e2a7d11')
    return jmsg(out)


@doc('slack-conversations-history-json-fi', 'slack/C04KJ2M8Q1L-history.json', 'chat api conversations.history response (finnish)')
def _(d):
    p1 = d.pwraw('x')
    p2 = d.pwraw('s')
    d.L('password', p1)
    d.L('password', p2)
    msgs = [
        ('U02A8J3K1', 'Moi, mikä on testipalvelimen tietokannan salasana? Se vanha ei enää toimi.'),
        ('U03B9QZ7P', f'Se vaihdettiin eilen. Käyttäjä `raportointi`, salasana `{p1}`'),
        ('U02A8J3K1', 'Kiitos, toimii 👍'),
        ('U05LMX2C4', f'Ja VPN:n tunnus on edelleen sama, salasana on nyt {p2} (vaihtuu taas maaliskuussa)'),
        ('U03B9QZ7P', 'Älkää laittako salasanoja tänne, käyttäkää Bitwardenia 🙃 salasana: ******** on ainoa hyväksytty muoto'),
    ]
    out = {'ok': True, 'messages': [], 'has_more': False, 'pin_count': 0,
           'response_metadata': {'next_cursor': ''}}
    for i, (u, tx) in enumerate(reversed(msgs)):
        ts = f'{1768900000 + (4 - i) * 97}.{d.r.randint(100000, 999999)}'
        out['messages'].append({'type': 'message', 'user': u, 'text': tx, 'ts': ts,
                                'client_msg_id': d.uuid(), 'team': 'T02H7Q1MZ'})
    return jmsg(out)


@doc('kayako-ticket-print-de', 'tickets/KAY-884-21931.txt', 'help desk ticket printout (german)')
def _(d):
    p = d.pw('w')
    return f"""Ticket #KAY-884-21931  |  Status: Gelöst  |  Priorität: Hoch
Abteilung: IT-Service Filialen
Betreff: Kassen-PC Filiale Leipzig startet nicht ins Kassenprogramm
Erstellt: 19.01.2026 07:42  |  Letzte Aktualisierung: 19.01.2026 10:15

------------------------------------------------------------------------
[19.01.2026 07:42] Sandra Köhler (Filiale Leipzig)
Guten Morgen, der Kassen-PC 2 zeigt nach dem Update nur noch den Windows-Login.
Welches Kennwort soll ich eingeben? Auf dem Zettel steht nichts mehr.

[19.01.2026 08:05] Marco Berger (IT-Service)
Hallo Frau Köhler, bitte mit dem lokalen Konto "kasse" anmelden.
Das Passwort lautet: {p}
Danach startet das Kassenprogramm automatisch. Bitte das Kennwort nicht aufschreiben.

[19.01.2026 08:31] Sandra Köhler (Filiale Leipzig)
Hat funktioniert, vielen Dank!

[19.01.2026 10:15] Marco Berger (IT-Service)
Ticket geschlossen. Interne Notiz: Passwort wird in der nächsten Wartung (KW 5) rotiert,
Änderung CHG-{d.intx(6)}; Gerät S/N {d.X(d.rnd('AN10'))}.
------------------------------------------------------------------------
"""


@doc('request-tracker-ticket-history-fr', 'rt/ticket-482913-history.txt', 'ticket tracker history printout (french)')
def _(d):
    p1 = d.pw('w')
    p2 = d.pw('k')
    return f"""Ticket 482913: Accès au NAS du cabinet
File : Support informatique   Statut : resolved   Créé par : e.marchand
Créé le : 16/01/2026 09:12

== Message — Élodie Marchand — 16/01/2026 09:12 ==
Bonjour,
Depuis ce matin je ne peux plus ouvrir le dossier « Comptabilité » sur le NAS.
Il me demande un identifiant et un mot de passe.

== Réponse — Thomas Girard (support) — 16/01/2026 09:40 ==
Bonjour Madame Marchand,
Nous avons réinitialisé votre compte. Identifiant : emarchand
Le mot de passe provisoire est {p1}
Il vous sera demandé de le changer à la première connexion.

== Message — Élodie Marchand — 16/01/2026 10:02 ==
Merci, c'est bon. Par contre pour la photocopieuse le code admin c'est toujours {p2} ?
Mon collègue dit que c'est « 0000 » mais ça ne marche pas.

== Note interne — Thomas Girard — 16/01/2026 10:20 ==
Oui c'est toujours celui-là. À changer lors de la visite du 23/01 (réf. intervention INT-{d.intx(5)}).
Hash de l'export de config : {d.sha1()}
"""


@doc('whatsapp-chat-export-txt-es', 'WhatsApp Chat con Oficina Valencia.txt', 'messaging app chat export (spanish)')
def _(d):
    p1 = d.pw('s')
    p2 = d.pw('p')
    return f"""16/1/26, 9:02 - Los mensajes y las llamadas están cifrados de extremo a extremo. Solo las personas en este chat pueden leerlos, escucharlos o compartirlos.
16/1/26, 9:02 - Lucía Ortega: Buenos días! alguien sabe la contraseña del wifi nuevo de la oficina?
16/1/26, 9:05 - Javier Ruiz: La red es OficinaVLC_5G y la contraseña es {p1}
16/1/26, 9:05 - Lucía Ortega: gracias!!
16/1/26, 9:30 - Javier Ruiz: Y para el correo del buzón compartido (facturas@) la clave ahora es "{p2}" con espacios, sí, así la pusieron
16/1/26, 9:31 - Marta Gil: <Multimedia omitido>
16/1/26, 9:33 - Marta Gil: ojo que el router sigue con usuario admin / contraseña la de la pegatina, hay que cambiarla
16/1/26, 9:40 - Javier Ruiz: apuntado, ticket {d.intx(7)}
"""


@doc('discord-chat-exporter-json-no', 'exports/Lagklubben - drift [10412].json', 'chat exporter json of a discord channel (norwegian)')
def _(d):
    p1 = d.pwraw('w')
    p2 = d.pwraw('x')
    d.L('password', p1)
    d.L('password', p2)
    out = {'guild': {'id': d.intx(18), 'name': 'Lagklubben', 'iconUrl': 'https://cdn.discordapp.com/embed/avatars/0.png'},
           'channel': {'id': d.intx(18), 'type': 'GuildTextChat', 'categoryId': d.intx(18), 'category': 'Drift',
                       'name': 'drift', 'topic': None},
           'dateRange': {'after': None, 'before': None}, 'exportedAt': '2026-01-21T19:02:11.418+01:00', 'messages': []}
    msgs = [('Sindre', 'hvem har passordet til minecraft-serveren sin rcon?'),
            ('Ingrid', f'rcon.password er {p1} men ikke del det videre pls'),
            ('Sindre', 'takk. og panelet? pterodactyl admin?'),
            ('Ingrid', f'bruker ingrid, passord {p2} – jeg bytter det i helgen uansett'),
            ('Ola', 'Bruk heller vaultwarden-lenken jeg sendte, passordet står der (****)')]
    for i, (n, tx) in enumerate(msgs):
        out['messages'].append({'id': d.intx(19), 'type': 'Default', 'timestamp': f'2026-01-21T18:{20 + i * 4:02d}:{i * 9:02d}.{i * 37:03d}+01:00',
                                'timestampEdited': None, 'isPinned': False, 'content': tx,
                                'author': {'id': d.intx(18), 'name': n.lower(), 'discriminator': '0000', 'nickname': n,
                                           'isBot': False, 'avatarUrl': 'https://cdn.discordapp.com/embed/avatars/1.png'},
                                'attachments': [], 'embeds': [], 'reactions': [], 'mentions': []})
    out['messageCount'] = len(msgs)
    return json.dumps(out, ensure_ascii=False, indent=2) + '\n'


@doc('outlook-eml-it-support-da', 'mail/SV- Adgang til lønsystemet.eml', 'support e-mail reply with a temporary password (danish)')
def _(d):
    p = d.pw('w')
    mid = d.anx(24)
    return f"""Received: from AM9PR02MB7714.eurprd02.prod.outlook.com (2603:10a6:20b:3e1::19) by
 DB9PR02MB6954.eurprd02.prod.outlook.com with HTTPS; Tue, 20 Jan 2026 10:41:07 +0000
From: IT Support <support@lonservice.invalid>
To: Mette Kristensen <mette.kristensen@firma.invalid>
Subject: SV: Adgang til lønsystemet
Thread-Topic: Adgang til lønsystemet
Date: Tue, 20 Jan 2026 10:41:02 +0000
Message-ID: <{mid}@AM9PR02MB7714.eurprd02.prod.outlook.com>
Accept-Language: da-DK
Content-Language: da-DK
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Hej Mette

Din konto til lønsystemet er nu låst op. Brugernavn er mkr og den midlertidige
adgangskode er: {p}

Du bliver bedt om at skifte den ved første login. Husk at den nye adgangskode
skal være mindst 12 tegn.

Sagsnummer: {d.intx(8)}

Med venlig hilsen
IT Support

-----Oprindelig meddelelse-----
Fra: Mette Kristensen
Sendt: 20. januar 2026 09:58
Til: IT Support
Emne: Adgang til lønsystemet

Hej, jeg kan ikke logge ind i lønsystemet, den siger at kontoen er spærret.
"""


@doc('jira-issue-comments-json-it', 'jira/OPS-2291-comments.json', 'issue tracker comments rest response (italian)')
def _(d):
    p1 = d.pwraw('y')
    p2 = d.pwraw('w')
    d.L('password', enc(p1, 'json'))
    d.L('password', enc(p2, 'json'))
    cs = [('Luca Bianchi', 'Ho reinstallato il server FTP del magazzino. Utente: magazzino_ftp'),
          ('Luca Bianchi', f'La password è {p1} — la stessa va messa nello script di import del gestionale.'),
          ('Giulia Romano', f'Perfetto. Per il NAS invece la password di admin resta {p2}?'),
          ('Luca Bianchi', 'Sì per ora. Hash del backup di configurazione: ' + d.sha256())]
    out = {'startAt': 0, 'maxResults': 50, 'total': len(cs), 'comments': []}
    for i, (a, b) in enumerate(cs):
        out['comments'].append({'self': f'https://jira.magazzini-est.invalid/rest/api/2/issue/48211/comment/{30110 + i}',
                                'id': str(30110 + i), 'author': {'name': a.split()[0].lower(), 'displayName': a, 'active': True},
                                'body': b, 'created': f'2026-01-19T1{i}:0{i}:22.000+0100', 'updated': f'2026-01-19T1{i}:0{i}:22.000+0100'})
    return json.dumps(out, ensure_ascii=False, indent=2) + '\n'


@doc('helpspot-request-history-nl', 'helpspot/request-7710.txt', 'help desk request history print (dutch)')
def _(d):
    p = d.pw('s')
    p2 = d.pw('l')
    return f"""Request #7710 — Wachtwoord webshop-beheer kwijt
Categorie: Support Webwinkel   Status: Gesloten   Toegewezen aan: Daan
Klant: Sanne de Vries

--- Sanne de Vries, 19 jan 2026 14:02 ---
Hoi, ik ben het wachtwoord van de beheeromgeving van de webshop kwijt. Kunnen jullie het resetten?

--- Daan Smit, 19 jan 2026 14:20 ---
Hoi Sanne, ik heb het gereset. Je kunt inloggen met gebruikersnaam sanne en het tijdelijke wachtwoord {p}
Wijzig het na het inloggen via Profiel > Beveiliging.

--- Sanne de Vries, 19 jan 2026 14:31 ---
Gelukt, dank je! Ik heb het nu veranderd in {p2}, dan weten jullie het ook :)

--- Daan Smit, 19 jan 2026 14:35 ---
Liever niet hier delen ;) Ik heb je sessies uitgelogd, kies alsjeblieft nog een keer een nieuw wachtwoord.
(Interne notitie: bestelling 2026-{d.intx(6)} was niet gerelateerd.)
"""


@doc('wekan-board-export-json-pt', 'wekan/TI-Loja-export.json', 'self-hosted kanban board json export with card descriptions (portuguese)')
def _(d):
    p1 = d.pwraw('w')
    p2 = d.pwraw('x')
    d.L('password', enc(p1, 'json'))
    d.L('password', enc(p2, 'json'))
    out = {'_format': 'wekan-board-1.0.0', '_id': d.anx(17), 'title': 'TI Loja', 'archived': False, 'permission': 'private',
           'cards': [
               {'_id': d.anx(17), 'title': 'Configurar impressora fiscal', 'listId': d.anx(17),
                'description': f'Acesso ao painel da impressora: usuário **admin**, senha: {p1}\nIP 192.168.10.40', 'dueAt': None},
               {'_id': d.anx(17), 'title': 'Conta do e-mail do financeiro', 'listId': d.anx(17),
                'description': f'A senha nova do e-mail financeiro é {p2} (trocada em 15/01). A antiga era ******.', 'dueAt': '2026-01-30T12:00:00.000Z'},
               {'_id': d.anx(17), 'title': 'Atualizar antivírus', 'listId': d.anx(17), 'description': 'Licença até 03/2026', 'dueAt': None}],
           'lists': [{'_id': d.anx(17), 'title': 'A fazer'}, {'_id': d.anx(17), 'title': 'Feito'}]}
    return json.dumps(out, ensure_ascii=False, indent=2) + '\n'


@doc('chatwork-messages-json-ja', 'chatwork/room-228811-messages.json', 'business chat room messages api response (japanese)')
def _(d):
    p1 = d.pwraw('x')
    p2 = d.pwraw('w')
    d.L('password', p1)
    d.L('password', p2)
    ms = [('佐藤', '共有フォルダのパスワードを教えてください。'),
          ('田中', f'[info]NAS: \\\\nas01\\share ユーザー: eigyo パスワード: {p1}[/info]'),
          ('佐藤', 'ありがとうございます！'),
          ('鈴木', f'経費精算システムの仮パスワードは {p2} です。初回ログイン時に変更してください。'),
          ('田中', 'パスワードはチャットに書かないでください（ルール違反です）。')]
    out = []
    for i, (n, b) in enumerate(ms):
        out.append({'message_id': d.intx(19), 'account': {'account_id': d.r.randint(1000000, 9999999), 'name': n,
                                                          'avatar_image_url': 'https://appdata.chatwork.com/avatar/ico_default_blue.png'},
                    'body': b, 'send_time': 1768870000 + i * 300, 'update_time': 0})
    return json.dumps(out, ensure_ascii=False, indent=2) + '\n'


@doc('skype-export-messages-json-pl', 'skype/messages.json', 'messenger export json with a conversation (polish)')
def _(d):
    p1 = d.pwraw('y')
    p2 = d.pwraw('k')
    d.L('password', p1)
    d.L('password', p2)
    conv = {'id': '19:' + d.hexx(32) + '@thread.skype', 'displayName': 'Biuro Kraków IT', 'MessageList': []}
    ms = [('Piotr Nowak', 'Hej, jakie jest hasło do konta serwisowego na serwerze plików?'),
          ('Anna Wiśniewska', f'login: serwis, hasło: {p1}'),
          ('Piotr Nowak', 'Dzięki. A do routera w sali konferencyjnej?'),
          ('Anna Wiśniewska', f'hasło to {p2}, zmienię je po szkoleniu'),
          ('Piotr Nowak', 'ok')]
    for i, (n, c) in enumerate(ms):
        conv['MessageList'].append({'id': str(1768881000000 + i * 45123), 'displayName': n,
                                    'originalarrivaltime': f'2026-01-20T09:{i * 2:02d}:{i * 11:02d}.{i * 101:03d}Z',
                                    'messagetype': 'RichText', 'version': 1768881000000 + i * 45123,
                                    'content': c, 'conversationid': conv['id'], 'from': '8:live:.cid.' + d.hexx(16)})
    out = {'userId': '8:live:.cid.' + d.hexx(16), 'exportDate': '2026-01-21T10:15:00Z', 'conversations': [conv]}
    return json.dumps(out, ensure_ascii=False, indent=2) + '\n'
