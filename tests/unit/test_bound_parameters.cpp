// Values bound to SQL placeholders (bound_parameters.h): each log form's
// list, the column each value's placeholder stands for, what has none,
// and that the plain-code search finds the lists the trigger pass's
// expression does.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "bound_parameters.h"
#include "columns.h"
#include "expression_ends.h"
#include "privguard/engine.h"
#include "privguard/policy.h"

using namespace privguard::core;

namespace {

// "column=value" for each value of each list in the text, in order (as
// the engine reads them: each end the plain-code search reports).
std::vector<std::string> bound(std::string_view d) {
  TableScan t;
  find_table_statements(d, t);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < t.bound_lists; ++i) {
    BoundValue v[kMaxBoundValues];
    const std::size_t n = bound_values(d, t.bound_list_ends[i], v, kMaxBoundValues);
    for (std::size_t k = 0; k < n; ++k)
      out.push_back(std::string(d.substr(v[k].name_from, v[k].name_to - v[k].name_from)) + "=" +
                    std::string(d.substr(v[k].value_from, v[k].value_to - v[k].value_from)));
  }
  return out;
}
using V = std::vector<std::string>;

TEST(BoundParameters, PostgresLogsNameEachValueByItsPlaceholder) {
  EXPECT_EQ(bound("2026-03-01 10:00:01 UTC [411] app@crm LOG:  execute <unnamed>: UPDATE members SET bsn = $1, "
                  "birth_date = $2 WHERE id = $3\n"
                  "2026-03-01 10:00:01 UTC [411] app@crm DETAIL:  parameters: $1 = '12345672', $2 = '1984-03-17', "
                  "$3 = '2796'\n"),
            (V{"bsn=12345672", "birth_date=1984-03-17", "id=2796"}));
  // an INSERT's columns by place, quoted names, '' in a value, NULL, a
  // statement over several lines
  EXPECT_EQ(bound("LOG:  execute S_1: INSERT INTO \"public\".\"patients\" (\"name\", \"dob\", note)\n"
                  "\tVALUES ($1, $2, lower($3)) RETURNING id\n"
                  "DETAIL:  parameters: $1 = 'O''Brien', $2 = '1990-01-02', $3 = NULL\n"),
            (V{"name=O''Brien", "dob=1990-01-02", "note=NULL"}));
  // the numbers, not the order, name the values
  EXPECT_EQ(bound("LOG:  execute <unnamed>: SELECT * FROM t WHERE ssn = $2 AND email ILIKE $1\n"
                  "DETAIL:  parameters: $1 = 'a@b.example', $2 = '078051120'\n"),
            (V{"email=a@b.example", "ssn=078051120"}));
  // no statement before it: nothing is named
  EXPECT_EQ(bound("DETAIL:  parameters: $1 = '078051120'\n"), V{});
  // an earlier statement's list stands between: not this one's
  EXPECT_EQ(bound("LOG:  execute a: SELECT 1 FROM t WHERE ssn = $1\nDETAIL:  parameters: $1 = 'x'\n"
                  "LOG:  duration: 1 ms\nDETAIL:  parameters: $1 = 'y'\n"),
            (V{"ssn=x"}));
}

TEST(BoundParameters, OrmLogs) {
  // Hibernate, one binding a line, under a formatted statement
  EXPECT_EQ(bound("DEBUG org.hibernate.SQL - \n    insert \n    into\n        person\n        (date_of_birth, email, id) \n"
                  "    values\n        (?, ?, ?)\n"
                  "TRACE o.h.t.d.s.BasicBinder - binding parameter [1] as [DATE] - [1979-11-02]\n"
                  "TRACE o.h.t.d.s.BasicBinder - binding parameter [2] as [VARCHAR] - [kim.lee@web.example]\n"
                  "TRACE o.h.t.d.s.BasicBinder - binding parameter [3] as [BIGINT] - [42]\n"),
            (V{"date_of_birth=1979-11-02", "email=kim.lee@web.example", "id=42"}));
  // Hibernate 6
  EXPECT_EQ(bound("org.hibernate.SQL : select c1_0.id from customer c1_0 where c1_0.passport_no=?\n"
                  "org.hibernate.orm.jdbc.bind : binding parameter (1:VARCHAR) <- [X1234567]\n"),
            (V{"passport_no=X1234567"}));
  // MyBatis: a value's text may hold ", " and parentheses
  EXPECT_EQ(bound("==>  Preparing: INSERT INTO customer (name, geburtsdatum, steuer_id) VALUES (?, ?, ?)\n"
                  "==> Parameters: Meier, Hans (Dr.)(String), 1962-07-21(LocalDate), null\n"),
            (V{"name=Meier, Hans (Dr.)", "geburtsdatum=1962-07-21"}));
  // SQLAlchemy: a tuple, a dict by its placeholders' names, a dict key no
  // placeholder names, executemany
  EXPECT_EQ(bound("INFO sqlalchemy.engine.Engine SELECT users.id FROM users WHERE users.phone = ? AND users.dob = ?\n"
                  "INFO sqlalchemy.engine.Engine [generated in 0.00015s] ('+46701234567', '1971-12-30')\n"),
            (V{"phone=+46701234567", "dob=1971-12-30"}));
  EXPECT_EQ(bound("INFO sqlalchemy.engine.Engine UPDATE users SET dob=%(dob_1)s WHERE users.id = %(id_1)s\n"
                  "INFO sqlalchemy.engine.Engine [cached since 2.1s ago] {'dob_1': '1971-12-30', 'id_1': 5, "
                  "'personnummer': '197112309877'}\n"),
            (V{"dob=1971-12-30", "id=5", "personnummer=197112309877"}));
  EXPECT_EQ(bound("INSERT INTO kunder (telefon, epost) VALUES (?, ?)\n"
                  "[generated in 0.0002s] [('0701234567', 'a@b.example'), ('0707654321', 'c@d.example')]\n"),
            (V{"telefon=0701234567", "epost=a@b.example", "telefon=0707654321", "epost=c@d.example"}));
  // Prisma's query event (LIMIT's value compares with no column)
  EXPECT_EQ(bound("Query: SELECT \"public\".\"User\".\"id\" FROM \"public\".\"User\" WHERE \"public\".\"User\".\"iban\" = $1 "
                  "LIMIT $2 OFFSET $3\nParams: [\"DE89370400440532013000\",1,0]\n"),
            (V{"iban=DE89370400440532013000"}));
  // EF Core: the statement after the list; a date bound at midnight is the date
  EXPECT_EQ(bound("info: Microsoft.EntityFrameworkCore.Database.Command[20101]\n"
                  "      Executed DbCommand (3ms) [Parameters=[@p0='1955-06-01T00:00:00.0000000' (DbType = DateTime2), "
                  "@p1='AB1234567' (Size = 4000), @p2=NULL], CommandType='Text', CommandTimeout='30']\n"
                  "      SET NOCOUNT ON;\n"
                  "      INSERT INTO [Travellers] ([DateOfBirth], [PassportNumber], [Note]) OUTPUT INSERTED.[Id] "
                  "VALUES (@p0, @p1, @p2);\n\n"
                  "info: next\n"),
            (V{"DateOfBirth=1955-06-01", "PassportNumber=AB1234567", "Note=NULL"}));
  // a named parameter no statement maps: its own name, unless generated
  EXPECT_EQ(bound("Executed DbCommand (1ms) [Parameters=[@__email_0='a@b.example' (Size = 256), @p3='x'], "
                  "CommandType='Text']\n"),
            (V{"__email_0=a@b.example"}));
  // Rails: the list names its values
  EXPECT_EQ(bound("  User Create (0.4ms)  INSERT INTO \"users\" (\"email\", \"dob\") VALUES ($1, $2) RETURNING \"id\"  "
                  "[[\"email\", \"ola@nordmann.example\"], [\"dob\", \"1988-02-29\"]]\n"),
            (V{"email=ola@nordmann.example", "dob=1988-02-29"}));
}

TEST(BoundParameters, ServerAuditAndErrorLogs) {
  // pgaudit: the statement is a CSV field, each parameter one after it
  EXPECT_EQ(bound("LOG:  AUDIT: SESSION,4,1,WRITE,INSERT,TABLE,public.staff,\"INSERT INTO staff (no, nino, dob) "
                  "VALUES ($1,$2,$3)\",17,\"QQ 12 34 56 C\",1985-04-02\n"),
            (V{"no=17", "nino=QQ 12 34 56 C", "dob=1985-04-02"}));
  // a failing row holds every column, named by the INSERT on its
  // STATEMENT line when it lists as many
  EXPECT_EQ(bound("ERROR:  null value in column \"consent\" violates not-null constraint\n"
                  "DETAIL:  Failing row contains (7, Ana, 600123456, 1970-01-31, null).\n"
                  "STATEMENT:  INSERT INTO p (id, name, phone, born, consent) VALUES ($1, $2, $3, $4, $5)\n"),
            (V{"id=7", "name=Ana", "phone=600123456", "born=1970-01-31", "consent=null"}));
  EXPECT_EQ(bound("DETAIL:  Failing row contains (7, Ana).\nSTATEMENT:  INSERT INTO p (name) VALUES ($1)\n"), V{});
  // a unique key's detail names its columns
  EXPECT_EQ(bound("DETAIL:  Key (passport_no, country)=(X1234567, SE) already exists.\n"
                  "DETAIL:  Key (lower(email::text))=(a@b.example) already exists.\n"),
            (V{"passport_no=X1234567", "country=SE", "email=a@b.example"}));
  // T-SQL's DECLARE names its value
  EXPECT_EQ(bound("DECLARE @BirthDate date = '1963-07-01';\nDECLARE @Email nvarchar(4000) = N'a@b.example';\n"),
            (V{"BirthDate=1963-07-01", "Email=a@b.example"}));
}

TEST(BoundParameters, MoreOrmLogs) {
  // Django: the INSERT's columns by place, its values inline
  EXPECT_EQ(bound("(0.003) INSERT INTO \"p\" (\"name\", \"dob\") VALUES ('Ana', '1970-01-31'::date) RETURNING "
                  "\"p\".\"id\"; args=('Ana', datetime.date(1970, 1, 31)); alias=default\n"),
            (V{"name=Ana", "dob=datetime.date(1970, 1, 31)"}));
  // Doctrine: 1-based keys, a list's 0-based ones
  EXPECT_EQ(bound("Executing statement: INSERT INTO m (email, dob) VALUES (?, ?) (parameters: array{\"1\":\"a@b.example\","
                  "\"2\":\"1970-01-31\"}, types: array{\"1\":2,\"2\":2})\n"),
            (V{"email=a@b.example", "dob=1970-01-31"}));
  EXPECT_EQ(bound("{\"sql\": \"SELECT id FROM m WHERE ssn = ?\", \"params\": {\"0\": \"078051120\"}}\n"),
            (V{"ssn=078051120"}));
  // knex, an error's parameters over lines, sqldblogger's args
  EXPECT_EQ(bound("  knex:query insert into \"g\" (\"passport_number\", \"dob\") values (?, ?) trx2 +0ms\n"
                  "  knex:bindings [ 'C01X00T47', '1994-02-25' ] trx2 +1ms\n"),
            (V{"passport_number=C01X00T47", "dob=1994-02-25"}));
  EXPECT_EQ(bound("    sql: 'INSERT INTO \"Payees\" (\"id\",\"iban\") VALUES (DEFAULT,$1);',\n    parameters: [\n"
                  "      'DE89370400440532013000'\n    ]\n"),
            (V{"iban=DE89370400440532013000"}));
  EXPECT_EQ(bound("{\"query\": \"UPDATE u SET reset_token = $2 WHERE id = $1\", \"args\": [8, \"x-y\"]}\n"),
            (V{"id=8", "reset_token=x-y"}));
  // Sequelize's logged parameters after the statement
  EXPECT_EQ(bound("Executing (default): INSERT INTO \"C\" (\"id\",\"phone\") VALUES (DEFAULT,$1) RETURNING \"id\"; "
                  "\"+32 470 12 34 56\"\n"),
            (V{"phone=+32 470 12 34 56"}));
  // Ecto: the list after the statement on the line under QUERY OK
  EXPECT_EQ(bound("[debug] QUERY OK source=\"users\" db=2.1ms\n"
                  "INSERT INTO \"users\" (\"email\",\"dob\") VALUES ($1,$2) RETURNING \"id\" [\"a@b.example\", "
                  "~D[1975-12-26]]\n"),
            (V{"email=a@b.example", "dob=1975-12-26"}));
  // datasource-proxy: unquoted, read only when the count matches
  EXPECT_EQ(bound("Query:[\"insert into u (name, email) values (?, ?)\"], Params:[(ana,a@b.example)]\n"),
            (V{"name=ana", "email=a@b.example"}));
  EXPECT_EQ(bound("Query:[\"insert into u (name, email) values (?, ?)\"], Params:[(ana,b,a@b.example)]\n"), V{});
}

TEST(BoundParameters, TimesThatAreNotMidnightStay) {
  EXPECT_EQ(bound("==>  Preparing: UPDATE t SET born = ? WHERE id = ?\n"
                  "==> Parameters: 1955-06-01 12:30:00.0(Timestamp), 7(Long)\n"),
            (V{"born=1955-06-01 12:30:00.0", "id=7"}));
}

// A log of many statements: every list is read, not the first few (the
// lists' ends live in the scan's scratch, kMaxBoundLists of them).
TEST(BoundParameters, ALongLogIsReadToItsEnd) {
  const auto engine = Engine::build(load_policy_file(PRIVGUARD_SOURCE_DIR "/policies/gdpr.toml"));
  auto scratch = engine->make_scratch(1 << 16);
  std::string log;
  for (int i = 0; i < 300; ++i)
    log += "LOG:  execute <unnamed>: UPDATE p SET date_of_birth = $1 WHERE id = $2\n"
           "DETAIL:  parameters: $1 = '19" + std::to_string(40 + i % 60) + "-0" + std::to_string(1 + i % 9) +
           "-1" + std::to_string(i % 10) + "', $2 = '" + std::to_string(i) + "'\n";
  const auto result = engine->scan(log, Sink{}, *scratch);
  std::size_t births = 0;
  for (const auto& m : result.matches) births += engine->policy().rules[m.rule].id == "date-of-birth";
  EXPECT_EQ(births, 300u);
  EXPECT_FALSE(result.incomplete);
}

TEST(BoundParameters, PlainCodeSearchFindsWhatTheExpressionDoes) {
  const std::string text =
      "DETAIL:  parameters: $1 = 'a' binding parameter [1] binding parameter (2:X) binding parameter 3 "
      "==> Parameters: a(String) ==>    Parameters: b ==>     Parameters: c [generated in 0.1s] [cached since 2s ago] "
      "[Parameters=[@p0='x'] Params: [1] [[\"a\", 1]] [[a]] parameters: 1 Parameters=[ params: [ "
      "Query Parameters: $1 knex:bindings [ parameters: [ parameters: array{ \"params\": { \"params\":{ QUERY OK "
      "QUERY ERROR Executing ( ; args=( AUDIT: SESSION, AUDIT: OBJECT, Failing row contains ( DETAIL:  Key ( "
      "DETAIL: Key ( Detail:  Key ( Detail: Key ( DECLARE @ Params:[( \"args\": [ \"args\":[ DETAIL:   Key (";
  std::set<std::uint64_t> plain;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (const std::size_t end = bound_list_at(text, i)) plain.insert(end);
  EXPECT_EQ(plain, expression_ends(bound_parameter_expression(), text));
  EXPECT_EQ(plain.size(), 31u);
}

}  // namespace
