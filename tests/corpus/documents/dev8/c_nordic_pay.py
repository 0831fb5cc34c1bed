"""Swedish personnummer and payment-card carriers, with the look-alikes that
sit next to them: organisationsnummer, order numbers built from dates,
OCR references, phone numbers, test cards, masked PANs, IMEIs, ARNs, RRNs."""
import sys

sys.dont_write_bytecode = True

import csv
import io
import json

from gen_common import (
    Clock,
    ALNUM, B64, DIG, HEX, REG, SE_CITIES, SE_FIRST, SE_LAST, card_number, fmt_card, fmt_pnr, fmt_se_mobile, frng, iccid,
    imei, luhn_digit, luhn_fail_16, luhn_ok, make_iban, orgnr, personnummer, pnr_fail_lookalike, public_ipv4, rstr,
    se_mobile, se_person, sha256hex, ts, uuid4,
)

NETS = ["visa", "visa", "visa", "mc", "mc", "amex", "maestro", "discover", "jcb", "diners", "unionpay"]


def PN(doc, style=None):
    r = doc.rng
    p = personnummer()
    st = style or r.choice(["short-dash", "short-dash", "long", "long-dash", "long-dash", "short"])
    v = fmt_pnr(p, st)
    return doc.L("se-personnummer", v)


def PN_old(doc):
    """A person aged 100+ written with '+' (the separator changes at 100)."""
    r = frng("pnr-old")

    def make():
        import datetime
        d = datetime.date(r.randint(1915, 1925), r.randint(1, 12), r.randint(1, 28))
        body = d.strftime("%y%m%d") + rstr(r, DIG, 3)
        return d.strftime("%y%m%d") + "+" + body[6:] + luhn_digit(body)

    return doc.L("se-personnummer", REG.fresh("pnr", make))


def CARD(doc, net=None, style=None):
    r = doc.rng
    n = card_number(net or r.choice(NETS))
    st = style or r.choice(["compact", "compact", "space", "space", "dash"])
    return doc.L("credit-card", fmt_card(n, st))


def SEPH(doc):
    return doc.L("phone", fmt_se_mobile(se_mobile(), doc.rng))


def ORG(r, dash=True):
    o = orgnr()
    return o[:6] + "-" + o[6:] if dash else o


def order_no(r):
    """YYYYMMDD-NNNN or YYMMDD-NNNN order number whose Luhn check fails."""
    v = pnr_fail_lookalike(r)
    return r.choice([v[:8] + "-" + v[8:], v[2:8] + "-" + v[8:], v])


def ocr_ref(r):
    n = r.choice([10, 11, 12, 20, 22, 25])
    body = r.choice("123456789") + rstr(r, DIG, n - 2)
    return body + luhn_digit(body)


def masked(r, n=None):
    n = n or card_number(r.choice(NETS))
    return r.choice([n[:6] + "*" * (len(n) - 10) + n[-4:], "*" * 12 + n[-4:], n[:4] + " **** **** " + n[-4:], "XXXX-XXXX-XXXX-" + n[-4:], n[:6] + "XXXXXX" + n[-4:]])


TEST_PANS = ["4111 1111 1111 1111", "4242424242424242", "5555555555554444", "378282246310005", "4000 0566 5566 5556", "5105105105105100", "6011111111111117", "3530111333300000"]


def email_se(doc, name):
    r = frng("se-email")
    e = REG.fresh("email", lambda: name.lower().replace(" ", r.choice([".", ""])).replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
                  + rstr(r, DIG, r.choice([0, 2])) + "@" + r.choice(["gmail.com", "hotmail.se", "outlook.com", "telia.com", "live.se", "bredband.net"]))
    return doc.L("email", e)


def csv_text(rows, delim=";", crlf=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    for row in rows:
        w.writerow(row)
    return buf.getvalue()


# --------------------------------------------------------------------------
# personnummer
# --------------------------------------------------------------------------
def bankid_log(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(10, 14)):
        t = clk.T("%Y-%m-%dT%H:%M:%S.") + "%03d+01:00" % r.randint(0, 999)
        ip = public_ipv4(r)
        doc.L("ipv4", ip)
        order = uuid4(r)
        out.append(json.dumps({"ts": t, "level": "INFO", "logger": "bankid.client", "msg": "POST /rp/v6.0/auth", "request": {"endUserIp": ip, "requirement": {"pinCode": False}},
                               "response": {"orderRef": order, "autoStartToken": uuid4(r), "qrStartToken": uuid4(r), "qrStartSecret": uuid4(r)}}))
        if r.random() < 0.8:
            given, sur = r.choice(SE_FIRST), r.choice(SE_LAST)
            pn = PN(doc, "long")
            out.append(json.dumps({"ts": t, "level": "INFO", "logger": "bankid.client", "msg": "POST /rp/v6.0/collect", "response": {"orderRef": order, "status": "complete",
                                   "completionData": {"user": {"personalNumber": pn, "name": f"{given} {sur}", "givenName": given, "surname": sur},
                                                      "device": {"ipAddress": ip, "uhi": rstr(r, B64, 27) + "="}, "bankIdIssueDate": ts(r, 2023).strftime("%Y-%m-%d"),
                                                      "stepUp": {"mrtd": False}, "signature": rstr(r, B64, 24) + "...", "ocspResponse": rstr(r, B64, 24) + "..."}}}, ensure_ascii=False))
        else:
            out.append(json.dumps({"ts": t, "level": "WARN", "logger": "bankid.client", "msg": "POST /rp/v6.0/collect", "response": {"orderRef": order, "status": "failed", "hintCode": r.choice(["userCancel", "expiredTransaction", "startFailed"])}}))
    return "\n".join(out) + "\n"


def hr_export(doc):
    r = doc.rng
    rows = [["Anställningsnr", "Personnummer", "Förnamn", "Efternamn", "Befattning", "Avdelning", "Månadslön", "Clearingnr", "Kontonr", "Mobil", "Anställd från"]]
    for _ in range(r.randint(16, 20)):
        f, l = r.choice(SE_FIRST), r.choice(SE_LAST)
        rows.append([rstr(r, DIG, 4), PN(doc, r.choice(["long-dash", "short-dash", "long"])), f, l, r.choice(["Utvecklare", "Säljare", "Ekonom", "Lagerarbetare", "Projektledare", "Kundtjänst"]),
                     r.choice(["IT", "Sälj", "Ekonomi", "Lager"]), str(r.randint(28, 72) * 1000), r.choice(["8327-9", "6000", "5000", "3300", "9420"]), rstr(r, DIG, r.choice([9, 10, 11])),
                     SEPH(doc) if r.random() < 0.35 else "", ts(r, r.randint(2010, 2025)).strftime("%Y-%m-%d")])
    rows.append(["", "", "", "", "", "", "", "", "", "", ""])
    rows.append(["Org.nr", ORG(r), "Exporterad", ts(r).strftime("%Y-%m-%d %H:%M"), "", "", "", "", "", "", ""])
    return csv_text(rows)


def ku_xml(doc):
    r = doc.rng
    o = orgnr()
    org12 = "16" + o
    parts = []
    for i in range(r.randint(9, 12)):
        pn = PN(doc, "long")
        parts.append(f"""  <ku:Blankett nummer="2300">
    <ku:Arendeinformation>
      <ku:Arendeagare>{org12}</ku:Arendeagare>
      <ku:Period>2025</ku:Period>
    </ku:Arendeinformation>
    <ku:Blankettinnehall>
      <ku:KU10>
        <ku:Inkomstar faltkod="203">2025</ku:Inkomstar>
        <ku:KontantErsattningUlagAG faltkod="011">{r.randint(180, 900) * 1000}</ku:KontantErsattningUlagAG>
        <ku:AvdragenSkatt faltkod="001">{r.randint(30, 300) * 1000}</ku:AvdragenSkatt>
        <ku:Specifikationsnummer faltkod="570">{i + 1}</ku:Specifikationsnummer>
        <ku:InkomsttagareKU10>
          <ku:Inkomsttagare faltkod="215">{pn}</ku:Inkomsttagare>
        </ku:InkomsttagareKU10>
        <ku:UppgiftslamnareKU10>
          <ku:UppgiftslamnarId faltkod="201">{org12}</ku:UppgiftslamnarId>
        </ku:UppgiftslamnareKU10>
      </ku:KU10>
    </ku:Blankettinnehall>
  </ku:Blankett>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<Skatteverket omrade="Kontrolluppgifter" xmlns="http://xmls.skatteverket.se/se/skatteverket/ku/instans/2.0" xmlns:ku="http://xmls.skatteverket.se/se/skatteverket/ku/2.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ku:Avsandare>
    <ku:Programnamn>Lönesystem 9.2</ku:Programnamn>
    <ku:Organisationsnummer>{org12}</ku:Organisationsnummer>
    <ku:TekniskKontaktperson>
      <ku:Namn>{se_person(r)}</ku:Namn>
      <ku:Telefon>{doc.L("phone", "08-" + rstr(r, DIG, 3) + " " + rstr(r, DIG, 2) + " " + rstr(r, DIG, 2))}</ku:Telefon>
    </ku:TekniskKontaktperson>
    <ku:Skapad>{ts(r).strftime("%Y-%m-%dT%H:%M:%S")}</ku:Skapad>
  </ku:Avsandare>
  <ku:Blankettgemensamt>
    <ku:Uppgiftslamnare>
      <ku:UppgiftslamnarePersOrgnr>{org12}</ku:UppgiftslamnarePersOrgnr>
    </ku:Uppgiftslamnare>
  </ku:Blankettgemensamt>
{chr(10).join(parts)}
</Skatteverket>
"""


def agi_xml(doc):
    r = doc.rng
    o = "16" + orgnr()
    ius = []
    for i in range(r.randint(9, 12)):
        ius.append(f"""      <agd:IU>
        <agd:ArbetsgivareIUGROUP><agd:AgRegistreradId faltkod="201">{o}</agd:AgRegistreradId></agd:ArbetsgivareIUGROUP>
        <agd:BetalningsmottagareIUGROUP><agd:BetalningsmottagareIDChoice><agd:BetalningsmottagarId faltkod="215">{PN(doc, "long")}</agd:BetalningsmottagarId></agd:BetalningsmottagareIDChoice></agd:BetalningsmottagareIUGROUP>
        <agd:RedovisningsPeriod faltkod="006">2025{r.randint(1, 12):02d}</agd:RedovisningsPeriod>
        <agd:Specifikationsnummer faltkod="570">{i + 1}</agd:Specifikationsnummer>
        <agd:KontantErsattningUlagAG faltkod="011">{r.randint(20, 80) * 1000}</agd:KontantErsattningUlagAG>
        <agd:AvdrPrelSkatt faltkod="001">{r.randint(4, 25) * 1000}</agd:AvdrPrelSkatt>
      </agd:IU>""")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<Skatteverket xmlns:agd="http://xmls.skatteverket.se/se/skatteverket/da/komponent/schema/1.1" omrade="Arbetsgivardeklaration" xmlns="http://xmls.skatteverket.se/se/skatteverket/da/instans/schema/1.1">
  <agd:Avsandare>
    <agd:Programnamn>Lön Plus</agd:Programnamn>
    <agd:Organisationsnummer>{o}</agd:Organisationsnummer>
    <agd:TekniskKontaktperson><agd:Namn>{se_person(r)}</agd:Namn><agd:Telefon>{SEPH(doc)}</agd:Telefon><agd:Epostadress>{doc.L("email", "lon@" + r.choice(["byggab", "cafelund", "ekonomipartner"]) + ".se")}</agd:Epostadress></agd:TekniskKontaktperson>
    <agd:Skapad>{ts(r).strftime("%Y-%m-%dT%H:%M:%S")}</agd:Skapad>
  </agd:Avsandare>
  <agd:Blankett>
    <agd:Arendeinformation><agd:Arendeagare>{o}</agd:Arendeagare><agd:Period>2025{r.randint(1, 12):02d}</agd:Period></agd:Arendeinformation>
    <agd:Blankettinnehall>
{chr(10).join(ius)}
    </agd:Blankettinnehall>
  </agd:Blankett>
</Skatteverket>
"""


def journal(doc):
    r = doc.rng
    name = se_person(r)
    pn = PN(doc, r.choice(["long-dash", "short-dash"]))
    rel = se_person(r)
    return f"""JOURNALANTECKNING - Vårdcentralen {r.choice(["Centrum", "Söder", "Norra"])}, {r.choice(SE_CITIES)[0]}
Patient: {name}, {pn}
Datum: {ts(r).strftime("%Y-%m-%d %H:%M")}   Vårdkontakt: Mottagningsbesök   Antecknad av: Leg. läk. {se_person(r)}
Remiss-ID: {rstr(r, DIG, 10)}   Provnummer: {ts(r).strftime("%y%m%d")}-{rstr(r, DIG, 3)}   Tel patient: {SEPH(doc)}

Kontaktorsak
Hosta och feber sedan 5 dagar. Ingen andnöd i vila.

Status
AT: Opåverkad. Temp 38,2. Pulm: Vesikulärt andningsljud, rassel basalt hö. SpO2 96 %.

Bedömning
Misstänkt samhällsförvärvad pneumoni. CRP {r.randint(40, 140)}.

Åtgärd
T. Kåvepenin 1 g x 3 i 7 dagar. Återbesök vid försämring. Närstående: {rel} ({PN(doc, "short-dash")}), tel {SEPH(doc)}.
Intyg för VAB utfärdat (ärende FK {rstr(r, DIG, 4)}-{rstr(r, DIG, 6)}).
"""


def school_list(doc):
    r = doc.rng
    rows = [["Elev", "Personnummer", "Klass", "Vårdnadshavare", "VH personnummer", "VH mobil", "Allergier"]]
    for _ in range(r.randint(12, 15)):
        f, l = r.choice(SE_FIRST), r.choice(SE_LAST)
        rows.append([f"{f} {l}", PN(doc, r.choice(["long-dash", "short-dash"])) if True else "", r.choice(["3A", "3B", "4A", "5C"]),
                     f"{r.choice(SE_FIRST)} {l}", PN(doc, r.choice(["long-dash", "short-dash"])) if r.random() < 0.7 else "", SEPH(doc) if r.random() < 0.5 else "",
                     r.choice(["", "", "Nötter", "Laktos", "Gluten"])])
    return csv_text(rows)


def se_support_email(doc):
    r = doc.rng
    name = se_person(r)
    em = email_se(doc, name)
    pn = PN(doc)
    o1 = order_no(r)
    card = CARD(doc, r.choice(["visa", "mc"]), r.choice(["space", "compact"]))
    return f"""From: {name} <{em}>
To: {doc.L("email", "kundtjanst@" + ["webbhallen-demo", "modebutiken", "elkop-demo"][doc.meta_i] + ".se")}
Subject: Re: Ärende {rstr(r, DIG, 7)} - dubbeldragning
Date: {ts(r).strftime("%a, %d %b %Y %H:%M:%S +0100")}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

Hej!

Jag har blivit dragen två gånger för order {o1}. Mitt personnummer är {pn} om ni behöver
det för att hitta mig i systemet. Kortet jag betalade med är {card} (Visa/Mastercard via Klarna?).
Kvittonummer: {rstr(r, DIG, 12)}, transaktions-ID {uuid4(r)}.

Ni kan nå mig på {SEPH(doc)} efter kl 17.

Mvh
{name}

> Hej {name.split()[0]}! Tack för ditt mejl. Skicka aldrig fullständigt kortnummer via e-post,
> det räcker med de fyra sista siffrorna (t.ex. **** **** **** 1234). /Kundtjänst
"""


def se_chat(doc):
    r = doc.rng
    clk = Clock(r)
    lines = []
    agent = r.choice(SE_FIRST)
    for _ in range(r.randint(7, 10)):
        t = clk.T("%H:%M", 20, 240)
        q = r.random()
        if q < 0.3:
            lines.append(f"[{t}] Kund: mitt personnummer är {PN(doc)}")
        elif q < 0.45:
            lines.append(f"[{t}] Kund: ordernumret är {order_no(r)} och OCR {ocr_ref(r)}")
        elif q < 0.6:
            lines.append(f"[{t}] Kund: kortnummer {CARD(doc)} utg {r.randint(1, 12):02d}/{r.randint(26, 30)}")
        elif q < 0.7:
            lines.append(f"[{t}] {agent} (kundtjänst): Tack! Jag ser betalningen med kort som slutar på {rstr(r, DIG, 4)}. Org.nr för fakturan är {ORG(r)}.")
        elif q < 0.8:
            lines.append(f"[{t}] Kund: ring mig på {SEPH(doc)}")
        elif q < 0.9:
            lines.append(f"[{t}] {agent} (kundtjänst): Paketet har kolli-ID {'00373' + rstr(r, DIG, 13)} hos PostNord.")
        else:
            lines.append(f"[{t}] Kund: min sambos personnummer {PN(doc)} står också på avtalet")
    return "\n".join(lines) + "\n"


def kivra_letter(doc):
    r = doc.rng
    name = se_person(r)
    city, pre = r.choice(SE_CITIES)
    pn = PN(doc, r.choice(["long-dash", "short-dash"]))
    o = ORG(r)
    return f"""{r.choice(["Försäkringskassan", "CSN", "Pensionsmyndigheten"])}
Org.nr {o}

{name}
{r.choice(["Storgatan", "Kungsgatan", "Vasagatan", "Skolvägen"])} {r.randint(1, 80)}
{pre}{r.randint(0, 9)} {rstr(r, DIG, 2)}  {city}

Datum: {ts(r).strftime("%Y-%m-%d")}
Ärendenummer: {rstr(r, DIG, 3)}-{rstr(r, DIG, 6)}-{r.randint(2024, 2025)}
Personnummer: {pn}

Beslut om {r.choice(["föräldrapenning", "studiemedel", "bostadstillägg"])}

Vi har beslutat att du får {r.randint(2, 20) * 500} kronor per månad från och med {ts(r).strftime("%Y-%m-%d")}.
Pengarna betalas ut till ditt konto den {r.randint(18, 27)}:e varje månad (bankgiro {rstr(r, DIG, 3)}-{rstr(r, DIG, 4)}, OCR {ocr_ref(r)}).

Har du frågor? Ring {doc.L("phone", "0771-" + rstr(r, DIG, 3) + " " + rstr(r, DIG, 3))} och uppge ditt personnummer.
"""


def se_sql(doc):
    r = doc.rng
    out = ["-- pg_dump customers (crm_prod) " + ts(r).strftime("%Y-%m-%d"), "COPY public.kunder (kundnr, personnummer, namn, telefon, epost, skapad, orgnr) FROM stdin;"]
    for _ in range(r.randint(14, 18)):
        name = se_person(r)
        is_company = r.random() < 0.2
        out.append("\t".join([rstr(r, DIG, 7), "\\N" if is_company else PN(doc, r.choice(["long", "long-dash", "short-dash"])), name,
                              SEPH(doc) if r.random() < 0.4 else "\\N", email_se(doc, name) if r.random() < 0.3 else "\\N", ts(r).strftime("%Y-%m-%d %H:%M:%S+01"), ORG(r, False) if is_company else "\\N"]))
    out += ["\\.", ""]
    return "\n".join(out)


def crm_json(doc):
    r = doc.rng
    items = []
    for _ in range(r.randint(7, 9)):
        name = se_person(r)
        items.append({"id": uuid4(r), "personalIdentityNumber": PN(doc, r.choice(["long", "long-dash"])), "name": name, "customerNumber": rstr(r, DIG, 8),
                      "orderRef": order_no(r), "company": {"name": r.choice(["Bygg AB", "Café Lund HB", "Konsult AB"]), "organisationNumber": ORG(r)},
                      "invoice": {"ocr": ocr_ref(r), "bankgiro": f"{rstr(r, DIG, 4)}-{rstr(r, DIG, 4)}", "iban": doc.L("iban", make_iban("SE", rstr(r, DIG, 20))) if r.random() < 0.3 else None},
                      "phone": SEPH(doc) if r.random() < 0.3 else None})
    return json.dumps({"data": items, "page": {"size": len(items), "next": None}}, indent=2, ensure_ascii=False) + "\n"


def pension_register(doc):
    r = doc.rng
    out = ["PENSIONSREGISTER - UTDRAG", f"Utskrivet {ts(r).strftime('%Y-%m-%d')}   Sida 1", "", f"{'Personnummer':<16}{'Namn':<26}{'Utbetalning':>12}  {'Konto':<18}"]
    for _ in range(r.randint(10, 13)):
        v = PN_old(doc) if r.random() < 0.45 else PN(doc, "short-dash")
        out.append(f"{v:<16}{se_person(r):<26}{r.randint(8, 30) * 1000:>12}  {rstr(r, DIG, 4)}-{rstr(r, DIG, 8):<13}")
    out += ["", "Personer födda för 100 år sedan eller tidigare skrivs med plustecken (+) i stället för bindestreck."]
    return "\n".join(out) + "\n"


def sie_file(doc):
    r = doc.rng
    o = ORG(r)
    lines = ['#FLAGGA 0', '#PROGRAM "Fortnox" 3.0', '#FORMAT PC8', f'#GEN {ts(r).strftime("%Y%m%d")}', '#SIETYP 4', f'#ORGNR {o}', f'#FNAMN "{r.choice(["Byggmästarn", "Lunds Café", "Norrlandskonsult"])} AB"',
             '#RAR 0 20250101 20251231', '#KONTO 1930 "Företagskonto"', '#KONTO 2710 "Personalskatt"', '#KONTO 7210 "Löner till tjänstemän"', '#KONTO 2890 "Övriga kortfristiga skulder"']
    for i in range(r.randint(6, 8)):
        amt = r.randint(500, 40000)
        d = ts(r).strftime("%Y%m%d")
        q = r.random()
        if q < 0.5:
            text = f"Utlägg {se_person(r)} {PN(doc, 'short-dash')}"
        else:
            text = f"Faktura {order_no(r)} OCR {ocr_ref(r)}"
        lines += [f'#VER A {i + 1} {d} "{text}" {d}', "{", f'   #TRANS 2890 {{}} -{amt}.00', f'   #TRANS 1930 {{}} {amt}.00', "}"]
    return "\r\n".join(lines) + "\r\n"


def bgmax(doc):
    """BgMax payment file: OCR references, bankgiro numbers and organisationsnummer (no personal numbers)."""
    r = doc.rng
    d = ts(r)
    lines = [f"01BGMAX               0120{d.strftime('%y%m%d%H%M%S')}{rstr(r, DIG, 6)}P" + " " * 42, f"05{rstr(r, DIG, 10)}" + " " * 10 + "SEK" + " " * 63]
    for _ in range(r.randint(6, 9)):
        ref = ocr_ref(r)
        lines.append(f"20{rstr(r, DIG, 10)}{ref:<25}{r.randint(10000, 9999999):018d}1{r.choice('12345')}{rstr(r, DIG, 12)}0" + " " * 9)
        lines.append(f"26{se_person(r).upper():<70}" + " " * 8)
        lines.append(f"29{('16' + orgnr()):<12}" + " " * 66)
    lines.append(f"15{rstr(r, DIG, 35)}{d.strftime('%Y%m%d')}{rstr(r, DIG, 5)}{r.randint(10000, 99999999):018d}SEK{len(lines):08d}" + " " * 2)
    lines.append(f"70{len(lines):08d}{0:08d}{0:08d}{1:08d}" + " " * 46)
    return "\r\n".join(l[:80] for l in lines) + "\r\n"


def swish_callbacks(doc):
    r = doc.rng
    out = []
    for _ in range(r.randint(5, 7)):
        payer = "46" + se_mobile()[1:]
        doc.L("phone", payer)
        out.append(json.dumps({"id": rstr(r, "ABCDEF0123456789", 32), "payeePaymentReference": order_no(r), "paymentReference": rstr(r, "ABCDEF0123456789", 32),
                               "callbackUrl": "https://shop.example.se/swish/callback", "payerAlias": payer, "payeeAlias": "123" + rstr(r, DIG, 7), "amount": f"{r.randint(50, 5000)}.00",
                               "currency": "SEK", "message": f"Order {order_no(r)}", "status": r.choice(["PAID", "PAID", "DECLINED", "ERROR"]),
                               "dateCreated": ts(r).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "datePaid": ts(r).strftime("%Y-%m-%dT%H:%M:%S.000Z")}))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# payment cards
# --------------------------------------------------------------------------
def gateway_debug(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(16, 20)):
        t = clk.T("%Y-%m-%d %H:%M:%S.") + "%03d" % r.randint(0, 999)
        q = r.random()
        oid = luhn_fail_16(r, r.choice("3456"))
        if q < 0.55:
            pan = CARD(doc, None, "compact")
            out.append(f'{t} DEBUG [acq-client] >> {json.dumps({"merchantId": rstr(r, DIG, 15), "orderId": oid, "amount": r.randint(100, 99999), "currency": "SEK", "card": {"pan": pan, "expiry": f"{r.randint(1, 12):02d}{r.randint(26, 31)}", "cvc": "***"}, "threeDS": {"eci": "05", "cavv": rstr(r, B64, 28)}})}')
            out.append(f'{t} INFO  [acq-client] << resp=00 authCode={rstr(r, DIG, 6)} rrn={rstr(r, DIG, 12)} stan={rstr(r, DIG, 6)} panMasked={masked(r)}')
        elif q < 0.75:
            tp = r.choice(TEST_PANS).replace(" ", "")
            out.append(f'{t} DEBUG [acq-client] >> (sandbox) {json.dumps({"orderId": oid, "card": {"pan": tp, "expiry": "1230", "cvc": "123"}})}')
        else:
            out.append(f'{t} INFO  [acq-client] refund orderId={oid} originalRrn={rstr(r, DIG, 12)} arn={rstr(r, DIG, 23)} card={masked(r)} amount={r.randint(100, 9999)}')
    return "\n".join(out) + "\n"


def iso8583_dump(doc):
    r = doc.rng
    blocks = []
    for _ in range(r.randint(5, 7)):
        pan = CARD(doc, r.choice(["visa", "mc", "maestro"]), "compact")
        exp = f"{r.randint(26, 31)}{r.randint(1, 12):02d}"
        blocks.append(f"""MTI 0100  ({ts(r).strftime("%Y-%m-%d %H:%M:%S")})
  DE002 Primary Account Number ......: {pan}
  DE003 Processing Code .............: 000000
  DE004 Amount, Transaction .........: {r.randint(100, 999999):012d}
  DE007 Transmission Date & Time ....: {ts(r).strftime("%m%d%H%M%S")}
  DE011 STAN ........................: {rstr(r, DIG, 6)}
  DE014 Expiration Date .............: {exp}
  DE022 POS Entry Mode ..............: 051
  DE035 Track 2 Data ................: {pan}={exp}101{rstr(r, DIG, 12)}
  DE037 Retrieval Reference Number ..: {rstr(r, DIG, 12)}
  DE041 Card Acceptor Terminal ID ...: {rstr(r, DIG, 8)}
  DE042 Card Acceptor ID Code .......: {rstr(r, DIG, 15)}
  DE049 Currency Code ...............: 752
  DE052 PIN Data ....................: {rstr(r, "0123456789ABCDEF", 16)}
MTI 0110
  DE038 Authorization ID Response ...: {rstr(r, DIG, 6)}
  DE039 Response Code ...............: {r.choice(["00", "00", "05", "51"])}
""")
    return "ISO 8583 trace - switch node " + rstr(r, DIG, 2) + "\n\n" + "\n".join(blocks)


def orders_sql(doc):
    r = doc.rng
    out = ["-- legacy webshop (2014) - table kept for chargeback lookups", "CREATE TABLE `payments` (`id` int, `order_no` varchar(20), `card_holder` varchar(80), `card_number` varchar(25), `card_exp` char(5), `last4` char(4), `amount` decimal(10,2));", "INSERT INTO `payments` VALUES"]
    vals = []
    for i in range(r.randint(16, 20)):
        q = r.random()
        if q < 0.75:
            c = CARD(doc)
            l4 = c.replace(" ", "").replace("-", "")[-4:]
        elif q < 0.9:
            n = card_number(r.choice(NETS))
            c, l4 = masked(r, n), n[-4:]
        else:
            c = r.choice(TEST_PANS)
            l4 = c[-4:]
        vals.append(f"({i + 1},'{order_no(r)}','{se_person(r)}','{c}','{r.randint(1, 12):02d}/{r.randint(15, 30)}','{l4}',{r.randint(99, 9999)}.00)")
    out.append(",\n".join(vals) + ";")
    return "\n".join(out) + "\n"


def card_support(doc):
    r = doc.rng
    name = r.choice(["Mark Jensen", "Priya Nair", "Olga Ivanova", "Tom Becker", "Aisha Khan", "Lucas Martin"])
    return f"""Ticket #{rstr(r, DIG, 6)} - "Payment failed but money taken"
Customer: {name}

Customer: Hi, my payment for order {luhn_fail_16(r, '7')} failed but my bank shows a pending charge. Card is {CARD(doc, None, r.choice(['space', 'dash']))}, exp {r.randint(1, 12):02d}/{r.randint(26, 30)}.
Agent: Sorry about that! For your security please don't send the full card number. I can see an authorisation on the card ending {rstr(r, DIG, 4)}, reference {rstr(r, DIG, 12)}.
Customer: ok. I also tried my other card {CARD(doc, None, 'compact')} and my wife's {CARD(doc, None, 'space')}, neither worked.
Agent: Those attempts were declined by the issuer (code 05). The pending amount will be released within 7 days. Tracking for the replacement: 1Z{rstr(r, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16)}.
Internal note: test card 4242 4242 4242 4242 works in staging; masked PAN in logs: {masked(r)}. IMEI of customer's phone for the app crash: {imei(r)}.
"""


def chargeback_csv(doc):
    r = doc.rng
    rows = [["Case ID", "ARN", "Card (masked)", "Full PAN (retrieval)", "Reason code", "Amount", "Currency", "Txn date", "Order ref"]]
    for _ in range(r.randint(14, 18)):
        n = card_number(r.choice(NETS))
        full = ""
        if r.random() < 0.6:
            full = doc.L("credit-card", n)
        body = rstr(r, DIG, 22)
        rows.append([rstr(r, DIG, 10), body + luhn_digit(body), masked(r, n), full, r.choice(["10.4", "13.1", "4837", "4853", "13.3"]), f"{r.randint(5, 900)}.{r.randint(0, 99):02d}",
                     r.choice(["SEK", "EUR", "USD"]), ts(r).strftime("%Y-%m-%d"), luhn_fail_16(r)])
    return csv_text(rows, delim=",")


def payment_webhook(doc):
    r = doc.rng
    n = card_number("visa")
    obj = {"id": "evt_" + rstr(r, ALNUM, 24), "object": "event", "type": "charge.succeeded", "created": r.randint(1700000000, 1760000000),
           "data": {"object": {"id": "ch_" + rstr(r, ALNUM, 24), "amount": r.randint(500, 99999), "currency": "sek", "payment_method": "pm_" + rstr(r, ALNUM, 24),
                               "payment_method_details": {"card": {"brand": "visa", "last4": n[-4:], "exp_month": r.randint(1, 12), "exp_year": r.randint(2026, 2031), "fingerprint": rstr(r, ALNUM, 16),
                                                                  "network": "visa", "three_d_secure": {"authentication_flow": "challenge", "result": "authenticated"}, "iin": n[:6]}},
                               "metadata": {"order_id": str(luhn_fail_16(r)), "customer_phone_last4": rstr(r, DIG, 4)}, "receipt_number": rstr(r, DIG, 4) + "-" + rstr(r, DIG, 4)}},
           "livemode": True, "request": {"id": "req_" + rstr(r, ALNUM, 14), "idempotency_key": uuid4(r)}}
    note = "# Reproduce with the documented test card 4242 4242 4242 4242 (any CVC) or 4000 0027 6000 3184 for 3DS.\n"
    return note + json.dumps(obj, indent=2) + "\n"


def receipts(doc):
    r = doc.rng
    out = []
    for i in range(r.randint(3, 4)):
        merchant_copy = i == 0
        net = r.choice(["visa", "mc", "maestro"])
        n = card_number(net)
        pan_line = doc.L("credit-card", fmt_card(n, "space")) if merchant_copy else "************" + n[-4:]
        out.append(f"""{r.choice(["ICA Supermarket", "Coop Konsum", "Clas Ohlson", "Systembolaget"])} {r.choice(SE_CITIES)[0]}
Org.nr {ORG(r)}
{ts(r).strftime("%Y-%m-%d %H:%M")}        Kvitto {rstr(r, DIG, 6)}
--------------------------------
KORTKÖP                {r.randint(20, 2000)},{r.randint(0, 99):02d} SEK
{dict(visa="VISA", mc="MASTERCARD", maestro="MAESTRO")[net]}   {pan_line}
Term: {rstr(r, DIG, 8)}   Butik: {rstr(r, DIG, 7)}
Ref: {rstr(r, DIG, 12)}   AID: A00000000{r.choice(["31010", "41010", "43060"])}
TVR: {rstr(r, "0123456789ABCDEF", 10)}   TSI: E800
Godkänd  {"KONTOKORT - BUTIKENS EX" if merchant_copy else "KUNDENS EXEMPLAR"}
--------------------------------
""")
    return "\n".join(out)


def java_pan_leak(doc):
    r = doc.rng
    clk = Clock(r)
    out = []
    for _ in range(r.randint(8, 11)):
        t = clk.T("%Y-%m-%d %H:%M:%S,") + "%03d" % r.randint(0, 999)
        q = r.random()
        if q < 0.65:
            c = CARD(doc, None, "compact")
            out.append(f"{t} ERROR [payment-worker-{r.randint(1, 8)}] c.e.p.CardAuthorizer - authorization failed for PaymentRequest{{orderId={luhn_fail_16(r)}, cardNumber={c}, expiry={r.randint(1, 12):02d}/{r.randint(26, 31)}, cvc=***, amount={r.randint(100, 9999)}.00 SEK}}")
            out.append(f"se.example.payments.AcquirerException: 05 Do not honour (rrn={rstr(r, DIG, 12)})")
            out.append("\tat se.example.payments.CardAuthorizer.authorize(CardAuthorizer.java:142)")
            out.append("\tat se.example.payments.PaymentService.pay(PaymentService.java:88)")
        else:
            out.append(f"{t} INFO  [payment-worker-{r.randint(1, 8)}] c.e.p.CardAuthorizer - approved orderId={luhn_fail_16(r)} pan={masked(r)} authCode={rstr(r, DIG, 6)} imei={imei(r)}")
    return "\n".join(out) + "\n"


def dlp_report(doc):
    r = doc.rng
    rows = []
    for _ in range(r.randint(10, 14)):
        q = r.random()
        f = r.choice(["\\\\fs01\\ekonomi\\2019\\kundlista.xlsx", "/srv/export/orders_2021.csv", "C:\\Users\\anna\\Desktop\\kort.txt", "s3://shop-legacy/dumps/payments.sql", "/home/erik/notes.md"])
        if q < 0.55:
            rows.append(f"| {f} | PAN (Luhn) | {CARD(doc, None, r.choice(['space', 'compact', 'dash']))} | HIGH | unmasked |")
        elif q < 0.75:
            rows.append(f"| {f} | PAN (Luhn) | {masked(r)} | LOW | masked |")
        elif q < 0.9:
            rows.append(f"| {f} | Personnummer | {PN(doc)} | HIGH | unmasked |")
        else:
            rows.append(f"| {f} | PAN (Luhn) | {r.choice(TEST_PANS)} | INFO | known test number |")
    return f"""# DLP scan - file shares (run {ts(r).strftime('%Y-%m-%d')})

Scanner: pan-finder 2.3, rules: Luhn + IIN table; Swedish personnummer (Luhn + date)

| File | Type | Match | Severity | Note |
|------|------|-------|----------|------|
{chr(10).join(rows)}

False-positive notes: IMEI {imei(r)} and ICCID {iccid(r)} in the device inventory are Luhn-valid but not cards;
organisationsnummer {ORG(r)} and order {order_no(r)} are not personal identity numbers.
"""


def credit_application(doc):
    r = doc.rng
    name = se_person(r)
    return f"""ANSÖKAN OM KREDITKORT                         Ansökningsnr: {rstr(r, DIG, 10)}
Sökande: {name}
Personnummer: {PN(doc)}
Medsökande personnummer: {PN(doc)}
Mobil: {SEPH(doc)}          E-post: {email_se(doc, name)}
Arbetsgivare: {r.choice(["Volvo Cars", "Region Skåne", "Ericsson AB"])} (org.nr {ORG(r)})
Årsinkomst: {r.randint(250, 900) * 1000} kr
Befintligt kort att lösa in: {CARD(doc, r.choice(["visa", "mc"]), "space")}
Kontonummer för autogiro: {rstr(r, DIG, 4)}-{rstr(r, DIG, 9)}   IBAN: {doc.L("iban", make_iban("SE", rstr(r, DIG, 20)))}
UC-förfrågan ref: {ts(r).strftime("%Y%m%d")}-{rstr(r, DIG, 5)}
"""


def corporate_cards(doc):
    """Finance team's list of company cards (kept in a shared spreadsheet, exported as CSV)."""
    r = doc.rng
    rows = [["Kortinnehavare", "Avdelning", "Kortnummer", "Giltigt t.o.m.", "Limit (SEK)", "Kostnadsställe", "Status"]]
    for _ in range(r.randint(13, 17)):
        q = r.random()
        if q < 0.8:
            c = CARD(doc, r.choice(["visa", "mc", "mc", "amex", "diners"]), r.choice(["space", "space", "compact"]))
        else:
            c = masked(r)
        rows.append([se_person(r), r.choice(["Sälj", "IT", "Ledning", "Inköp", "Marknad"]), c, f"{r.randint(1, 12):02d}/{r.randint(26, 30)}", str(r.choice([10000, 25000, 50000, 100000])),
                     str(r.randint(100, 999)), r.choice(["Aktivt", "Aktivt", "Spärrat", "Beställt"])])
    return csv_text(rows)


PLAN = [
    ("sweden", "bankid_{i:02d}.jsonl", bankid_log, 2),
    ("sweden", "personal_{i:02d}.csv", hr_export, 2),
    ("sweden", "ku10_{i:02d}.xml", ku_xml, 1),
    ("sweden", "agi_{i:02d}.xml", agi_xml, 1),
    ("sweden", "journal_{i:02d}.txt", journal, 2),
    ("sweden", "elevlista_{i:02d}.csv", school_list, 1),
    ("sweden", "kundtjanst_{i:02d}.eml", se_support_email, 2),
    ("sweden", "chatt_{i:02d}.txt", se_chat, 2),
    ("sweden", "beslut_{i:02d}.txt", kivra_letter, 2),
    ("sweden", "kunder_{i:02d}.sql", se_sql, 1),
    ("sweden", "crm_{i:02d}.json", crm_json, 1),
    ("sweden", "pension_{i:02d}.txt", pension_register, 1),
    ("sweden", "bokforing_{i:02d}.se", sie_file, 1),
    ("sweden", "bgmax_{i:02d}.txt", bgmax, 1),
    ("sweden", "swish_callbacks_{i:02d}.jsonl", swish_callbacks, 1),
    ("sweden", "kreditansokan_{i:02d}.txt", credit_application, 1),
    ("payments", "acquirer_{i:02d}.log", gateway_debug, 3),
    ("payments", "iso8583_{i:02d}.txt", iso8583_dump, 2),
    ("payments", "legacy_payments_{i:02d}.sql", orders_sql, 2),
    ("payments", "ticket_{i:02d}.txt", card_support, 3),
    ("payments", "chargebacks_{i:02d}.csv", chargeback_csv, 2),
    ("payments", "webhook_{i:02d}.json", payment_webhook, 1),
    ("payments", "kvitton_{i:02d}.txt", receipts, 2),
    ("payments", "worker_{i:02d}.log", java_pan_leak, 2),
    ("payments", "dlp_scan_{i:02d}.md", dlp_report, 1),
    ("payments", "foretagskort_{i:02d}.csv", corporate_cards, 1),
]
