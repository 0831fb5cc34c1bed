// Tables whose header names the columns (columns.h): the header and row
// parser, and the engine reading a labelled column's cells as values.
#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "columns.h"
#include "typed_values.h"
#include "validators_national.h"
#include "privguard/engine.h"
#include "privguard/policy.h"

using namespace privguard::core;

namespace {

TableHeader header(std::string_view d) {
  TableHeader h;
  EXPECT_TRUE(table_header(d, h)) << d;
  return h;
}

bool is_header(std::string_view d) {
  TableHeader h;
  return table_header(d, h);
}

std::vector<std::string> fields(std::string_view line, char delimiter) {
  std::vector<std::string> out;
  std::size_t n = table_fields(line, 0, line.size(), delimiter, [&](std::size_t i, std::size_t s, std::size_t e) {
    EXPECT_EQ(i, out.size());
    out.emplace_back(line.substr(s, e - s));
  });
  EXPECT_EQ(n, out.size());
  return out;
}

TEST(TableHeader, FirstLineOfNamesSplitByItsMostFrequentDelimiter) {
  auto h = header("id,first_name,SSN\n1,a,2\n");
  EXPECT_EQ(h.delimiter, ',');
  EXPECT_EQ(h.columns, 3u);
  EXPECT_EQ(h.rows_from, 18u);
  EXPECT_EQ(header("\"id\";\"Date of Birth\";\"phone\"\r\n1;2;3\r\n").delimiter, ';');
  EXPECT_EQ(header("id\tssn\tnote (free text)\n1\t2\t3\n").delimiter, '\t');
  EXPECT_EQ(header("id|passport_no\n1|X\n").columns, 2u);
  EXPECT_EQ(header("\xEF\xBB\xBFid,ssn\n1,2\n").rows_from, 10u);  // after a UTF-8 BOM
  EXPECT_EQ(header("\xEF\xBB\xBFid,ssn\n1,2\n").names_from, 3u);
  // Excel's "sep=;" line names the delimiter; the header is the next line
  auto excel = header("\xEF\xBB\xBFsep=;\r\n\"id\";\"ssn\"\r\n1;2\r\n");
  EXPECT_EQ(excel.delimiter, ';');
  EXPECT_EQ(excel.names_from, 10u);
  EXPECT_EQ(excel.columns, 2u);
  // Names in any language: UTF-8 letters
  EXPECT_EQ(header("Anst.nr,F\xC3\xB6rnamn,F\xC3\xB6" "delsedatum\n1,a,2\n").columns, 3u);
}

TEST(TableHeader, AfterAReportsTitleOrCommentLines) {
  auto commented = header("# PFMS beneficiary file\n# generated 28/10/2024\nid,ssn\n1,2\n");
  EXPECT_EQ(commented.names_from, 47u);
  EXPECT_EQ(commented.columns, 2u);
  EXPECT_EQ(header("Establishment ID: APHYD385   Report: KYC Pending\nUAN,AADHAAR,PAN\n1,2,3\n").columns, 3u);
  // after a preamble, only with a row of its width under it
  EXPECT_FALSE(is_header("Report\nid,ssn\nfree text\n"));
  // within kPreambleLines
  EXPECT_FALSE(is_header("a\nb\nc\nd\ne\nf\nid,ssn\n1,2\n"));
  EXPECT_TRUE(is_header("a\nb\nc\nd\nid,ssn\n1,2\n"));
  // '#' metadata lines count as none (Visma's personnel register export)
  EXPECT_EQ(header("#FORMAT Visma\n#FLAGGA 0\n#PROGRAM \"Visma\"\n#GEN 20261102\n#ORGNR 8027421927\n#FNAMN \"AB\"\n"
                   "Anst.nr;Personnummer;Namn\n105;3803745698;Astrid\n")
                .columns,
            3u);
  EXPECT_FALSE(is_header("#a\n#b\nx\ny\nz\nw\nv\nu\nid,ssn\n1,2\n"));
}

TEST(TableHeader, ACommentMarkedHeaderOverARowThatIsNone) {
  // VCF's "#CHROM" line, a pension fund's fixed-width "#TYP  PERSONNUMMER"
  auto vcf = header("##fileformat=VCFv4.2\n#CHROM\tPOS\tID\n20\t14370\trs6054257\n");
  EXPECT_EQ(vcf.delimiter, '\t');
  EXPECT_EQ(vcf.names_from, 21u);
  EXPECT_EQ(vcf.columns, 3u);
  auto fixed = header("#FIL ITP 3.2\n#TYP  PERSONNUMMER   NAMN             ANST.REF\n"
                      "P     198711154743   Wallin, Kalle    20241210-7647\n");
  EXPECT_EQ(fixed.delimiter, ' ');
  EXPECT_EQ(fixed.columns, 4u);
  EXPECT_EQ(fixed.names_from, 13u);
  // a comment over a comment, or over nothing, is no header; nor is one
  // with a blank after its '#', nor a CSV one without a row of its width
  EXPECT_FALSE(is_header("#id,ssn\n#1,2\n"));
  EXPECT_FALSE(is_header("#id,ssn\n"));
  EXPECT_FALSE(is_header("# id,ssn\n# x\n"));
  EXPECT_FALSE(is_header("#id,ssn\nfree text\n"));
}

TEST(TableHeader, NotAHeader) {
  EXPECT_FALSE(is_header("2024-01-01 INFO a,b,c\n1,2,3\n"));  // a log line
  EXPECT_FALSE(is_header("{\"ssn\": 1, \"b\": 2}\n"));        // JSON
  EXPECT_FALSE(is_header("just one field\nx\n"));              // no delimiter
  EXPECT_FALSE(is_header("id,ssn"));                           // no row can follow
  EXPECT_FALSE(is_header("id,,ssn\n1,2,3\n"));                 // an empty name
  EXPECT_FALSE(is_header("id,9lives\n1,2\n"));                 // a name starts with a letter or '_'
  EXPECT_FALSE(is_header("ssn=1, phone=2\n"));                 // key=value pairs
  EXPECT_FALSE(is_header(""));
  EXPECT_FALSE(is_header(std::string(9000, 'a') + ",b\n1,2\n"));  // longer than any header
}

TEST(TableFields, QuotesHoldDelimitersAndDoubledQuotes) {
  EXPECT_EQ(fields("1,\"Smith, J\",\"say \"\"hi\"\"\", x ,", ','),
            (std::vector<std::string>{"1", "Smith, J", "say \"\"hi\"\"", "x", ""}));
  EXPECT_EQ(fields("a;b\r", ';'), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(fields("\"unterminated, quote", ','), (std::vector<std::string>{"unterminated, quote"}));
  EXPECT_EQ(fields("", ','), (std::vector<std::string>{""}));
}

TEST(TableFields, AnHtmlRowsCellsWithoutTheirMarkup) {
  const std::string row = "<tr><td>Kibana</td><td class=\"u\"> svc-ci </td><td><code>C6p*jnu&amp;p~N</code></td></tr>";
  std::vector<std::string> got;
  EXPECT_EQ(html_fields(row, 0, row.size(), [&](std::size_t, std::size_t s, std::size_t e) { got.push_back(row.substr(s, e - s)); }),
            3u);
  EXPECT_EQ(got, (std::vector<std::string>{"Kibana", "svc-ci", "C6p*jnu&amp;p~N"}));
}

// ------------------------------------------------------------ SQL

// Each statement of `kind` in d that sql_statement reads.
template <class F>
void for_each_statement(std::string_view d, TableKeyword kind, F f) {
  TableScan t;
  find_table_statements(d, t);
  for (std::size_t i = 0; i < t.statements; ++i) {
    SqlTable st;
    if (t.kinds[i] == kind && sql_statement(d, t.ends[i], kind, st)) f(st);
  }
}

std::vector<std::string> sql_column_names(std::string_view d, TableKeyword kind) {
  std::vector<std::string> out;
  for_each_statement(d, kind, [&](const SqlTable& st) {
    sql_names(st, [&](std::size_t, std::size_t s, std::size_t e) { out.emplace_back(d.substr(s, e - s)); });
  });
  return out;
}

std::vector<std::string> sql_cells(std::string_view d, TableKeyword kind, std::size_t columns) {
  std::vector<std::string> out;
  for_each_statement(d, kind, [&](const SqlTable& st) {
    sql_rows(st, columns, [&](std::size_t row, std::size_t col, std::size_t s, std::size_t e) {
      out.push_back(std::to_string(row) + "." + std::to_string(col) + "=" + std::string(d.substr(s, e - s)));
    });
  });
  return out;
}

TEST(SqlTables, StatementsAreFoundByTheirKeywords) {
  TableScan t;
  find_table_statements("x insert  into t values (1);\nCREATE TABLE IF NOT EXISTS u (a int);\nCOPY v (a) FROM stdin;\n", t);
  ASSERT_EQ(t.statements, 3u);
  EXPECT_EQ(t.kinds[0], TableKeyword::Insert);
  EXPECT_EQ(t.ends[0], 15u);  // one past the space after "into"
  EXPECT_EQ(t.kinds[1], TableKeyword::CreateTable);
  EXPECT_EQ(t.kinds[2], TableKeyword::Copy);
  TableScan none;
  find_table_statements("please insert the coin; Copy that; create a table", none);
  EXPECT_EQ(none.statements, 0u);
}

TEST(SqlTables, KeepsTheFirstStatementsWhateverTheOrder) {
  TableScan t;
  for (std::uint64_t e = 200; e > 0; --e) t.add(e * 10, TableKeyword::Insert);
  t.add(10, TableKeyword::Insert);  // again: once
  ASSERT_EQ(t.statements, kMaxStatements);
  for (std::size_t i = 0; i < kMaxStatements; ++i) EXPECT_EQ(t.ends[i], (i + 1) * 10);
}

TEST(SqlTables, ColumnNamesFromAListOrACreateTableBody) {
  EXPECT_EQ(sql_column_names("INSERT INTO `shop`.`customers` (`id`, \"ssn\", phone) VALUES (1, '2', '3');",
                             TableKeyword::Insert),
            (std::vector<std::string>{"id", "ssn", "phone"}));
  EXPECT_EQ(sql_column_names("CREATE TABLE `customers` (\n  `id` bigint NOT NULL AUTO_INCREMENT,\n"
                             "  `total` decimal(10,2) DEFAULT '0,00',\n  birth_date varchar(20),\n"
                             "  PRIMARY KEY (`id`),\n  UNIQUE KEY `e` (`id`, `total`),\n"
                             "  CONSTRAINT fk FOREIGN KEY (id) REFERENCES t (id)\n) ENGINE=InnoDB;\n",
                             TableKeyword::CreateTable),
            (std::vector<std::string>{"id", "total", "birth_date"}));
  EXPECT_EQ(sql_column_names("COPY public.people (id, ssn) FROM stdin;\n1\t2\n\\.\n", TableKeyword::Copy),
            (std::vector<std::string>{"id", "ssn"}));
}

TEST(SqlTables, RowsOfValuesAndOfCopy) {
  EXPECT_EQ(sql_cells("INSERT INTO t VALUES (1,'a, b','it''s'),(2, NULL ,'x\\'y'), (3,'short');", TableKeyword::Insert, 3),
            (std::vector<std::string>{"0.0=1", "0.1=a, b", "0.2=it''s", "1.0=2", "1.1=NULL", "1.2=x\\'y"}));
  EXPECT_EQ(sql_cells("INSERT INTO t (a, b) VALUES (now(), 'z');", TableKeyword::Insert, 2),
            (std::vector<std::string>{"0.0=now()", "0.1=z"}));
  EXPECT_EQ(sql_cells("INSERT INTO t VALUES (1, 'unterminated", TableKeyword::Insert, 2), std::vector<std::string>{});
  EXPECT_EQ(sql_cells("COPY t (a, b) FROM stdin;\n1\tx\n2\n3\t\\N\n\\.\n4\ty\n", TableKeyword::Copy, 2),
            (std::vector<std::string>{"0.0=1", "0.1=x", "2.0=3", "2.1=\\N"}));
}

TEST(SqlTables, SameTableComparesTheLastPartInAnyCase) {
  EXPECT_TRUE(same_table("`shop`.`Customers`", "customers"));
  EXPECT_TRUE(same_table("\"public\".\"t\"", "t"));
  EXPECT_FALSE(same_table("customers", "customer"));
}

// ------------------------------------------------------------ engine

using Found = std::tuple<std::string, std::string>;  // rule, value

struct Engines {
  std::unique_ptr<Engine> windowed, full;
  explicit Engines(const Policy& p) {
    windowed = Engine::build(Policy(p));
    EngineOptions o;
    o.first_pass = false;
    full = Engine::build(Policy(p), o);
  }
  // Both scans; they must agree.
  std::vector<Found> scan(std::string_view text) const {
    auto one = [&](const Engine& e) {
      auto s = e.make_scratch();
      auto r = e.scan(text, Sink{}, *s);
      std::vector<Found> out;
      for (const auto& m : r.matches)
        out.emplace_back(e.policy().rules[m.rule].id, std::string(text.substr(m.start, m.end - m.start)));
      return out;
    };
    auto a = one(*windowed);
    EXPECT_EQ(a, one(*full)) << text;
    return a;
  }
};

const Engines& default_engines() {
  static Engines e(load_default_policy());
  return e;
}
const Engines& gdpr_engines() {
  static Engines e(load_policy_file(PRIVGUARD_SOURCE_DIR "/policies/gdpr.toml"));
  return e;
}

TEST(Columns, ACellUnderALabelledHeaderIsTheLabelsValue) {
  const std::string csv =
      "customer_id,name,SSN,phone,notes\n"
      "1,Ann,524713098,,ok\n"
      "2,\"Bob, Jr\",\"401238765\",612 345 678,call 401237765 later\n"
      "3,Cy,not-an-ssn,,\n";
  EXPECT_EQ(default_engines().scan(csv),
            (std::vector<Found>{{"us-ssn", "524713098"}, {"us-ssn", "401238765"}, {"phone", "612 345 678"}}));
  // the cell's number again in the same record's notes is the same number
  EXPECT_EQ(default_engines().scan("id,SSN,notes\n2,401238765,call 401238765 later\n"),
            (std::vector<Found>{{"us-ssn", "401238765"}, {"us-ssn", "401238765"}}));
}

TEST(Columns, AnHtmlTablesHeaderRowAnywhere) {
  const std::string page = "<html><body><p>Service accounts</p>\n<table>\n<tr><th>Tool</th><th>User</th><th>Password</th></tr>\n"
                           "<tr><td>Jenkins</td><td>ops</td><td><code>a4J5btp2B53IpcjNG8bN</code></td></tr>\n</table>\n<p>x</p>\n";
  TableHeader h[kMaxTables];
  ASSERT_EQ(table_headers(page, h, kMaxTables), 1u);
  EXPECT_EQ(h[0].delimiter, '<');
  EXPECT_EQ(h[0].columns, 3u);
  EXPECT_EQ(page.substr(h[0].rows_to, 8), "</table>");
  EXPECT_EQ(default_engines().scan(page), (std::vector<Found>{{"password", "a4J5btp2B53IpcjNG8bN"}}));
  // <thead> and <thing> are no header cells
  EXPECT_EQ(table_headers("<thead><thing>a</thing></thead>\n<tr><td>1</td></tr>\n", h, kMaxTables), 0u);
}

TEST(Columns, ABirthDateColumnNamedInSwedishAfterExcelsSepLine) {
  EXPECT_EQ(gdpr_engines().scan("sep=;\nAnst.nr;F\xC3\xB6rnamn;F\xC3\xB6" "delsedatum\nE1;Anna;1968/02/14\n"),
            (std::vector<Found>{{"date-of-birth", "1968/02/14"}}));
}

TEST(TypedValues, AValueNamedByItsObject) {
  using privguard::core::typed_value;
  using privguard::core::TypedValue;
  const std::string d =
      "{\"documents\": [{\"kind\": \"passport\", \"number\": \"C20871973\", \"expiry\": \"2034-10-17\"}]}";
  const auto at = d.find("C2087");
  TypedValue tv;
  ASSERT_TRUE(typed_value(d, at, tv));
  EXPECT_EQ(d.substr(tv.value.from, tv.value.to - tv.value.from), "C20871973");
  std::vector<std::string> labels;
  for (std::size_t i = 0; i < tv.count; ++i)
    labels.push_back(d.substr(tv.labels[i].from, tv.labels[i].to - tv.labels[i].from));
  EXPECT_EQ(labels, (std::vector<std::string>{"passport", "documents", "2034-10-17"}));
  // not a string value, or no closing quote on the line
  EXPECT_FALSE(typed_value("{\"value\": 12}", 10, tv));
  EXPECT_FALSE(typed_value("{\"value\": \"abc\ndef\"}", 11, tv));
}

TEST(TypedValues, AProofOfIdentitysNumberAndABilingualLabel) {
  // Indian KYC names the document beside its number ("poi_type", "poi_number")
  EXPECT_EQ(gdpr_engines().scan("{\"poi\": {\"poi_type\": \"AADHAAR\", \"poi_number\": \"534186972135\"}}\n"),
            (std::vector<Found>{{"in-aadhaar", "534186972135"}}));
  // a form's label in English and again in another script (Punjabi)
  EXPECT_EQ(gdpr_engines().scan("2. Date of Birth / \xE0\xA8\x9C\xE0\xA8\xA8\xE0\xA8\xAE \xE0\xA8\xAE\xE0\xA8\xBF"
                                "\xE0\xA8\xA4\xE0\xA9\x80: 14/02/1968\n"),
            (std::vector<Found>{{"date-of-birth", "14/02/1968"}}));
  // Aadhaar's name alone in Tamil and Bengali (and a word after it), and spelt "Adhar"
  EXPECT_EQ(gdpr_engines().scan("\xE0\xAE\x86\xE0\xAE\xA4\xE0\xAE\xBE\xE0\xAE\xB0\xE0\xAF\x8D "
                                "\xE0\xAE\x8E\xE0\xAE\xA3\xE0\xAF\x8D: 803756352746\n"),
            (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
  EXPECT_EQ(gdpr_engines().scan("\xE0\xA6\x86\xE0\xA6\xA7\xE0\xA6\xBE\xE0\xA6\xB0: 247059935022\n"),
            (std::vector<Found>{{"in-aadhaar", "247059935022"}}));
  EXPECT_EQ(gdpr_engines().scan("Adhar no: 803756352746\n"), (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
  // a label in a few words before its ':' ("Aadhaar of parent/guardian :")
  EXPECT_EQ(gdpr_engines().scan("5. Aadhaar of parent/guardian : 803756352746\n"),
            (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
  EXPECT_EQ(gdpr_engines().scan("Aadhaar number given in the call: 803756352746 (verified)\n"),
            (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
  // EPFO's KYC bulk upload: UAN, document type A (Aadhaar), number, name
  EXPECT_EQ(gdpr_engines().scan("101476112799#~#A#~#803756352746#~#SUBHASH MUKHERJEE#~##~#\n"),
            (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
  // ... and its form without the tildes
  EXPECT_EQ(gdpr_engines().scan("100252837866#A#803756352746#TUSHAR KAMBLE##\n"),
            (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
  // groups split by no-break spaces, raw and JSON-escaped, or by two spaces
  EXPECT_EQ(gdpr_engines().scan("UID 8037\xC2\xA0" "5635\xC2\xA0" "2746 is correct\n"),
            (std::vector<Found>{{"in-aadhaar", "8037\xC2\xA0" "5635\xC2\xA0" "2746"}}));
  EXPECT_EQ(gdpr_engines().scan("{\"uidNo\": \"8037\\u00a05635\\u00a02746\"}\n"),
            (std::vector<Found>{{"in-aadhaar", "8037\\u00a05635\\u00a02746"}}));
  EXPECT_EQ(gdpr_engines().scan("Your Aadhaar No. :\n8037  5635  2746\n"),
            (std::vector<Found>{{"in-aadhaar", "8037  5635  2746"}}));
  // the e-filing SMS that links a PAN to an Aadhaar; a value in backticks
  EXPECT_EQ(gdpr_engines().scan("body=\"UIDPAN 803756352746 QUWPS5915J\"\n"),
            (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
  EXPECT_EQ(gdpr_engines().scan("customer escalated, uid `8037 5635 2746` not seeded\n"),
            (std::vector<Found>{{"in-aadhaar", "8037 5635 2746"}}));
  // Marathi's abbreviation of क्रमांक
  EXPECT_EQ(gdpr_engines().scan("\xE0\xA4\x86\xE0\xA4\xA7\xE0\xA4\xBE\xE0\xA4\xB0 "
                                "\xE0\xA4\x95\xE0\xA5\x8D\xE0\xA4\xB0. 803756352746.\n"),
            (std::vector<Found>{{"in-aadhaar", "803756352746"}}));
}

TEST(TypedValues, APersonnummerThatReadsAsATimestampWhenNamed) {
  // 20090718-1515: born 2009, or a build at 15:15; a column or a label says which
  EXPECT_EQ(gdpr_engines().scan("Klass,Elev,Personnummer,VH\n6B,Anders B,20090718-1515,Lennart S\n"),
            (std::vector<Found>{{"se-personnummer", "20090718-1515"}}));
  EXPECT_EQ(gdpr_engines().scan("Personnummer: 20090718-1515\n"), (std::vector<Found>{{"se-personnummer", "20090718-1515"}}));
  EXPECT_EQ(gdpr_engines().scan("build 20090718-1515 done\n"), std::vector<Found>{});
}

TEST(Ipv4, AVersionAfterItsKeyInAnyAssignmentIsNoAddress) {
  EXPECT_EQ(gdpr_engines().scan("  'version' => '29.0.2.2',\n  'ip' => '81.2.69.160',\n"),
            (std::vector<Found>{{"ipv4", "81.2.69.160"}}));
}

TEST(Merge, ALabelNamesAValueTwoShapesFit) {
  // 240377-8174 is a Finnish HETU and, by its shape, a Swedish
  // samordningsnummer: the label says which; without one, the policy's order
  EXPECT_EQ(gdpr_engines().scan("ok; henkil\xC3\xB6tunnus 240377-8174; tel"),
            (std::vector<Found>{{"fi-hetu", "240377-8174"}}));
  EXPECT_EQ(gdpr_engines().scan("ok; Personnummer: 240377-8174; tel"),
            (std::vector<Found>{{"se-personnummer", "240377-8174"}}));
  EXPECT_EQ(gdpr_engines().scan("ok; 240377-8174; tel"), (std::vector<Found>{{"se-personnummer", "240377-8174"}}));
}

TEST(TypedValues, TheKeyReadBackIsTheKeyReadForward) {
  // The trigger pass reports a key's end; typed_value_key_before must take
  // exactly the keys typed_value_key_at takes.
  using privguard::core::typed_value_key_at;
  using privguard::core::typed_value_key_before;
  for (const std::string d : {"{\"value\": \"x\"}", "{\"documentNumber\" :  \"x\"}", "{\"id_value\":\"x\"}",
                              "{\"phoneNumber\": \"x\"}", "{\"Number\": 12, \"n\": \"x\"}",
                              "{\"ordervalue\": \"x\"}", "{\"IDNumber\": \"x\"}"}) {
    std::uint64_t forward = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
      std::uint64_t from = 0;
      if (typed_value_key_at(d, i, from)) forward = from;
    }
    std::uint64_t backward = 0;
    for (std::size_t i = 0; i <= d.size(); ++i)
      if (typed_value_key_before(d, i)) backward = i;
    EXPECT_EQ(forward, backward) << d;
  }
}

TEST(Columns, AValueNamedBySiblingOrParentKeys) {
  // FHIR identifiers and telecom, an HR export's documents, ARM outputs
  const std::string fhir =
      "{\"identifier\": [{\"system\": \"http://fhir.nl/fhir/NamingSystem/bsn\", \"value\": \"237518697\"}],\n"
      " \"telecom\": [{\"system\": \"phone\", \"value\": \"0612345678\", \"use\": \"mobile\"}]}";
  EXPECT_EQ(gdpr_engines().scan(fhir), (std::vector<Found>{{"nl-bsn", "237518697"}, {"phone", "0612345678"}}));
  EXPECT_EQ(gdpr_engines().scan("{\"kind\": \"passport\", \"number\": \"C20871973\"}"),
            (std::vector<Found>{{"passport", "C20871973"}}));
  // a label nested in a sibling (FHIR's identifier type code PPN: passport)
  EXPECT_EQ(gdpr_engines().scan("{\"type\": {\"coding\": [{\"code\": \"PPN\"}]}, \"system\": \"urn:oid:1.2\", "
                                "\"value\": \"C20871973\"}"),
            (std::vector<Found>{{"passport", "C20871973"}}));
  // an XML element's type attribute names its id (NPCI's UPI request)
  EXPECT_EQ(gdpr_engines().scan("<Payer type=\"PERSON\"><Info><Identity type=\"AADHAAR\" verifiedName=\"Ravi K\" "
                                "id=\"247173168421\"/></Info></Payer>\n"),
            (std::vector<Found>{{"in-aadhaar", "247173168421"}}));
  EXPECT_EQ(gdpr_engines().scan("<Identity type=\"PAN\" verifiedName=\"Ravi K\" id=\"935089014760\"/>\n"),
            std::vector<Found>{});
  // ICAO 9303's document code: a travel document's "type": "P" is a passport
  EXPECT_EQ(gdpr_engines().scan("\"document\": {\n  \"type\": \"P\",\n  \"number\": \"K8533112\",\n"
                                "  \"issuing_state\": \"IN\"\n}"),
            (std::vector<Found>{{"passport", "K8533112"}}));
  // the same values under labels that name nothing
  EXPECT_EQ(gdpr_engines().scan("{\"kind\": \"order\", \"number\": \"C20871973\"}"), std::vector<Found>{});
  EXPECT_EQ(gdpr_engines().scan("{\"type\": \"Q\", \"number\": \"K8533112\"}"), std::vector<Found>{});
  EXPECT_EQ(gdpr_engines().scan("{\"name\": \"Content-Length\", \"value\": \"237518697\"}"), std::vector<Found>{});
}

TEST(Columns, Hl7PatientFieldsByPositionAndTypeCode) {
  const std::string msg =
      "MSH|^~\\&|ADT|HOSP|||202401011200||ADT^A04|1|P|2.5\r"
      "PID|1||MRN3920355^^^HOSP^MR~524713098^^^SSA^SS~C20871973^^^USA^PPN||DOE^JANE||19850316|F|||||"
      "+31 6 12345678^PRN^CP\r"
      "PV1|1|O|CLINIC||||19990101\r";
  EXPECT_EQ(gdpr_engines().scan(msg), (std::vector<Found>{{"us-ssn", "524713098"},
                                                          {"passport", "C20871973"},
                                                          {"date-of-birth", "19850316"},
                                                          {"phone", "+31 6 12345678"}}));
  // v2.5's telephone: country code and local number in their own components
  EXPECT_EQ(gdpr_engines().scan("PID|1||X1^^^H^MR||RAO^POOJA||19900101|F|||Patna||^PRN^CP^^91^8522268375\r"),
            (std::vector<Found>{{"date-of-birth", "19900101"}, {"phone", "8522268375"}}));
  EXPECT_EQ(gdpr_engines().scan("PID|1||X1^^^H^MR||RAO^POOJA||19900101|F|||Patna||^PRN^CP^^91^^8522268375\r"),
            (std::vector<Found>{{"date-of-birth", "19900101"}, {"phone", "8522268375"}}));
  // every repetition of a telephone field; the next of kin's phones, birth date and SSN
  EXPECT_EQ(gdpr_engines().scan("PID|1||X1^^^H^MR||RAO^POOJA||19900101|F|||Patna||^PRN^PH^^91^44^42849964~"
                                "^PRN^CP^^91^8522268375\r"),
            (std::vector<Found>{{"date-of-birth", "19900101"}, {"phone", "8522268375"}}));
  EXPECT_EQ(gdpr_engines().scan("NK1|1|RAO^SUNIL|FTH^Father^HL70063||^PRN^CP^^91^9693654985|||||||||||19560412"
                                "|||||||||||||||||||||524713098\r"),
            (std::vector<Found>{{"phone", "9693654985"}, {"date-of-birth", "19560412"}, {"us-ssn", "524713098"}}));
  // a national identifier of a named country (NNSWE), an authority given by
  // its OID only (Sweden's personnummer), and one of a country no rule knows
  EXPECT_EQ(gdpr_engines().scan("PID|1||MRN1^^^HOSP^MR~850412-1230^^^SKV^NNSWE||X^Y\r"),
            (std::vector<Found>{{"se-personnummer", "850412-1230"}}));
  EXPECT_EQ(gdpr_engines().scan("PID|1||MRN1^^^HOSP^MR~850412-1230^^^&1.2.752.129.2.1.3.1&ISO^NN||X^Y\r"),
            (std::vector<Found>{{"se-personnummer", "850412-1230"}}));
  EXPECT_EQ(gdpr_engines().scan("PID|1||MRN1^^^HOSP^MR~850412-1230^^^&2.999.1&ISO^NNXYZ||X^Y\r"), std::vector<Found>{});
  // a national identifier in brackets after its label
  EXPECT_EQ(gdpr_engines().scan("vermeld bij vragen altijd uw BSN (237518697) en niet het kenmerk\n"),
            (std::vector<Found>{{"nl-bsn", "237518697"}}));
  // an identifier whose type code names nothing, and a PID that is not a segment's start
  EXPECT_EQ(gdpr_engines().scan("PID|1||524713098^^^HOSP^MR\r"), std::vector<Found>{});
  EXPECT_EQ(gdpr_engines().scan("xPID|1||x||y||19850316\r"), std::vector<Found>{});
}

TEST(Columns, ACamelCaseHeaderNamesByItsLastWords) {
  EXPECT_EQ(default_engines().scan("Id,MobilePhone,Note\n1,+1-415-652-9603,x\n2,6320110566,y\n"),
            (std::vector<Found>{{"phone", "+1-415-652-9603"}, {"phone", "6320110566"}}));
}

TEST(Columns, AHeadersNoteAndNumberSignAreNotItsName) {
  EXPECT_EQ(gdpr_engines().scan("\"S.No.\",\"AADHAAR NO.(12 DIGIT)\",\"DOB (DD/MM/YYYY)\"\n\"1\",\"865252855746\",\"23/08/2017\"\n"),
            (std::vector<Found>{{"in-aadhaar", "865252855746"}, {"date-of-birth", "23/08/2017"}}));
  EXPECT_EQ(gdpr_engines().scan("Beneficiary Name,Aadhaar#,IFSC\nMeena Singh,683927585554,UBIN0944658\n"),
            (std::vector<Found>{{"in-aadhaar", "683927585554"}}));
}

TEST(Columns, AHeaderInAnotherScriptIsNamedByItsNote) {
  // MGNREGA's Tamil register: "ஆதார் எண் (aadhaar)", "கைபேசி எண் (mobile)"
  EXPECT_EQ(gdpr_engines().scan("job_card_no,\xE0\xAE\x86\xE0\xAE\xA4\xE0\xAE\xBE\xE0\xAE\xB0\xE0\xAF\x8D (aadhaar),"
                                "\xE0\xAE\x95\xE0\xAF\x88\xE0\xAE\xAA\xE0\xAF\x87\xE0\xAE\x9A\xE0\xAE\xBF (mobile)\n"
                                "TN-37-085-063-631/453,865252855746,9800316233\n"),
            (std::vector<Found>{{"in-aadhaar", "865252855746"}, {"phone", "9800316233"}}));
  // a note that is a unit names nothing
  EXPECT_EQ(gdpr_engines().scan("id,amount (INR)\n1,865252855746\n"), (std::vector<Found>{}));
}

TEST(Columns, PostgresNamesTheColumnOfAUniqueViolation) {
  // DETAIL:  Key (col)=(value) already exists.
  EXPECT_EQ(gdpr_engines().scan("DETAIL:  Key (aadhaar_no)=(865252855746) already exists.\n"),
            (std::vector<Found>{{"in-aadhaar", "865252855746"}}));
  EXPECT_EQ(gdpr_engines().scan("DETAIL:  Key (passport_no)=(X5821904) already exists.\n"),
            (std::vector<Found>{{"passport", "X5821904"}}));
}

TEST(Columns, AHeaderMayNameTwoNumbersAndACellItsSpreadsheetEscape) {
  // "UID / EID": each name on its own; Excel's ="..." (=""..."" inside a
  // quoted field) and leading apostrophe are not the value
  EXPECT_EQ(gdpr_engines().scan("\"Name\",\"Parent UID / EID\"\n\"S\",\"=\"\"469984319620\"\"\"\n"),
            (std::vector<Found>{{"in-aadhaar", "469984319620"}}));
  EXPECT_EQ(gdpr_engines().scan("Name,UID/EID,Mobile No\nGeeta,'469984319620,'+919059137562\n"),
            (std::vector<Found>{{"in-aadhaar", "469984319620"}, {"phone", "+919059137562"}}));
  EXPECT_EQ(default_engines().scan("Name,Phone\nGeeta,=\"+14156529603\"\n"),
            (std::vector<Found>{{"phone", "+14156529603"}}));
  // a name of two that names nothing claims nothing
  EXPECT_EQ(gdpr_engines().scan("Date/Time,Ref / Code\n2024-01-02,469984319620\n"), std::vector<Found>{});
}

TEST(Columns, ACountryColumnNamesItsRowsNationalIdentifier) {
  // A US row's national_id is an SSN, an NL row's a BSN; a number that is
  // both shapes (524713005 passes the BSN's 11-test) is what its country says.
  EXPECT_EQ(gdpr_engines().scan("id,country,national_id\n1,US,524713005\n2,NL,237518697\n"),
            (std::vector<Found>{{"us-ssn", "524713005"}, {"nl-bsn", "237518697"}}));
  // pg_dump's COPY and an INSERT whose country comes after the number
  EXPECT_EQ(gdpr_engines().scan("COPY public.patients (id, country, national_id) FROM stdin;\n"
                                "6\tUS\t823974811\n\\.\n"),
            (std::vector<Found>{{"us-ssn", "823974811"}}));
  EXPECT_EQ(gdpr_engines().scan("INSERT INTO t (national_id, nationality) VALUES ('524713005','NLD'),"
                                "('524713098','USA');\n"),
            (std::vector<Found>{{"nl-bsn", "524713005"}, {"us-ssn", "524713098"}}));
  // under the default policy, whose rules claim no national_id column
  EXPECT_EQ(default_engines().scan("id,country,national_id\n1,US,524713098\n"),
            (std::vector<Found>{{"us-ssn", "524713098"}}));
  EXPECT_EQ(default_engines().scan("INSERT INTO t (id, country, national_id) VALUES (1,'US','524713098');\n"),
            (std::vector<Found>{{"us-ssn", "524713098"}}));
  // a country no rule knows a number of: the column's name decides, as before
  EXPECT_EQ(gdpr_engines().scan("id,country,national_id\n1,BR,237518697\n"),
            (std::vector<Found>{{"nl-bsn", "237518697"}}));
  // sqlite's dump: the CREATE TABLE names a country's code "cc"
  EXPECT_EQ(gdpr_engines().scan("CREATE TABLE members(id INTEGER PRIMARY KEY, last TEXT, cc TEXT, natid TEXT);\n"
                                "INSERT INTO members VALUES(1,'Davis','US','292520270');\n"),
            (std::vector<Found>{{"us-ssn", "292520270"}}));
}

TEST(Columns, ATypeColumnNamesItsRowsNumber) {
  // ID_TYPE beside PAX_TYPE: the one that shares ID_NUMBER's first word
  EXPECT_EQ(gdpr_engines().scan("PNR,PAX_TYPE,ID_TYPE,ID_NUMBER\nGHJ853,ADT,AADHAAR,724473099738\n"
                                "GHJ854,ADT,VOTER,724473099745\n"),
            (std::vector<Found>{{"in-aadhaar", "724473099738"}}));
}

TEST(Columns, IndianKycRecordsAndForms) {
  // a beneficiary file under its comment lines: Aadhaar and mobile columns
  EXPECT_EQ(gdpr_engines().scan("# PFMS beneficiary payment file\nSNo,Name,Aadhaar_No,Mobile_No\n"
                                "1,Imran Pillai,472138592060,7599628373\n"),
            (std::vector<Found>{{"in-aadhaar", "472138592060"}, {"phone", "7599628373"}}));
  // an identity document's number named by its type
  EXPECT_EQ(gdpr_engines().scan("{\"documentType\": \"AADHAAR\", \"documentNumber\": \"583249603173\"}"),
            (std::vector<Found>{{"in-aadhaar", "583249603173"}}));
  EXPECT_EQ(gdpr_engines().scan("{\"documentType\": \"ORDER\", \"documentNumber\": \"583249603173\"}"),
            std::vector<Found>{});
  // form-encoded in a query string; a Hindi label ("Aadhaar number")
  EXPECT_EQ(gdpr_engines().scan("GET /api/v1/verify?aadhaar=3614+5270+9820&dob=x HTTP/1.1"),
            (std::vector<Found>{{"in-aadhaar", "3614+5270+9820"}}));
  EXPECT_EQ(gdpr_engines().scan("\xE0\xA4\x86\xE0\xA4\xA7\xE0\xA4\xBE\xE0\xA4\xB0 "
                                "\xE0\xA4\xA8\xE0\xA4\x82\xE0\xA4\xAC\xE0\xA4\xB0 3614 5270 9820"),
            (std::vector<Found>{{"in-aadhaar", "3614 5270 9820"}}));
  // without a label, only as the UIDAI prints it or portals write it:
  // 4-4-4 split by spaces or by dashes, alone
  EXPECT_EQ(gdpr_engines().scan("14/12/25, 07:41 am - Papa: 3280 2502 2571\n"),
            (std::vector<Found>{{"in-aadhaar", "3280 2502 2571"}}));
  EXPECT_EQ(gdpr_engines().scan("GET /citizen/3280-2502-2571/profile HTTP/1.1\n"),
            (std::vector<Found>{{"in-aadhaar", "3280-2502-2571"}}));
  EXPECT_EQ(gdpr_engines().scan("ref 328025022571 and 3280-2502 2571 and 3280 2502-2571\n"), std::vector<Found>{});
  // not the first twelve digits of a VID or a card, not a column of a dump
  EXPECT_EQ(gdpr_engines().scan("VID : 3280 2502 2571 1234\n"), std::vector<Found>{});
  EXPECT_EQ(gdpr_engines().scan("00000040: 3280 2502 2571 0e0e\n"), std::vector<Found>{});
}

TEST(Columns, BirthDateColumnsInMoreLanguagesAndNonAsciiSqlNames) {
  for (const char* name : {"data_nascimento", "dt_nascimento", "geb_datum", "f\xC3\xB8" "dselsdato", "birth_dt",
                           "dt_birth", "cust_birth_dt", "birth_day", "d_o_b", "f\xC3\xB6" "delsedatum",
                           "syntym\xC3\xA4" "aika"}) {
    EXPECT_EQ(gdpr_engines().scan(std::string("INSERT INTO t (id, ") + name + ") VALUES (1, '1984-03-12');\n"),
              (std::vector<Found>{{"date-of-birth", "1984-03-12"}}))
        << name;
  }
}

// Structured records that name their fields by a code: a French DSN's
// S21.G00.30.006 (the employee's birth date), an X12 834's NM1 member
// identified under qualifier 34 (a Social Security number); a Spanish
// contract's "pasaporte n.º".
TEST(Columns, FieldsNamedByACodeAndPassportNumberAbbreviated) {
  EXPECT_EQ(gdpr_engines().scan("S21.G00.30.005,'02'\nS21.G00.30.006,'09061973'\nS21.G00.30.007,'NANTES'\n"),
            (std::vector<Found>{{"date-of-birth", "09061973"}}));
  EXPECT_EQ(gdpr_engines().scan("INS*Y*18*021*28*A*E**FT~\nNM1*IL*1*RODRIGUEZ*DEV****34*524713098~\n"),
            (std::vector<Found>{{"us-ssn", "524713098"}}));
  // (a member id under qualifier MI is none)
  EXPECT_EQ(gdpr_engines().scan("NM1*IL*1*PETROV*MIKKO*A***MI*524713098~\n"), std::vector<Found>{});
  EXPECT_EQ(gdpr_engines().scan("nacido el 23/11/1986, pasaporte n.\xC2\xBA YA8273615, tel\xC3\xA9" "fono\n"),
            (std::vector<Found>{{"date-of-birth", "23/11/1986"}, {"passport", "YA8273615"}}));
}

TEST(Columns, BirthDatesUnderLabelsOfMoreForms) {
  // a date suffix on the label, dot leaders, Hindi, UIDAI's DDMMYYYY
  EXPECT_EQ(gdpr_engines().scan("APP_PAN_NO,APP_NAME,APP_DOB_DT,APP_STATUS\nZKEPT7978S,IMRAN REDDY,02/06/1988,OK\n"),
            (std::vector<Found>{{"date-of-birth", "02/06/1988"}}));
  EXPECT_EQ(gdpr_engines().scan("  Date de naissance ...... : 27/11/1984\n"),
            (std::vector<Found>{{"date-of-birth", "27/11/1984"}}));
  EXPECT_EQ(gdpr_engines().scan("\xE0\xA4\x9C\xE0\xA4\xA8\xE0\xA5\x8D\xE0\xA4\xAE "
                                "\xE0\xA4\xA4\xE0\xA4\xBF\xE0\xA4\xA5\xE0\xA4\xBF 17/06/1997"),
            (std::vector<Found>{{"date-of-birth", "17/06/1997"}}));
  EXPECT_EQ(gdpr_engines().scan("{\"name\": \"Harish\", \"dob\": \"13052004\"}"),
            (std::vector<Found>{{"date-of-birth", "13052004"}}));
  // a few words between label and date; a note in parentheses; Japanese,
  // Chinese (a full-width colon) and Korean labels and dates; Portuguese
  // and Italian phrases
  EXPECT_EQ(gdpr_engines().scan("MismatchException: DOB on form (02-Mar-1990) does not match"),
            (std::vector<Found>{{"date-of-birth", "02-Mar-1990"}}));
  EXPECT_EQ(gdpr_engines().scan("Date of birth on our records: 1990-03-02\n"),
            (std::vector<Found>{{"date-of-birth", "1990-03-02"}}));
  EXPECT_EQ(gdpr_engines().scan("dob mismatch expected=1990-03-02 got=x\n"),
            (std::vector<Found>{{"date-of-birth", "1990-03-02"}}));
  EXPECT_EQ(gdpr_engines().scan("\xE7\x94\x9F\xE5\xB9\xB4\xE6\x9C\x88\xE6\x97\xA5 (Date of birth): "
                                "1983\xE5\xB9\xB4" "2\xE6\x9C\x88" "4\xE6\x97\xA5\n"),
            (std::vector<Found>{{"date-of-birth", "1983\xE5\xB9\xB4" "2\xE6\x9C\x88" "4\xE6\x97\xA5"}}));
  EXPECT_EQ(gdpr_engines().scan("\xE5\x87\xBA\xE7\x94\x9F\xE6\x97\xA5\xE6\x9C\x9F\xEF\xBC\x9A" "1984/03/12\n"),
            (std::vector<Found>{{"date-of-birth", "1984/03/12"}}));
  EXPECT_EQ(gdpr_engines().scan("\xEC\x83\x9D\xEB\x85\x84\xEC\x9B\x94\xEC\x9D\xBC: 1984\xEB\x85\x84 3\xEC\x9B\x94 "
                                "12\xEC\x9D\xBC\n"),
            (std::vector<Found>{{"date-of-birth", "1984\xEB\x85\x84 3\xEC\x9B\x94 12\xEC\x9D\xBC"}}));
  EXPECT_EQ(gdpr_engines().scan("Dependente : Rafael, nascido em 17 de maio de 2021\n"),
            (std::vector<Found>{{"date-of-birth", "17 de maio de 2021"}}));
  EXPECT_EQ(gdpr_engines().scan("Sara Russo, nata a Napoli il 25 dicembre 1991, residente"),
            (std::vector<Found>{{"date-of-birth", "25 dicembre 1991"}}));
  EXPECT_EQ(gdpr_engines().scan("n\xC3\xA9 \xC3\xA0 Saint-\xC3\x89tienne le 3 mars 1980"),
            (std::vector<Found>{{"date-of-birth", "3 mars 1980"}}));
  // headers in Spanish, Italian, Polish, Turkish; Russian and Arabic labels
  EXPECT_EQ(gdpr_engines().scan("num_empleado,apellidos,fecha_nac,fecha_alta\n60838,Sato,16/11/1984,16/11/2014\n"),
            (std::vector<Found>{{"date-of-birth", "16/11/1984"}}));
  EXPECT_EQ(gdpr_engines().scan("sicil_no;soyad;dogum_tarihi;ise_giris\n78693;Wang;28.02.1983;28.02.2023\n"),
            (std::vector<Found>{{"date-of-birth", "28.02.1983"}}));
  EXPECT_EQ(gdpr_engines().scan("\xD0\x94\xD0\xB0\xD1\x82\xD0\xB0 \xD1\x80\xD0\xBE\xD0\xB6\xD0\xB4\xD0\xB5\xD0\xBD"
                                "\xD0\xB8\xD1\x8F: 12.03.1984\n"),
            (std::vector<Found>{{"date-of-birth", "12.03.1984"}}));
  // a date right after a sex field in a record with no header (CERSAI's
  // CKYC upload: |M|02|DD-MM-YYYY|; an HR export's F,1984-03-02)
  EXPECT_EQ(gdpr_engines().scan("20|1|01|73885770207769|Mr|VENKATESH||RAO|Mr|RAHUL||RAO|M|02|14-09-1962|IN|01|\n"),
            (std::vector<Found>{{"date-of-birth", "14-09-1962"}}));
  EXPECT_EQ(gdpr_engines().scan("E1;Anna;Berg;F;1984-03-02;2020-01-01\n"),
            (std::vector<Found>{{"date-of-birth", "1984-03-02"}}));
  EXPECT_EQ(gdpr_engines().scan("E1;Anna;Berg;1984-03-02;2020-01-01\n"), (std::vector<Found>{}));
  // X12's DMG segment, an airline's DOCS, a passport's MRZ, epoch milliseconds in JSON
  EXPECT_EQ(gdpr_engines().scan("N4*SEATTLE*WA*98101~\nDMG*D8*19840312*M~\n"),
            (std::vector<Found>{{"date-of-birth", "19840312"}}));
  EXPECT_EQ(gdpr_engines().scan(".R/DOCS HK1/P/IND/V3172889/IND/12MAR84/F/19DEC27/CHATTERJEE/ANIL\n"),
            (std::vector<Found>{{"passport", "V3172889"}, {"date-of-birth", "12MAR84"}}));
  EXPECT_EQ(gdpr_engines().scan("P<INDCHATTERJEE<<ANIL<<<<<<<<<<<<<<<<<<<<<<<<\nL9946748<8IND8403129F3308028<<<<<<<<<<<<<<00\n"),
            (std::vector<Found>{{"date-of-birth", "840312"}}));
  EXPECT_EQ(gdpr_engines().scan("{\"name\": \"Liam\", \"birthDate\": -518140800000, \"createdAt\": 1720912131657}"),
            (std::vector<Found>{{"date-of-birth", "-518140800000"}}));
  EXPECT_EQ(gdpr_engines().scan("field=birth_date old=1980-02-22 actor=support\n"),
            (std::vector<Found>{{"date-of-birth", "1980-02-22"}}));
  // passports: an airline's DOCS, a Schengen form, Turkish, Chinese with a full-width colon
  EXPECT_EQ(gdpr_engines().scan(".R/DOCS HK1/P/GBR/351162673/GBR/19SEP82/M/23MAY33/OBRIEN/SIOBHAN\n"),
            (std::vector<Found>{{"passport", "351162673"}, {"date-of-birth", "19SEP82"}}));
  // an EDIFACT PAXLST passenger list (UN/EDIFACT: DOC+P is a passport, DTM+329 a date of birth)
  EXPECT_EQ(gdpr_engines().scan("NAD+FL+++ERIKSSON:OLOF'\nATT+2++M'\nDTM+329:550303'\nLOC+178+BGO'\n"
                                "DOC+P:110:111+CX2LWWVV0'\nDTM+36:331111'\n"),
            (std::vector<Found>{{"date-of-birth", "550303"}, {"passport", "CX2LWWVV0"}}));
  // DICOM's PatientBirthDate as dcmdump prints it (not the StudyDate beside it)
  EXPECT_EQ(gdpr_engines().scan("(0010,0030) DA [19500822]                               #   8, 1 PatientBirthDate\n"
                                "(0008,0020) DA [20250311]                               #   8, 1 StudyDate\n"),
            (std::vector<Found>{{"date-of-birth", "19500822"}}));
  // the same record in a PNR (SSR DOCS, the airline's code and no '/' before P)
  EXPECT_EQ(gdpr_engines().scan("  4 SSR DOCS SK HK1 P/GBR/290045025/GBR/23DEC77/M/27MAR33/ROSSI/AINO/P1\n"),
            (std::vector<Found>{{"passport", "290045025"}, {"date-of-birth", "23DEC77"}}));
  EXPECT_EQ(gdpr_engines().scan("Nationality: US\nPassport / ID no.: 374259788\n"),
            (std::vector<Found>{{"passport", "374259788"}}));
  EXPECT_EQ(gdpr_engines().scan("14. Number of travel document: C4RK8P2W\n"), (std::vector<Found>{{"passport", "C4RK8P2W"}}));
  EXPECT_EQ(gdpr_engines().scan("Pasaport No      : U47291836\n"), (std::vector<Found>{{"passport", "U47291836"}}));
  EXPECT_EQ(gdpr_engines().scan("\xE6\x8A\xA4\xE7\x85\xA7\xE5\x8F\xB7\xE7\xA0\x81\xEF\xBC\x9A" "E24440583\n"),
            (std::vector<Found>{{"passport", "E24440583"}}));
  // words that say when something happened, not whose birth date it is
  EXPECT_EQ(gdpr_engines().scan("birthday party scheduled for: 2024-06-01; dob check ok at: 2024-06-01\n"),
            std::vector<Found>{});
}

TEST(Columns, ATableInALaterSectionOfTheBuffer) {
  // After a blank line and a comment, up to the next section.
  const std::string doc =
      "100322844000#~#MANOJ SHARMA#~#82293#~#15000\n"
      "\n"
      "# seeding exceptions (for HR)\n"
      "UAN|NAME|SSN|REMARK\n"
      "109789229335|Manoj|524713098|auth failed\n"
      "102420828827|Kavitha|401238765|pending\n"
      "\n"
      "TOTALS|ROWS|SUM|NOTE\n"
      "x|2|661952863|ok\n";
  EXPECT_EQ(default_engines().scan(doc), (std::vector<Found>{{"us-ssn", "524713098"}, {"us-ssn", "401238765"}}));
  TableHeader h[kMaxTables];
  ASSERT_EQ(table_headers(doc, h, kMaxTables), 2u);
  EXPECT_EQ(h[0].rows_to, doc.find("\nTOTALS") + 1);
  // a later section needs a row of its header's width under it
  EXPECT_EQ(default_engines().scan("log line\n\nid,SSN\n1,524713098,extra\n"), std::vector<Found>{});
}

// psql's aligned output: names padded with a blank, a rule of '-' and
// '+' under them, a row count after the rows; also later in a buffer.
TEST(Columns, PsqlsAlignedOutput) {
  const std::string out =
      " id | name  |    ssn\n"
      "----+-------+-----------\n"
      "  1 | Anna  | 524713098\n"
      "  2 | Bo    | 401238765\n"
      "(2 rows)\n";
  const std::vector<Found> ssns{{"us-ssn", "524713098"}, {"us-ssn", "401238765"}};
  EXPECT_EQ(default_engines().scan(out), ssns);
  EXPECT_EQ(default_engines().scan("app=> SELECT id, name, ssn FROM people;\n\n" + out), ssns);
  TableHeader h[kMaxTables];
  ASSERT_EQ(table_headers(out, h, kMaxTables), 1u);
  EXPECT_EQ(h[0].rows_from, out.find("  1 |"));
  EXPECT_EQ(names_end(h[0]), out.find('\n'));
  // a rule needs a '+': a header over dashes alone is no such table
  EXPECT_EQ(default_engines().scan("x\n\n id | name  |    ssn\n-----------------------\n  1 | Anna  | 524713098\n"),
            std::vector<Found>{});
}

// A Zeek log names its columns in its #fields line, over its #types line.
TEST(Columns, AZeekLogsFieldsLine) {
  const std::string log =
      "#separator \\x09\n#set_separator\t,\n#path\thttp\n#open\t2025-03-11-09-00-00\n"
      "#fields\tts\tuid\thost\tstatus_code\tusername\tpassword\n"
      "#types\ttime\tstring\tstring\tcount\tstring\tstring\n"
      "1741691729.600082\tCfaK1zSbdAUgSviIDe\tapi.norlit.dev\t200\t-\t-\n"
      "1741691794.331894\tCKOqr3zkzpc245A7Sf\tapi.falfal.app\t200\tnvr-admin\t5aYAR4WYlhqXd\n"
      "#close\t2025-03-11-10-00-00\n";
  EXPECT_EQ(default_engines().scan(log), (std::vector<Found>{{"password", "5aYAR4WYlhqXd"}}));
  TableHeader h[kMaxTables];
  ASSERT_EQ(table_headers(log, h, kMaxTables), 1u);
  EXPECT_EQ(h[0].columns, 6u);
  EXPECT_EQ(h[0].rows_from, log.find("1741691729"));
}

// A DATEV LODAS import names each record type's fields in its
// [Satzbeschreibung]; the rows further down start with the type's number.
TEST(Columns, ADatevLodasFilesRecordDescriptionsNameItsRows) {
  const std::string doc =
      "[Allgemein]\nZiel=LODAS\nVersion_SST=1.0\n\n"
      "[Satzbeschreibung]\n"
      "1;u_lod_psd_mitarbeiter;pnr#psd;duevo_familienname#psd;steuer_id#psd;\n"
      "2;u_lod_psd_taetigkeit;pnr#psd;stammkostenstelle#psd;\n"
      "\n[Stammdaten]\n"
      "1;100;Brandt;90321287469;\n"
      "2;100;17468892053;\n"
      "1;101;Hoffmann;58963203746;\n";
  TableHeader h[kMaxTables];
  ASSERT_EQ(table_headers(doc, h, kMaxTables), 2u);
  EXPECT_EQ(h[0].columns, 3u);
  EXPECT_EQ(h[1].columns, 2u);
  EXPECT_EQ(h[0].rows_from, doc.find("\n\n[Stammdaten]") + 1);
  // (record type 2's 11 digits are a cost centre's, not a tax id)
  EXPECT_EQ(gdpr_engines().scan(doc),
            (std::vector<Found>{{"de-steuer-id", "90321287469"}, {"de-steuer-id", "58963203746"}}));
  // the descriptions first in the buffer, no blank line between sections
  EXPECT_EQ(gdpr_engines().scan(doc.substr(doc.find("[Satzbeschreibung]"))),
            (std::vector<Found>{{"de-steuer-id", "90321287469"}, {"de-steuer-id", "58963203746"}}));
  EXPECT_EQ(gdpr_engines().scan("[Allgemein]\nZiel=LODAS\n[Satzbeschreibung]\n1;u;pnr#psd;steuer_id#psd\n[Stammdaten]\n"
                                "1;100;90321287469\n"),
            (std::vector<Found>{{"de-steuer-id", "90321287469"}}));
  // without the descriptions, nothing names the numbers
  const std::string rows = "[Stammdaten]\n1;100;Brandt;90321287469;\n1;101;Hoffmann;58963203746;\n";
  EXPECT_EQ(gdpr_engines().scan(rows), std::vector<Found>{});
}

// A fixed-width table pads in characters, not bytes: a name with an Å or
// an ö (two bytes in UTF-8) keeps its row's columns under their names
TEST(Columns, AFixedWidthTableCountsCharactersNotBytes) {
  const std::string doc =
      "Elev                   Personnummer    Ogilt  Anm\xC3\xA4lt av  \xC3\x84rende\n"
      "Lars \xC3\x85kesson           20120912-0524   201 min mentor     2501259952\n"
      "Jonas Hedlund          20120623-9277   198 min VH         2409049877\n";
  EXPECT_EQ(gdpr_engines().scan(doc), (std::vector<Found>{{"se-personnummer", "20120912-0524"},
                                                          {"se-personnummer", "20120623-9277"}}));
}

// A header typed a little off its rows: every name after padding stands
// over a value, all two characters to the right of where the values
// start; the case's date and serial is no personnummer.
TEST(Columns, AFixedWidthTableWhoseHeaderIsOffItsRows) {
  const std::string doc =
      "\xC3\x84rende          Elev                      Personnummer    Beslut    Skola\n"
      "20251008-0662 Sofia Bengtsson           20090611-7635   Avslag    Polhemsgymnasiet\n"
      "20241117-9761 Oskar Lind                20090409-7094   Bifall    Polhemsgymnasiet\n";
  EXPECT_EQ(gdpr_engines().scan(doc), (std::vector<Found>{{"se-personnummer", "20090611-7635"},
                                                          {"se-personnummer", "20090409-7094"}}));
  // (a paragraph a few characters off is still no table)
  EXPECT_EQ(gdpr_engines().scan("Read the manpages and the Shadow\n"
                                "Password HOWTO (included in the package).  A large portion\n"
                                "of these files deals with getting shadow installed.  You can\n"),
            std::vector<Found>{});
}

TEST(Columns, AFixedWidthTableUnderACommentMarkedHeader) {
  // A pension fund's notification file: the header is a '#' comment; its
  // employment reference, a date and a serial, is no personnummer.
  const std::string doc =
      "#FIL ITP-ANM\xC3\x84LAN  VERSION 3.2\n"
      "#TYP  PERSONNUMMER   NAMN                 H\xC3\x84NDELSE   ANST.REF\n"
      "P     198711154743   Wallin, Kalle        F\xC3\x96R\xC3\x84LDRAL  20241210-7647\n"
      "P     197411264380   Nilsson, Mirela      AVG\xC3\x85NG     20240507-0984\n";
  EXPECT_EQ(gdpr_engines().scan(doc), (std::vector<Found>{{"se-personnummer", "198711154743"},
                                                          {"se-personnummer", "197411264380"}}));
}

TEST(Columns, ATableThatNamesItsNationalIdColumnAsAnSsn) {
  // A scout group's export: the "ssno" column holds personnummer; the
  // registration column's date and serial numbers the registration.
  const std::string csv =
      "member_no,first_name,ssno,registrerad\n"
      "3840916,Mirela,20151107-7735,202505027959\n"
      "3345687,Leo,20141106-6325,202412199057\n";
  EXPECT_EQ(gdpr_engines().scan(csv), (std::vector<Found>{{"se-personnummer", "20151107-7735"},
                                                          {"se-personnummer", "20141106-6325"}}));
}

TEST(Columns, AFixedWidthTableUnderItsHeader) {
  const std::string doc =
      "HDR CUSTMAST 20230903 15035380 V7.11.17\n"
      "CUSTID     LAST             FIRST        DOB      SEX PHONE           EMAIL\n"
      "1921615090 GARCIA           LINDA        20050323 F   +16049603431    garcia.l@outlook.com\n"
      "1813306914 DE LA CRUZ       MARY ANN     19410917 M   480-893-9346\n"
      "TRL 000002\n";
  EXPECT_EQ(gdpr_engines().scan(doc), (std::vector<Found>{{"date-of-birth", "20050323"},
                                                          {"phone", "+16049603431"},
                                                          {"email", "garcia.l@outlook.com"},
                                                          {"date-of-birth", "19410917"},
                                                          {"phone", "480-893-9346"}}));
  // A name of several words over a value that fills its width.
  EXPECT_EQ(gdpr_engines().scan("ID    NAME         DATE OF BIRTH  CITY\n"
                                "0001  ANN SMITH    1985-03-12     LEEDS\n"),
            (std::vector<Found>{{"date-of-birth", "1985-03-12"}}));
  // A paragraph whose sentences end with two spaces is no table.
  EXPECT_EQ(gdpr_engines().scan("Read the manpages and the Shadow\n"
                                "Password HOWTO (included in the package).  A large portion\n"
                                "of these files deals with getting shadow installed.  You can\n"),
            std::vector<Found>{});
  // A row whose words do not stand at the columns is not read.
  EXPECT_EQ(gdpr_engines().scan("ID    NAME   DOB         CITY\n"
                                "0001  ANN    1985-03-12  LEEDS\n"
                                "order 1985-03-13 shipped to Leeds\n"),
            (std::vector<Found>{{"date-of-birth", "1985-03-12"}}));
}

TEST(Columns, AMarkdownTableUnderItsHeader) {
  // A wiki's table after a heading: a code span's backticks are not the
  // value, a password cell holds '&' and '=' whole, and a cell that says
  // where the password is kept is none.
  const std::string doc =
      "## Access\n"
      "\n"
      "| System | URL | User | Password |\n"
      "|---|:---|---|---|\n"
      "| Jenkins | https://jenkins-old.internal | admin | `m9fcIiZ_?TFjl&4TZ44=go` |\n"
      "| pgAdmin | https://pgadmin.internal | ops | Amber!Yarrow80 |\n"
      "| Kibana | https://kibana.internal | elastic | *see vault* |\n"
      "| Grafana | https://grafana.internal | admin | stored in 1Password |\n";
  EXPECT_EQ(default_engines().scan(doc),
            (std::vector<Found>{{"password", "m9fcIiZ_?TFjl&4TZ44=go"}, {"password", "Amber!Yarrow80"}}));
  // A secret scanner's report: the Type column names the Secret's vendor
  // (and "#" is a column's name).
  EXPECT_EQ(default_engines().scan("| # | Type | Secret | File |\n|---|---|---|---|\n"
                                   "| 13 | Twilio API key | `SK5803fc689e1c6a51315ed3c2051544c4` | `stream.env` |\n"),
            (std::vector<Found>{{"twilio-key", "SK5803fc689e1c6a51315ed3c2051544c4"}}));
  // names that open with '(' or a digit: the |---| line makes it a table
  EXPECT_EQ(default_engines().scan("| # | Name | Card (1) | (2) | Mobile |\n|---|---|---|---|---|\n"
                                   "| 1 | Asha Iyer | 6713 | 4827 | 8912066708 |\n"),
            (std::vector<Found>{{"phone", "8912066708"}}));
  // without the |---| line under it, or with one name, no table
  EXPECT_EQ(default_engines().scan("| User | Password |\n| admin | Amber!Yarrow80 |\n"), std::vector<Found>{});
  EXPECT_EQ(default_engines().scan("| Password |\n|---|\n| Amber!Yarrow80 |\n"), std::vector<Found>{});
}

TEST(Columns, AHeaderAfterAByteOrderMark) {
  EXPECT_EQ(default_engines().scan("\xEF\xBB\xBFSSN,name\n524713098,Ann\n"), (std::vector<Found>{{"us-ssn", "524713098"}}));
}

TEST(Columns, NothingWithoutAHeaderThatNamesTheLabel) {
  // The same rows: under other names, without a header, with the header
  // further down than a preamble's few lines (and no blank line before).
  EXPECT_EQ(default_engines().scan("customer_id,name,ref,notes\n1,Ann,524713098,ok\n"), std::vector<Found>{});
  EXPECT_EQ(default_engines().scan("1,Ann,524713098,ok\n2,Bob,401238765,x\n"), std::vector<Found>{});
  EXPECT_EQ(default_engines().scan("export\nline 2\nline 3\nline 4\nline 5\nline 6\ncustomer_id,name,SSN,notes\n1,Ann,524713098,ok\n"),
            std::vector<Found>{});
  // Labels the rule's context does not take: ssn_hash, password_hash.
  EXPECT_EQ(default_engines().scan("id,ssn_hash,password_hash\n1,524713098,xK9#mQ2$vL7pR4\n"), std::vector<Found>{});
}

TEST(Columns, RowsWithAnotherFieldCountAreSkipped) {
  EXPECT_EQ(default_engines().scan("id,SSN\n1,524713098,extra\n2,401238765\n"),
            (std::vector<Found>{{"us-ssn", "401238765"}}));
}

TEST(Columns, TheValueDatabaseMustTakeTheWholeCell) {
  // gdpr.toml's passport: a cell with more than a passport number in it is
  // not one, nor is a date in a created_at column a birth date.
  const auto found = gdpr_engines().scan(
      "id;passport_number;date_of_birth;created_at\n"
      "1;CN8553428;1958-02-19;2024-03-21\n"
      "2;see file CN8553492;not given;1958-02-19\n");
  EXPECT_EQ(found, (std::vector<Found>{{"passport", "CN8553428"}, {"date-of-birth", "1958-02-19"}}));
}

TEST(Columns, ANameMayCarryALabelAfterASeparator) {
  // uid_aadhaar, customer.phone: the label starts after '_' or '.', as a
  // key in running text may; not inside a word (passportless).
  EXPECT_EQ(gdpr_engines().scan("id,uid_aadhaar,passportless\n1,3847 1926 5038,CN8553428\n"),
            (std::vector<Found>{{"in-aadhaar", "3847 1926 5038"}}));
}

TEST(Columns, PasswordColumnsMaskTheirCellsOnly) {
  EXPECT_EQ(default_engines().scan("user,password,role\nann,Tr0ub4dor&3x!,admin\nbob,$2y$10$abcdefghijklmnopqrstuv,user\n"),
            (std::vector<Found>{{"password", "Tr0ub4dor&3x!"}}));
}

TEST(Columns, SqlInsertsAreReadUnderTheirColumns) {
  // An INSERT's own column list; a mysqldump INSERT under its CREATE TABLE;
  // a pg_dump COPY.
  EXPECT_EQ(default_engines().scan("INSERT INTO people (id, name, ssn) VALUES (1, 'Ann', '524713098'), (2, 'Bob', NULL);\n"),
            (std::vector<Found>{{"us-ssn", "524713098"}}));
  EXPECT_EQ(gdpr_engines().scan("CREATE TABLE `customers` (\n  `id` bigint NOT NULL,\n  `birth_date` varchar(20),\n"
                                "  `created_at` datetime\n);\n"
                                "INSERT INTO `customers` VALUES (1,'1947-09-02','2022-01-21 10:26:00'),"
                                "(2,'1958-02-19','2021-03-24 10:31:00');\n"),
            (std::vector<Found>{{"date-of-birth", "1947-09-02"}, {"date-of-birth", "1958-02-19"}}));
  EXPECT_EQ(default_engines().scan("COPY public.people (id, ssn, note) FROM stdin;\n1\t524713098\tok\n2\t\\N\tx\n\\.\n"),
            (std::vector<Found>{{"us-ssn", "524713098"}}));
  // An INSERT without a column list under pg_dump's COPY header of its
  // table (which lists every column, in order)
  EXPECT_EQ(default_engines().scan("COPY public.people (id, name, ssn) FROM stdin;\n\\.\n"
                                   "INSERT INTO public.people VALUES (1, 'Ann', '524713098'), (2, 'Bob', NULL);\n"),
            (std::vector<Found>{{"us-ssn", "524713098"}}));
  // Without a CREATE TABLE of that name, a bare INSERT names nothing.
  EXPECT_EQ(default_engines().scan("CREATE TABLE other (ssn text);\nINSERT INTO people VALUES (1, '524713098');\n"),
            std::vector<Found>{});
}

// SQL Server Management Studio's scripts: INSERT without INTO, [bracketed]
// names, N'...' strings, dates as CAST(N'...' AS Date).
TEST(Columns, TSqlInsertsAreReadUnderTheirColumns) {
  EXPECT_EQ(gdpr_engines().scan("INSERT [dbo].[Employee] ([EmployeeID], [FirstName], [BirthDate], [HireDate]) VALUES "
                                "(100, N'Chlo\xC3\xA9', CAST(N'1949-01-18' AS Date), CAST(N'2024-05-01' AS Date))\nGO\n"),
            (std::vector<Found>{{"date-of-birth", "1949-01-18"}}));
  EXPECT_EQ(default_engines().scan("INSERT [dbo].[People] ([Id], [Ssn]) VALUES (1, N'524713098')\n"),
            (std::vector<Found>{{"us-ssn", "524713098"}}));
  // SET IDENTITY_INSERT [dbo].[T] ON is no INSERT with rows
  EXPECT_EQ(default_engines().scan("SET IDENTITY_INSERT [dbo].[People] ON\nGO\n"), std::vector<Found>{});
}

}  // namespace

// A prefilter must fire inside every match (the windowed scan then equals
// the full one, which Engines checks): es-dni's names the context's byte
// before the number or the buffer's start, so that it no longer fires on
// every ISO timestamp's milliseconds.
TEST(Prefilters, ASpanishDniIsFoundWhereverItStands) {
  EXPECT_EQ(gdpr_engines().scan("87654321X"), (std::vector<Found>{{"es-dni", "87654321X"}}));
  EXPECT_EQ(gdpr_engines().scan("a\n87654321-X b\n{\"dni\":\"87.654.321-X\"}\nnie=Y7654321G\n"),
            (std::vector<Found>{{"es-dni", "87654321-X"}, {"es-dni", "87.654.321-X"}, {"es-dni", "Y7654321G"}}));
  EXPECT_EQ(gdpr_engines().scan("2025-03-14T09:26:00.087654321X 2025-03-14T09:26:00.024Z\n"), std::vector<Found>{});
}

// ------------------------------------------------------------ a column of numbers without a header

namespace {

// Twelve-digit numbers that pass (valid) or fail the Aadhaar check, from
// eleven seeded digits.
std::string aadhaar(unsigned seed, bool valid) {
  std::string d = std::to_string(2000000000ull + seed * 7919ull % 7000000000ull) + "3";
  d.resize(11);
  const int check = national::verhoeff_check_digit(d);
  return d + static_cast<char>('0' + (valid ? check : (check + 1) % 10));
}

std::vector<Found> aadhaar_findings(const std::string& text) {
  std::vector<Found> out;
  for (const auto& f : gdpr_engines().scan(text))
    if (std::get<0>(f) == "in-aadhaar") out.push_back(f);
  return out;
}

TEST(ColumnConsensus, ThreeDifferentValidNumbersInOneColumnAreFound) {
  // A CKYC upload: record 30 holds the id, record 20 the person
  std::string ckyc = "10|IN7549|BR001|05-03-2025|V1.3|\n";
  std::vector<Found> want;
  for (unsigned i = 1; i <= 3; ++i) {
    ckyc += "20|" + std::to_string(i) + "|01|Mr|VENKATESH||RAO|\n30|" + std::to_string(i) + "|E|" + aadhaar(i, true) +
            "|||01|\n30|" + std::to_string(i) + "|C|RJRPP5740S|||01|\n";
    want.emplace_back("in-aadhaar", aadhaar(i, true));
  }
  EXPECT_EQ(aadhaar_findings(ckyc), want);
  // Fixed width: the same byte column on each line
  std::string apb = "33 624286022 DBT CELL KOLKATA   20250531 APBCR    H\n";
  for (unsigned i = 1; i <= 4; ++i)
    apb += "77 50264" + std::to_string(i) + "    " + aadhaar(i, true) + "    REKHA SHAH     0000000100000\n";
  EXPECT_EQ(aadhaar_findings(apb).size(), 4u);
}

TEST(ColumnConsensus, QuotedCellsAndTheValuesOfOneKey) {
  std::string csv = "\"1\",\"Ann\",\"" + aadhaar(1, true) + "\"\n\"2\",\"Bo\",\"" + aadhaar(2, true) + "\"\n\"3\",\"Cy\",\"" +
                    aadhaar(3, true) + "\"\n";
  EXPECT_EQ(aadhaar_findings(csv).size(), 3u) << csv;
  std::string ndjson;
  for (unsigned i = 1; i <= 3; ++i)
    ndjson += "{\"seq\": " + std::to_string(i) + ", \"ref\": \"" + aadhaar(i, true) + "\", \"ok\": true}\n";
  EXPECT_EQ(aadhaar_findings(ndjson).size(), 3u) << ndjson;
  std::string log;
  for (unsigned i = 1; i <= 3; ++i) log += "INFO seeded ref=" + aadhaar(i, true) + " scheme=PMKSN\n";
  EXPECT_EQ(aadhaar_findings(log).size(), 3u) << log;
  // one key each
  EXPECT_EQ(aadhaar_findings("{\"a\": \"" + aadhaar(1, true) + "\", \"b\": \"" + aadhaar(2, true) + "\", \"c\": \"" +
                             aadhaar(3, true) + "\"}\n"),
            std::vector<Found>{});
}

TEST(ColumnConsensus, FewOrRepeatedOrMostlyFailingNumbersAreNot) {
  auto rows = [](std::vector<std::string> cells) {
    std::string t;
    for (std::size_t i = 0; i < cells.size(); ++i) t += std::to_string(i) + "|x|" + cells[i] + "|y\n";
    return t;
  };
  // two pass: one in ten does by chance
  EXPECT_EQ(aadhaar_findings(rows({aadhaar(1, true), aadhaar(2, true)})), std::vector<Found>{});
  // one number three times is one check
  EXPECT_EQ(aadhaar_findings(rows({aadhaar(1, true), aadhaar(1, true), aadhaar(1, true)})), std::vector<Found>{});
  // an account number column: three of ten pass
  std::vector<std::string> accounts;
  for (unsigned i = 0; i < 10; ++i) accounts.push_back(aadhaar(i + 10, i < 3));
  EXPECT_EQ(aadhaar_findings(rows(accounts)), std::vector<Found>{});
  // in different columns
  EXPECT_EQ(aadhaar_findings("1|" + aadhaar(1, true) + "|a\n2|a|" + aadhaar(2, true) + "\n3|a|b|" + aadhaar(3, true) + "\n"),
            std::vector<Found>{});
  // not a whole cell: followed by more than its delimiter
  EXPECT_EQ(aadhaar_findings(rows({aadhaar(1, true) + "-1", aadhaar(2, true) + "-1", aadhaar(3, true) + "-1"})),
            std::vector<Found>{});
  // at most one failing for every five passing
  EXPECT_EQ(aadhaar_findings(rows({aadhaar(1, true), aadhaar(2, true), aadhaar(3, true), aadhaar(4, true),
                                   aadhaar(5, false)}))
                .size(),
            0u);
  EXPECT_EQ(aadhaar_findings(rows({aadhaar(1, true), aadhaar(2, true), aadhaar(3, true), aadhaar(4, true),
                                   aadhaar(5, true), aadhaar(6, false)}))
                .size(),
            5u);
}

}  // namespace

// ------------------------------------------------------------ a value found, again nearby

namespace {

TEST(RepeatedValues, AValueFoundIsFoundWhereItStandsAgainNearby) {
  // An Asterisk CDR: the caller ID names the number, the source column does not
  EXPECT_EQ(default_engines().scan("\"inbound\",\"918200039716\",\"271\",\"from-trunk\",\"\"\"Dmitri Sato\"\" <918200039716>\","
                                   "\"PJSIP/trunk-0edc0590\"\n"),
            (std::vector<Found>{{"phone", "918200039716"}, {"phone", "918200039716"}}));
  // a password given twice
  EXPECT_EQ(default_engines().scan("password: Zq8!rT2vLm#9x\n(again: Zq8!rT2vLm#9x, case matters)\n"),
            (std::vector<Found>{{"password", "Zq8!rT2vLm#9x"}, {"password", "Zq8!rT2vLm#9x"}}));
}

TEST(RepeatedValues, NotInsideALongerNumberNorFarAwayNorShortValues) {
  EXPECT_EQ(default_engines().scan("phone: 4156529603\nid 94156529603 and 4156529603-7\n"),
            (std::vector<Found>{{"phone", "4156529603"}}));
  EXPECT_EQ(default_engines().scan("phone: 4156529603\n" + std::string(2000, 'x') + "\nref 4156529603\n"),
            (std::vector<Found>{{"phone", "4156529603"}}));
  // seven bytes and less: a word, a short code
  EXPECT_EQ(default_engines().scan("password: Zq8!rT2\nZq8!rT2\n"), (std::vector<Found>{{"password", "Zq8!rT2"}}));
}

TEST(RepeatedValues, AChangeRecordsNewValueIsOfTheOldOnesKind) {
  // an audit log's old= and new=, and an arrow
  EXPECT_EQ(gdpr_engines().scan("msg=\"field updated\" field=birth_date old=1980-02-22 new=1990-07-05 actor=a.rossi\n"),
            (std::vector<Found>{{"date-of-birth", "1980-02-22"}, {"date-of-birth", "1990-07-05"}}));
  EXPECT_EQ(gdpr_engines().scan("dob: \"12/03/1984\" -> \"13/03/1984\"\n"),
            (std::vector<Found>{{"date-of-birth", "12/03/1984"}, {"date-of-birth", "13/03/1984"}}));
  // new= without old=, a new value its rule does not take, an old value
  // nothing found
  EXPECT_EQ(gdpr_engines().scan("dob: 1980-02-22 new=1990-07-05\n"), (std::vector<Found>{{"date-of-birth", "1980-02-22"}}));
  EXPECT_EQ(gdpr_engines().scan("dob: 1980-02-22 -> unknown\n"), (std::vector<Found>{{"date-of-birth", "1980-02-22"}}));
  EXPECT_EQ(gdpr_engines().scan("version old=1980-02-22 new=1990-07-05\n"), std::vector<Found>{});
}

}  // namespace

// A column of ids that names no person (a queue's, a listing's, a
// journal's) hides the personnummer-shaped dates and serials in it; the
// columns that name one are read; a typed number's column (id_value
// beside id_type) and a patient's or a pupil's id are not hidden.
TEST(Columns, AnIdColumnHidesPersonnummerShapedIds) {
  EXPECT_EQ(gdpr_engines().scan("k\xC3\xB6_id\tpersonnummer\tnamn\tintresse_id\n"
                                "202302043480\t19470504-1194\tAxel Blom\t2410307256\n"),
            (std::vector<Found>{{"se-personnummer", "19470504-1194"}}));
  EXPECT_EQ(gdpr_engines().scan("elev_pnr,namn,klass,journal_id\n20130916-8019,Gustav Svensson,5A,201503306332\n"),
            (std::vector<Found>{{"se-personnummer", "20130916-8019"}}));
  EXPECT_EQ(gdpr_engines().scan("patient_id,namn\n201503306332,Gustav Svensson\n"),
            (std::vector<Found>{{"se-personnummer", "201503306332"}}));
  // prose: an insurer's policy and claim numbers, aligned; a reference
  EXPECT_EQ(gdpr_engines().scan("  Policy number:           20210504-7175\n  Claim reference:         260816-7900\n"
                                "Dr\xC3\xB6jsm\xC3\xA5lsr\xC3\xA4nta enligt r\xC3\xA4ntelagen. Referens: 20260424-2848\n"
                                "Placerings\xC3\xA4rende 251010-8711 v\xC3\xA4ntar p\xC3\xA5 beslut.\n"),
            std::vector<Found>{});
}

// A column whose own name names an id or a contract hides phone-shaped
// numbers and other countries' national ids too (a golf club's GolfID
// 070819-026, a school's Praoavtal 251201-0931, Finnish-shaped); a
// column only beside a personnummer's, or a typed number's, does not,
// nor does a phone's (German Rufnummer).
TEST(Columns, AnIdColumnByItsNameHidesPhoneAndNationalIdShapes) {
  EXPECT_EQ(gdpr_engines().scan("GolfID;Medlemsnr;Namn;Personnummer\n070819-026;20201015-6616;Maria Strand;20070819-2661\n"),
            (std::vector<Found>{{"se-personnummer", "20070819-2661"}}));
  EXPECT_EQ(gdpr_engines().scan("Klass;Elev;Personnummer;Praoavtal\n8A;Wilma Olsson;20110525-6240;251201-0931\n"),
            (std::vector<Found>{{"se-personnummer", "20110525-6240"}}));
  EXPECT_EQ(gdpr_engines().scan("member_no,ssno,unit,contact_mobile_dad\n3840916,20151107-7735,Sp\xC3\xA5rare,076-457 80 31\n"),
            (std::vector<Found>{{"se-personnummer", "20151107-7735"}, {"phone", "076-457 80 31"}}));
  EXPECT_EQ(gdpr_engines().scan("Typ;Datum;Name;Rufnummer\n1;12.01.26 11:21;;+43 664 3442769\n"),
            (std::vector<Found>{{"phone", "+43 664 3442769"}}));
}

// A sentence that holds one comma is no header: the lines under it with
// one comma each (an e-mail's "Date: Mon, 30 Nov ...") are no rows.
TEST(Columns, ASentenceWithACommaIsNoHeader) {
  EXPECT_EQ(gdpr_engines().scan("Goedemorgen,\n\n"
                                "en de pincode voor het kluisje blijft 4711 (geen wachtwoord, staat gewoon in het handboek).\n"
                                "Met vriendelijke groet,\nDate: Mon, 30 Nov 2026 16:45:19 +0100\n"),
            std::vector<Found>{});
}

// A Dutch export's id_soort names its row's id_nummer ("paspoort");
// a German form's "Reisepass   Nr.:" with a form's alignment
TEST(Columns, DutchTypeAndNumberColumnsAndAlignedPassportLabels) {
  EXPECT_EQ(gdpr_engines().scan("personeelsnummer;achternaam;nationaliteit;id_soort;id_nummer;id_geldig_tot\n"
                                "269093275;Bos;NL;paspoort;NZJE6M840;27-10-2035\n"),
            (std::vector<Found>{{"passport", "NZJE6M840"}}));
  EXPECT_EQ(gdpr_engines().scan("Ausweisdokument: Reisepass   Nr.: CC8H3KWVT   g\xC3\xBCltig bis: 02.08.2031\n"),
            (std::vector<Found>{{"passport", "CC8H3KWVT"}}));
}

// A column's name with a short qualifier after it ("Mobil VH1") names
// what the name alone names; Swedish compounds (Mobiltelefon); a
// national number without separators under its label
TEST(Columns, ANameWithAQualifierAndCompactNationalPhones) {
  EXPECT_EQ(gdpr_engines().scan("Barn;Mobil VH1;Mobil VH2\nA;0734162361;0797540340\n"),
            (std::vector<Found>{{"phone", "0734162361"}, {"phone", "0797540340"}}));
  EXPECT_EQ(gdpr_engines().scan("\"Lag\",\"Mobiltelefon\"\n\"P14\",\"0702436124\"\n"),
            (std::vector<Found>{{"phone", "0702436124"}}));
  EXPECT_EQ(gdpr_engines().scan("Nombre;Tel\u00e9fono\nAna;686 28 65 76\n"), (std::vector<Found>{{"phone", "686 28 65 76"}}));
  // a qualifier of four letters or more is a word of its own
  EXPECT_EQ(gdpr_engines().scan("id;Phone type\n1;2126 4481 90\n"), std::vector<Found>{});
}

// A table that names its personnummer column: a date and a serial in a
// column that names no person is that column's own number (a receipt's,
// a travel card's); the personnummer column's are found.
TEST(Columns, APersonnummerColumnMakesOtherColumnsNumbersTheirOwn) {
  EXPECT_EQ(gdpr_engines().scan("Pluton;Namn;Personnummer;Utrustningskvitto\n"
                                "Stab;Anders Pettersson;980404-3280;20200901-5807\n"),
            (std::vector<Found>{{"se-personnummer", "980404-3280"}}));
  EXPECT_EQ(gdpr_engines().scan("Elev;Personnummer;Klass;Resekort\nHugo Lundgren;201712043338;4B;202506080585\n"),
            (std::vector<Found>{{"se-personnummer", "201712043338"}}));
}

// IMO FAL 5's crew list: four lines of preamble, a ',' inside a name of a
// ';'-separated header, the document's nature and number side by side
// after a row counter "No.".
TEST(Columns, AnImoCrewList) {
  EXPECT_EQ(gdpr_engines().scan("IMO FAL FORM 5 - CREW LIST\n1.1 Name of ship: MV NORDVIK STAR\n"
                                "2. Port of arrival: Goteborg (SEGOT)\n5. Port arrived from: Gdansk (PLGDN)\n"
                                "No.;Family name, given names;Rank or rating;Nationality;Date of birth;Place of birth;"
                                "Nature of identity document;Number of identity document;Expiry date\n"
                                "1;GUSTAFSSON, Viktor;Master;NO;12.04.1970;Bergen;Passport;60810190;25.02.2027\n"),
            (std::vector<Found>{{"date-of-birth", "12.04.1970"}, {"passport", "60810190"}}));
}

// A sentence in a record names no kind of its "number": a ticket's
// description that mentions a password leaves the ticket's number alone.
TEST(TypedValues, ASentenceIsNoKindsName) {
  using privguard::core::typed_value;
  using privguard::core::TypedValue;
  const std::string d =
      "{\"number\": \"INC0083455\", \"short_description\": \"R\xC3\xA9initialisation du mot de passe -- compte SAP\"}";
  TypedValue tv;
  ASSERT_TRUE(typed_value(d, d.find("INC0"), tv));
  EXPECT_EQ(tv.count, 0u);
  EXPECT_TRUE(default_engines().scan(d + "\n").empty());
}

// A Croatian crew list: "Datum rođ." and "Br. putovnice" columns, dates
// written with a final dot.
TEST(Columns, ACroatianCrewList) {
  EXPECT_EQ(gdpr_engines().scan("Ime i prezime    | Datum ro\xC4\x91.  | Br. putovnice | Vrijedi do\n"
                                "Tobias Hartmann  | 13.03.1959. | FF9NF1VGW     | 17.01.2031.\n"),
            (std::vector<Found>{{"date-of-birth", "13.03.1959"}, {"passport", "FF9NF1VGW"}}));
}

// A fixed-width table whose wide values run over its last column's start
// ("Allmän (4 § 11 FRL) 20250410-3363" under "Förmånsrätt    Bevakningsnr"):
// the last column is still a column, its cell the number after the word
// the value ran into, an order's number; the personnummer column's stay.
TEST(Columns, AFixedWidthTablesWideValueRunningIntoTheLastColumn) {
  const std::string table =
      "Nr   Borgen\xC3\xA4r                                  Identitet          Belopp (kr)   "
      "F\xC3\xB6rm\xC3\xA5nsr\xC3\xA4tt    Bevakningsnr\n"
      "1    Yasmin \xC3\x85" "berg (semesterl\xC3\xB6n)                840930-7348              72 914   "
      "Allm\xC3\xA4n (4 \xC2\xA7 11 FRL) 20250410-3363\n"
      "2    Maja Eriksson (kund, f\xC3\xB6rskott)            840510-6959             418 243   Ingen          "
      "20251224-2047\n";
  EXPECT_EQ(gdpr_engines().scan(table),
            (std::vector<Found>{{"se-personnummer", "840930-7348"}, {"se-personnummer", "840510-6959"}}));
}
