#include "id_names.h"

#include <utility>

#include "ascii.h"
#include "key_before.h"
#include "lines.h"
#include "vendor_names.h"

namespace privguard::core {
namespace {

constexpr bool lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool digit(char c) noexcept { return c >= '0' && c <= '9'; }
// (UTF-8's bytes count as letters: Swedish "Ärendenummer", "Anmälningskod")
constexpr bool letter(char c) noexcept { return lower(c) || upper(c) || static_cast<unsigned char>(c) >= 0x80; }

// (an API's global or object id too: Asana's "gid", a GUID, an LDAP "oid")
constexpr std::string_view kIdWords[] = {
    "id",    "ids",     "gid",      "guid",     "uuid",        "oid",       "no",       "nr",
    "ref",   "reference", "order",  "invoice",
    "sku",   "ean",     "ean13",    "gtin",     "upc",         "isbn",      "serial",   "arn",
    "txn",   "tracking", "shipment", "ticket",  "booking",     "confirmation", "case",  "transaction",
    "po",    "awb",     "batch",    "barcode",  "account",   "ordernr",   "ordernummer", "fakturanr",
    "fakturanummer", "provnummer", "bestellnummer", "rechnungsnummer", "ocr",
    // (a payment's retrieval reference number; a tax office's number for a
    // taxpayer, German Steuernummer, Brazil's CNPJ for a company; a
    // property's or a rented flat's Objektnummer)
    "rrn", "steuernummer", "steuernr", "cnpj", "objektnummer",
};
// (and in other languages: Portuguese's cartão, Spanish's tarjeta, Italian's
// carta, French's carte, German's Karte, Swedish's kort, Dutch's kaart,
// Polish's karta / karty, Turkish's kart / kartı)
constexpr std::string_view kCardWords[] = {
    "card",  "cards", "pan",   "cc",    "credit", "debit", "visa",   "mastercard", "amex",
    "cart\xC3\xA3o", "cartao", "tarjeta", "carta", "carte", "karte", "kreditkarte", "kort", "kortet",
    "kaart", "karta", "karty", "kart", "kart\xC4\xB1"};

// (ascii::iequals folds ASCII letters only: a UTF-8 word in the sets below is
// written as it is sent.)
template <std::size_t N>
bool one_of(std::string_view word, const std::string_view (&set)[N]) noexcept {
  for (std::string_view w : set)
    if (ascii::iequals(word, w)) return true;
  return false;
}

// Calls `each` with the words of a name: split at non-alphanumerics and
// where a capital follows a small letter (legacyId, orderRef).
template <class Each>
void words_of(std::string_view name, Each each) {
  std::size_t i = 0;
  while (i < name.size()) {
    while (i < name.size() && !letter(name[i]) && !digit(name[i])) ++i;
    const std::size_t from = i;
    while (i < name.size() && (letter(name[i]) || digit(name[i])) && !(i > from && upper(name[i]) && lower(name[i - 1])))
      ++i;
    if (i > from) each(name.substr(from, i - from));
  }
}

// Whether one of a name's words is one of `set` (any case).
template <std::size_t N>
bool a_word_of(std::string_view name, const std::string_view (&set)[N]) noexcept {
  bool found = false;
  words_of(name, [&](std::string_view w) { found = found || one_of(w, set); });
  return found;
}

}  // namespace

bool names_an_id(std::string_view name) noexcept {
  bool id = false, card = false;
  words_of(name, [&](std::string_view w) {
    // (Aadhaar's virtual id: "vid" in a key or a column, VID in prose,
    // where "Vid" is Swedish for "at": "Vid frågor: 08-...")
    id = id || one_of(w, kIdWords) || w == "VID" || (ascii::iequals(w, "vid") && name.find(' ') == std::string_view::npos);
    card = card || one_of(w, kCardWords);
  });
  return id && !card;
}

bool names_a_card(std::string_view name) noexcept {
  bool card = false;
  words_of(name, [&](std::string_view w) {
    card = card || one_of(w, kCardWords) || ascii::iequals(w, "kortnummer") || ascii::iequals(w, "kortnr");
  });
  return card;
}

namespace {
std::string_view last_word(std::string_view name) noexcept {
  std::string_view last;
  words_of(name, [&](std::string_view w) { last = w; });
  return last;
}
}  // namespace

bool same_first_word(std::string_view a, std::string_view b) noexcept {
  std::string_view fa, fb;
  words_of(a, [&](std::string_view w) {
    if (fa.empty()) fa = w;
  });
  words_of(b, [&](std::string_view w) {
    if (fb.empty()) fb = w;
  });
  if (fa.empty() || fa.size() != fb.size()) return false;
  for (std::size_t i = 0; i < fa.size(); ++i)
    if ((upper(fa[i]) ? fa[i] + 32 : fa[i]) != (upper(fb[i]) ? fb[i] + 32 : fb[i])) return false;
  return true;
}

namespace {
// Whether a name reads "FIRST of ..." ("Nature of identity document",
// "Number of identity document": IMO FAL 5's crew list).
template <std::size_t N>
bool first_word_of(std::string_view name, const std::string_view (&first)[N]) noexcept {
  std::string_view a, b;
  int n = 0;
  words_of(name, [&](std::string_view w) {
    if (n == 0) a = w;
    if (n == 1) b = w;
    ++n;
  });
  return n >= 3 && one_of(a, first) && ascii::iequals(b, "of");
}
}  // namespace

bool names_a_type(std::string_view name) noexcept {
  // (Dutch's id_soort, Swedish's and German's typ last; "Nature of ..." first)
  static constexpr std::string_view kLastTypeWords[] = {"type", "kind", "soort", "typ"};
  static constexpr std::string_view kFirstTypeWords[] = {"type", "kind", "nature"};
  return one_of(last_word(name), kLastTypeWords) || first_word_of(name, kFirstTypeWords);
}

bool names_a_number(std::string_view name) noexcept {
  static constexpr std::string_view kNumberWords[] = {"number", "no", "nr", "num", "value", "id", "nummer", "numero"};
  return one_of(last_word(name), kNumberWords) || first_word_of(name, kNumberWords);
}

bool names_a_secret(std::string_view name) noexcept {
  static constexpr std::string_view kSecretWords[] = {"secret", "token", "credential", "match"};
  return one_of(last_word(name), kSecretWords);
}

namespace {
// The name right before data[vs] on its line (after_id_name), or empty.
std::string_view name_before(std::string_view data, std::uint64_t vs, bool element) noexcept;
}  // namespace

bool after_id_name(std::string_view data, std::uint64_t vs) noexcept {
  const std::string_view name = name_before(data, vs, false);
  return !name.empty() && names_an_id(name);
}

namespace {
bool ends_with_lower(std::string_view word, std::string_view suffix) noexcept {
  return word.size() > suffix.size() && ascii::iequals(word.substr(word.size() - suffix.size()), suffix);
}
bool starts_with_lower(std::string_view word, std::string_view prefix) noexcept {
  return word.size() >= prefix.size() && ascii::iequals(word.substr(0, prefix.size()), prefix);
}

// A Swedish compound naming a number ("-nummer", "-numret", "-nr").
bool swedish_number(std::string_view w) noexcept {
  return ends_with_lower(w, "nummer") || ends_with_lower(w, "numret") || ends_with_lower(w, "nummret") ||
         ends_with_lower(w, "nr");
}

// A person's number: personnummer, personnr, persnr (personalnummer, an
// employee's, too), samordningsnummer, identitetsnummer, pnr.
bool a_persons_number(std::string_view w) noexcept {
  if (ascii::iequals(w, "pnr")) return true;
  if (!swedish_number(w)) return false;
  for (std::string_view person : {"pers", "samordning", "identitet"})
    if (starts_with_lower(w, person)) return true;
  return false;
}

// Swedish compounds a thing's number: medlemsnummer, skadenummer,
// försäkringsnummer, remissnummer, elevnummer, kundnr ("-nummer",
// "-numret", "-nr"); but a person's (personnummer, persnr, pnr,
// samordningsnummer, identitetsnummer), an organisation's, which for a
// sole trader is its owner's personnummer (organisationsnummer, orgnr).
// (A card's, kortnummer, numbers a thing: a fishing licence's, a
// library's card. A phone's does not: telefonnummer, mobilnr, German
// Rufnummer, Handynummer, faxnummer.)
bool swedish_number_of_a_thing(std::string_view w) noexcept {
  if (!swedish_number(w) || a_persons_number(w)) return false;
  for (std::string_view owner : {"organisation", "org", "id", "tel", "mobil", "ruf", "handy", "fax", "sms"})
    if (starts_with_lower(w, owner)) return false;
  return true;
}
}  // namespace

bool names_an_order(std::string_view name) noexcept {
  // Swedish, German and English names of orders, invoices, samples,
  // cases, incidents, contracts, memberships, bookings, registrations, decisions
  // (Kronofogden's "beslut"), claims (a debt's "fordran"), reports, deeds
  // (Lantmäteriet's "akt"), prescriptions, documents and printouts
  // (Recept-ID, dokument-ID, Utskrifts-ID) and payment references (OCR), whose
  // numbers are often a date and a serial (20250314-1234); a document's
  // ("handling", Migrationsverket's "Handlingsid") and an order's compounds
  // (Orderbekräftelse, Orderreferenz) too; minutes (protokoll), a court's
  // judgment (dom), a customs declaration, an application (ansökan), a
  // contract note (avräkningsnota), an order (beställning), an accounting
  // voucher (verifikation). (Upper- and lower-case Ä:
  // ascii::iequals folds ASCII only.)
  static constexpr std::string_view kOrderWords[] = {
      "order",       "orders",   "ordernummer",     "ordernr",        "invoice",  "faktura",
      "fakturanr",   "fakturanummer", "provnummer", "remiss",         "bestellnummer", "bestellung",
      "rechnungsnummer", "rechnung", "ticket",      "booking",        "transaction", "txn",
      "tracking",    "shipment", "confirmation",    "kolli",          "sku",      "serial",
      "medlemsnr",   "medlemsnummer", "avtalsnr",   "avtalsnummer",   "kontraktsnummer", "contract",
      "avtal",       "avtals",   "avtalet",         "avtalsid",
      "\xC3\xA4rendenummer", "\xC3\x84rendenummer", "\xC3\xA4rendenr", "\xC3\x84rendenr", "case",
      "anm\xC3\xA4lningskod", "bokningsnr", "bokningsnummer", "reservation", "reservationsnummer",
      "membership", "bokning", "\xC3\xA4rende", "\xC3\x84rende", "avgiftsnummer", "kvitto",
      "verifikationsnr", "verifikationsnummer", "reference", "messageid", "message", "referens", "policy",
      "claim", "beslut", "rapport", "report", "fordran", "fordrans", "ocr", "akt", "aktnummer", "incident", "kontrakt",
      "vertrag", "recept", "dokument", "document", "utskrift", "utskrifts", "handling", "handlings",
      "handlingsid", "aktbilaga", "protokoll", "dom", "declaration", "deklaration", "ansokan", "ans\xC3\xB6kan",
      "bestallning", "best\xC3\xA4llning", "BEST\xC3\x84LLNING", "verifikation", "anteckning",
      "f\xC3\xB6rr\xC3\xA4ttning", "forrattning",
      // (a receipt, Skatteverket's "Kvittens" of a filed declaration; an
      // export file's id, PAXml's <exportid>; "the invoice", Fakturan)
      "kvittens", "export", "exportid", "fakturan"};
  // A customer's number (customer_no, kundnummer, "Kund-nr") numbers an
  // account, often as a date and a serial; the customer alone ("Kund:"
  // in a chat, "customer": {...}) is a person, who may give a personnummer.
  static constexpr std::string_view kCustomerWords[] = {"customer", "kund", "client"};
  static constexpr std::string_view kNumberWords[] = {"no", "nr", "number", "num", "id", "ref"};
  // A thing's id in a compound ("Transaktions-ID", "Kö-ID", "Beslut-ID":
  // a queue's, a journal's), not an id alone nor a person's
  // ("Patient-ID", "Användar-ID").
  static constexpr std::string_view kPersonIdWords[] = {"user", "anv\xC3\xA4ndar", "anvandar", "medarbetar",
                                                        "employee", "anst\xC3\xA4lld", "member", "medlem"};
  std::size_t words = 0;
  bool order = false, customer = false, number = false, person = false;
  words_of(name, [&](std::string_view w) {
    ++words;
    // (a person's number "for an application" is the person's:
    // "personnummer för ansökan")
    person = person || a_persons_number(w);
    while (w.size() > 1 && digit(w.back())) w.remove_suffix(1);  // merchant_reference1
    // (and a case's compound: placeringsärende, skadeärende; minutes':
    // förhandlingsprotokoll, sammanträdesprotokoll; an order's:
    // arbetsorder, inköpsorder; an entry's: journalpost, köpost (not
    // e-post, an e-mail address); a
    // contract's: låneavtal, hyresavtal, hyreskontrakt; a reference's: betalningsref,
    // fakturaref;
    // a permit's: handledartillstånd, arbetstillstånd; a journal's note:
    // journalanteckning; a cadastral procedure's: förrättning,
    // lantmäteriförrättning)
    order = order || one_of(w, kOrderWords) || swedish_number_of_a_thing(w) || ends_with_lower(w, "\xC3\xA4rende") ||
            ends_with_lower(w, "tillst\xC3\xA5nd") || ends_with_lower(w, "tillstand") ||
            ends_with_lower(w, "anteckning") || ends_with_lower(w, "protokoll") || ends_with_lower(w, "f\xC3\xB6rr\xC3\xA4ttning") ||
            ends_with_lower(w, "forrattning") ||
            ends_with_lower(w, "avtal") || ends_with_lower(w, "kontrakt") || (w.size() > 5 && ends_with_lower(w, "ref")) ||
            ends_with_lower(w, "nota") || ends_with_lower(w, "referens") || ends_with_lower(w, "serie") ||
            (w.size() > 6 && starts_with_lower(w, "order")) || (w.size() > 7 && ends_with_lower(w, "order")) ||
            (w.size() > 5 && ends_with_lower(w, "post") && !ends_with_lower(w, "epost"));
    customer = customer || one_of(w, kCustomerWords);
    number = number || one_of(w, kNumberWords);
  });
  const bool thing_id = words > 1 && ends_in_an_id(name) && !names_a_person(name) && !a_word_of(name, kPersonIdWords);
  return !person && (order || (customer && number) || thing_id);
}

bool ends_in_an_id(std::string_view name) noexcept {
  static constexpr std::string_view kIdEnds[] = {"id", "ids", "ref"};
  return one_of(last_word(name), kIdEnds);
}

bool names_a_person(std::string_view name) noexcept {
  // A person's own number may sit under such a name (a patient's or a
  // pupil's id is often the personnummer).
  // (and a patient's abbreviated: "Pat.id" in a radiology work list)
  static constexpr std::string_view kPersonWords[] = {"person",  "personal", "pers",     "patient",  "pat", "elev",
                                                      "student", "individ",  "identity", "national", "citizen"};
  return a_word_of(name, kPersonWords);
}

bool names_whose(std::string_view word) noexcept {
  static constexpr std::string_view kWhoseWords[] = {
      "elev",    "barn",     "kund",    "patient",  "sokande", "s\xC3\xB6kande", "partner",  "make",   "maka",
      "vh",      "v\xC3\xA5rdnadshavare", "f\xC3\xB6r\xC3\xA4lder", "medlem", "anst\xC3\xA4lld", "\xC3\xA4gare",
      "student", "child",    "parent",  "guardian", "employee", "member",  "spouse",   "owner",  "applicant",
      "customer", "holder",  "kunde",   "mitglied", "eltern",  "enfant",  "titulaire",
      // (a payer's, a co-applicant's: "Personnummer betalare", "Personnummer medsökande")
      "betalare", "betalaren", "payer", "meds\xC3\xB6kande", "medsokande", "sambo", "deltagare"};
  return one_of(word, kWhoseWords);
}

bool names_an_animal(std::string_view name) noexcept {
  // (English, Swedish, German, Dutch; not French's "race", which in
  // English is a person's, nor German's "Tier", which is a plan's tier)
  static constexpr std::string_view kAnimalWords[] = {
      "breed",  "species", "animal", "animals", "pet",    "pets",   "dog",     "dogs",   "cat",     "cats",
      "ras",    "hund",    "hundens", "hunden", "katt",   "kattens", "djur",   "djurets", "rasse",
      "hond",    "chip",    "microchip", "mikrochip", "chipnummer", "chipnr", "transponder"};
  return a_word_of(name, kAnimalWords);
}

bool names_an_owner(std::string_view name) noexcept {
  static constexpr std::string_view kOwnerWords[] = {"owner", "\xC3\xA4gare", "\xC3\x84gare", "agare", "halter",
                                                     "besitzer", "eigenaar", "holder", "keeper", "person"};
  return a_word_of(name, kOwnerWords);
}

namespace {
// The display column of data[at] on its line, which starts at ls: UTF-8
// characters, not bytes ("Ägare" is five wide).
std::uint64_t column_of(std::string_view data, std::uint64_t ls, std::uint64_t at) noexcept {
  std::uint64_t col = 0;
  for (std::uint64_t i = ls; i < at; ++i) col += (static_cast<unsigned char>(data[i]) & 0xC0) != 0x80;
  return col;
}

// Whether data[vs] stands in a column of a table aligned with blanks whose
// header names an order (Lantmäteriet's "Ägare   Andel   Akt", a
// Kronofogden letter's "Borgenärer   Org.nr/personnr   Fordrans ref."):
// the value follows two blanks or more; the header is the nearest line
// above, with no blank line between, of three or more names split by two
// blanks or more and no digit; the value's column is the last name that
// starts at or before it (a name may start up to two columns after it).
bool under_order_header(std::string_view data, std::uint64_t vs) noexcept {
  const std::uint64_t ls = line_start(data, vs, 512);
  if (vs < ls + 2 || data[vs - 1] != ' ' || data[vs - 2] != ' ') return false;
  const std::uint64_t col = column_of(data, ls, vs);
  std::uint64_t end = ls;  // the line above ends at data[end - 1], its '\n'
  for (int n = 0; n < 32 && end > 0; ++n) {
    const std::uint64_t hs = line_start(data, end - 1, 512);
    std::uint64_t he = end - 1;
    if (he > hs && data[he - 1] == '\r') --he;
    bool blank = true, digits = false;
    for (std::uint64_t i = hs; i < he; ++i) {
      blank = blank && (data[i] == ' ' || data[i] == '\t');
      digits = digits || digit(data[i]);
    }
    if (blank) return false;
    end = hs;
    if (digits) continue;
    // The names: runs split by two blanks or more.
    std::uint64_t names = 0, from = 0, to = 0;
    for (std::uint64_t i = hs; i < he;) {
      while (i < he && data[i] == ' ') ++i;
      if (i == he) break;
      const std::uint64_t start = i;
      while (i < he && !(data[i] == ' ' && (i + 1 == he || data[i + 1] == ' '))) ++i;
      ++names;
      if (column_of(data, hs, start) <= col + 2) from = start, to = i;
    }
    if (names < 3) continue;
    return to > from && names_an_order(data.substr(from, to - from));
  }
  return false;
}
}  // namespace

bool after_order_name(std::string_view data, std::uint64_t vs) noexcept {
  if (under_order_header(data, vs)) return true;
  // (an XML element's name too: <Medlemsnummer>; not for cards, whose
  // number CyberSource's <card><accountNumber> holds)
  const std::string_view name = name_before(data, vs, true);
  if (name.empty()) return false;
  if (names_an_order(name)) return true;
  // A sentence that names its thing before the number ("Fakturan från
  // rörmokaren har nummer X", "Incident number for the record: X"): a
  // name holding a bare number word is what an earlier word of its
  // sentence (back to a '.', a line's or a string's start) names.
  static constexpr std::string_view kBareNumberWords[] = {"nummer", "number", "nr", "no", "num"};
  if (a_word_of(name, kBareNumberWords)) {
    const std::uint64_t start = static_cast<std::uint64_t>(name.data() - data.data());
    std::uint64_t i = start;
    while (i > 0 && start - i < 96 && data[i - 1] != '.' && data[i - 1] != '\n' && data[i - 1] != '"' &&
           data[i - 1] != '!' && data[i - 1] != '?')
      --i;
    bool order = false;
    words_of(data.substr(i, start - i), [&](std::string_view w) { order = order || names_an_order(w); });
    if (order) return true;
  }
  // A note in parentheses between the name and its value ("Reservnummer
  // (okänd patient): X"): the name before it names the value.
  const std::uint64_t from = static_cast<std::uint64_t>(name.data() - data.data());
  if (from > 0 && data[from - 1] == '(') {
    const std::string_view outer = name_before(data, from - 1, false);
    if (!outer.empty() && names_an_order(outer)) return true;
  }
  // A series' code of one to four capitals between the name and the
  // number ("Dnr: FR 20240308-8673", "Ärende: KS 2024-0113"): the name
  // before the code names it.
  if (name.size() > 4) return false;
  for (char c : name)
    if (!upper(c)) return false;
  const std::string_view before = name_before(data, static_cast<std::uint64_t>(name.data() - data.data()), false);
  return !before.empty() && names_an_order(before);
}

bool after_other_national_id_name(std::string_view data, std::uint64_t vs, bool finnish) noexcept {
  // Finland's (for a personnummer), Denmark's, Norway's, Estonia's,
  // Lithuania's, Poland's, the Netherlands', the UK's, Spain's, Italy's,
  // Germany's, France's, India's and Iceland's names of their own ids.
  // (Not "ssn": Nordic APIs call a personnummer that too, Kivra's "ssn".)
  static constexpr std::string_view kFinnish[] = {"hetu", "henkilotunnus", "henkil\xC3\xB6tunnus", "sotu"};
  static constexpr std::string_view kOthers[] = {
      "cpr",   "cprnr", "fodselsnummer", "f\xC3\xB8" "dselsnummer", "isikukood", "pesel", "bsn", "burgerservicenummer",
      "nino",  "dni",   "nie",           "nif",                  "codice",    "fiscale", "steuerid", "nir",
      "aadhaar", "kennitala", "asmens"};
  const std::string_view name = name_before(data, vs, true);
  return !name.empty() && (a_word_of(name, kOthers) || (!finnish && a_word_of(name, kFinnish)));
}

bool after_public_key_name(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept {
  static constexpr std::string_view kNoCredentialWords[] = {
      "public", "publishable", "pub", "site", "client", "verify", "verification", "environment", "pusher",
      "sentry", "social", "search", "cache", "idempotency", "dedup", "dedupe", "sort", "partition", "foreign",
      "object", "file", "ssh", "host", "gpg", "pgp", "fingerprint", "lookup", "cursor", "correlation", "ref",
      "instrumentation", "tokenization",
      // (Nets Easy's checkout key, which its checkout.js is given in the
      // browser; its secret key is the secret)
      "checkout",
      // (a Shopify app's API key is its OAuth client id, which App Bridge
      // ships to browsers; SHOPIFY_API_SECRET is the secret)
      "shopify",
      // (OAuth 1.0's consumer key, the client's id: WSO2's, Twitter's;
      // its consumer secret is the secret; but OVH's, below; a forum's
      // comment_key)
      "consumer", "comment",
      // (product analytics' ingestion keys, which their browser SDKs are
      // given: Amplitude's API key (its secret key is the secret),
      // Mixpanel's project token (its API secret is))
      "amplitude", "mixpanel",
      // (what a browser is given: reCAPTCHA's site key as Pterodactyl's
      // RECAPTCHA_WEBSITE_KEY names it, AppSignal's frontend_key, the
      // Pusher-protocol app key of a Soketi server)
      "website", "frontend", "soketi"};
  static constexpr std::string_view kSecretOnlyWords[] = {"secret", "private", "api", "license", "licence",
                                                         "master", "encryption", "signing", "hmac", "auth"};
  // Back over the joiner ("\": \"", " => '", "=", a call's "', '" between a
  // header's name and its value), then the name.
  auto joiner = [](char c) {
    return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '>' || c == '"' || c == '\'' || c == ',';
  };
  auto name_char = [](char c) { return letter(c) || digit(c) || c == '_' || c == '-' || c == '.'; };
  const KeyBefore key = key_before(data, vs, 64, joiner, name_char);
  const std::string_view name = key.name;
  if (name.empty() || key.joiner_bytes == 0) return false;
  // Names of no credential, whole: Aadhaar's UID token (UIDAI's
  // 72-character reference to a number, an identifier); BankID's
  // qrStartSecret (it lives for an order's 30 seconds, to draw its
  // animated QR code).
  static constexpr std::string_view kNoCredentialNames[] = {"uidToken", "uid_token", "qrStartSecret"};
  if (one_of(name, kNoCredentialNames)) return true;
  // Algolia's search-only API key (search-only-api-key, searchOnlyApiKey)
  // is the one it gives browsers.
  bool search = false, only = false;
  words_of(name, [&](std::string_view w) {
    only = only || (search && ascii::iequals(w, "only"));
    search = ascii::iequals(w, "search");
  });
  if (only) return true;
  // git's user.signingkey (one word, any case) names a GPG key by its id
  // or its fingerprint: 8, 16 or 40 hex digits, public; so does Gitea's
  // [repository.signing] SIGNING_KEY, as GPG prints them, in upper case.
  // (An app's signing_key in lower-case hex is a secret.)
  const std::string_view last = last_word(name);
  const bool gpg_upper = ascii::iequals(name, "signing_key");
  if (ascii::iequals(last, "signingkey") || gpg_upper) {
    const std::uint64_t n = ve - vs;
    bool hex = n == 8 || n == 16 || n == 40;
    for (std::uint64_t i = vs; i < ve && hex; ++i) hex = ascii::is_hex(data[i]) && !(gpg_upper && lower(data[i]));
    if (hex) return true;
  }
  // A paging cursor or a form's anti-forgery token is no credential
  // (nextPageToken, continuation_token, csrfToken).
  static constexpr std::string_view kCursorWords[] = {"next", "page", "paging", "pagination", "continuation", "cursor",
                                                      "sync", "resume", "csrf", "xsrf", "cancellation"};
  // The same ingestion keys where their events carry them: Mixpanel's
  // "token" in an event's properties beside its "distinct_id", Amplitude's
  // HTTP API body {"api_key": X, "events": [...]}.
  if (name == "token") {
    const std::string_view object = object_around(data, vs, ve);
    if (object.find("\"distinct_id\"") != std::string_view::npos) return true;
  }
  if (name == "api_key") {
    std::uint64_t i = ve;
    if (i < data.size() && data[i] == '"') ++i;
    if (i < data.size() && data[i] == ',') ++i;
    while (i < data.size() && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r')) ++i;
    if (data.substr(i).starts_with("\"events\"")) return true;
  }
  if (ascii::iequals(last, "token")) return a_word_of(name, kCursorWords);
  if (!ascii::iequals(last, "key")) return false;
  bool no_credential = false, secret_only = false, secret = false;
  // (An API key is a credential whatever a word further up its path says
  // the key belongs to: akka.http.client.auth.api-key; a word right
  // before "api" still names it: search_api_key.)
  std::string_view before_last, before_that;
  words_of(name, [&](std::string_view w) {
    if (!ascii::iequals(w, "key")) before_that = std::exchange(before_last, w);
  });
  const bool api_key = ascii::iequals(before_last, "api");
  words_of(name, [&](std::string_view w) {
    no_credential = no_credential || (one_of(w, kNoCredentialWords) && (!api_key || w.data() == before_that.data()));
    secret_only = secret_only || one_of(w, kSecretOnlyWords);
    secret = secret || ascii::iequals(w, "secret") || ascii::iequals(w, "private") || ascii::iequals(w, "admin");
  });
  // (OVH's API calls its access token the consumer key: a credential
  // where OVH is named in the key or the lines before it, ovh.conf's
  // [ovh-eu] section)
  if (no_credential && !secret && ascii::iequals(before_last, "consumer")) {
    const std::uint64_t from = vs > 512 ? vs - 512 : 0;
    const std::string_view around = data.substr(from, vs - from);
    for (std::size_t i = 0; i + 3 <= around.size(); ++i)
      if (ascii::iequals(around.substr(i, 3), "ovh")) return false;
  }
  if (no_credential && !secret) return true;
  if (secret_only || ve - vs < 16 || ve - vs > 32) return false;
  bool beyond_hex = false;
  for (std::uint64_t i = vs; i < ve; ++i) {
    if (!(upper(data[i]) || digit(data[i]))) return false;
    beyond_hex = beyond_hex || data[i] > 'F';
  }
  return beyond_hex;
}

namespace {
std::string_view name_before(std::string_view data, std::uint64_t vs, bool element) noexcept {
  // Back over what joins a name to its value ( ": \"", "= '", " #", " no. ").
  // (Blanks that align a form's values count once: "Policy number:     X".)
  std::uint64_t p = vs, gap = 0, blanks = 0;
  // A sentence wrapped right before its value ("Ange ärendenummer\n
  // 20260107-4269."): the name ends the line before, in a word; not a
  // table's header over its first row ("Andel   Inskrivningsdag   Akt",
  // "id,ssn": columns padded or split).
  if (p >= 2 && data[p - 1] == '\n') {
    std::uint64_t q = p - 1;
    if (q > 0 && data[q - 1] == '\r') --q;
    bool prose = q > 0 && (letter(data[q - 1]) || static_cast<unsigned char>(data[q - 1]) >= 0x80);
    for (std::uint64_t i = q; prose && i > 0 && q - i < 256 && data[i - 1] != '\n'; --i)
      prose = !(data[i - 1] == '\t' || data[i - 1] == ',' || data[i - 1] == ';' || data[i - 1] == '|' ||
                (data[i - 1] == ' ' && i >= 2 && data[i - 2] == ' '));
    if (prose) p = q;
  }
  auto joiner = [](char c) {
    return c == ' ' || c == '\t' || c == ':' || c == '=' || c == '"' || c == '\'' || c == '#' || c == '(' || c == ')';
  };
  while (p > 0 && joiner(data[p - 1]) && gap < 4 && blanks < 32) {
    const bool blank = data[p - 1] == ' ' || data[p - 1] == '\t';
    --p;
    blanks += blank;
    if (!blank || p == 0 || !(data[p - 1] == ' ' || data[p - 1] == '\t')) ++gap;
  }
  // An XML element's name: <exportid>, <Medlemsnummer>.
  if (element && p == vs && p > 2 && data[p - 1] == '>') {
    std::uint64_t open = p - 1;
    while (open > 0 && p - open < 48 && data[open - 1] != '<' && data[open - 1] != '>' && data[open - 1] != '\n') --open;
    if (open > 0 && data[open - 1] == '<' && open < p - 1) {
      std::uint64_t end = open;
      while (end < p - 1 && data[end] != ' ' && data[end] != '\t') ++end;
      return data.substr(open, end - open);
    }
  }
  if (p >= 3 && data[p - 1] == '.' && ascii::iequals(data.substr(p - 3, 2), "no")) {
    p -= 3;
    while (p > 0 && (data[p - 1] == ' ' || data[p - 1] == '\t')) --p;
  }
  if (p == vs || p == 0) return {};
  // The name: a key ("order_id", "legacyId") or up to two words of prose
  // ("for order", "invoice"; "utbetalning (OCR)" names by its note),
  // at most 48 bytes, on the value's line. (Bytes of UTF-8 letters count
  // as letters: "Låneavtal".)
  std::uint64_t from = p;
  int words = 0;
  while (from > 0 && vs - from < 48 && words < 2) {
    const char c = data[from - 1];
    if (letter(c) || digit(c) || c == '_' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80) {
      --from;
      continue;
    }
    if (c == ' ' && from < p && from >= 2 && letter(data[from - 2])) {
      ++words;
      if (words == 2) break;
      --from;
      continue;
    }
    break;
  }
  // A name whose last word says number ("Låneavtal dator nr": the
  // agreement's number for a computer) is one more word's; so is one that
  // a preposition opens, or holds up to two words further back: the name
  // runs from the word before it ("referens för bouppteckningen",
  // "Kundnummer hos CSN", "Referens i vårt system", "Referensnummer för
  // bokad visning").
  if (words == 2) {  // (data[from - 1] is the blank before the first word)
    static constexpr std::string_view kPrepositions[] = {"f\xC3\xB6r", "for", "of", "av", "till", "hos", "i",
                                                         "in", "at", "f\xC3\xBCr", "zur", "zum", "bei", "im"};
    static constexpr std::string_view kNumberWords[] = {"nr", "no", "nummer", "number", "num"};
    auto word_start = [&](std::uint64_t end) {  // the word of prose ending at data[end - 1]
      std::uint64_t q = end;
      while (q > 0 && vs - q < 64 && (letter(data[q - 1]) || digit(data[q - 1]) || data[q - 1] == '_' || data[q - 1] == '-'))
        --q;
      return q;
    };
    std::uint64_t last = p;
    while (last > from && data[last - 1] != ' ') --last;
    std::uint64_t w_start = from;  // the first of the two words, then up to two before it
    for (int back = 0; back < 3 && w_start >= 2 && data[w_start - 1] == ' '; ++back) {
      std::uint64_t w_end = w_start;
      while (w_end < p && data[w_end] != ' ') ++w_end;
      const bool preposition = one_of(data.substr(w_start, w_end - w_start), kPrepositions);
      if (preposition || (back == 0 && one_of(data.substr(last, p - last), kNumberWords))) {
        const std::uint64_t q = word_start(w_start - 1);
        if (q < w_start - 1) return data.substr(q, p - q);
        break;
      }
      const std::uint64_t q = word_start(w_start - 1);
      if (q == w_start - 1) break;
      w_start = q;
    }
  }
  return from < p ? data.substr(from, p - from) : std::string_view{};
}
}  // namespace

bool names_a_country(std::string_view name) noexcept {
  // (and "cc", a country's code: only beside a national id's column does
  // it count, where no card's number stands)
  static constexpr std::string_view kCountryNames[] = {"country", "country_code", "countrycode", "country_iso",
                                                       "nationality", "citizenship", "cc"};
  return one_of(name, kCountryNames);
}

bool names_a_national_id(std::string_view name) noexcept {
  static constexpr std::string_view kNationalWords[] = {"national", "natid"};
  return a_word_of(name, kNationalWords);
}

std::string_view national_id_name(std::string_view country) noexcept {
  static constexpr struct {
    std::string_view alpha2, alpha3, name;
  } kNational[] = {
      {"us", "usa", "ssn"},          {"nl", "nld", "bsn"},       {"in", "ind", "aadhaar"},
      {"se", "swe", "personnummer"}, {"de", "deu", "steuer-id"}, {"gb", "gbr", "nino"},
  };
  if (ascii::iequals(country, "uk")) country = "gb";
  for (const auto& n : kNational)
    if (ascii::iequals(country, n.alpha2) || ascii::iequals(country, n.alpha3)) return n.name;
  return {};
}

std::string_view type_name(std::string_view type) noexcept { return type == "P" ? "passport" : type; }

}  // namespace privguard::core
