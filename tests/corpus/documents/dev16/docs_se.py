"""Swedish carriers: personnummer/samordningsnummer beside date-shaped Luhn-valid case, order, booking, OCR and organisation numbers."""
import json
import values as V
from values import R
from core import Doc


def PN(d, form=None, y0=1938, y1=2008, samordning=False):
    return d.S("se-personnummer", V.pnr(form, y0, y1, samordning))


def LK(d, form="plain", prefix=""):
    return d.N(V.lookalike_num(form, prefix=prefix))


def ORG(d, dash=True):
    return d.N(V.orgnr(dash))


def t(fmt="%Y-%m-%d"):
    return V.ts().strftime(fmt)


def fk_portal():
    d = Doc("se-fk-arbetsgivarportal/sjukanmalningar-2026-11.csv")
    rows = ["Ärendenummer;Personnummer;Namn;Första sjukdag;Anmäld;Status;Arbetsgivarens org.nr;Kontrollnummer"]
    org = ORG(d)
    for i in range(8):
        fn, ln = V.se_name()
        rows.append("%s;%s;%s %s;%s;%s;%s;%s;%s" % (LK(d, R.choice(["plain", "dash"])), PN(d, R.choice(["dash", "long"])), fn, ln, t(), t(),
                                                  R.choice(["Mottagen", "Under handläggning", "Beslut fattat"]), org, LK(d)))
    rows.append("# Exporterad från Försäkringskassan, Mina sidor för arbetsgivare, %s" % t("%Y-%m-%d %H:%M"))
    d.set("\n".join(rows))


def m1177():
    d = Doc("se-1177-meddelanden/inkorg-export.txt")
    p1 = PN(d, "long_dash")
    p2 = PN(d, "long_dash", y0=2012, y1=2020)
    L = ["1177 – Inkorg (utskrift)", "Inloggad: %s" % p1, ""]
    for i in range(6):
        L += ["Från: %s" % R.choice(["Vårdcentralen Näcken", "Barn- och ungdomsmottagningen Solna", "Tandvården Folktandvården Ekeby", "Röntgen Danderyd"]),
              "Datum: %s" % t("%Y-%m-%d %H:%M"),
              "Ämne: %s" % R.choice(["Bokningsbekräftelse", "Påminnelse om besök", "Provsvar finns", "Ombokning"]),
              "Gäller: %s" % (p2 if i % 2 else p1),
              "Din bokning har nummer %s. Ta med giltig legitimation. Avboka senast 24 timmar innan, ange bokningsnummer %s." % (LK(d, "plain"), "%s"),
              "Referens: %s" % LK(d, "dash"), "—"]
        L[-3] = L[-3] % LK(d, "plain")
    L.append("Frågor? Ring 1177. Du är inloggad med BankID.")
    d.set("\n".join(L))


def af():
    for i in range(3):
        d = Doc("se-arbetsformedlingen-brev/beslut-%d.txt" % (i + 1))
        fn, ln = V.se_name()
        p = PN(d, R.choice(["dash", "long_dash"]), y0=1965, y1=2004)
        d.set('''Arbetsförmedlingen
Box 2008, 103 11 Stockholm
Org.nr %s

%s %s
%s
Storgatan %d
%s %s

Datum: %s
Diarienummer: Af-%s
Ärendenummer: %s

Beslut om aktivitetsstöd

Du har rätt till aktivitetsstöd från och med %s. Ersättningen betalas ut av Försäkringskassan.
Ange ärendenummer %s och ditt personnummer %s när du kontaktar oss.

Referensnummer för utbetalning (OCR): %s

Med vänlig hälsning
Arbetsförmedlingen, enhet %s
''' % (ORG(d), fn, ln, p, R.randint(1, 90), "%03d %02d" % (R.randint(100, 989), R.randint(10, 99)), R.choice(["Uppsala", "Luleå", "Malmö", "Borås"]),
           t(), "2026/%06d" % R.randint(1, 999999), LK(d, "plain"), t(), "%s", p, LK(d, "long"), R.choice(["Stöd och matchning", "Ersättning", "Etablering"])))
        d.body = d.body.replace("Ange ärendenummer %s", "Ange ärendenummer " + LK(d, "dash"))


def lantmateriet():
    d = Doc("se-lantmateriet-lagfart/fastighetsutdrag-SOLNA-HAGALUND-3-14.txt")
    p1, p2 = PN(d, "long_dash"), PN(d, "long_dash")
    d.set('''FASTIGHETSREGISTER – ALLMÄN DEL / INSKRIVNINGSDEL
Utskrivet %s

Fastighet: SOLNA HAGALUND 3:14
Nyckel: %s
Församling: Solna
Areal: 612 kvm

LAGFART
Ägare                               Andel   Inskrivningsdag   Akt
%s  Erik Johansson            1/2     %s        %s
%s  Anna Lindqvist            1/2     %s        %s
Köp %s, köpeskilling 6 450 000 SEK

INTECKNINGAR
Nr 1  2 000 000 SEK  %s  Akt %s
Nr 2  1 500 000 SEK  %s  Akt %s
Pantbrevsinnehavare: Stadshypotek AB, org.nr %s

TAXERINGSUPPGIFTER
Taxeringsenhet %s, typkod 220
''' % (t(), LK(d, "plain"), p1, t(), LK(d, "dash"), p2, t(), LK(d, "dash"), t(), t(), LK(d, "dash"), t(), LK(d, "dash"), ORG(d), LK(d, "plain")))


def kivra():
    d = Doc("se-kivra-meddelanden/kivra-export.json")
    msgs = []
    owner = PN(d, "long")
    for i in range(9):
        sender = R.choice([("Vattenfall AB", ORG(d, False)), ("Telia Sverige AB", ORG(d, False)), ("Stockholms stad", ORG(d, False)),
                           ("Folksam", ORG(d, False)), ("Skatteverket", ORG(d, False))])
        m = {"key": d.N(V.rs(V.HEX, 24)), "sender_name": sender[0], "sender_key": sender[1], "recipient": {"ssn": owner},
             "subject": R.choice(["Faktura", "Påminnelse", "Lönespecifikation", "Kontrolluppgift", "Beslut"]), "created_at": t("%Y-%m-%dT%H:%M:%SZ"),
             "payment": {"amount": "%d.00" % R.randint(99, 9000), "currency": "SEK", "due_date": t(), "ocr": LK(d, R.choice(["plain", "long"])),
                         "account": "BG %d-%04d" % (R.randint(100, 9999), R.randint(0, 9999))}, "invoice_number": LK(d, "plain")}
        if m["subject"] == "Lönespecifikation":
            m["payment"] = None
            m["body_excerpt"] = "Lönespecifikation för %s, anställningsnummer %s" % (owner, LK(d, "plain"))
        msgs.append(m)
    other = PN(d, "long", y0=2010, y1=2020)
    msgs.append({"key": d.N(V.rs(V.HEX, 24)), "sender_name": "Försäkringskassan", "recipient": {"ssn": owner},
                 "subject": "Barnbidrag", "body_excerpt": "Barnbidrag för barn %s betalas ut den 20:e. Ärende %s." % (other, LK(d, "dash"))})
    d.set(json.dumps({"account": {"ssn": owner}, "content": msgs}, indent=2, ensure_ascii=False))


def brf():
    d = Doc("se-brf-medlemsforteckning/medlemsforteckning-brf-tallkotten.csv")
    rows = ["Lgh nr (SKV);Föreningens nr;Medlem;Personnummer;Andel;Tillträde;Avtalsnummer;Avgiftsavi OCR"]
    for i in range(10):
        fn, ln = V.se_name()
        sam = i == 7
        rows.append("%d;%d;%s %s;%s;%s;%s;%s;%s" % (1101 + i * 3 if i < 5 else 1201 + i, i + 1, fn, ln, PN(d, R.choice(["dash", "long_dash"]), samordning=sam),
                                                     R.choice(["100%", "50%"]), t(), LK(d, "plain"), LK(d, "long")))
    rows.append(";;Bostadsrättsföreningen Tallkotten;%s;;;;" % ORG(d))
    d.set("\n".join(rows))


def idrott():
    d = Doc("se-idrottsforbund-licens/licensregister-2027.tsv")
    rows = ["Licensnr\tFörening\tNamn\tFödd/personnr\tKlass\tBetald\tBetalningsref"]
    for i in range(10):
        fn, ln = V.se_name()
        rows.append("%s\t%s\t%s %s\t%s\t%s\t%s\t%s" % (LK(d, "plain"), R.choice(["IK Göta", "Hammarby IF", "Umeå IK", "Örgryte IS"]), fn, ln,
                                                       PN(d, R.choice(["plain", "dash", "long"]), y0=1960, y1=2012), R.choice(["H21", "D35", "H16", "D18"]), t(), LK(d, "dash")))
    rows.append("\t\tSvenska Orienteringsförbundet, org.nr %s\t\t\t\t" % ORG(d))
    d.set("\n".join(rows))


def gymnasie():
    d = Doc("se-gymnasieantagning/antagna-NA-2026.csv")
    rows = ["ansokningsnr,personnummer,fornamn,efternamn,program,meritvarde,antagen_datum,elevid"]
    for i in range(10):
        fn, ln = V.se_name()
        rows.append("%s,%s,%s,%s,%s,%d,%s,%s" % (LK(d, "plain"), PN(d, R.choice(["long", "long_dash"]), y0=2009, y1=2010, samordning=(i == 4)), fn, ln,
                                                 R.choice(["NA", "SA", "TE", "EK"]), R.randint(180, 340), t(), LK(d, "plain")))
    d.set("\n".join(rows))


def skolkonto():
    d = Doc("se-skolkonto-brev/valkomstbrev-7B.txt")
    parts = []
    for i in range(8):
        fn, ln = V.se_name()
        p = PN(d, "long_dash", y0=2013, y1=2013)
        pw = d.S("password", V.password(R.choice(["human", "pin_word"]), "!#%+-=?@"))
        parts.append('''Välkommen till Ekebyskolan, %s %s!
Personnummer: %s      Elev-id: %s

Ditt konto till skoldatorn och lärplattformen:
  Användarnamn: %s%s%02d
  Tillfälligt lösenord: %s

Du måste byta lösenord första gången du loggar in. Lösenordet ska vara minst 8 tecken.
Låneavtal dator nr %s – lämnas påskrivet till mentor.
''' % (fn, ln, p, LK(d, "plain"), fn[:3].lower(), ln[:3].lower().replace("ö", "o").replace("å", "a").replace("ä", "a"), R.randint(1, 99), pw, LK(d, "dash")))
    d.set("\n----------------------------------------------------------- (klipp här)\n\n".join(parts))


def vaccination():
    d = Doc("se-vaccinationsjournal/vaccinationer-influensa-v47.csv")
    rows = ["Bokningsnr;Personnr/Samordningsnr;Namn;Vaccin;Batch;Datum;Vaccinatör;Fakturaref"]
    for i in range(8):
        fn, ln = V.se_name()
        rows.append("%s;%s;%s %s;%s;%s;%s;%s;%s" % (LK(d, "plain"), PN(d, R.choice(["dash", "long"]), y0=1938, y1=1961, samordning=(i in (2, 5))), fn, ln,
                                                    R.choice(["Vaxigrip Tetra", "Fluenz", "Comirnaty JN.1"]), d.N(R.choice(["X", "Y", "S"]) + V.rs(V.UP + V.DG, 6)), t(),
                                                    R.choice(["SSK Maja B", "SSK Elin S"]), LK(d, "long_dash")))
    d.set("\n".join(rows))


def lonespec():
    for i in range(3):
        d = Doc("se-lonespecifikation/lonespec-2026-11-%d.txt" % (i + 1))
        fn, ln = V.se_name()
        p = PN(d, R.choice(["dash", "long_dash"]), y0=1962, y1=2003)
        d.set('''LÖNESPECIFIKATION                      Utbetalningsdag %s
Kvarnholm Logistik AB, org.nr %s
Anställd: %s %s   Personnr: %s   Anst.nr: %s
Kostnadsställe 4100

Månadslön                           34 500,00
Sjukavdrag dag 2-14 (ärende %s)   -1 812,40
Preliminärskatt tabell 32           -8 904,00
Nettolön                            23 783,60

Utbetalas till konto 8327-9, %s
Referens lönefil: %s
''' % (t(), ORG(d), fn, ln, p, LK(d, "plain"), LK(d, "dash"), "%d %03d %03d-%d" % (R.randint(100, 999), R.randint(0, 999), R.randint(0, 999), R.randint(0, 9)), LK(d, "long")))


def build():
    fk_portal()
    m1177()
    af()
    lantmateriet()
    kivra()
    brf()
    idrott()
    gymnasie()
    skolkonto()
    vaccination()
    lonespec()
