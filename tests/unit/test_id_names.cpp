// Names of identifiers hide card-shaped numbers (src/core/id_names.h).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "id_names.h"
#include "privguard/engine.h"

using namespace privguard::core;

namespace {

std::vector<std::string> cards(std::string_view data) {
  static auto e = Engine::build(load_default_policy(), EngineOptions{});
  auto s = e->make_scratch(4096);
  auto r = e->scan(data, Sink{}, *s);
  std::vector<std::string> out;
  for (const auto& m : r.matches)
    if (e->policy().rules[m.rule].id == "credit-card") out.emplace_back(data.substr(m.start, m.end - m.start));
  return out;
}

}  // namespace

TEST(IdNames, ColumnAndKeyNames) {
  for (const char* id : {"id", "invoice_no", "order_id", "orderRef", "legacyId", "sku", "ean13", "arn", "Serial",
                         "account_number", "Fakturanr", "ordernummer"})
    EXPECT_TRUE(names_an_id(id)) << id;
  for (const char* not_id : {"card_number", "pan", "cc_number", "card_id", "amount", "created_at", "ident",
                             "card_account_number"})
    EXPECT_FALSE(names_an_id(not_id)) << not_id;
}

TEST(IdNames, TheTextBeforeAValue) {
  auto before = [](std::string_view text) { return after_id_name(text, text.size()); };
  EXPECT_TRUE(before("for order "));
  EXPECT_TRUE(before("charged twice for invoice no. "));
  EXPECT_TRUE(before("{\"order_id\":\""));
  EXPECT_TRUE(before("\"legacyId\": "));
  EXPECT_FALSE(before("card on file: "));
  EXPECT_FALSE(before("paid with "));
  EXPECT_FALSE(before(""));
}

// Names of orders, cases, contracts, memberships and bookings, Swedish
// ones with their å, ä and ö, hide personnummer-shaped numbers.
TEST(IdNames, OrderCaseContractAndMembershipNames) {
  for (const char* order : {"Medlemsnr", "Avtalsnr", "\xC3\x84rendenummer", "Anm\xC3\xA4lningskod", "merchant_reference1",
                            "messageid", "Avgiftsnummer", "Verifikationsnr", "customer_no", "customerNumber",
                            "Kundnummer", "Kund-nr", "Medlemsnummer", "skadenummer", "remissnummer",
                            "f\xC3\xB6rs\xC3\xA4kringsnummer", "Elevnummer (skolkort)", "avr\xC3\xA4kningsnota",
                            "Protokoll nr", "genom dom", "DeclarationId", "ansokan_id",
                            // a thing's id, a payment's reference, a series, a card's number
                            "Transaktions-ID", "K\xC3\xB6-ID", "Betalningsreferens", "Behandlingsserie", "Kortnummer",
                            // an order, an accounting voucher, a permit
                            "Bestallning", "best\xC3\xA4llning", "verifikation", "handledartillstand",
                            "Handledartillst\xC3\xA5nd", "Journalanteckning", "enligt f\xC3\xB6rr\xC3\xA4ttning",
                            // a journal's or a queue's entry
                            "Journalpost", "kopost", "K\xC3\xB6post"})
    EXPECT_TRUE(names_an_order(order)) << order;
  for (const char* person : {"Personnummer", "personnr", "persnr", "pnr", "Samordningsnummer", "Organisationsnummer", "orgnr",
                             "customer", "Kund", "client_name", "Namn", "ID", "Patient-ID", "Pat.id", "Anv\xC3\xA4ndar-ID", "user_id",
                             "epost", "E-post", "post",
                             // a phone's number (German Rufnummer)
                             "Telefonnummer", "mobilnr", "Rufnummer", "Eigene Rufnummer", "Handynummer"})
    EXPECT_FALSE(names_an_order(person)) << person;
  // (a card's column numbers a thing, but its cells are the card rule's)
  EXPECT_TRUE(names_a_card("Kortnummer"));
  EXPECT_TRUE(names_a_card("card_number"));
  EXPECT_FALSE(names_a_card("Kortnamn"));
  EXPECT_FALSE(names_a_card("Transaktions-ID"));
  auto before = [](std::string_view text) { return after_order_name(text, text.size()); };
  EXPECT_TRUE(before("Din bokning "));
  EXPECT_TRUE(before("> Ert \xC3\xA4rende "));
  EXPECT_FALSE(before("Personnummer: "));
  // a series' code between the name and the number
  EXPECT_TRUE(before("Dnr: FR "));
  EXPECT_FALSE(before("Personnummer: SE "));
  EXPECT_FALSE(before("Namn: ANNA "));
  // in parentheses after the name, and an XML element's name
  EXPECT_TRUE(before("Ange alltid ditt medlemsnummer ("));
  EXPECT_TRUE(before("    <Medlemsnummer>"));
  // a preposition in the name, up to two words before its last two,
  // opens it: the name runs from the word before the preposition
  EXPECT_TRUE(before("Kundnummer hos CSN: "));
  EXPECT_TRUE(before("Referens i v\xC3\xA5rt system: "));
  EXPECT_TRUE(before("Referensnummer f\xC3\xB6r bokad visning: "));
  EXPECT_FALSE(before("Personnummer f\xC3\xB6r barnet: "));
  EXPECT_FALSE(before("Ordern skickades till kunden med personnummer "));
  EXPECT_FALSE(before("    <Personnummer>"));
  // a sentence wrapped right before its value; not a table's header over
  // its first row
  EXPECT_TRUE(before("kommunen inom tre veckor. Ange \xC3\xA4rendenummer\n"));
  EXPECT_TRUE(before("Ange \xC3\xA4rendenummer\r\n"));
  EXPECT_FALSE(before("Andel   Inskrivningsdag   Akt\n"));
  EXPECT_FALSE(before("id,ordernr\n"));
  EXPECT_FALSE(before("Ange \xC3\xA4rendenummer.\n"));
  EXPECT_FALSE(before("Ange \xC3\xA4rendenummer\n\n"));
  // (not for cards: CyberSource's <card><accountNumber> holds one)
  EXPECT_FALSE(after_id_name("<card><accountNumber>", 21));
  // Swedish "Vid" (at) in prose names no Aadhaar VID; a vid column does
  EXPECT_FALSE(after_id_name("Vid fr\xC3\xA5gor: ", 12));
  EXPECT_TRUE(names_an_id("vid"));
}

// A table aligned with blanks names a value's number by its column's
// header; a note in parentheses may stand between a name and its value;
// a sentence may name its thing words before its "nummer".
TEST(IdNames, HeadersNotesAndSentencesNameANumber) {
  auto at = [](std::string_view text, std::string_view value) { return after_order_name(text, text.find(value)); };
  const std::string deed =
      "LAGFART\n"
      "\xC3\x84gare                               Andel   Inskrivningsdag   Akt\n"
      "20061216-5894  Erik Johansson            1/2     2026-11-22        230430-5986\n"
      "19410418-0791  Anna Lindqvist            1/2     2026-11-23        190930-4691\n";
  EXPECT_TRUE(at(deed, "230430-5986"));
  EXPECT_TRUE(at(deed, "190930-4691"));
  EXPECT_FALSE(at(deed, "20061216-5894"));  // (the owner's: "Ägare")
  const std::string letter =
      "Borgen\xC3\xA4rer (urval)                       Org.nr/personnr        Fordrans ref.\n"
      "Privat l\xC3\xA5ngivare: M\xC3\xA4rta Karlsson                19620716-7419          avtal 2608219339\n"
      "Skatteverket (restf\xC3\xB6rda skatter)          165542561484            202102102064\n";
  EXPECT_TRUE(at(letter, "202102102064"));
  EXPECT_FALSE(at(letter, "19620716-7419"));
  // (a blank line ends the table; two names make no header)
  EXPECT_FALSE(at("Akt   Andel   Inskrivningsdag\n\nErik     1/2     230430-5986\n", "230430-5986"));
  EXPECT_FALSE(at("Namn              Akt\nErik              230430-5986\n", "230430-5986"));
  EXPECT_TRUE(at("Reservnummer (ok\xC3\xA4nd patient): 19850101-1234", "1985"));
  EXPECT_FALSE(at("Personnummer (patient): 19850101-1234", "1985"));
  EXPECT_TRUE(at("Fakturan fr\xC3\xA5n r\xC3\xB6rmokaren har nummer 199305132939 och OCR 1", "1993"));
  EXPECT_TRUE(at("{\"message\": \"noted. Incident number for the record: 202104138959\"}", "2021"));
  EXPECT_FALSE(at("Fakturan \xC3\xA4r betald. Min son har nummer 199305132939", "1993"));
  EXPECT_TRUE(at("F\xC3\xB6rhandlingsprotokoll 20260110-0412 bifogas.", "2026"));
  EXPECT_TRUE(at("# Kvittens AGI: 20260112-0941  Inl\xC3\xA4mnad", "2026"));
  EXPECT_TRUE(at("    <exportid>199903136704</exportid>", "1999"));
}

TEST(IdNames, CardShapedIdsAreNoCards) {
  // 4944151470378144 and 4172463310315795 pass Luhn with Visa's prefix
  EXPECT_EQ(cards("Subject: Charged twice for invoice 4944151470378144\n"), std::vector<std::string>{});
  // a card named in another language is a card, whatever word comes
  // before it (Portuguese's "no", "in the", names ids in English)
  EXPECT_EQ(cards("Fui cobrado duas vezes no cart\xC3\xA3o 4172463310315795.\n"),
            std::vector<std::string>{"4172463310315795"});
  EXPECT_EQ(cards("{\"event\":\"authorize\",\"order_id\":\"4944151470378144\",\"amount\":5}\n"),
            std::vector<std::string>{});
  EXPECT_EQ(cards("id,sku,invoice_no,card_number\n1,SKU1,4944151470378144,4172463310315795\n"),
            std::vector<std::string>{"4172463310315795"});
  EXPECT_EQ(cards("INSERT INTO orders (id, order_ref, cc_number) VALUES (1, '4944151470378144', '4172463310315795');\n"),
            std::vector<std::string>{"4172463310315795"});
  // a bank account's number that passes Luhn with a card's prefix
  EXPECT_EQ(cards("{\"iban\": null, \"account_number\": \"4944151470378144\", \"imei\": \"353163257828078\"}\n"),
            std::vector<std::string>{});
  // a card label wins; a number nothing names is a card
  EXPECT_EQ(cards("card_number=4944151470378144 order 12\n"), std::vector<std::string>{"4944151470378144"});
  EXPECT_EQ(cards("paid with 4944151470378144\n"), std::vector<std::string>{"4944151470378144"});
}

TEST(IdNames, AnIdColumnNeverMakesAScanIncomplete) {
  // A hint is no finding: when the scratch fills with the cells of an id
  // column, the rest are left out (their numbers are reported as cards),
  // and the scan is still whole. 600 card-shaped order refs: 600 candidates
  // and 600 id cells for a scratch of 1024.
  static auto e = Engine::build(load_default_policy(), EngineOptions{});
  std::string csv = "id,order_ref,amount\n";
  for (int i = 0; i < 600; ++i) csv += std::to_string(100000 + i) + ",4944151470378144,12.50\n";
  auto s = e->make_scratch(1024);
  const auto r = e->scan(csv, Sink{}, *s);
  EXPECT_FALSE(r.incomplete);
  std::size_t cards = 0;
  for (const auto& m : r.matches) cards += e->policy().rules[m.rule].id == "credit-card";
  EXPECT_GT(cards, 0u);
  EXPECT_LT(cards, 600u);
}
