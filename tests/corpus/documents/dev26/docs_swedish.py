"""Swedish carriers: personnummer (and samordningsnummer) beside date-shaped Luhn-valid look-alikes
(booking, order, case, claim, queue and invoice numbers dated on the event's day), organisation numbers
and other ids."""
import datetime

from core import SV_FIRST, SV_LAST, ascii_fold
from registry import doc


def name(d):
    return f"{d.r.choice(SV_FIRST)} {d.r.choice(SV_LAST)}"


def day(d, lo=(2026, 1, 2), hi=(2026, 1, 30)):
    a = datetime.date(*lo).toordinal()
    b = datetime.date(*hi).toordinal()
    return datetime.date.fromordinal(d.r.randint(a, b))


def kid_pnr(d, lo, hi, fmt="long-"):
    v = d.pnr(fmt, born=d.birth(lo, hi))
    return d.L("se-personnummer", v)


@doc("se-rot-rut-begaran-csv", "skv/rut-begaran-2026-01.csv", "swedish ROT/RUT deduction request file (csv)")
def _(d):
    rows = ["Typ;Fakturanummer;Betalningsdatum;Köparens personnummer;Arbetskostnad;Betalt belopp;Begärt belopp;Ordernummer"]
    for i in range(10):
        typ = d.r.choice(["RUT", "ROT"])
        cost = d.r.randint(8, 60) * 100
        rows.append(d.T(f"{typ};⟨lkpnr:long⟩;2026-01-{d.r.randint(5, 28):02d};⟨pnr:long⟩;{cost};{cost // 2};{cost // 2};⟨lkpnr:long-⟩"))
    return "\n".join(rows) + "\n"


@doc("se-alecta-tjanstepension-besked-txt", "brev/tjanstepension-besked-2026.txt", "swedish occupational pension decision letter (text)")
def _(d):
    return d.T('''Alecta
103 73 Stockholm

Besked om ålderspension                                  Datum: 2026-01-16
Ärendenummer: ⟨lkpnr:long-⟩                                Sida 1 (2)

Margareta Lindqvist
Storgatan 14 B
582 23 Linköping

Personnummer: ⟨pnr:long-#p⟩

Din tjänstepension ITP 2 betalas ut med 8 412 kronor i månaden före skatt från
och med februari 2026. Utbetalningen är livsvarig.

Uppgifter vi har använt:
  Efterlevandeskydd, förmånstagare:   ⟨pnr:long-⟩
  Pensionsmedförande lön:             41 250 kr/mån

Utbetalning sker den 19:e varje månad till ditt konto hos Swedbank.
Referensnummer för utbetalningen: ⟨lkpnr:long⟩

Har du frågor? Kontakta oss och uppge ärendenummer och ditt
personnummer (⟨=p⟩).
''')


@doc("se-polisen-passkvitto-txt", "pass/kvitto-passansokan.txt", "swedish passport application receipt (text)")
def _(d):
    return d.T('''POLISEN – KVITTO PÅ ANSÖKAN OM PASS

Ansökningsdatum:     2026-01-14
Ärendenummer:        ⟨lkpnr:long⟩
Passexpedition:      Göteborg, Ernst Fontells plats

Sökande
  Namn:              Hugo Sandberg
  Personnummer:      ⟨pnr:long-⟩
  Vårdnadshavare 1:  ⟨pnr:long-⟩
  Vårdnadshavare 2:  ⟨pnr:long-⟩

Tidigare pass
  Passnummer:        ⟨pp:se⟩
  Giltigt till:      2026-03-02

Avgift:              400 kr    Betalt: kort (⟨mask:mc.last4⟩)
Kvittonummer:        ⟨lkpnr:long-⟩

Passet skickas till utlämningsstället inom cirka 10 arbetsdagar.
''')


@doc("se-babysim-kursbokning-csv", "babysim/kursbokningar-vt26.csv", "swedish baby swimming course bookings export")
def _(d):
    rows = ["Bokningsnr,Barnets namn,Personnummer,Grupp,Vårdnadshavare,Telefon,E-post,Betald"]
    for i in range(9):
        first = d.r.choice(SV_FIRST)
        last = d.r.choice(SV_LAST)
        row = d.T(f"⟨lkpnr:long⟩,{first} {last},") + kid_pnr(d, 2024, 2025, d.r.choice(["long-", "long"])) + \
            d.T(f",{d.r.choice(['Babysim 1', 'Babysim 2', 'Knattesim', 'Plask & lek'])},{d.r.choice(SV_FIRST)} {last},⟨ph:se.nat⟩,") + \
            d.L("email", d.email("person", last=last)) + f",{d.r.choice(['ja', 'ja', 'nej'])}"
        rows.append(row)
    return "\n".join(rows) + "\n"


@doc("se-sommarlager-deltagarlista-tsv", "lager/deltagare-vecka27.tsv", "swedish summer camp participant list (tsv)")
def _(d):
    rows = ["Deltagare\tPersonnr\tAllergier\tMålsman tel\tAnmälningsnr"]
    for i in range(9):
        al = d.r.choice(["-", "nötter", "laktos", "gluten", "-", "pälsdjur"])
        rows.append(f"{name(d)}\t" + kid_pnr(d, 2011, 2017, "short-") + d.T(f"\t{al}\t⟨ph:se⟩\t⟨lkpnr:short-⟩"))
    return "\n".join(rows) + "\n"


@doc("se-gymnasie-busskort-beslut", "busskort/beslut-ht26.txt", "swedish upper-secondary bus pass decisions list")
def _(d):
    out = ["ELEVRESOR / BUSSKORT – BESLUTSLISTA HT 2026", "Utskriven 2026-01-19 av handläggare EH", "",
           f"{'Ärende':<16}{'Elev':<26}{'Personnummer':<16}{'Beslut':<10}Skola"]
    for i in range(9):
        p = kid_pnr(d, 2008, 2011, "long-")
        out.append(d.T(f"⟨lkpnr:long-⟩ ") + f"{name(d):<26}{p:<16}{d.r.choice(['Bifall', 'Avslag', 'Bifall']):<10}"
                   f"{d.r.choice(['Katedralskolan', 'Polhemsgymnasiet', 'Naturbruksgymnasiet'])}")
    out += ["", "Ärendenummer har formatet ÅÅÅÅMMDD-NNNN (registreringsdag + löpnummer)."]
    return "\n".join(out) + "\n"


@doc("se-vardcentral-listningsfil-xml", "listning/listningar-202601.xml", "swedish primary care listing export (xml)")
def _(d):
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<Listningar vardenhet="⟨x:SE2321000⟩⟨int:6⟩" period="2026-01">']
    out[1] = d.T(out[1])
    for i in range(9):
        sam = d.r.random() < 0.2
        v = d.pnr("long", sam=sam)
        d.L("se-personnummer", v)
        out.append(d.T(f'  <Listning id="⟨lkpnr:long⟩"><Personnummer>{v}</Personnummer>'
                       f'<Listningsdatum>2026-01-{d.r.randint(2, 28):02d}</Listningsdatum>'
                       f'<Lakare>{d.r.choice(["Dr Öberg", "Dr Falk", "Dr Hassan"])}</Lakare></Listning>'))
    out.append("</Listningar>")
    return "\n".join(out) + "\n"


@doc("se-frikort-hogkostnadsskydd-csv", "frikort/frikort-utfardade-2026-01.csv", "swedish health care fee exemption card register")
def _(d):
    rows = ["frikortsnummer;personnummer;namn;giltigt_from;giltigt_tom;utfardat_av"]
    for i in range(9):
        rows.append(d.T(f"⟨lkpnr:long-⟩;⟨pnr:short-⟩;{name(d)};2026-01-{d.r.randint(2, 28):02d};2027-01-{d.r.randint(2, 28):02d};VC Centrum"))
    return "\n".join(rows) + "\n"


@doc("se-hembygdsforening-medlemmar-csv", "hembygd/medlemmar-2026.csv", "swedish local heritage society member list")
def _(d):
    rows = ["Inbetalningsref,Aktivitet,Medlem,Personnummer,Kön,Avgift"]
    for i in range(8):
        rows.append(d.T(f"⟨lkpnr:long⟩,{d.r.choice(['Släktforskning', 'Slåtterfest', 'Kulturvandring', 'Bygdegården'])},{name(d)},⟨pnr:long⟩,{d.r.choice('MK')},{d.r.choice([150, 250, 300])} kr"))
    return "\n".join(rows) + "\n"


@doc("se-batplats-ko-export-json", "hamn/batplatsko.json", "swedish marina berth queue export (json)")
def _(d):
    items = []
    for i in range(8):
        items.append(d.T(f'''    {{
      "kopost": "⟨lkpnr:long-⟩",
      "namn": "{name(d)}",
      "personnummer": "⟨pnr:long-⟩",
      "telefon": "⟨ph:se⟩",
      "epost": "⟨em:person⟩",
      "ko_datum": "20{d.r.randint(14, 25)}-0{d.r.randint(1, 9)}-1{d.r.randint(0, 9)}",
      "batbredd_m": {d.r.choice(["2.5", "3.0", "3.5"])}
    }}'''))
    return '{\n  "hamn": "Kalmar gästhamn",\n  "koplatser": [\n' + ",\n".join(items) + "\n  ]\n}\n"


@doc("se-ob-tidrapport-lon-csv", "lon/tidrapport-ob-2026-01.csv", "swedish payroll time report with unsocial hours (csv)")
def _(d):
    rows = ["Anst.nr;Personnummer;Namn;Datum;OB-timmar;OB-typ;Attestnr"]
    for i in range(9):
        rows.append(d.T(f"{d.r.randint(1000, 1999)};⟨pnr:long⟩;{name(d)};2026-01-{d.r.randint(2, 28):02d};{d.r.randint(2, 9)},{d.r.choice('05')};{d.r.choice(['OB1', 'OB2', 'OB3'])};⟨lkpnr:long⟩"))
    return "\n".join(rows) + "\n"


@doc("se-ungdomsmottagning-tidbok-ics", "tidbok/um-vecka04.ics", "swedish youth clinic appointment calendar (ics)")
def _(d):
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tidbok//UM 3.2//SV"]
    for i in range(8):
        dd = day(d, (2026, 1, 19), (2026, 1, 23))
        out += ["BEGIN:VEVENT", d.T("UID:⟨uuid⟩@tidbok"), f"DTSTART:{dd:%Y%m%d}T{d.r.randint(8, 15):02d}0000",
                f"SUMMARY:Besök – {d.r.choice(['barnmorska', 'kurator', 'läkare'])}",
                "DESCRIPTION:Pnr " + kid_pnr(d, 2003, 2010, "short-") + d.T(" • Bokningsnr ⟨lkpnr:short-⟩ • SMS-påminnelse skickad"),
                "END:VEVENT"]
    out.append("END:VCALENDAR")
    return "\r\n".join(out) + "\r\n"


@doc("se-tolkformedling-uppdrag-csv", "tolk/uppdrag-2026-01-19.csv", "swedish interpreter agency assignments")
def _(d):
    rows = ["Uppdragsnr,Datum,Språk,Patient/klient,Personnr/samordningsnr,Beställare,Tolk-ID"]
    for i in range(9):
        sam = i % 3 == 0
        v = d.L("se-personnummer", d.pnr("long-", sam=sam))
        rows.append(d.T(f"⟨lkpnr:long-⟩,2026-01-{d.r.randint(19, 30)},{d.r.choice(['arabiska', 'dari', 'somaliska', 'tigrinja', 'ukrainska'])},{name(d)},") + v
                    + f",{d.r.choice(['Akuten SÄS', 'Socialtjänsten', 'Migrationsverket', 'VC Hageby'])},T{d.r.randint(1000, 9999)}")
    return "\n".join(rows) + "\n"


@doc("se-skogsauktion-budlista-txt", "auktion/budlista-skog-alvsbyn.txt", "swedish forest property auction bid log")
def _(d):
    out = ["BUDLISTA – Skogsfastighet Älvsbyn Korsträsk 3:14 (42 ha)", "Objektnr: " + d.T("⟨lkpnr:long⟩"), ""]
    amt = 2_450_000
    for i in range(8):
        amt += d.r.choice([25_000, 50_000, 10_000])
        out.append(d.T(f"2026-01-{15 + i // 2} {d.r.randint(9, 20):02d}:{d.r.randint(0, 59):02d}  {amt:>11,} kr  ").replace(",", " ")
                   + f"{name(d):<22}" + d.T("pnr ⟨pnr:short-⟩  tel ⟨ph:se.nat⟩"))
    out += ["", "Budgivningen avslutad 2026-01-17. Kontraktsskrivning bokad, bokningsnr " + d.T("⟨lkpnr:long-⟩") + "."]
    return "\n".join(out) + "\n"


@doc("se-bilverkstad-arbetsorder-txt", "verkstad/arbetsorder-samlad-v04.txt", "swedish car workshop work orders")
def _(d):
    out = ["VERKSTADEN I MÖLNDAL AB  org.nr " + d.T("⟨orgnr⟩"), ""]
    for i in range(8):
        reg = "".join(d.r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3)) + f" {d.r.randint(10, 99)}{d.r.choice('0123456789ABC')}"
        out += [d.T(f"Arbetsorder ⟨lkpnr:long-⟩   Reg.nr {reg}"),
                f"  Kund: {name(d)}, " + d.T("pnr ⟨pnr:long-⟩, tel ⟨ph:se.nat⟩"),
                f"  Åtgärd: {d.r.choice(['Däckskifte', 'Service A', 'Bromsbelägg fram', 'Felsökning ABS'])}", ""]
    return "\n".join(out)


@doc("se-hemforsakring-skadeanmalan-json", "skador/skadeanmalan-batch-0119.jsonl", "swedish home insurance claims (jsonl)")
def _(d):
    out = []
    for i in range(8):
        out.append(d.T('{"skadenummer":"⟨lkpnr:long⟩","forsakringsnummer":"⟨int:10⟩","forsakringstagare":{"namn":"'
                       + name(d) + '","personnummer":"⟨pnr:long⟩","telefon":"⟨ph:se.e164⟩"},"skadedatum":"2026-01-'
                       + f'{d.r.randint(2, 18):02d}","skadetyp":"{d.r.choice(["vattenskada", "inbrott", "stöld cykel", "brand"])}","utbetalning_konto":"⟨iban:SE⟩"}}'))
    return "\n".join(out) + "\n"


@doc("se-vigsel-protokoll-txt", "vigsel/protokoll-2026-01-17.txt", "swedish civil wedding ceremony record")
def _(d):
    return d.T('''VIGSELPROTOKOLL
Vigselförrättare: Lena Ekström, förordnad av Länsstyrelsen Västra Götaland
Datum och plats: 2026-01-17, Rådhuset, Göteborg
Hindersprövning: ärende ⟨lkpnr:long-⟩ (Skatteverket)

Part 1:  Amira Hassan         Personnummer ⟨pnr:long-⟩
Part 2:  Johan Nyström        Personnummer ⟨pnr:long-⟩

Vittne 1: Sara Lindberg        ⟨pnr:short-⟩
Vittne 2: Yusuf Mohammed       ⟨sam:short-⟩

Protokollnummer: ⟨lkpnr:long⟩
''')


@doc("se-hyresgaranti-ansokan-json", "api/hyresgaranti/ansokan-88121.json", "swedish rental guarantee application api body")
def _(d):
    return d.T('''{
  "ansokningsnummer": "⟨lkpnr:long⟩",
  "sokande": {
    "namn": "Tove Åkesson",
    "personnummer": "⟨pnr:long#p⟩",
    "telefon": "⟨ph:se.e164⟩",
    "epost": "⟨em:person⟩"
  },
  "medsokande": {
    "namn": "Axel Blom",
    "personnummer": "⟨pnr:long⟩"
  },
  "hyresvard": {"namn": "Solhem Fastigheter AB", "organisationsnummer": "⟨orgnr⟩"},
  "objekt": {"adress": "Solhemsvägen 4, lgh 1203", "manadshyra": 9850, "kontraktsnummer": "⟨lkpnr:long-⟩"},
  "utbetalningskonto": "⟨iban:SE⟩",
  "bankid_signering": {"orderRef": "⟨uuid⟩", "personalNumber": "⟨=p⟩", "status": "complete"}
}
''')


@doc("se-plikt-monstring-kallelse-txt", "plikt/kallelse-lista-2026.txt", "swedish conscription test call list")
def _(d):
    out = ["PLIKTVERKET – KALLELSE TILL MÖNSTRING", "Mönstringsort: Kristinehamn    Vecka: 6 2026", "",
           "Kallelsenr      Namn                     Personnummer    Tid"]
    for i in range(9):
        out.append(d.T("⟨lkpnr:long-⟩ ") + f" {name(d):<24} " + kid_pnr(d, 2007, 2008, "long-") + f"   {d.r.randint(7, 9):02d}:{d.r.choice(['00', '30'])}")
    return "\n".join(out) + "\n"


@doc("se-elnat-anslutning-kundlista-csv", "elnat/nya-anslutningar-2026-01.csv", "swedish electricity grid new connections customer list")
def _(d):
    rows = ["Anläggnings-id;Kund;Personnr/Orgnr;Adress;Säkring;Anslutningsärende"]
    for i in range(9):
        if i % 3 == 2:
            who = d.T("Brf Ängen;⟨orgnr⟩")
        else:
            who = f"{name(d)};" + d.L("se-personnummer", d.pnr("short"))
        rows.append(d.T(f"735999⟨int:12⟩;") + who + f";{d.r.choice(['Ängsvägen', 'Björkgatan', 'Industrivägen'])} {d.r.randint(1, 40)};{d.r.choice(['16A', '20A', '25A'])};" + d.T("⟨lkpnr:long-⟩"))
    return "\n".join(rows) + "\n"


@doc("se-korttidsboende-beslut-csv", "omsorg/korttid-beslut-jan.csv", "swedish short-term care placement decisions")
def _(d):
    rows = ["beslutsnr|personnummer|namn|from|tom|enhet"]
    for i in range(9):
        rows.append(d.T(f"⟨lkpnr:long⟩|⟨pnr:long-⟩|{name(d)}|2026-01-{d.r.randint(2, 15):02d}|2026-02-{d.r.randint(1, 27):02d}|{d.r.choice(['Solgården', 'Eken', 'Lindhemmet'])}"))
    return "\n".join(rows) + "\n"
