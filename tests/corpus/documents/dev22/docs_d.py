"""Swedish registers, lists and letters: personnummer beside Luhn-valid date-shaped look-alikes."""
import json
from core import DG

DOCS = []

DOMAINS = ["gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com", "yahoo.se", "bredband.net", "spray.se", "protonmail.com"]


def doc(path, kind):
    def deco(fn):
        DOCS.append((path, fn, kind))
        return fn
    return deco


def person(d, y0=1945, y1=2004, form=None, phone=True, email=True, samordning=False):
    f, l = d.name("se")
    p = {"f": f, "l": l, "pnr": d.L("se-personnummer", d.pnr(y0, y1, form=form, samordning=samordning))}
    if phone:
        p["tel"] = d.L("phone", d.phone("se", intl=d.r.random() < 0.3))
    if email:
        p["mail"] = d.L("email", d.email(f, l, d.r.choice(DOMAINS)))
    return p


def LK(d, form="short", y0=2019, y1=2026):
    return d.X(d.se_lookalike(form, y0, y1))


@doc("se-ridskola-elevregister/elevregister-ht2025.csv", "swedish register csv")
def _(d):
    rows = ["Kundnr;Elev;Personnummer elev;Grupp;Vårdnadshavare;Telefon;E-post;Faktura-OCR;Hästvana"]
    for i in range(9):
        kid = person(d, 2010, 2018, form="long-", phone=False, email=False)
        vf, vl = d.name("se")
        tel = d.L("phone", d.phone("se"))
        mail = d.L("email", d.email(vf, kid["l"], d.r.choice(DOMAINS)))
        rows.append(";".join([LK(d, "short"), f"{kid['f']} {kid['l']}", kid["pnr"], d.r.choice(["Ponny 1", "Ponny 2", "Häst nybörjare", "Häst fortsättning", "Hoppgrupp"]),
                              f"{vf} {kid['l']}", tel, mail, LK(d, "long"), d.r.choice(["Ja", "Nej", "Lite"])]))
    rows.append(";".join([LK(d, "short"), "Testelev Testsson", d.X("19121212-1212"), "Ponny 1", "-", "-", "-", "-", "Nej"]))
    return "\n".join(rows) + "\n"


@doc("se-kulturskola-avgifter/avgiftslista-vt2026.tsv", "swedish fee list tsv")
def _(d):
    rows = ["Elev\tElevens personnummer\tÄmne\tBetalare\tBetalarens personnummer\tOCR-nummer\tAvgift (kr)\tSyskonrabatt"]
    for i in range(7):
        kid = person(d, 2008, 2018, form="short-", phone=False, email=False)
        par = person(d, 1970, 1990, form="short-", phone=False, email=False)
        rows.append("\t".join([f"{kid['f']} {kid['l']}", kid["pnr"], d.r.choice(["Piano", "Fiol", "Slagverk", "Teater", "Dans", "Gitarr"]),
                               f"{par['f']} {par['l']}", par["pnr"], LK(d, "short", 2025, 2026), str(d.r.choice([650, 850, 1100])), d.r.choice(["Nej", "Ja (-25 %)"])]))
    rows.append("")
    rows.append(f"# Bankgiro 5050-1055, betalningsmottagare Kulturskolan Mälardalen, org.nr 212000-{d.r.randint(1000, 9999)}")
    return "\n".join(rows) + "\n"


@doc("se-maklare-budgivning/budjournal-objekt-8841.txt", "swedish estate agent bid log")
def _(d):
    obj = LK(d, "short", 2024, 2026)
    lines = [f"BUDJOURNAL  —  Objektnr {obj}",
             "Bostadsrätt, Tallvägen 14 lgh 1102, 3 rok 74 m², BRF Tallbacken (org.nr 769612-4410)",
             "Utgångspris: 3 195 000 kr    Ansvarig mäklare: Helena Åberg, Fastighetsbyrå Syd",
             "",
             "Registrerade budgivare (identifierade med BankID):"]
    bidders = []
    for i in range(7):
        p = person(d, 1960, 2000, form=d.r.choice(["short-", "long-"]))
        bidders.append(p)
        lines.append(f"  B{i+1}: {p['f']} {p['l']}, pnr {p['pnr']}, tel {p['tel']}, {p['mail']}  (budgivarnr {LK(d, 'short-', 2025, 2026)})")
    lines += ["", "Bud:"]
    amt = 3195000
    t = d.ts(2026, 2026)
    for j in range(9):
        b = d.r.randrange(7)
        amt += d.r.choice([25000, 50000, 10000])
        lines.append(f"  {t:%Y-%m-%d} {d.r.randint(8, 21):02d}:{d.r.randint(0, 59):02d}  B{b+1}  {amt:,} kr".replace(",", " "))
    lines += ["", f"Kontrakt skrivs {d.ts(2026, 2026):%Y-%m-%d}. Handpenning till klientmedelskonto, referens {LK(d, 'long', 2026, 2026)}."]
    return "\n".join(lines) + "\n"


@doc("se-bilpool-medlemmar/medlemmar-export.json", "swedish member export json")
def _(d):
    mem = []
    for i in range(8):
        p = person(d, 1955, 2003, form=d.r.choice(["long", "short", "long-"]))
        mem.append({"medlemsnummer": LK(d, "short", 2018, 2025), "fornamn": p["f"], "efternamn": p["l"], "personnummer": p["pnr"],
                    "telefon": p["tel"], "epost": p["mail"], "korkortsbehorighet": d.r.choice(["B", "B, BE", "B, C1"]),
                    "bilar": d.r.sample(["Kia Niro EV", "VW ID.3", "Toyota Proace", "Renault Zoe"], 2),
                    "autogiro_referens": LK(d, "long", 2020, 2025), "aktiv": d.r.random() < 0.9})
    return json.dumps({"forening": "Bilpoolen Södermalm ek. för.", "exporterad": d.ts(2026, 2026).isoformat(), "medlemmar": mem}, ensure_ascii=False, indent=2) + "\n"


@doc("se-anstallningsavtal/anstallningsavtal-tillsvidare.txt", "swedish employment contract")
def _(d):
    p = person(d, 1975, 2000, form="long-")
    anr = LK(d, "short-", 2023, 2026)
    ref = person(d, 1960, 1985, form="short-", email=False)
    return f"""ANSTÄLLNINGSAVTAL — TILLSVIDAREANSTÄLLNING

Arbetsgivare:    Nordisk Ventilationsteknik AB, org.nr 556781-0123
                 Industrigatan 9, 721 34 Västerås
Arbetstagare:    {p['f']} {p['l']}
Personnummer:    {p['pnr']}
Adress:          Björkvägen {d.r.randint(2, 60)}, 72{d.r.randint(100, 599)} Västerås
Telefon:         {p['tel']}
E-post (privat): {p['mail']}
Anställningsnr:  {anr}

1. Befattning och tillträde
Arbetstagaren anställs som servicetekniker från och med {d.ts(2026, 2026):%Y-%m-%d}. Anställningen inleds med
sex månaders provanställning enligt 6 § LAS.

2. Lön
Månadslön 36 400 kr. Lön betalas ut den 25:e varje månad till det konto arbetstagaren anger i lönesystemet.

3. Kollektivavtal
Teknikavtalet IF Metall gäller för anställningen.

4. Närmaste chef och referensperson
Närmaste chef är {ref['f']} {ref['l']} ({ref['pnr']}), tel {ref['tel']}.

Avtalet har upprättats i två likalydande exemplar. Avtals-id i HR-systemet: {LK(d, 'long', 2026, 2026)}.

Västerås {d.ts(2026, 2026):%Y-%m-%d}

______________________________          ______________________________
Arbetsgivaren                          {p['f']} {p['l']}
"""


@doc("se-arbetsskadeanmalan/anmalan-2026-0412.xml", "swedish injury report xml")
def _(d):
    p = person(d, 1965, 2002, form="long")
    w1 = person(d, 1970, 2000, form="long", email=False)
    w2 = person(d, 1970, 2000, form="long", email=False)
    chef = person(d, 1960, 1990, form="long", phone=True, email=True)
    arende = LK(d, "long", 2026, 2026)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Arbetsskadeanmalan xmlns="urn:se:forsakringskassan:arbetsskada:v2" version="2.3">
  <Arendenummer>{arende}</Arendenummer>
  <Inlamnad>{d.ts(2026, 2026):%Y-%m-%dT%H:%M:%S}</Inlamnad>
  <Arbetsgivare>
    <Organisationsnummer>5564410987</Organisationsnummer>
    <Namn>Bygg &amp; Mark i Norrland AB</Namn>
    <Arbetsstallenummer>{d.r.randint(10000000, 99999999)}</Arbetsstallenummer>
    <Kontaktperson>
      <Namn>{chef['f']} {chef['l']}</Namn>
      <Personnummer>{chef['pnr']}</Personnummer>
      <Telefon>{chef['tel']}</Telefon>
      <Epost>{chef['mail']}</Epost>
    </Kontaktperson>
  </Arbetsgivare>
  <Skadad>
    <Personnummer>{p['pnr']}</Personnummer>
    <Fornamn>{p['f']}</Fornamn>
    <Efternamn>{p['l']}</Efternamn>
    <Telefon>{p['tel']}</Telefon>
    <Epost>{p['mail']}</Epost>
    <Anstallningsform>Tillsvidare</Anstallningsform>
  </Skadad>
  <Handelse>
    <Typ>Olycksfall</Typ>
    <Datum>{d.ts(2026, 2026):%Y-%m-%d}</Datum>
    <Beskrivning>Föll från ställning (ca 2 m) vid fasadarbete. Bruten handled vänster.</Beskrivning>
    <Vittne><Namn>{w1['f']} {w1['l']}</Namn><Personnummer>{w1['pnr']}</Personnummer><Telefon>{w1['tel']}</Telefon></Vittne>
    <Vittne><Namn>{w2['f']} {w2['l']}</Namn><Personnummer>{w2['pnr']}</Personnummer><Telefon>{w2['tel']}</Telefon></Vittne>
  </Handelse>
  <AFA>
    <Skadenummer>{LK(d, 'short', 2026, 2026)}</Skadenummer>
  </AFA>
</Arbetsskadeanmalan>
"""


@doc("se-tolkbokning/bokningar-v47.csv", "swedish booking export csv")
def _(d):
    rows = ["bokningsnr,datum,tid,sprak,patient,personnummer/samordningsnr,mottagning,tolk,tolk_tel,typ"]
    for i in range(9):
        samo = i in (2, 6)
        p = person(d, 1950, 2010, form="long-" if not samo else "long", phone=False, email=False, samordning=samo)
        tf, tl = d.name(d.r.choice(["se", "pl", "fi"]))
        tt = d.L("phone", d.phone("se"))
        rows.append(",".join([LK(d, "short", 2025, 2026), f"{d.ts(2026, 2026):%Y-%m-%d}", f"{d.r.randint(8, 16):02d}:{d.r.choice(['00', '15', '30', '45'])}",
                              d.r.choice(["arabiska", "somaliska", "tigrinja", "dari", "polska", "finska", "ukrainska", "persiska"]),
                              f"\"{p['l']}, {p['f']}\"", p["pnr"], d.r.choice(["VC Centrum", "BUP Öst", "Ortopedmott.", "Barnmorskemott."]),
                              f"{tf} {tl}", tt, d.r.choice(["plats", "telefon", "video"])]))
    return "\n".join(rows) + "\n"


@doc("se-foreningsstamma-rostlangd/rostlangd-arsstamma-2026.txt", "swedish voting list")
def _(d):
    lines = ["RÖSTLÄNGD — Ordinarie föreningsstämma", "Bostadsrättsföreningen Ekbacken 3, org.nr 716418-2290",
             f"Stämmodatum: {d.ts(2026, 2026):%Y-%m-%d}, kl. 18.30, föreningslokalen", "",
             f"{'Lgh':<6}{'Medlem':<28}{'Personnummer':<16}{'Medlemsnr':<13}{'Närvaro':<10}Fullmakt"]
    for i in range(8):
        p = person(d, 1938, 1998, form="short-", phone=False, email=False)
        fm = ""
        if i in (3, 6):
            o = person(d, 1950, 1995, form="short-", phone=False, email=False)
            fm = f"ombud {o['f']} {o['l']} ({o['pnr']})"
        lines.append(f"{1001 + i * 3:<6}{(p['f'] + ' ' + p['l']):<28}{p['pnr']:<16}{LK(d, 'short', 2010, 2024):<13}{('ja' if not fm else 'ombud'):<10}{fm}")
    lines += ["", "Justeras:", "", "______________________            ______________________",
              "Ordförande                        Justerare"]
    return "\n".join(lines) + "\n"


@doc("se-simskola-anmalan/anmalningar.jsonl", "swedish sign-up json lines")
def _(d):
    out = []
    for i in range(7):
        kid = person(d, 2014, 2020, form=d.r.choice(["long", "short"]), phone=False, email=False)
        vf, vl = d.name("se")
        vp = d.L("se-personnummer", d.pnr(1975, 1992, form="long-")) if i % 2 == 0 else None
        rec = {"anmalningsnr": LK(d, "long", 2026, 2026), "kurs": d.r.choice(["Plask & Lek", "Baddaren", "Pingvinen", "Sköldpaddan"]),
               "barn": {"namn": f"{kid['f']} {kid['l']}", "personnummer": kid["pnr"]},
               "vardnadshavare": {"namn": f"{vf} {kid['l']}", "telefon": d.L("phone", d.phone("se")), "epost": d.L("email", d.email(vf, kid["l"], d.r.choice(DOMAINS)))},
               "betalning": {"swish_referens": LK(d, "short", 2026, 2026), "belopp": 1150}}
        if vp:
            rec["vardnadshavare"]["personnummer"] = vp
        out.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(out) + "\n"
