// Lists of users and their passwords (user_lists.h): openers, the list's
// lines, and that the plain-code search finds what the trigger pass does.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "columns.h"
#include "privguard/engine.h"
#include "user_lists.h"

using namespace privguard::core;

namespace {

std::vector<std::string> passwords(std::string_view d) {
  std::vector<std::string> out;
  std::uint64_t end = 0;
  find_user_lists(d, [&](std::uint64_t from) {
    if (from < end) return;  // the same list (as the engine reads them)
    TextSpan v[kMaxUserListValues];
    const std::size_t n = user_list_values(d, from, v, end);
    for (std::size_t i = 0; i < n; ++i) out.emplace_back(d.substr(v[i].from, v[i].to - v[i].from));
  });
  return out;
}

using Values = std::vector<std::string>;

TEST(UserLists, CouchDbAdminsAndSvnUsersSections) {
  EXPECT_EQ(passwords("[couchdb]\nuuid = 4828cb79\n\n[admins]\n; hashed on first start\n"
                      "admin = -pbkdf2:sha256-72d886a0,3f736ad9,600000\nreplicator = IkTcq4OoWB8V2KP\r\n"
                      "backup = Glacier_glacier_Velvet_680#\n\n[replicator]\npassword_hint = x\n"),
            (Values{"IkTcq4OoWB8V2KP", "Glacier_glacier_Velvet_680#"}));
  EXPECT_EQ(passwords("[general]\nanon-access = none\n[users]\nharry = Harry5ecret!\nsally = sallyssecret\n"),
            Values{"Harry5ecret!"});
  // settings in a section of that name: words, flags, paths, prose
  EXPECT_EQ(passwords("[users]\nallow_sign_up = false\nauto_assign_org_role = Viewer\nlogin_hint = email or username\n"
                      "home_page = /d/abc123/home\nviewers_can_edit = true\n"),
            Values{});
  // a section header only alone on its line
  EXPECT_EQ(passwords("see [admins] below\nadmin = Harry5ecret!\n"), Values{});
}

TEST(UserLists, PropertiesFilesNamedOrDescribedInAComment) {
  EXPECT_EQ(passwords("## ActiveMQ Artemis 2.x - artemis-users.properties\n"
                      "## user = password (plain) or ENC(<hash>)\n"
                      "admin = ENC(1024:10E0F5AD99D8C1A2B83F:EA743A6B926D72A7)\n"
                      "order-service = 7bLJ5J7Alsr\ninvoice-consumer = K_Ok4P8n-3g-ca.L\n"),
            (Values{"7bLJ5J7Alsr", "K_Ok4P8n-3g-ca.L"}));
  // Jetty's realm.properties: the roles after the first ','
  EXPECT_EQ(passwords("#\n# The format is\n#  <username>: <password>[,<rolename> ...]\n#\n"
                      "admin: OBF:ihhpoeldt0v73hu5wncaoc9y8jey,user\nmkowalski: O3q]y-96TLtKEhWmYm*UINn,admin,user\n"
                      "batch-runner: MD5:0c2ab8e1d4,user\nsre-3: wACZ3gXl~9m{94xtfu&<VeGax4e,readonly\n"),
            (Values{"O3q]y-96TLtKEhWmYm*UINn", "wACZ3gXl~9m{94xtfu&<VeGax4e"}));
  // the list ends at a line of another shape
  EXPECT_EQ(passwords("# users.properties\nbilling = tK#1N&h|8NKn=J@eZj|LZm=\nthis is prose now\nx = y\n"),
            Values{"tK#1N&h|8NKn=J@eZj|LZm="});
}

// exim's passwd.client: its comment shows host:login:password; the value
// is what follows a line's second ':'.
TEST(UserLists, HostLoginPasswordLinesUnderTheirFormat) {
  EXPECT_EQ(passwords("# password file used when the local exim is authenticating to a remote\n# Example:\n"
                      "### target.mail.server.example:login:password\n"
                      "*.google.com:andrewtay_94@gmail.com:Arsenal2009-p\nmail.smtp2go.com:relay-nas:canyon_birch_nimbus_64\n"
                      "smtp.example.net:user:plain\n"),
            (Values{"Arsenal2009-p", "canyon_birch_nimbus_64"}));
}

// dma's auth.conf under its format: user|smarthost:password.
TEST(UserLists, UserPipeHostPasswordLinesUnderTheirFormat) {
  EXPECT_EQ(passwords("# SMTP authentication entries (currently AUTH LOGIN only)\n"
                      "# Format: user|my.smarthost.example.com:password\n#\n# no IP addresses.\n\n"
                      "relay-cron|smtp.gmail.com:Q0Hw517xeRFU-yJ\nnoreply.lager|mail.lagerhuset.se:FXesKUsi.*N5\n"
                      "plain|smtp.example.net:plain\n"),
            (Values{"Q0Hw517xeRFU-yJ", "FXesKUsi.*N5"}));
}

// rsync's secrets file named in a comment, stunnel's PSK file and
// OpenSMTPD's credentials table under their formats.
TEST(UserLists, RsyncSecretsStunnelPsksAndOpenSmtpdTables) {
  EXPECT_EQ(passwords("# /etc/rsyncd.secrets  (chmod 600)\npull:JRTao2ow3kbh0VBALI\npush:LOnm!!Lc1NEgO@*{N\n\n"
                      "# client side\n$ RSYNC_PASSWORD=x rsync -av pull@nas::backup /srv\n"),
            (Values{"JRTao2ow3kbh0VBALI", "LOnm!!Lc1NEgO@*{N"}));
  EXPECT_EQ(passwords("# identity:key  (key must be at least 16 characters)\nkassa-01:VMDDWXqy92Ra2yHcE6aYvFtr7H1KZBD5\n"
                      "lager-scanner:GzlbU07Z5AnIDsUlFK7aX0qy\n"),
            (Values{"VMDDWXqy92Ra2yHcE6aYvFtr7H1KZBD5", "GzlbU07Z5AnIDsUlFK7aX0qy"}));
  EXPECT_EQ(passwords("# table secrets file:/etc/mail/secrets\n# label   username:password\n"
                      "bahnhof   elsa46@bredband2.com:Leuchtturm.Tannenzapfen.3728\nkontoret  utskick:NN2V2Q6sMqlHQRze\n"),
            (Values{"Leuchtturm.Tannenzapfen.3728", "NN2V2Q6sMqlHQRze"}));
  // a file's name that only ends in "secrets" (app-secrets), or a word
  EXPECT_EQ(passwords("# app-secrets (chmod 600)\npull:JRTao2ow3kbh0VBALI\n"), Values{});
  EXPECT_EQ(passwords("# see docs/the.secretsmanager notes\npull:JRTao2ow3kbh0VBALI\n"), Values{});
}

// A header of columns split by ':' (header_table.h): each row split the
// same way into as many fields gives its password's.
TEST(UserLists, ColumnsSplitByColons) {
  EXPECT_EQ(passwords("# hostname:port:database:username:password\n10.1.100.23:5432:payments:deploy:Zq8rT4wLm2x\n"),
            Values{"Zq8rT4wLm2x"});
  EXPECT_EQ(passwords("# name:model:username:password:enable\nsw-lag01.fn.lan:ios:netbackup:m^yl~n0KxTZ6=%:Segu-9\n"
                      "rb-hallen.fn.lan:routeros:::\nex-dc1.fn.lan:junos:netconf:tqPqwNUKLHhepKbREX8kFPw8:\n"
                      "# a comment\nap-ctrl.fn.lan:aireos:netbackup:*T1@TgWFhd1W_V*:tubu!gine!Hana78\n"
                      "a:b:c:d\nx.lan:ios:u:NotRead9:e\n"),
            (Values{"m^yl~n0KxTZ6=%", "tqPqwNUKLHhepKbREX8kFPw8", "*T1@TgWFhd1W_V*"}));
  // a password holding ':' splits into more fields: no row
  EXPECT_EQ(passwords("# host:user:password\nh:u:a:b\n"), Values{});
}

TEST(UserLists, NoListWhereNoneIsOpened) {
  // the phrase outside a comment, and a comment without it
  EXPECT_EQ(passwords("Log in with user: password as printed on the card.\nadmin = Harry5ecret!\n"), Values{});
  EXPECT_EQ(passwords("# database settings\nadmin = Harry5ecret!\n"), Values{});
}

// The trigger pass's expression and the plain-code search open the same
// lists: every line of a mixed text, each alone and all together.
TEST(UserLists, PlainCodeSearchFindsWhatTheExpressionDoes) {
  const std::string text =
      "[admins]\n# [users]\n; users.PROPERTIES here\n!  <username> :  <password>\n# USERNAME=password\n"
      "# user\t=\tpassword\n# user     =password\n# hostname:port:db:username:password\n  [users]  \n"
      "x [admins]\n# realm.properties\n# pwd:user:host\n# host user pwd\n# Format: user|smtp.example.net:password\n"
      "# user|a b:password\n";
  std::vector<std::uint64_t> plain;
  find_user_lists(text, [&](std::uint64_t from) { plain.push_back(from); });
  std::vector<std::uint64_t> expected;
  std::size_t from = 0;
  for (std::string_view want : {"[admins]", "# [users]", "; users.PROPERTIES here", "!  <username> :  <password>",
                                "# USERNAME=password", "# user\t=\tpassword", "# hostname:port:db:username:password",
                                "  [users]  ", "# realm.properties", "# pwd:user:host", "# host user pwd",
                                "# Format: user|smtp.example.net:password"}) {
    const std::size_t at = text.find(want, from);
    ASSERT_NE(at, std::string::npos) << want;
    expected.push_back(text.find('\n', at) + 1);
    from = at + want.size();
  }
  EXPECT_EQ(plain, expected);
  // (user     =password: five blanks, more than the expression's four)
  TableScan t;
  find_table_statements(text, t);
  EXPECT_EQ(t.user_lists, std::min<std::size_t>(expected.size(), kMaxUserLists));
  // and maps: "map", one to eight blanks, a header's, argument's or
  // cookie's name that holds the word within its first 32 characters
  const std::string maps =
      "map $http_x_api_key $a {\nmap         $http_apikey $b {\n  map $arg_" + std::string(32, 'x') + "token $c {\n"
      "map $arg_" + std::string(33, 'x') + "token $d {\nmap $http_x-api-key $e {\nmap $cookie_SECRET $f {\n"
      "map $http_api_key $g\n";
  std::vector<std::uint64_t> opened;
  find_key_maps(maps, [&](std::uint64_t map_from) { opened.push_back(map_from); });
  std::vector<std::uint64_t> lines;
  for (std::size_t at = maps.find('\n'); at != std::string::npos; at = maps.find('\n', at + 1)) lines.push_back(at + 1);
  EXPECT_EQ(opened, (std::vector<std::uint64_t>{lines[0], lines[2], lines[5]}));
}

std::vector<std::string> keys(std::string_view d) {
  std::vector<std::string> out;
  find_key_maps(d, [&](std::uint64_t from) {
    TextSpan v[kMaxUserListValues];
    const std::size_t n = key_map_keys(d, from, v);
    for (std::size_t i = 0; i < n; ++i) out.emplace_back(d.substr(v[i].from, v[i].to - v[i].from));
  });
  return out;
}

// The values a whole-buffer reader (plain_credentials_file,
// api_key_bootstrap_file) gives, as text.
template <class Reader>
Values whole_buffer_values(Reader read, std::string_view d) {
  TextSpan v[kMaxUserListValues];
  Values out;
  const std::size_t n = read(d, v, std::size(v));
  for (std::size_t i = 0; i < n; ++i) out.emplace_back(d.substr(v[i].from, v[i].to - v[i].from));
  return out;
}

// A whole buffer that is a plain credentials file: user:password lines
// (lighttpd's plain userfile), or a user and its password on alternate
// lines (OpenVPN's auth-user-pass file, vsftpd's virtual users list).
TEST(PlainCredentialsFiles, UserColonPasswordOrAlternateLines) {
  auto plain = [](std::string_view d) { return whole_buffer_values(plain_credentials_file, d); };
  EXPECT_EQ(plain("kamera:dsdoF65zMXvYqmttqOhX7jo\ndriftstatus:Blabar-Kettle-6415\r\n"),
            (Values{"dsdoF65zMXvYqmttqOhX7jo", "Blabar-Kettle-6415"}));
  EXPECT_EQ(plain("anna.b\nFarfalla.71849\n"), (Values{"Farfalla.71849"}));
  // deluge's auth file: a level after the password; its generated ones are hex
  EXPECT_EQ(plain("localclient:4266e7151273e4ba27222bd1aface5babe069bbd:10\nhemma:Wanderweg.Schneeflocke.3766?:10\n"
                  "gast:Kanel1962:5\n"),
            (Values{"4266e7151273e4ba27222bd1aface5babe069bbd", "Wanderweg.Schneeflocke.3766?", "Kanel1962"}));
  EXPECT_EQ(plain("hemma:Wanderweg.Schneeflocke.3766?:10\ngast:Kanel1962\n"), Values{});  // one form throughout
  EXPECT_EQ(plain("# virtual users\nleverantor_ab\ni7wtN2AH9tTwFRUyxSjwb\n\nkamera01\na4rnojNX3BYSsipf5TtLlqL7\n"),
            (Values{"i7wtN2AH9tTwFRUyxSjwb", "a4rnojNX3BYSsipf5TtLlqL7"}));
  // one line; a line of another shape; hashes; settings; a name that
  // looks like a value; an odd number of lines; text
  EXPECT_EQ(plain("kamera:dsdoF65zMXvYqmttqOhX7jo\n"), Values{});
  EXPECT_EQ(plain("kamera:dsdoF65zMXvYqmttqOhX7jo\nmode = strict\n"), Values{});
  EXPECT_EQ(plain("anna:$apr1$x9Ka2$Qm0p7Ud2Yx1Bz9Cd3EeFf/\nerik:5f4dcc3b5aa765d61d8327deb882cf99\n"), Values{});
  EXPECT_EQ(plain("timeout:30\nretries:5\n"), Values{});
  EXPECT_EQ(plain("Version2\nRelease-1.4.2\n"), Values{});
  EXPECT_EQ(plain("anna.b\nFarfalla.71849\nerik\n"), Values{});
  EXPECT_EQ(plain("Started the job\nFarfalla.71849 done\n"), Values{});
  EXPECT_EQ(plain(std::string(5000, 'a') + "\nFarfalla.71849\n"), Values{});
}

TEST(ApiKeyBootstrapFiles, NameSecretAndRole) {
  auto keys = [](std::string_view d) { return whole_buffer_values(api_key_bootstrap_file, d); };
  EXPECT_EQ(keys("# EMQX\nops-readonly:15etrI5IJXaYhsu9YEI9xMsMFsIsCGlN:viewer\n"
                 "ci-deployer:d4c1e21f3361b69090dbf0978952c571db4c988a:administrator\n"),
            (Values{"15etrI5IJXaYhsu9YEI9xMsMFsIsCGlN", "d4c1e21f3361b69090dbf0978952c571db4c988a"}));
  // a role EMQX has not; a line of another shape; no secret
  EXPECT_EQ(keys("ops:15etrI5IJXaYhsu9YEI9xMsMFsIsCGlN:root\n"), Values{});
  EXPECT_EQ(keys("ops:15etrI5IJXaYhsu9YEI9xMsMFsIsCGlN:viewer\nmode = strict\n"), Values{});
  EXPECT_EQ(keys("ops::viewer\n"), Values{});
  // and the engine reads them as API secrets
  static auto e = Engine::build(load_default_policy(), EngineOptions{});
  auto sc = e->make_scratch(4096);
  // (of two lines or more: the engine reads tables only in a buffer of lines)
  const std::string file = "# bridges\nnode-red-bridge:XqYtonEosdA1ZLiVMImlNe7kDGTvuaPI:publisher\n";
  auto r = e->scan(file, Sink{}, *sc);
  ASSERT_EQ(r.matches.size(), 1u);
  EXPECT_EQ(file.substr(r.matches[0].start, r.matches[0].end - r.matches[0].start), "XqYtonEosdA1ZLiVMImlNe7kDGTvuaPI");
}

TEST(KeyMaps, NginxMapsKeyedByAnApiKeyHeaderArgumentOrCookie) {
  EXPECT_EQ(keys("# map $http_x_api_key $api_client_name { ... }\nmap $http_x_api_key $api_client_name {\n"
                 "    default \"\";\n    \"7B5zIqmRGXmrJTFmKa99vcit\" \"client_one\";\n"
                 "    # revoked\n    QzVV6y1EmQFbbxOfRCwyJs35 \"client_two\";\n}\nserver {\n    listen 80;\n}\n"),
            (Values{"7B5zIqmRGXmrJTFmKa99vcit", "QzVV6y1EmQFbbxOfRCwyJs35"}));
  EXPECT_EQ(keys("  map  $arg_apiKey $client {\n  'k1' 'a';\n}\n"), Values{"k1"});
  EXPECT_EQ(keys("map $cookie_session_token $user {\n  hostnames;\n  include tokens.map;\n}\n"), Values{});
  // a map of anything else, or a comment about one, is none
  EXPECT_EQ(keys("map $http_upgrade $connection_upgrade {\n    websocket upgrade;\n}\n"), Values{});
  EXPECT_EQ(keys("# map $http_apikey $client {\n\"7B5zIqmRGXmrJTFmKa99vcit\" \"client_one\";\n"), Values{});
}

}  // namespace
