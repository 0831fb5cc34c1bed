// Names of identifiers. A card-shaped number (16 digits, a network's
// prefix, Luhn-valid: one random number in ten passes) that something
// calls an order, an invoice, a SKU or an id is that, not a card:
//
//   id,sku,invoice_no,...            a table's column (CSV header, SQL list)
//   "order_id": "4279451562281239"   a key
//   for order 5541983928176124       prose
//   invoice no. 4944151470378144
//
// The engine drops an unlabelled card candidate under such a name
// (engine.cpp); a card label (card_number, pan, "card on file") wins.
//
// Nothing allocates; reads only the buffer.
#pragma once

#include <cstdint>
#include <string_view>

namespace privguard::core {

// Whether a column or key name names an identifier and not a card:
// one of its words (split at '_', '-', '.', ' ', '/' and camelCase) is
// id, no, ref, order, invoice, account, sku, ean, serial, arn ..., and none is
// card, pan, cc or credit.
bool names_an_id(std::string_view name) noexcept;
// Whether one of a name's words names a payment card (card, pan, cc,
// credit, kort, Karte ...): its numbers are the card rule's.
bool names_a_card(std::string_view name) noexcept;

// Whether the text right before data[vs] on its line names an
// identifier: a key or one or two words, then at most a few of
// ' ' ':' '=' '"' '\'' '#' and "no." ("invoice no. ", "\"orderRef\": \"").
bool after_id_name(std::string_view data, std::uint64_t vs) noexcept;
// The same, for a name of an order, an invoice, a sample or a shipment
// (order, ordernummer, fakturanr, provnummer, Rechnungsnummer, ticket ...,
// a customer's number: customer_no, kundnummer; Recept-ID, dokument-ID):
// a date-and-serial number there (20250314-1234) is that, no personnummer.
// So is one under such a name in a table aligned with blanks (its header
// the nearest line above of three or more names; looser than columns.h's
// fixed-width tables, whose cells it labels: this only drops a number),
// after a note in parentheses ("Reservnummer (okänd patient): X"), or
// after a bare "nummer"/"number" whose sentence named the thing earlier
// ("Fakturan från rörmokaren har nummer X").
bool after_order_name(std::string_view data, std::uint64_t vs) noexcept;
// Whether the name right before data[vs] (a key, a column's or an
// element's) names another country's national id (hetu, cpr,
// fødselsnummer, bsn, nino, dni ...): a number there that also passes as
// a Swedish personnummer (a HETU with a digit for its check character,
// one in ten) or as a Finnish HETU (a Danish CPR number, DDMMYY-SSSS) is
// that country's. `finnish`: for a HETU, whose own names are no other's.
bool after_other_national_id_name(std::string_view data, std::uint64_t vs, bool finnish) noexcept;
// Whether the key right before data[vs] (its name, then ':', '=', "=>",
// quotes and blanks) names no credential: its last word is key and
// another says it is public (public, publishable, site, client, verify,
// environment, search, Pusher's, Shopify's (its app's client id), Sentry's DSN key, Braintree's
// tokenization key, Nets Easy's checkout key: what ships to browsers and apps; python-social-auth's SOCIAL_AUTH_<PROVIDER>_KEY, an OAuth client
// id; OAuth 1.0's consumer key) or names no secret at all (cache, idempotency, sort, partition,
// foreign, object, file, ssh, host, gpg, ref: an id, a digest, a path, a
// public key's fingerprint; Application Insights' InstrumentationKey, an
// id in its connection string); a word secret, private or admin keeps it a
// credential (VAPID_PRIVATE_KEY, RECAPTCHA_SECRET_KEY, SEARCH_ADMIN_KEY). Also a plain
// NAME_KEY holding 16 to 32 capitals and digits, not all hex: the id half
// of a key pair (DigitalOcean Spaces' DO_SPACES_KEY, like AWS' AKIA...),
// unless a word names what only a secret is (api, license, master,
// encryption, signing, hmac, auth). And git's user.signingkey holding 8,
// 16 or 40 hex digits: a GPG key's id or fingerprint, public. And a
// token that pages or guards a form (nextPageToken, csrf_token), an
// Aadhaar UID token (uidToken: an identifier), BankID's qrStartSecret (a
// value of one order's 30 seconds). And product analytics' ingestion keys,
// which their browser SDKs are given: Amplitude's API key, Mixpanel's
// project token, by name or where their events carry them ({"api_key": X,
// "events": [...]}, "token" beside "distinct_id").
bool after_public_key_name(std::string_view data, std::uint64_t vs, std::uint64_t ve) noexcept;
bool names_an_order(std::string_view name) noexcept;
// Whether one of a name's words names a person (person, patient, elev,
// student, national ...): an id column so named may hold a personnummer.
bool names_a_person(std::string_view name) noexcept;
// Whether a word says whose value a column holds, as a qualifier after its
// name ("Personnummer elev", "Telefon vårdnadshavare", "Email parent").
bool names_whose(std::string_view word) noexcept;
// Whether a column's name says its table registers animals (a kennel
// club's or a vet's export: breed, species, microchip, hund, katt ...),
// and whether one names their owner (ägare_namn, owner_dob): there a date
// of birth is the animal's unless its column names the owner.
bool names_an_animal(std::string_view name) noexcept;
bool names_an_owner(std::string_view name) noexcept;
// Whether a name's last word is id, ids or ref (kö_id, journal_id).
bool ends_in_an_id(std::string_view name) noexcept;

// A pair of columns that type their values (ID_TYPE, ID_NUMBER: a row's
// "AADHAAR" says what its number is, as a JSON object's "documentType"
// does, typed_values.h): whether a name's last word is type or kind, and
// whether it is number, no, nr, num, value or id.
bool names_a_type(std::string_view name) noexcept;
bool names_a_number(std::string_view name) noexcept;
// Whether a name's last word is secret, token, credential or match (a
// secret scanner's report: its type column names the vendor).
bool names_a_secret(std::string_view name) noexcept;
// Whether two names start with the same word, in any case (ID_TYPE, id_no).
bool same_first_word(std::string_view a, std::string_view b) noexcept;
// A country column beside a national identifier's (country, national_id:
// a row's "US" says its number is an SSN, its "NL" a BSN). Whether a name
// is country, country_code, nationality, citizenship or cc; whether one of its
// words is national or natid; and the label a country (ISO 3166 alpha-2
// or alpha-3, "UK" too) gives its national identifier where one rule
// knows it ("ssn", "bsn", ...), else empty.
bool names_a_country(std::string_view name) noexcept;
bool names_a_national_id(std::string_view name) noexcept;
std::string_view national_id_name(std::string_view country) noexcept;

// A type's word for what a rule's context knows: ICAO 9303's document
// code "P" (a travel document's "type": "P") is a passport; any other
// type is itself.
std::string_view type_name(std::string_view type) noexcept;

}  // namespace privguard::core
