"""Swedish carriers: personnummer beside date-shaped Luhn-valid look-alikes, organisation numbers, OCR; phones."""
import json
from common import *

KFM_PHONE = None


def la10():
    return se_lookalike(10)


def la12():
    return se_lookalike(12)


def kronofogden():
    for n in range(3):
        d = Doc("se-kronofogden-brev/%s.txt" % ["foreläggande-betalning", "beslut-utmatning-lon", "skuldsanering-beslut"][n])
        nm = se_name()
        st, pc, city = se_addr()
        pn = d.pn(form=R.choice(["10d", "12d"]))
        mal = "%02d-%06d-26" % (R.randint(10, 99), R.randint(0, 999999))
        ocrv = ocr(12)
        sok_org = orgnr()
        kfm_tel = d.L("phone", "0771-73 73 00") if n == 0 else "0771-73 73 00"
        if n == 0:
            body = """KRONOFOGDEN                                   FÖRELÄGGANDE
                                              Datum: 2026-10-%02d
                                              Målnummer: %s
                                              Er referens: %s

%s
%s
%s %s

Personnummer: %s

Sökande: Nordisk Inkasso Partner AB, org.nr %s
Fordringens grund: obetald faktura nr %s avseende mobilabonnemang
Kapitalbelopp: 4 812,00 kr
Ränta enligt 6 § räntelagen från 2026-06-30
Ersättning för kostnader: 380 kr

Du föreläggs att inom två veckor från delgivningen yttra dig över ansökan.
Har du betalat? Skicka in kvittot och ange målnumret.

Betalning till sökanden: bankgiro 5%03d-%04d, OCR %s

Frågor? Ring oss på %s (vardagar 8-16) eller skriv via kronofogden.se.
Ansökan kom in 2026-10-%02d med ärende-ID %s.
""" % (R.randint(10, 28), mal, la10(), nm, st, pc, city, pn, sok_org, la10(), R.randint(100, 999), R.randint(0, 9999), ocrv, kfm_tel, R.randint(1, 9), la12())
        elif n == 1:
            emp = se_name()
            body = """KRONOFOGDEN
Beslut om utmätning av lön                       Målnummer: %s
                                                 Beslutsdatum: 2026-10-%02d
Gäldenär
%s, %s
%s, %s %s

Arbetsgivare
Mälardalens Bygg & Montage AB (org.nr %s)
Lönekontor, kontaktperson: %s, telefon %s

Kronofogden har beslutat att utmäta del av lön för gäldenären med
personnummer %s. Förbehållsbelopp: 8 %03d kr per månad.
Utmätt belopp ska betalas in till Kronofogdens bankgiro 5052-5022 med
OCR-nummer %s senast den 20:e varje månad.

Tidigare beslut %s (avslutat) och betalningsreferens %s gäller inte längre.
Medsökande make/maka: %s (personnummer %s) berörs inte av beslutet.
""" % (mal, R.randint(10, 28), nm, pn, st, pc, city, orgnr(), emp, d.ph("SE", False), pn, R.randint(100, 999), ocrv, la12(), la10(), se_name(), d.pn(form="10d"))
        else:
            body = """KRONOFOGDEN – Beslut om skuldsanering
Ärendenummer: %s      Datum: 2026-10-%02d

Sökande: %s, personnummer %s
Adress: %s, %s %s
Telefon (mobil): %s

Borgenärer (urval)                       Org.nr/personnr        Fordrans ref.
Collectia Finans AB                       %s            %s
Svea Kredit AB                            %s            %s
Privat långivare: %s                %s          avtal %s
Skatteverket (restförda skatter)          %s            %s

Betalningsplan: 5 år, första betalning 2026-12-31. Plan-ID %s.
Handläggare: %s, tfn %s
""" % (la12(), R.randint(10, 28), nm, pn, st, pc, city, d.ph("SE", False), orgnr(), la10(), orgnr(), ocr(10), se_name(), d.pn(form="12d"), la10(),
       orgnr(sixteen=True, dash=False), la12(), la10(), se_name(), d.L("phone", "010-%d %02d %02d" % (R.randint(570, 579), R.randint(10, 99), R.randint(10, 99))))
        d.write(body)


def bolagsverket():
    for n in range(2):
        d = Doc("se-bolagsverket/%s.txt" % ["andringsanmalan-styrelse", "arsredovisning-faststallelseintyg"][n])
        org = orgnr()
        if n == 0:
            rows = []
            for role in ["Ordinarie ledamot, ordförande", "Ordinarie ledamot", "Ordinarie ledamot", "Suppleant", "Verkställande direktör", "Revisor (huvudansvarig)"]:
                if role.startswith("Revisor"):
                    rows.append("%-34s %-22s %s (revisionsbolag org.nr %s)" % (role, se_name(), "–", orgnr()))
                else:
                    rows.append("%-34s %-22s %s" % (role, se_name(), d.pn(form=R.choice(["10d", "12d", "12"]))))
            d.write("""BOLAGSVERKET – Ändringsanmälan aktiebolag (blankett 816)
Ärendenummer: %s
Företagsnamn: Fjällgården Fastighetsförvaltning AB
Organisationsnummer: %s
Registreringsdatum ändring: 2026-10-%02d

Avgående ledamöter
Ordinarie ledamot                  %-22s %s (samordningsnummer)

Tillträdande / kvarstående
%s

Firmateckning: Styrelsen. Firman tecknas två i förening av ledamöterna.
Anmälan gjord av: ombud %s, telefon %s
Avgift 1 000 kr betald, betalningsreferens %s, kvitto nr %s
""" % (la12(), org, R.randint(1, 28), se_name(), d.pn(form="10d", samord=True), "\n".join(rows), se_name(), d.ph("SE", False), ocr(12), la10()))
        else:
            d.write("""FASTSTÄLLELSEINTYG

Undertecknad styrelseledamot i Norrsken Mjukvara AB, org.nr %s,
intygar att resultaträkningen och balansräkningen har fastställts på
årsstämma 2026-05-%02d. Årsstämman beslutade att godkänna styrelsens
förslag till vinstdisposition.

Jag intygar även att innehållet i dessa kopior överensstämmer med originalen.

Stockholm den 2026-06-%02d

%s
Personnummer: %s
Ordförande

Inlämnad digitalt. Ärende-ID: %s  Transaktionsnummer: %s
Moderbolag: Norrsken Holding AB (%s), koncernredovisning lämnas av %s.
Revisorns personnummer anges inte (revisionsbolag %s).
""" % (org, R.randint(10, 28), R.randint(1, 28), se_name(), d.pn(form="12d"), la12(), la10(), orgnr(), orgnr(sixteen=True, dash=False), orgnr()))


def fack():
    d = Doc("se-fackforbund-register/medlemsregister-avd12.csv")
    rows = ["Medlemsnr;Personnummer;Namn;Adress;Postnr;Ort;Mobil;Avgiftsklass;Inträde;Arbetsgivare;Arbetsgivare orgnr;Senaste OCR"]
    for i in range(14):
        st, pc, city = se_addr()
        mob = d.ph("SE", False) if R.random() < 0.8 else ""
        rows.append(";".join([la10(), d.pn(form=R.choice(["10d", "12d", "12", "10"]), samord=(i == 5)), se_name(), st, pc, city, mob, R.choice(["A", "B", "C", "Stud"]),
                              "20%02d-%02d-01" % (R.randint(5, 26), R.randint(1, 12)), R.choice(["Region Västra Götaland", "Volvo Cars", "Ica Sverige", "Sandvik"]), orgnr(), ocr(11)]))
    rows.append("%s;;(pensionär – pnr saknas);;;;;;;;;" % la10())
    d.write("\n".join(rows) + "\n")


def kontoutdrag():
    d = Doc("se-kontoutdrag/transaktioner-2026-10.csv")
    rows = ["Bokföringsdag;Valutadag;Referens;Text;Belopp;Saldo"]
    bal = 18423.55
    for i in range(26):
        r = R.random()
        if r < 0.2:
            txt = "Swish från %s %s" % (se_name().upper(), d.L("phone", phone("SE", False).replace(" ", "").replace("-", "")))
            amt = R.randint(50, 900)
        elif r < 0.3:
            txt = "Överföring till personkonto 3300 %s" % d.pn(form="10")
            amt = -R.randint(200, 5000)
        elif r < 0.5:
            txt = "BG %04d-%04d OCR %s" % (R.randint(100, 9999), R.randint(1000, 9999), ocr())
            amt = -R.randint(100, 9000)
        elif r < 0.7:
            txt = "Kortköp %s ICA NARA SOLNA" % "26%02d%02d" % (10, R.randint(1, 28))
            amt = -round(20 + R.random() * 800, 2)
        elif r < 0.8:
            txt = "Lön NORDIC TECH AB"
            amt = 34120.0
        else:
            txt = "Autogiro HYRESGÄSTFÖR. avtal %s" % la10()
            amt = -R.randint(80, 300)
        bal += amt
        rows.append("2026-10-%02d;2026-10-%02d;%s;%s;%s;%s" % (i + 1 if i < 28 else 28, i + 1 if i < 28 else 28, la12() if R.random() < 0.6 else la10(), txt,
                                                             ("%.2f" % amt).replace(".", ","), ("%.2f" % bal).replace(".", ",")))
    d.write("\n".join(rows) + "\n")


def kyrka():
    d = Doc("se-kyrkobokforing/dopregister-utdrag.txt")
    out = ["SVENSKA KYRKAN – Domkyrkoförsamlingen", "Utdrag ur kyrkobok (dop) – intern förteckning, 2026", "Församlingskod 148001  Registerutdrag nr %s" % la10(), ""]
    for i in range(8):
        out.append("Dopnr %s  Dopdatum 2026-%02d-%02d" % (la12(), R.randint(1, 9), R.randint(1, 28)))
        out.append("  Barn: %s, pnr %s" % (se_name(), d.pn(form="12d", y0=2025, y1=2026)))
        out.append("  Vårdnadshavare: %s (%s), tel %s" % (se_name(), d.pn(form="10d", y0=1975, y1=2000), d.ph("SE", False)))
        out.append("  Faddrar: %s, %s   Präst: %s   Bokning %s" % (se_name(), se_name(), se_name(), la10()))
        out.append("")
    out.append("Kollekt swishas till 123 %03d %02d %02d. Kontakt expedition: %s" % (R.randint(100, 999), R.randint(10, 99), R.randint(10, 99), d.L("phone", "018-%d %02d %02d" % (R.randint(430, 439), R.randint(10, 99), R.randint(10, 99)))))
    d.write("\n".join(out) + "\n")


def bibliotek():
    d = Doc("se-bibliotek-lan/forsenade-lan-export.tsv")
    out = ["lanekort\tpersonnr\tnamn\ttelefon\ttitel\tisbn\tutlanad\tforfallo\treservationsnr\tfaktura"]
    for i in range(14):
        pn = d.pn(form=R.choice(["12", "10", "12d"]), y0=1950, y1=2014) if R.random() < 0.8 else ""
        out.append("\t".join(["2%013d" % R.randint(0, 10 ** 13 - 1) if False else "L" + rs(DG, 11), pn, se_name(), d.ph("SE", False) if R.random() < 0.5 else "", R.choice(["Utvandrarna", "Pippi Långstrump", "Män som hatar kvinnor", "Röda rummet", "Kallocain"]),
                              "978-91-%d-%04d-%d" % (R.randint(0, 9), R.randint(0, 9999), R.randint(0, 9)), "2026-09-%02d" % R.randint(1, 28), "2026-10-%02d" % R.randint(1, 28), la10(), la12() if R.random() < 0.5 else ""]))
    d.write("\n".join(out) + "\n")


def gym():
    d = Doc("se-gym-medlemmar/members-export.json")
    ms = []
    for i in range(12):
        ms.append({"memberId": la10(), "contractNumber": la12(), "name": se_name(), "ssn": d.pn(form=R.choice(["12", "12d", "10d"]), y0=1960, y1=2008),
                   "mobile": d.ph(R.choice(["SE", "SE", "SE", "FI", "NO", "PL"]), True), "club": R.choice(["Sundbyberg", "Kista", "Solna C"]),
                   "membershipType": R.choice(["Allt-i-ett 12 mån", "Student", "Dag"]), "autogiroMandate": ocr(10), "doorAccessCard": rs(HEX, 8).upper(), "createdAt": iso()})
    ms.append({"memberId": la10(), "contractNumber": la12(), "name": "Testmedlem", "ssn": "", "mobile": phone_fake(), "club": "Kista", "membershipType": "Test"})
    d.write(json.dumps({"exportedAt": iso(), "club_org_no": orgnr(), "members": ms}, ensure_ascii=False, indent=2) + "\n")


def skadeanmalan():
    d = Doc("se-skadeanmalan/skadeanmalningar-vecka43.xml")
    cl = []
    for i in range(8):
        cl.append("""  <Skadeanmalan>
    <Skadenummer>%s</Skadenummer>
    <Forsakringsnummer>%s</Forsakringsnummer>
    <Forsakringstagare>
      <Namn>%s</Namn>
      <Personnummer>%s</Personnummer>
      <Telefon>%s</Telefon>
    </Forsakringstagare>
    <Skadedatum>2026-10-%02d</Skadedatum>
    <Typ>%s</Typ>
    <Motpart orgnr="%s">%s</Motpart>
    <Verkstadsorder>%s</Verkstadsorder>
    <Utbetalning ocr="%s" belopp="%d"/>
  </Skadeanmalan>""" % (la12(), la10(), se_name(), d.pn(form=R.choice(["12", "12d", "10d"]), samord=(i == 3)), d.ph("SE", R.random() < .5), R.randint(1, 28),
                         R.choice(["Vattenskada", "Inbrott", "Trafik – parkeringsskada", "Glasruta"]), orgnr(), R.choice(["Bilverkstaden i Solna AB", "Länsförsäkringar motpart", "-"]),
                         la10(), ocr(12), R.randint(900, 80000)))
    d.write('<?xml version="1.0" encoding="UTF-8"?>\n<Skadeanmalningar bolag="%s" vecka="43">\n%s\n</Skadeanmalningar>\n' % (orgnr(), "\n".join(cl)))


def skolfranvaro():
    d = Doc("se-skolfranvaro/franvarorapport-7B.txt")
    out = ["Frånvarorapport – klass 7B, Björkängsskolan, vecka 42", "Genererad 2026-10-20 07:05 av Skolplattformen (rapport-ID %s)" % la12(), "",
           "%-22s %-15s %-6s %-10s %-16s %s" % ("Elev", "Personnummer", "Ogilt", "Anmält av", "VH telefon", "Ärende")]
    for i in range(10):
        out.append("%-22s %-15s %-6s %-10s %-16s %s" % (se_name(), d.pn(form=R.choice(["12d", "10d"]), y0=2012, y1=2014), "%d min" % R.randint(0, 240),
                                                         R.choice(["VH", "app", "mentor"]), d.ph("SE", False) if R.random() < 0.7 else "-", la10()))
    out += ["", "Mentor: %s  tel %s" % (se_name(), d.ph("SE", False)), "Elevhälsoteam-ärenden refereras med ärendenummer, inte personnummer.", ""]
    d.write("\n".join(out))


def vardguiden():
    d = Doc("se-vardguiden-export/ebokningar-export.json")
    bk = []
    for i in range(10):
        bk.append({"bokningsnummer": la10(), "remissId": la12(), "patient": {"namn": se_name(), "personnummer": d.pn(form=R.choice(["12", "12d"]), samord=(i == 7)),
                   "mobil": d.ph(R.choice(["SE", "SE", "DE", "DK"]), True)}, "mottagning": R.choice(["Vårdcentral Gamla Uppsala", "Ögonmottagningen", "BVC Kungsängen"]),
                   "tid": "2026-11-%02dT%02d:%02d:00+01:00" % (R.randint(1, 28), R.randint(8, 16), R.choice([0, 15, 30, 45])), "hsaId": "SE2321000024-%s" % rs(UP + DG, 6),
                   "avgiftsfaktura": ocr(10)})
    d.write(json.dumps({"export": "e-tjänster bokningar", "vardgivare_orgnr": orgnr(dash=False), "bokningar": bk}, ensure_ascii=False, indent=2) + "\n")


def hyresavier():
    d = Doc("se-hyresavier/avisering-nov-2026.txt")
    out = ["HYRESAVI november 2026 – Bostads AB Vätterhem (org.nr %s)" % orgnr(), "Bankgiro 5555-1234   Betalas senast 2026-10-31", ""]
    for i in range(8):
        out.append("Lgh %04d  Hyresgäst: %s  Kontraktsnr: %s  OCR: %s  Belopp: %d kr" % (R.randint(1000, 1999), se_name(), la10(), ocr(12), R.randint(5200, 13900)))
        if R.random() < 0.5:
            out.append("          Medhyresgäst: %s (%s)" % (se_name(), d.pn(form="10d")))
    out += ["", "Felanmälan dygnet runt: %s" % d.L("phone", "036-%d %02d %02d" % (R.randint(100, 399), R.randint(10, 99), R.randint(10, 99))), "Testnummer i mallen: %s (fiktivt)" % phone_fake(), ""]
    d.write("\n".join(out))


def build():
    kronofogden(); bolagsverket(); fack(); kontoutdrag(); kyrka(); bibliotek(); gym(); skadeanmalan(); skolfranvaro(); vardguiden(); hyresavier()
