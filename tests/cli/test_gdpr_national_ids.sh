#!/usr/bin/env bash
# policies/gdpr.toml's birth dates, passports and national ids, end to
# end: `privguard scan --policy policies/gdpr.toml` over lines in JSON,
# YAML, key=value, XML and prose. Each line says what must be found on it
# (rule and exact value) or that nothing of these rules may be; the valid
# values carry real check digits (computed from each published algorithm),
# the others are wrong by a check digit, a date, a prefix, a label or are
# documentation examples.
# usage: test_gdpr_national_ids.sh PRIVGUARD_BINARY SOURCE_DIR
set -u
pg=$1
src=$2
# shellcheck source=../checks.sh
. "$(dirname "${BASH_SOURCE[0]}")/../checks.sh"
policy=$src/policies/gdpr.toml

check "gdpr.toml is valid" bash -c '"$1" policy check "$2" >/dev/null' _ "$pg" "$policy"

# One case per line: RULE<TAB>VALUE<TAB>LINE, or -<TAB>-<TAB>LINE for a line
# on which none of the new rules may find anything.
cat >"$tmp/cases.tsv" <<'EOF'
se-personnummer	850709-2388	850709-2388 loggade in
date-of-birth	1984-03-12	{"name": "Anna Berg", "dob": "1984-03-12", "created_at": "2024-01-05T10:00:00Z"}
date-of-birth	1984-03-12	{\"customer_dob\":\"1984-03-12T00:00:00.000Z\",\"plan\":\"pro\"}
date-of-birth	12/03/1984	date_of_birth: 12/03/1984
date-of-birth	03/12/1984	  birthDate: '03/12/1984'
date-of-birth	12.03.1984	event=signup user.birthDate=12.03.1984 status=201
date-of-birth	1984-03-12	DOB=1984-03-12 created_at=2024-03-12
date-of-birth	1984-03-12	<person><dateOfBirth>1984-03-12</dateOfBirth><created>2024-03-12</created></person>
date-of-birth	1984-03-12	<patient birth_date="1984-03-12" admitted="2024-03-12"/>
date-of-birth	12 March 1984	The patient was born on 12 March 1984 in Leeds.
date-of-birth	March 12, 1984	Birthday: March 12, 1984
date-of-birth	12.03.1984	Geburtsdatum: 12.03.1984
date-of-birth	12.03.1984	Max Mustermann, geb. 12.03.1984 in Köln
date-of-birth	12/03/1984	date de naissance : 12/03/1984
date-of-birth	12 mars 1984	Elle est née le 12 mars 1984 à Lyon.
date-of-birth	12/03/1984	fecha de nacimiento: 12/03/1984
date-of-birth	10/03/1955	Mi contraseña no funciona y nací el 10/03/1955 en Sevilla.
date-of-birth	12/03/1984	data di nascita=12/03/1984
date-of-birth	12th March, 1984	She was born on the 12th March, 1984.
date-of-birth	1984-03-12	Anna Berg, född 1984-03-12, Göteborg
date-of-birth	12.03.1984	geboren op 12.03.1984
date-of-birth	19840312	BDAY:19840312
date-of-birth	1984-03-12	BDAY;VALUE=date:1984-03-12
-	-	dob: 12 Monkeys 1984
-	-	created_at: 1984-03-12
-	-	{"created_at": "1984-03-12", "updated_at": "12/03/1984"}
-	-	2024-03-12 10:00:01 INFO job 1984-03-12 started, expires_at=12.03.2030
-	-	dob_verified_at: 2024-03-12
-	-	dob: 1984-02-30
-	-	dob: 1970-01-01
-	-	dob = 1979-05-27T07:32:00-08:00 # the TOML specification's example
-	-	birthday: March 12
-	-	adobe: 1984-03-12
passport	548213907	{"passport_no": "548213907", "country": "US"}
passport	C4J7RZ2X9	passportNumber: C4J7RZ2X9
passport	17FV48203	holder=Jean passport=17FV48203 status=valid
passport	548213907	His passport number is 548213907.
passport	C4J7RZ2X9	<Reisepassnummer>C4J7RZ2X9</Reisepassnummer>
passport	17FV48203	numéro de passeport : 17FV48203
passport	K8205913	pasaporte: K8205913
passport	548213907	INSERT INTO person_attr VALUES (7,'passport_number','548213907');
-	-	passport: 123456789
-	-	{"passport": "A12345678"}
-	-	passport_expiry: 2031-05-01
-	-	passport.js 0.6.0 loaded, 12 strategies
-	-	order_id=548213917 sku=C4J7RZ3X9
-	-	passport: L898902C3
-	-	passport: REDACTED
uk-nino	JM204581B	{"ni_number": "JM204581B"}
uk-nino	JM 20 45 81 B	nino: JM 20 45 81 B
uk-nino	JM204581B	employee=42 nino=JM204581B
uk-nino	OA 20 45 81 D	Her National Insurance number is OA 20 45 81 D.
-	-	nino: QQ123456C
-	-	nino: GB204581B
-	-	nino: JD204581B
-	-	nino: JM204581E
-	-	nino: AB 12 34 56 C
nl-bsn	237518697	{"bsn": "237518697"}
nl-bsn	237518697	burgerservicenummer: 237518697
nl-bsn	2375.18.697	patient=17 bsn=2375.18.697
nl-bsn	237518697	Het BSN is 237518697.
-	-	order=237518600 total=12.50
-	-	bsn: 237518698
-	-	bsn: 111222333
se-personnummer	850709-2388	{"personnummer": "850709-2388"}
se-personnummer	19850709-2388	pnr: 19850709-2388
se-personnummer	198507092388	kund=8 personnummer=198507092388
se-personnummer	850709+2388	Personnumret är 850709+2388 enligt folkbokföringen.
-	-	personnummer: 850709-2387
-	-	personnummer: 851309-2382
-	-	/srv/backup/850710-2385.tar written
-	-	personnummer: 19121212-1212
se-personnummer	850769-2385	samordningsnummer=850769-2385
-	-	2024-03-12 09:30 rotated app-202403120930.log, next 20240312-0930 and 202403120930
-	-	20231105-1748 nightly build done
fi-hetu	070985-238C	{"hetu": "070985-238C"}
fi-hetu	150603A112W	henkilotunnus: 150603A112W
fi-hetu	070985Y238C	asiakas=5 hetu=070985Y238C
fi-hetu	291264+391H	Henkilötunnus on 291264+391H.
-	-	hetu: 070985-238D
-	-	hetu: 131052-308T
-	-	hetu: 300285-2380
de-steuer-id	71325409613	{"steuer_id": "71325409613"}
de-steuer-id	71 325 409 613	Steuer-IdNr.: 71 325 409 613
de-steuer-id	71325409613	mitarbeiter=3 taxId=71325409613
de-steuer-id	71325409613	Ihre Steueridentifikationsnummer lautet: 71325409613
de-steuer-id	71 325 409 613	{"tax_id_de": "71 325 409 613"}
de-steuer-id	71325409613	<TaxIdDe>71325409613</TaxIdDe>
-	-	invoice=71325409605 amount=12.00
-	-	steuer_id: 71325409614
-	-	steuer_id: 86095742719
fr-nir	1 85 07 75 056 204 39	{"nir": "1 85 07 75 056 204 39"}
fr-nir	185077505620439	numero_securite_sociale: 185077505620439
fr-nir	178062A04312816	assure=9 nir=178062A04312816
fr-nir	2 92 02 13 055 071 45	Son numéro de sécurité sociale est 2 92 02 13 055 071 45.
-	-	nir: 185077505620438
-	-	nir: 2 69 05 49 588 157 80
-	-	trace=385077505620439 span=42
es-dni	48211734P	{"dni": "48211734P"}
es-dni	Y4825613C	nie: Y4825613C
es-dni	48.211.734-P	cliente=4 dni=48.211.734-P
es-dni	70321594Z	Su DNI es 70321594Z.
-	-	dni: 48211734Q
-	-	dni: 12345678Z
-	-	build 20240312Z done
-	-	Decimal('1.48211748E+12') -> -5.48211748E-7
it-codice-fiscale	BNCGLI82E47F205G	{"codice_fiscale": "BNCGLI82E47F205G"}
it-codice-fiscale	BNCGLI82E47F2LRM	codice_fiscale: BNCGLI82E47F2LRM
it-codice-fiscale	VRDLCU75B12H501O	utente=7 cf=VRDLCU75B12H501O
it-codice-fiscale	MRTFNC90A01L219G	Il codice fiscale del cliente è MRTFNC90A01L219G.
-	-	cf: BNCGLI82E47F205H
-	-	cf: RSSMRA85T10A562S
-	-	CONFIGURATION_ERRORS_COUNT
in-aadhaar	4918 7362 5016	{"aadhaar": "4918 7362 5016"}
in-aadhaar	491873625016	aadhaar_no: 491873625016
in-aadhaar	7391-6482-0598	kyc=ok aadhaarNumber=7391-6482-0598
in-aadhaar	2857 4619 3025	Her Aadhaar number is 2857 4619 3025.
-	-	ref=491873625000 amount=12
-	-	aadhaar: 491873625017
-	-	aadhaar: 191873625016
EOF
cut -f3- "$tmp/cases.tsv" >"$tmp/input.txt"

"$pg" scan --policy "$policy" --format json "$tmp/input.txt" >"$tmp/findings.json" 2>"$tmp/scan.err"
check "scan exits 1 (findings)" test $? -eq 1

rules="date-of-birth passport uk-nino nl-bsn se-personnummer fi-hetu de-steuer-id fr-nir es-dni it-codice-fiscale in-aadhaar"
# Per line: what was found by the new rules, as RULE<TAB>VALUE.
python3 - "$tmp/findings.json" "$tmp/input.txt" "$rules" >"$tmp/found.tsv" <<'PY'
import json, sys
data = open(sys.argv[2], "rb").read()
rules = set(sys.argv[3].split())
found = {}
for line in open(sys.argv[1]):
    o = json.loads(line)
    if o["rule"] in rules:
        value = data[o["offset"]:o["offset"] + o["length"]].decode()
        found.setdefault(o["line"], []).append(o["rule"] + "\t" + value)
n = data.count(b"\n")
for i in range(1, n + 1):
    print(" | ".join(found.get(i, ["-\t-"])))
PY
lineno=0
while IFS=$'\t' read -r rule value text; do
  lineno=$((lineno + 1))
  got=$(sed -n "${lineno}p" "$tmp/found.tsv")
  if [ "$rule" = - ]; then
    check "line $lineno: nothing in: $text" test "$got" = "-	-"
  else
    check "line $lineno: $rule '$value' in: $text (got: $got)" test "$got" = "$rule	$value"
  fi
done <"$tmp/cases.tsv"
for r in $rules; do
  check "rule $r has found cases" grep -q "^$r	" "$tmp/cases.tsv"
done

# --- --mask: the values go, their separators and everything else stay
"$pg" scan --policy "$policy" --mask "$tmp/input.txt" >"$tmp/masked.txt" 2>/dev/null
check "--mask keeps the line count" test "$(wc -l <"$tmp/masked.txt")" -eq "$(wc -l <"$tmp/input.txt")"
check "--mask: date of birth keeps its separators" grep -qF '"dob": "****-**-**", "created_at": "2024-01-05T10:00:00Z"' "$tmp/masked.txt"
check "--mask: written date keeps its spaces" grep -qF 'born on ** ***** **** in Leeds' "$tmp/masked.txt"
check "--mask: NINO keeps its spaces" grep -qF 'nino: ** ** ** ** *' "$tmp/masked.txt"
check "--mask: personnummer keeps its dash" grep -qF '{"personnummer": "******-****"}' "$tmp/masked.txt"
check "--mask: NIR keeps its spaces" grep -qF '{"nir": "* ** ** ** *** *** **"}' "$tmp/masked.txt"
check "--mask: created_at untouched" grep -qxF 'created_at: 1984-03-12' "$tmp/masked.txt"
lineno=0
while IFS=$'\t' read -r rule value text; do
  lineno=$((lineno + 1))
  masked=$(sed -n "${lineno}p" "$tmp/masked.txt")
  if [ "$rule" = - ]; then
    check "--mask leaves line $lineno as it was" test "$masked" = "$text"
  else
    check "--mask removes $rule '$value' from line $lineno" bash -c '[[ "$1" != *"$2"* ]]' _ "$masked" "$value"
  fi
done <"$tmp/cases.tsv"

# --- severities and actions
"$pg" policy list "$policy" >"$tmp/list.txt"
for r in date-of-birth passport; do
  check "$r is medium, masked" grep -Eq "^$r +medium +mask" "$tmp/list.txt"
done
for r in uk-nino nl-bsn se-personnummer fi-hetu de-steuer-id fr-nir es-dni it-codice-fiscale in-aadhaar; do
  check "$r is high, masked" grep -Eq "^$r +high +mask" "$tmp/list.txt"
done

finish
