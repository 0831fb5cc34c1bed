"""docs_d: Swedish records with personnummer beside Luhn-valid, date-shaped case/order/customer numbers."""
import json

from generate import doc

GATOR = ["Storgatan", "Kyrkvägen", "Björkvägen", "Skolgatan", "Parkvägen", "Ängsvägen", "Tallstigen",
         "Västra Långgatan", "Södra vägen", "Bäckgränd", "Granvägen", "Sjövägen", "Hantverkargatan"]


def person(d, form=None, born=(1938, 2004), coord=False, email_dom=None, phone=True, email=True, names=None):
    f, l = (d.choice(names[0]), d.choice(names[1])) if names else d.name()
    dt = d.date(*born)
    p = d.L("se-personnummer", d.pnr(form=form, d=dt, coord=coord))
    out = {"f": f, "l": l, "pnr": p, "born": dt,
           "adr": "%s %d" % (d.choice(GATOR), d.randint(1, 60))}
    if phone:
        out["tel"] = d.L("phone", d.phone("SE", intl=d.choice([False, False, True])))
    if email:
        out["mail"] = d.L("email", d.email(f, l, email_dom))
    return out


def ref(d, form="long", y0=2019, y1=2025):
    return d.X(d.datelike_luhn(form, y0, y1))


@doc("se-sotning-protokoll/brandskyddskontroll-export.csv")
def sotning(d):
    org = d.X(d.orgnr())
    rows = ["Protokollnr;Kontrolldatum;Fastighetsbeteckning;Objekt;Ägare;Personnr/Orgnr;Telefon;Anmärkning;Åtgärdsfrist;Fakturanr"]
    objs = ["Vedpanna", "Kamin", "Öppen spis", "Pelletspanna", "Braskamin", "Kakelugn", "Bastuaggregat (ved)"]
    for i in range(11):
        prot = ref(d, "long", 2024, 2025)
        fast = "%s %s:%d" % (d.choice(["Hovmantorp", "Lenhovda", "Åseda", "Nottebäck", "Ingelstad"]),
                              d.choice(["Berg", "Ekhagen", "Skogsby", "Lyckan", "Norrby"]), d.randint(1, 40))
        if i == 6:
            owner = d.choice(["Skogsby Fastigheter HB", "Lenhovda Gård & Skog HB"])
            pn = d.X(d.orgnr("hb"))
            tel = ""
            rem = "Kontakt via förvaltare"
        else:
            p = person(d, form=d.choice(["long", "short", "longplain"]), email=False, phone=(i % 2 == 0))
            owner, pn, tel = p["f"] + " " + p["l"], p["pnr"], p.get("tel", "")
            rem = d.choice(["", "Sotning utförd", "Brandfarlig sprickbildning i rökkanal", "Takstege saknas",
                            "Avvikelse: ej tillträde", ""])
        frist = "" if not rem.startswith(("Brand", "Tak")) else "2026-0%d-30" % d.randint(1, 5)
        rows.append(";".join([prot, "2025-%02d-%02d" % (d.randint(9, 10), d.randint(1, 28)), fast, d.choice(objs),
                              owner, pn, tel, rem, frist, ref(d, "shortplain", 2025, 2025)]))
    return f"""# Export från sotningsregistret -- Sotarna i Kronoberg AB ({org})
# Distrikt: Uppvidinge/Växjö norra. Underlag till kommunens tillsyn, får ej spridas.
""" + "\n".join(rows) + "\n"


@doc("se-overlatelseavtal-brf/overlatelseavtal-lgh1204.txt")
def overlatelse(d):
    org = d.X(d.orgnr("forening"))
    s1 = person(d, form="long", born=(1950, 1975))
    s2 = person(d, form="long", born=(1950, 1975), email=False, phone=False)
    k1 = person(d, form="short", born=(1985, 2001))
    k2 = person(d, form="short", born=(1985, 2001), email=False, phone=False)
    v1 = person(d, form="shortplain", phone=False, email=False)
    dnr = ref(d, "long", 2025, 2025)
    lan = ref(d, "shortplain", 2025, 2025)
    iban = d.L("iban", d.iban("SE", spaced=True))
    return f"""ÖVERLÅTELSEAVTAL -- BOSTADSRÄTT

Förening:        Brf Solbacken i Sundbyberg, org.nr {org}
Lägenhet:        Föreningens nr 1204, Lantmäteriets nr 1302, 3 rok, 78,5 m²
Adress:          Solbackegatan 4, 172 66 Sundbyberg
Ärendenummer mäklare: {dnr}

1. SÄLJARE
   {s1["f"]} {s1["l"]}, personnummer {s1["pnr"]}
   {s2["f"]} {s2["l"]}, personnummer {s2["pnr"]}
   Kontakt: {s1["tel"]} / {s1["mail"]}

2. KÖPARE
   {k1["f"]} {k1["l"]}, pnr {k1["pnr"]}, andel 50 %
   {k2["f"]} {k2["l"]}, pnr {k2["pnr"]}, andel 50 %
   Kontakt: {k1["tel"]}, {k1["mail"]}

3. KÖPESKILLING
   Köpeskillingen är 3 150 000 kr. Handpenning 315 000 kr erläggs senast 2025-11-14
   till mäklarens klientmedelskonto. Resterande belopp erläggs på tillträdesdagen
   till säljarens konto {iban}.
   Köparnas bolånelöfte nr {lan} (SBAB).

4. TILLTRÄDE
   Tillträde sker 2026-01-15 under förutsättning att köparna antagits som medlemmar
   i föreningen.

5. UNDERSKRIFTER
   Ort och datum: Sundbyberg 2025-11-03

   ______________________        ______________________
   {s1["f"]} {s1["l"]}            {k1["f"]} {k1["l"]}

   ______________________        ______________________
   {s2["f"]} {s2["l"]}            {k2["f"]} {k2["l"]}

   Bevittnas:
   ______________________
   {v1["f"]} {v1["l"]} ({v1["pnr"]})

Exempel i föreningens mall (stryk): Anna Exempel, {d.X("19121212-1212")}
"""


@doc("se-optiker-journal/kundkort-export.txt")
def optiker(d):
    org = d.X(d.orgnr())
    out = [f"SYNHALLEN OPTIK I GÄVLE AB  ({org})", "Utskrift kundkort -- behandlingsjournal enligt patientdatalagen",
           "Utskriven 2025-11-04 av: legitimerad optiker L. Norén", "=" * 72]
    for i in range(10):
        form = d.choice(["long", "longplain", "short", "long"])
        p = person(d, form=form, email=(i % 3 == 0), phone=(i % 2 == 0))
        kundnr = ref(d, "shortplain", 2019, 2024)
        recept = ref(d, "long", 2024, 2025)
        sph_r = d.choice(["-1,25", "+0,75", "-2,50", "-0,50", "+2,25", "-4,00"])
        sph_l = d.choice(["-1,00", "+1,00", "-2,75", "-0,25", "+2,00", "-3,75"])
        add = d.choice(["", "ADD +2,00", "ADD +1,50", ""])
        lines = [
            f"Kund: {p['l']}, {p['f']}    Personnummer: {p['pnr']}    Kundnr: {kundnr}",
            f"Adress: {p['adr']}, 80{d.randint(2, 9)} {d.randint(10, 99)} Gävle" + (f"    Tel: {p['tel']}" if "tel" in p else ""),
        ]
        if "mail" in p:
            lines.append(f"E-post: {p['mail']} (kallelse via e-post: ja)")
        lines += [
            f"Synundersökning 2025-{d.randint(1, 10):02d}-{d.randint(1, 28):02d}, receptnr {recept}",
            f"  Hö: sf {sph_r} cyl -0,50 ax {d.randint(1, 180)}   Vä: sf {sph_l} cyl -0,25 ax {d.randint(1, 180)}   {add}",
            f"  Tryck hö {d.randint(11, 21)} / vä {d.randint(11, 21)} mmHg. {d.choice(['Ua.', 'Remiss ögonmottagningen.', 'Torra ögon, rek. ögondroppar.', 'Ua, åter om 2 år.'])}",
            "-" * 72,
        ]
        out += lines
    return "\n".join(out) + "\n"


@doc("se-camping-incheckning/incheckningar-v44.json")
def camping(d):
    org = d.X(d.orgnr())
    recs = []
    for i in range(10):
        p = person(d, form=d.choice(["long", "longplain", "short"]), email=(i % 4 == 0), phone=(i % 2 == 1))
        bok = ref(d, "longplain", 2025, 2025)
        card = d.X("7521 " + " ".join(d.digits(4) for _ in range(2)))
        rec = {
            "bokningsnr": bok,
            "plats": "%s%d" % (d.choice("ABCS"), d.randint(1, 80)),
            "typ": d.choice(["Husvagn", "Husbil", "Stuga 4 bäddar", "Tält"]),
            "ankomst": "2025-10-%02d" % d.randint(27, 31),
            "avresa": "2025-11-%02d" % d.randint(1, 5),
            "gast": {"fornamn": p["f"], "efternamn": p["l"], "personnummer": p["pnr"],
                     "telefon": p.get("tel"), "epost": p.get("mail")},
            "campingkort": card,
            "kvittonr": ref(d, "short", 2025, 2025),
            "antal_vuxna": d.randint(1, 2),
            "antal_barn": d.randint(0, 3),
            "regnr": d.s("ABCDEFGHJKLMNOPRSTUWXYZ", 3) + d.digits(2) + d.choice("0123456789ABCDEFGHJ"),
        }
        recs.append(rec)
    return json.dumps({"anlaggning": "Sjöviks Camping & Stugby", "orgnr": org, "vecka": 44,
                       "exporterad": "2025-11-04T06:30:00+01:00", "incheckningar": recs},
                      indent=2, ensure_ascii=False) + "\n"


@doc("se-avfallsabonnemang/abonnentregister.csv")
def avfall(d):
    org = d.X(d.orgnr("kommun"))
    rows = ["kundnummer,anlaggningsnummer,abonnent,personnr_orgnr,hamtadress,abonnemang,karl,tomningsintervall,fakturamottagare_epost,telefon"]
    for i in range(11):
        kn = ref(d, "shortplain", 2018, 2024)
        an = ref(d, "longplain", 2018, 2025)
        if i in (3, 8):
            ab = d.choice(["Brf Tallbacken", "Ekebo Samfällighetsförening", "Lundgrens Bygg AB"])
            pn = d.X(d.orgnr("ab" if ab.endswith("AB") else "forening"))
            mail = d.L("email", "faktura@" + d.choice(["tallbacken-brf.se", "ekebosf.se", "lundgrensbygg.se"]))
            tel = ""
        else:
            p = person(d, form=d.choice(["short", "shortplain", "long"]), email=(i % 4 == 1), phone=(i % 2 == 0))
            ab, pn, mail, tel = p["l"] + " " + p["f"], p["pnr"], p.get("mail", ""), p.get("tel", "")
        rows.append(",".join([kn, an, '"%s"' % ab, pn, '"%s %d, Bollebygd"' % (d.choice(["Hästhagsvägen", "Hultavägen", "Skolgatan", "Ryavägen"]), d.randint(1, 40)),
                              d.choice(["Villa 14 dgr", "Fritidshus sommar", "Villa 4v matavfall", "Flerfamilj"]),
                              d.choice(["190", "240", "370", "660"]), d.choice(["14", "28", "7"]), mail, tel]))
    return "\n".join(rows) + "\n# källa: EDP Future, utdrag 2025-11-03, Bollebygds kommun (" + org + ")\n"


@doc("se-konkurs-bevakningar/bevakningsforteckning.txt")
def konkurs(d):
    dom = d.X(d.orgnr())
    mal = "K " + str(d.randint(1000, 9999)) + "-25"
    out = [f"BEVAKNINGSFÖRTECKNING", f"Konkursbo: Nordhems Golv & Kakel AB, org.nr {dom}",
           f"Göteborgs tingsrätt, mål nr {mal}. Konkursförvaltare: advokat Karin Sjöberg",
           f"Förteckningen upprättad 2025-11-03. Bevakningsdag 2025-12-01.", "",
           "Nr   Borgenär                                  Identitet          Belopp (kr)   Förmånsrätt    Bevakningsnr"]
    payees = []
    for i in range(12):
        bev = ref(d, "long", 2025, 2025)
        if i % 3 == 2:
            name = d.choice(["Byggmaterial Väst AB", "Kakelhuset i Borås AB", "Skatteverket", "Leasingbolaget Nord AB",
                             "Golvgrossisten Sverige AB"])
            ident = d.X(d.orgnr()) if name != "Skatteverket" else d.X("202100-5448")
            pr = d.choice(["Ingen", "Särskild (pant)", "Ingen"])
        else:
            p = person(d, form="short", phone=False, email=False, born=(1960, 2002))
            name = p["f"] + " " + p["l"] + d.choice([" (lön)", " (semesterlön)", " (lön + uppsägningslön)", " (kund, förskott)"])
            if "lön" in name and len(payees) < 3:
                payees.append(p["f"] + " " + p["l"])
            ident = p["pnr"]
            pr = "Allmän (4 § 11 FRL)" if "lön" in name else "Ingen"
        out.append("%-4d %-41s %-18s %12s   %-14s %s" % (i + 1, name, ident, "{:,}".format(d.randint(3000, 480000)).replace(",", " "), pr, bev))
    out += ["", "Utbetalning av förskott enligt lönegarantin till arbetstagarnas konton:"]
    for r in payees:
        out.append("  %s: %s" % (r, d.L("iban", d.iban("SE", spaced=True))))
    out += ["", "Lönegaranti: ärenden hos Länsstyrelsen Västra Götaland, dnr " + ref(d, "long", 2025, 2025) + ".",
            "Invändningar mot förteckningen lämnas till förvaltaren senast 2025-12-15."]
    return "\n".join(out) + "\n"


SFI_NAMES = (["Ahmad", "Fatima", "Olena", "Tesfaye", "Hodan", "Somchai", "Mariam", "Yusuf", "Oksana", "Reza",
              "Luis", "Aisha", "Dawit", "Iryna", "Zahra"],
             ["Haidari", "Tesfay", "Kovalenko", "Warsame", "Srisuk", "Hosseini", "Mohamed", "Shevchenko", "Rahimi",
              "Gomez", "Abdi", "Nasser", "Bondarenko", "Yonas"])


@doc("se-sfi-anmalan/anmalningar.xml")
def sfi(d):
    items = []
    langs = ["arabiska", "dari", "tigrinja", "somaliska", "ukrainska", "engelska", "thai", "spanska", "persiska", "polska"]
    for i in range(11):
        coord = i in (2, 7)
        p = person(d, form=d.choice(["longplain", "long"]), born=(1965, 2005), coord=coord,
                   email=(i % 4 == 0), phone=(i % 2 == 1), names=SFI_NAMES)
        ans = ref(d, "longplain", 2025, 2025)
        items.append(f"""  <Anmalan id="{ans}">
    <Inkommen>2025-10-{d.randint(1, 31):02d}T{d.randint(8, 16):02d}:{d.randint(0, 59):02d}:00</Inkommen>
    <Sokande>
      <Fornamn>{p["f"]}</Fornamn>
      <Efternamn>{p["l"]}</Efternamn>
      <{"Samordningsnummer" if coord else "Personnummer"}>{p["pnr"]}</{"Samordningsnummer" if coord else "Personnummer"}>
      <Modersmal>{d.choice(langs)}</Modersmal>
      <Telefon>{p.get("tel", "")}</Telefon>{("" if "mail" not in p else chr(10) + "      <Epost>" + p["mail"] + "</Epost>")}
    </Sokande>
    <Studievag>{d.choice(["1B", "2B", "2C", "3D", "1A"])}</Studievag>
    <Arendenummer>{ref(d, "long", 2025, 2025)}</Arendenummer>
    <Anordnare>Vuxenutbildningen Eskilstuna</Anordnare>
  </Anmalan>""")
    return """<?xml version="1.0" encoding="UTF-8"?>
<!-- Alvis/Vux export: nya SFI-anmälningar oktober 2025. Innehåller personuppgifter. -->
<Anmalningar kommunkod="0484" exportdatum="2025-11-03">
""" + "\n".join(items) + "\n</Anmalningar>\n"


@doc("se-feriejobb-ansokningar/ansokningar-2026.csv")
def feriejobb(d):
    rows = ["referens\tansokan_id\tinkom\tfornamn\tefternamn\tpersonnummer\tmobil\tepost\tvardnadshavare\tonskemal_1\tonskemal_2"]
    for i in range(12):
        aid = ref(d, "shortplain", 2025, 2025)
        p = person(d, form=d.choice(["longplain", "long", "short"]), born=(2008, 2009), email=(i % 3 == 0), phone=(i % 2 == 0))
        vf, vl = d.choice(["Mona", "Ahmed", "Petra", "Jukka", "Carina", "Dragan", "Helena"]), p["l"]
        rows.append("\t".join([ref(d, "long", 2024, 2025), aid, "2025-11-%02d" % d.randint(1, 3), p["f"], p["l"], p["pnr"], p.get("tel", ""), p.get("mail", ""),
                               vf + " " + vl, d.choice(["Äldreomsorg", "Park & gata", "Fritidsgård", "Bibliotek", "Kök"]),
                               d.choice(["Simhall", "Förskola", "Kontor", "Naturvård"])]))
    return "\n".join(rows) + "\n"
