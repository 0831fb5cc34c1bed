"""Group 3: national identifiers of several countries side by side."""
from registry import doc
from core import fill

G = "natid"

CCN = {"SE": "se", "FI": "fi", "NL": "nl", "DE": "de", "FR": "fr", "ES": "es", "IT": "it", "UK": "uk", "GB": "uk",
       "US": "us", "IN": "in", "DK": "dk", "NO": "no", "EE": "ee", "PL": "pl", "PT": "pt"}
TYPES = {"SE": "personnummer", "FI": "henkilotunnus", "NL": "bsn", "DE": "steuer_id", "FR": "nir", "ES": "dni",
         "IT": "codice_fiscale", "UK": "nino", "GB": "nino", "US": "ssn", "IN": "aadhaar", "DK": "cpr",
         "NO": "fodselsnummer", "EE": "isikukood"}


class P:
    pass


def person(d, cc, y0=1950, y1=2003, pnr_form="12dash", es_nie=False, hetu_new=False, nir_spaced=False, aadhaar_spaced=True):
    p = P()
    p.cc = cc
    p.first, p.last = d.name(CCN[cc])
    from core import FEMALE
    p.female = p.first in FEMALE
    p.dob = d.birth(y0, y1)
    p.type = TYPES[cc]
    if cc == "SE":
        p.id = d.pnr(pnr_form, date=p.dob, female=p.female)
    elif cc == "FI":
        p.id = d.hetu(date=p.dob, new_sign=hetu_new, female=p.female)
    elif cc == "NL":
        p.id = d.bsn()
    elif cc == "DE":
        p.id = d.steuer()
    elif cc == "FR":
        p.id = d.nir(date=p.dob, male=not p.female, spaced=nir_spaced)
    elif cc == "ES":
        p.id = d.dni(nie=es_nie)
    elif cc == "IT":
        p.id = d.cf(p.first, p.last, p.dob, female=p.female)
    elif cc in ("UK", "GB"):
        p.id = d.nino()
    elif cc == "US":
        p.id = d.ssn()
    elif cc == "IN":
        p.id = d.aadhaar(spaced=aadhaar_spaced)
    elif cc == "DK":
        p.id = d.cpr(p.dob)
    elif cc == "NO":
        p.id = d.fnr(p.dob)
    elif cc == "EE":
        p.id = d.isikukood(p.dob, male=not p.female)
    return p


def svnr(d, dob, last):
    """German Sozialversicherungsnummer-shaped look-alike (no README category)"""
    v = "%02d" % d.rng.choice([12, 13, 15, 18, 24, 38, 42, 53, 65]) + dob.strftime("%d%m%y") + last[0].upper().replace("Ä", "A").replace("Ö", "O").replace("Ü", "U") + "%02d" % d.rng.randrange(0, 49) + str(d.rng.randrange(10))
    return d.X(v)


@doc("eu-payroll-employees-multicountry-csv", "payroll/exports/employees-2026-11.csv",
     "payroll provider export of employees of a group with entities in eleven countries, each with its national id and birth date", G)
def payroll(d):
    ccs = ["SE", "SE", "FI", "FI", "NL", "DE", "FR", "ES", "IT", "UK", "DK", "NO", "EE"]
    rows = ["employee_no;legal_entity;country;last_name;first_name;national_id_type;national_id;date_of_birth;hire_date;cost_centre;pay_group"]
    for i, cc in enumerate(ccs):
        p = person(d, cc, es_nie=(cc == "ES"))
        dob = d.dob(p.dob, "%Y-%m-%d")
        ent = {"SE": "Nordlast AB", "FI": "Nordlast Oy", "NL": "Nordlast B.V.", "DE": "Nordlast GmbH", "FR": "Nordlast SAS",
               "ES": "Nordlast Iberia S.L.", "IT": "Nordlast Italia S.r.l.", "UK": "Nordlast UK Ltd", "DK": "Nordlast ApS",
               "NO": "Nordlast AS", "EE": "Nordlast OÜ"}[cc]
        hire = f"20{d.rng.randrange(12, 26):02d}-{d.rng.randrange(1, 13):02d}-01"
        rows.append(f"{10400 + i * 7 + d.rng.randrange(7)};{ent};{cc};{p.last};{p.first};{p.type};{p.id};{dob};{hire};CC-{d.rng.randrange(100, 999)};{'M' if cc in ('FI','SE','DK','NO') else 'M2'}")
    return "\n".join(rows)


@doc("kyc-verification-results-jsonl", "kyc/vendor-results/2026-11-12.jsonl",
     "identity verification vendor results as json lines with document numbers, national ids of several countries and luhn-valid case references", G)
def kyc(d):
    out = []
    specs = [("SE", "PASSPORT", "SWE"), ("FI", "ID_CARD", "FIN"), ("IT", "ID_CARD", "ITA"), ("ES", "ID_CARD", "ESP"),
             ("FR", "PASSPORT", "FRA"), ("NL", "PASSPORT", "NLD"), ("DK", "DRIVERS", "DNK"), ("IN", "PASSPORT", "IND")]
    for cc, doc_type, iso3 in specs:
        p = person(d, cc, pnr_form="12", aadhaar_spaced=False)
        if doc_type == "PASSPORT":
            num = d.passport({"SE": "SE", "FR": "FR", "NL": "NL", "IN": "IN"}[cc])
        elif cc == "ES":
            num = p.id  # the DNI number is the card number
        else:
            num = d.X(d.chars(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", bad=False, check=lambda v: v[0].isalpha() and sum(c.isdigit() for c in v) >= 5))
        appl = d.uuid()
        score = d.rng.randrange(71, 99)
        status = "approved" if score > 80 else "review"
        nid = "" if cc == "ES" else f',"national_id":{{"type":"{p.type}","value":"{p.id}"}}'
        out.append(
            f'{{"applicant_id":"{appl}","created_at":"2026-11-12T{d.rng.randrange(7, 20):02d}:{d.rng.randrange(60):02d}:{d.rng.randrange(60):02d}Z",'
            f'"person":{{"first_name":"{p.first}","last_name":"{p.last}","nationality":"{iso3}"{nid}}},'
            f'"document":{{"type":"{doc_type}","issuing_country":"{iso3}","number":"{num}","expiry_date":"20{d.rng.randrange(27, 35)}-{d.rng.randrange(1, 13):02d}-{d.rng.randrange(1, 28):02d}"}},'
            f'"checks":{{"document_authenticity":"clear","face_match":{score},"liveness":"clear","pep_sanctions":"clear"}},'
            f'"review_status":"{status}","case_ref":"{d.lkpnr("10")}"}}')
    return "\n".join(out)


@doc("pytest-national-id-validator-fixtures-py", "tests/test_national_id.py",
     "pytest module with parametrised valid national ids of nine countries and invalid variants with wrong check digits", G)
def pytest_ids(d):
    valid = []
    for cc in ["SE", "SE", "FI", "FI", "NL", "DE", "FR", "ES", "IT", "UK", "US"]:
        p = person(d, cc, pnr_form="10dash", hetu_new=(cc == "FI" and len(valid) == 3), es_nie=(cc == "ES"))
        valid.append((cc, p.id))
    # invalid variants: change the last character so the check fails
    def bad(cc, v):
        last = v[-1]
        for c in "0123456789ABCDEFHJKLMNPRSTUVWXY":
            if c == last or (last.isdigit() != c.isdigit()):
                continue
            w = v[:-1] + c
            import core
            chk = {"SE": core.pnr_ok, "FI": core.hetu_ok, "NL": core.bsn_ok, "DE": core.steuer_ok, "FR": core.nir_ok,
                   "ES": core.dni_ok, "IT": core.cf_ok}.get(cc)
            if chk and not chk(w):
                return w
        return None
    invalid = [(cc, bad(cc, v)) for cc, v in valid if cc not in ("UK", "US")]
    invalid += [("UK", "QQ123456C"), ("US", "000-12-3456"), ("US", "666-45-1200")]
    vl = "\n".join(f'        ("{cc}", "{v}"),' for cc, v in valid)
    il = "\n".join(f'        ("{cc}", "{v}"),' for cc, v in invalid if v)
    lk = d.lkpnr("10dash", 2019, 2026)
    return fill('''"""Tests for kyc.national_id.validate().

The valid numbers below were taken from real onboarding cases that failed in
production (KYC-881) – they must keep passing.
"""
import pytest

from kyc.national_id import NationalIdError, normalise, validate


@pytest.mark.parametrize(
    ("country", "value"),
    [
@vl@
    ],
)
def test_valid(country, value):
    assert validate(country, value)


@pytest.mark.parametrize(
    ("country", "value"),
    [
@il@
    ],
)
def test_invalid_check_digit(country, value):
    with pytest.raises(NationalIdError):
        validate(country, value)


def test_booking_number_is_not_personnummer():
    # booking numbers of the ferry line look like personnummer and even pass
    # Luhn; validate() only accepts them when the caller says country="SE"
    # and the prefix is a plausible birth date, so this one (issued 20xx)
    # must be rejected by the age check.
    with pytest.raises(NationalIdError):
        validate("SE", "@lk@", max_age=120, min_age=16)


def test_normalise_strips_separators():
    assert normalise("NL", " 1234.56.782 ") == "@bsnex@"
''', vl=vl, il=il, lk=lk, bsnex=d.X("123456782"))


@doc("jest-national-id-parser-spec-ts", "src/identity/__tests__/parseNationalId.spec.ts",
     "typescript jest spec with it.each tables of national ids of several countries and the birth dates parsed from them", G)
def jest(d):
    rows = []
    for cc in ["SE", "FI", "FI", "FR", "IT", "IT", "SE"]:
        p = person(d, cc, pnr_form="12", hetu_new=(len(rows) == 2))
        rows.append(f'    ["{cc}", "{p.id}", "{p.dob.isoformat()}"],')
    dk = person(d, "DK"); no = person(d, "NO")
    return fill('''import { describe, expect, it } from "vitest";
import { parseNationalId } from "../parseNationalId";

describe("parseNationalId", () => {
  it.each([
@rows@
  ])("%s %s -> birth date %s", (country, id, birthDate) => {
    const parsed = parseNationalId(country, id);
    expect(parsed.valid).toBe(true);
    expect(parsed.birthDate).toBe(birthDate);
  });

  it("does not derive a birth date for Danish CPR numbers without modulus 11", () => {
    // CPR numbers issued after 2007 need not pass mod 11
    expect(parseNationalId("DK", "@dk@").valid).toBe(true);
  });

  it("accepts Norwegian fødselsnummer", () => {
    expect(parseNationalId("NO", "@no@").valid).toBe(true);
  });

  it("rejects garbage", () => {
    expect(parseNationalId("SE", "abc").valid).toBe(false);
    expect(parseNationalId("FI", "").valid).toBe(false);
  });
});
''', rows="\n".join(rows), dk=dk.id, no=no.id)


@doc("go-table-driven-kyc-normalise-test-go", "internal/kyc/normalise_test.go",
     "go table-driven test of a kyc normaliser with national ids of several countries in struct literals", G)
def gotest(d):
    cases = []
    for cc, form in [("SE", "10"), ("NL", None), ("DE", None), ("ES", None), ("UK", None), ("IN", None)]:
        p = person(d, cc, pnr_form="10dash", aadhaar_spaced=True)
        if cc == "SE":
            want = p.id.replace("-", "")
            d.L("se-personnummer", want)
            cases.append(f'\t\t{{name: "{cc} with dash", country: "{cc}", in: "{p.id}", want: "{want}"}},')
        elif cc == "IN":
            want = p.id.replace(" ", "")
            d.L("in-aadhaar", want)
            cases.append(f'\t\t{{name: "{cc} spaced", country: "{cc}", in: "{p.id}", want: "{want}"}},')
        elif cc == "UK":
            spaced = f"{p.id[:2]} {p.id[2:4]} {p.id[4:6]} {p.id[6:8]} {p.id[8]}"
            d.L("uk-nino", spaced)
            cases.append(f'\t\t{{name: "{cc} spaced", country: "GB", in: "{spaced}", want: "{p.id}"}},')
        else:
            cases.append(f'\t\t{{name: "{cc}", country: "{cc}", in: " {p.id} ", want: "{p.id}"}},')
    return fill('''package kyc

import "testing"

func TestNormalise(t *testing.T) {
	tests := []struct {
		name    string
		country string
		in      string
		want    string
		wantErr bool
	}{
@cases@
		{name: "empty", country: "SE", in: "", wantErr: true},
		{name: "unknown country", country: "XX", in: "123", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalise(tt.country, tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Normalise() error = %v, wantErr %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Normalise() = %q, want %q", got, tt.want)
			}
		})
	}
}
''', cases="\n".join(cases))


@doc("nordic-shared-service-centre-register-csv", "ssc/register/anstallda-norden-2026-11.csv",
     "shared service centre register of nordic employees with swedish, finnish, danish and norwegian ids beside date-shaped luhn-valid booking numbers", G)
def ssc(d):
    rows = ["land,person_id,efternamn,fornamn,anst_nr,kostnadsstalle,senaste_resebokning"]
    for cc in ["SE", "SE", "SE", "FI", "FI", "DK", "DK", "NO", "NO", "SE"]:
        p = person(d, cc, pnr_form="10dash")
        rows.append(f'{cc},{p.id},{p.last},{p.first},{d.num(6)},{d.rng.randrange(4100, 4999)},{d.lkpnr("10")}')
    return "\n".join(rows)


@doc("hr-api-employees-identifiers-json", "integrations/hris/responses/employees-page-2.json",
     "pretty-printed hris api response with employees whose identifiers array holds tax ids, social insurance numbers and national ids", G)
def hrapi(d):
    emps = []
    for cc in ["DE", "DE", "NL", "FR", "IT", "ES", "SE"]:
        p = person(d, cc, es_nie=(cc == "ES"), nir_spaced=(cc == "FR"))
        ids = [f'        {{ "type": "{p.type}", "value": "{p.id}", "country": "{cc}" }}']
        if cc == "DE":
            ids.append(f'        {{ "type": "sozialversicherungsnummer", "value": "{svnr(d, p.dob, p.last)}", "country": "DE" }}')
        idtxt = ",\n".join(ids)
        emps.append(f'''    {{
      "id": "emp_{d.X(d.lowalnum(16))}",
      "employee_number": "{d.num(5)}",
      "first_name": "{p.first}",
      "last_name": "{p.last}",
      "department": "{d.pick(["Finance", "Logistics", "IT", "Sales", "HR"])}",
      "employment": {{ "country": "{cc}", "start_date": "20{d.rng.randrange(10, 26)}-0{d.rng.randrange(1, 9)}-01", "status": "active" }},
      "identifiers": [
{idtxt}
      ]
    }}''')
    return '{\n  "data": [\n' + ",\n".join(emps) + '\n  ],\n  "meta": { "page": 2, "per_page": 7, "total": 412, "next_cursor": "' + d.X(d.b64url(24)) + '" }\n}'


@doc("ferry-passenger-manifest-baltic-csv", "manifest/2026-11-13-STO-HEL-TLL.csv",
     "ferry passenger manifest for a stockholm-helsinki-tallinn sailing with passports, birth dates, national ids and luhn-valid booking numbers", G)
def ferry(d):
    rows = ["booking_no,cabin,surname,given_names,sex,date_of_birth,nationality,doc_type,doc_no,national_id,embark,disembark"]
    for cc, nat in [("SE", "SWE"), ("SE", "SWE"), ("FI", "FIN"), ("FI", "FIN"), ("EE", "EST"), ("EE", "EST"), ("DE", "DEU"), ("NO", "NOR")]:
        p = person(d, cc, pnr_form="10dash")
        dob = d.dob(p.dob, "%d.%m.%Y")
        if cc in ("SE", "DE", "FI") and d.rng.random() < 0.6:
            dt, dn = "P", d.passport(cc)
        else:
            dt, dn = "I", d.X(d.chars(8, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", bad=False, check=lambda v: v[0].isalpha() and v[1].isalpha() and v[2:].isdigit()))
        nid = p.id if cc in ("SE", "FI", "EE", "NO") else ""
        if not nid:
            d.labels = [l for l in d.labels if l[1] != p.id]
        rows.append(f'{d.lkpnr("10")},{d.rng.randrange(8100, 9999)},{p.last.upper()},{p.first.upper()},{"F" if p.female else "M"},{dob},{nat},{dt},{dn},{nid},STO,{d.pick(["HEL", "TLL"])}')
    return "\n".join(rows)


@doc("schac-personal-unique-id-ldif", "ldap/export/exchange-students-2026.ldif",
     "ldif export of exchange students with schacPersonalUniqueID urns of several countries and e-mail addresses", G)
def schac(d):
    out = ["version: 1", ""]
    for cc, scheme in [("SE", "NIN"), ("FI", "NIN"), ("ES", "DNI"), ("IT", "CF"), ("NL", "BSN"), ("FR", "NIR")]:
        p = person(d, cc, pnr_form="12")
        uid = (p.first[0] + p.last[:6]).lower().translate(str.maketrans("åäöéíóúñüç", "aaoeiounuc")).replace(" ", "")
        uid += str(d.rng.randrange(10, 99))
        mail = d.email(p.first, p.last, domain="student.hogskolan-vast.se", style=0)
        out += [f"dn: uid={uid},ou=people,dc=hogskolan-vast,dc=se",
                "objectClass: inetOrgPerson", "objectClass: eduPerson", "objectClass: schacPersonalCharacteristics",
                "objectClass: schacLinkageIdentifiers",
                f"uid: {uid}", f"cn: {p.first} {p.last}", f"sn: {p.last}", f"givenName: {p.first}", f"mail: {mail}",
                f"schacHomeOrganization: {dict(SE='uu.se', FI='helsinki.fi', ES='ucm.es', IT='unibo.it', NL='uva.nl', FR='u-paris.fr')[cc]}",
                f"schacPersonalUniqueID: urn:schac:personalUniqueID:{cc.lower()}:{scheme}:{p.id}",
                f"eduPersonAffiliation: student", ""]
    return "\n".join(out)


@doc("rails-test-fixtures-customers-yml", "test/fixtures/customers.yml",
     "rails test fixtures of customers from several countries with national ids", G)
def fixtures(d):
    out = ["# Read about fixtures at https://api.rubyonrails.org/classes/ActiveRecord/FixtureSet.html", ""]
    for key, cc in [("anna_se", "SE"), ("mikko_fi", "FI"), ("pieter_nl", "NL"), ("jonas_de", "DE"), ("lucia_es", "ES"), ("oliver_uk", "UK"), ("mette_dk", "DK")]:
        p = person(d, cc, pnr_form="12dash", es_nie=False)
        out += [f"{key}:", f"  first_name: {p.first}", f"  last_name: {p.last}", f"  country_code: {cc if cc != 'UK' else 'GB'}",
                f"  national_id: \"{p.id}\"",
                f"  created_at: <%= {d.rng.randrange(2, 30)}.days.ago %>", ""]
    return "\n".join(out)


@doc("sql-seed-insert-policyholders-sql", "db/seeds/020_policyholders.sql",
     "sql seed file inserting policyholders of a cross-border insurer with national ids of several countries and luhn-valid policy references", G)
def sqlseed(d):
    vals = []
    for cc in ["FR", "FR", "IT", "ES", "DE", "NL", "FI", "SE", "US"]:
        p = person(d, cc, es_nie=(len(vals) == 3), pnr_form="12")
        vals.append(f"  ({d.num(7)}, '{p.last.replace(chr(39), chr(39) * 2)}', '{p.first}', '{cc}', '{p.type}', '{p.id}', 'POL-{d.lkpnr('10')}')")
    return ("-- Seed data for the staging environment, copied from the 2026-10 production snapshot\n"
            "-- (KYC-902: replace with synthetic data before the audit!)\n"
            "BEGIN;\n\nINSERT INTO policyholder (id, last_name, first_name, country, id_scheme, id_value, policy_ref)\nVALUES\n"
            + ",\n".join(vals) + "\nON CONFLICT (id) DO NOTHING;\n\nCOMMIT;\n")


@doc("eu-cross-border-claims-tsv", "claims/exports/crossborder-2026-w46.tsv",
     "tab-separated claims export of a cross-border health insurer with claimant national ids and date-shaped luhn-valid claim numbers", G)
def claims(d):
    rows = ["claim_no\tclaimant\tcountry\tid_type\tid_number\ttreatment_country\tamount_eur\tstatus"]
    for cc in ["SE", "FI", "IT", "FR", "DE", "NL", "ES", "NO"]:
        p = person(d, cc, pnr_form="10dash", nir_spaced=True)
        rows.append(f"{d.lkpnr('12dash')}\t{p.first} {p.last}\t{cc}\t{p.type}\t{p.id}\t{d.pick(['ES', 'PT', 'GR', 'HR', 'TH'])}\t{d.rng.randrange(80, 9000)}.{d.rng.randrange(10, 99)}\t{d.pick(['paid', 'open', 'rejected'])}")
    return "\n".join(rows)


@doc("expat-assignment-register-xml", "mobility/export/assignments-2026-11.xml",
     "xml export of international assignments with home and host country identifiers of each assignee", G)
def expat(d):
    items = []
    for home, host in [("SE", "DE"), ("FR", "NL"), ("IT", "SE"), ("UK", "FI"), ("FI", "ES")]:
        p = person(d, home, pnr_form="12dash")
        host_id = person(d, host, pnr_form="12dash", es_nie=True)  # host-country registration of the same assignee
        items.append(f'''  <Assignment id="ASG-{d.num(6)}">
    <Assignee>
      <GivenName>{p.first}</GivenName>
      <FamilyName>{p.last}</FamilyName>
      <NationalId country="{home if home != 'UK' else 'GB'}" scheme="{p.type}">{p.id}</NationalId>
      <HostRegistration country="{host}" scheme="{host_id.type}">{host_id.id}</HostRegistration>
    </Assignee>
    <HomeCountry>{home}</HomeCountry>
    <HostCountry>{host}</HostCountry>
    <StartDate>2026-0{d.rng.randrange(1, 9)}-01</StartDate>
    <EndDate>2028-0{d.rng.randrange(1, 9)}-31</EndDate>
  </Assignment>''')
    return '<?xml version="1.0" encoding="UTF-8"?>\n<Assignments xmlns="urn:nordlast:mobility:v2" generated="2026-11-14T06:00:00Z">\n' + "\n".join(items) + "\n</Assignments>"


@doc("protobuf-text-format-customer-records-txtpb", "testdata/customers.txtpb",
     "protocol buffers text format test data with customer records holding national ids of several countries", G)
def txtpb(d):
    recs = []
    for cc, enum in [("IT", "CODICE_FISCALE"), ("ES", "DNI"), ("FR", "NIR"), ("NL", "BSN"), ("FI", "HETU"), ("IN", "AADHAAR"), ("US", "SSN")]:
        p = person(d, cc, aadhaar_spaced=False)
        recs.append(f'''customers {{
  id: {d.num(8)}
  given_name: "{p.first}"
  family_name: "{p.last}"
  segment: {d.pick(["RETAIL", "SME", "PRIVATE_BANKING"])}
  national_id {{
    country: "{cc}"
    scheme: {enum}
    value: "{p.id}"
  }}
}}''')
    return "# proto-file: proto/customer.proto\n# proto-message: CustomerList\n# Golden data for the dedup job; copied from staging.\n\n" + "\n".join(recs)


