"""Code and scripts in languages/frameworks not used by the other sets."""


def akka(S):
    d = S.doc("akka-http-routes/PartnerRoutes.scala")
    d.set(f"""package se.kvarnbackens.partner

import akka.actor.typed.ActorSystem
import akka.http.scaladsl.Http
import akka.http.scaladsl.model._
import akka.http.scaladsl.model.headers.{{Authorization, OAuth2BearerToken, BasicHttpCredentials, RawHeader}}
import akka.http.scaladsl.server.Directives._
import akka.http.scaladsl.server.directives.Credentials

import scala.concurrent.Future

object PartnerRoutes {{
  // TODO(SEC-512): move to application.conf / vault
  private val UpstreamToken   = "{d.bt('opaque')}"
  private val ReportingToken  = OAuth2BearerToken("{d.bt('jwt')}")
  private val WebhookSecret   = "{d.gs('hex64')}"
  private val S3AccessKey     = "{d.ak()}"
  private val S3SecretKey     = "{d.sk()}"
  private val AdminPassword   = "{d.pw('mix', punct='!#%*-=?@_.')}"
  private val ExampleToken    = "YOUR_TOKEN_HERE"
  private val KeystorePass    = "{d.pw('alnum')}".toCharArray

  def authenticator(credentials: Credentials): Option[String] = credentials match {{
    case p @ Credentials.Provided(id) if id == "partner-admin" && p.verify(AdminPassword) => Some(id)
    case _ => None
  }}

  def upstream(implicit system: ActorSystem[_]): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = "https://erp.kvarnbackens.se/api/stock")
        .withHeaders(
          Authorization(OAuth2BearerToken(UpstreamToken)),
          RawHeader("X-Api-Key", "{d.gs('alnum32')}")))

  def legacy(implicit system: ActorSystem[_]): Future[HttpResponse] =
    Http().singleRequest(
      HttpRequest(uri = "https://legacy.kvarnbackens.se/report")
        .withHeaders(Authorization(BasicHttpCredentials("report", "{d.pw('alnum')}"))))

  val routes =
    pathPrefix("partner") {{
      authenticateBasic(realm = "partner", authenticator) {{ user =>
        path("stock") {{ get {{ complete(StatusCodes.OK) }} }}
      }}
    }}
}}
""")
    d2 = S.doc("akka-http-routes/application.conf")
    d2.set(f"""akka {{
  loglevel = "INFO"
  http.server.idle-timeout = 60 s
}}

partner {{
  db {{
    url = "jdbc:postgresql://10.30.0.14:5432/partner"
    user = "partner_app"
    password = "{d2.pw('alnum')}"
    password = ${{?PARTNER_DB_PASSWORD}}
  }}
  erp {{
    base-url = "https://erp.kvarnbackens.se"
    bearer-token = "{d2.bt('b64url')}"
  }}
  alpakka.s3 {{
    aws.credentials {{
      provider = static
      access-key-id = "{d2.ak()}"
      secret-access-key = "{d2.sk()}"
    }}
    aws.region.default-region = "eu-north-1"
  }}
  hmac-secret = "{d2.gs('b64')}"
}}
""")


def lein(S):
    d = S.doc("leiningen-profiles/profiles.clj")
    d.set(f""";; ~/.lein/profiles.clj  (also copied into the repo as profiles.clj.example - it is not an example)
{{:user {{:plugins [[lein-ancient "1.0.0-RC3"] [cider/cider-nrepl "0.50.2"]]
        :signing {{:gpg-key "4F21A9C8"}}}}
 :dev  {{:env {{:database-url "postgresql://localhost:5432/ledger_dev?user=ledger&password={d.pw('alnum')}"
              :aws-access-key-id "{d.ak()}"
              :aws-secret-access-key "{d.sk()}"
              :stripe-webhook-secret "whsec_replace_me"
              :jwt-secret "{d.gs('alnum40')}"
              :sendout-api-token "{d.gs('hex40')}"}}}}
 :auth {{:repository-auth {{#"clojars" {{:username "kvarn-ci" :password "{d.gs('prefixed')}"}}
                           #"nexus\\.kvarnbackens\\.se" {{:username "deploy" :password "{d.pw('mix', punct='!#%*-=?@_.')}"}}}}}}}}
""")
    # clojars deploy tokens are passwords of a repository-auth map: either category
    d.labels = [("generic-secret|password", v) if c == "generic-secret" and ("_" in v or "." in v) and len(v) < 60 and v.startswith(("whsec_", "dckr", "hvs.", "pscale", "rnd_", "ntn_", "sq0", "lmkey")) else (c, v) for c, v in d.labels]


def mojo(S):
    d = S.doc("mojolicious-conf/kvarn_shop.conf")
    d.set(f"""# Mojolicious::Plugin::Config - kvarn_shop.conf (perl hash)
{{
  hypnotoad => {{ listen => ['http://*:8080'], workers => 8, proxy => 1 }},
  secrets   => ['{d.gs('hex40')}', '{d.gs('hex40')}'],
  pg        => 'postgresql://shop:{d.lab('url-credentials|password', S.g.password('alnum'))}@10.30.0.20/shop',
  minion    => {{ pg => 'postgresql://minion@10.30.0.20/minion' }},
  smtp      => {{ host => 'smtp.eu.mailgun.org', user => 'postmaster@mg.kvarnbackens.se', pass => '{d.pw('mix', punct='!#%*-=?@_.')}' }},
  klarna    => {{ username => 'K{S.g.randint(100000, 999999)}_{S.g.chars('0123456789abcdef', 12)}', password => '{d.gs('alnum32')}' }},
  s3        => {{ key => '{d.ak()}', secret => '{d.sk()}', bucket => 'kvarn-shop-media' }},
  api_token => $ENV{{SHOP_API_TOKEN}} // 'dev-token',
}};
""")
    d.lab("email", "postmaster@mg.kvarnbackens.se")
    d2 = S.doc("mojolicious-conf/lib/KvarnShop/Controller/Partner.pm")
    d2.set(f"""package KvarnShop::Controller::Partner;
use Mojo::Base 'Mojolicious::Controller', -signatures;

# shared token for the courier partner, see OPS-1882
use constant COURIER_TOKEN => '{d2.bt('hex')}';

sub push_tracking ($c) {{
  my $ua = $c->ua;
  $ua->post('https://api.courier-partner.se/v1/events'
    => {{Authorization => 'Bearer ' . COURIER_TOKEN, 'X-Client' => 'kvarn'}}
    => json => $c->req->json)->result;
  $c->app->log->debug('pushed tracking with Authorization: Bearer {d2.bt('b64url')}');
  $c->render(json => {{ok => 1}});
}}

sub legacy_login ($c) {{
  my $res = $c->ua->post('https://legacy.kvarnbackens.se/login'
    => form => {{user => 'shop', pass => '{d2.pw('alnum')}'}})->result;
  return $c->render(text => $res->code);
}}

1;
""")


def jcl(S):
    d = S.doc("mainframe-jcl/PAYEXTR.jcl")
    g = S.g
    d.set(f"""//PAYEXTR  JOB (ACCT,4410),'PAYROLL EXTRACT',CLASS=A,MSGCLASS=X,
//             NOTIFY=&SYSUID,USER=PAYBATCH,PASSWORD={d.pw('alnum') if False else d.lab('password', g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4) + g.chars('0123456789', 2) + g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ#@$', 2))}
//*
//* NIGHTLY PAYROLL EXTRACT TO THE HR DATA WAREHOUSE
//* CHANGED 2026-10-12  (PASSWORD ROTATED - DO NOT PRINT THIS MEMBER)
//*
//STEP010  EXEC PGM=IKJEFT01,DYNAMNBR=20
//SYSTSPRT DD SYSOUT=*
//SYSTSIN  DD *
  DSN SYSTEM(DB2P)
  RUN PROGRAM(PAYEXT01) PLAN(PAYEXT01) PARMS('/PWD={d.lab('password', g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 5) + g.chars('0123456789', 3))}')
  END
/*
//STEP020  EXEC PGM=FTP,PARM='(EXIT TIMEOUT 60'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
hrdw.kvarnbackens.se
hrload {d.pw('alnum')}
ascii
put 'PAY.EXTRACT.D261103' payroll_20261103.txt
quit
/*
//STEP030  EXEC PGM=BPXBATCH
//STDOUT   DD SYSOUT=*
//STDPARM  DD *
SH curl -s -u dwload:{d.pw('mix', punct='!%*-_.')} -T /u/paybatch/out/summary.csv
 https://hrdw.kvarnbackens.se/upload/
/*
//STEP040  EXEC PGM=IEFBR14
//* RACF: ALTUSER PAYBATCH PASSWORD(********) NOEXPIRED
""")


def expect(S):
    d = S.doc("expect-scripts/backup_switch_configs.exp")
    d.set(f"""#!/usr/bin/expect -f
# pulls running-config from the access switches every night (cron 02:30)
set timeout 30
set user "netbackup"
set password "{d.pw('mix', punct='!#%*-=?@_.')}"
set enable_secret "{d.pw('alnum')}"
set switches {{10.0.1.2 10.0.1.3 10.0.1.4 10.0.1.5}}
# core switches use local accounts (TACACS outage fallback)
set core_user "admin"
set core_password "{d.pw('alnum')}"

foreach sw $switches {{
    spawn ssh -o StrictHostKeyChecking=no $user@$sw
    expect {{
        "yes/no" {{ send "yes\\r"; exp_continue }}
        "assword:" {{ send "$password\\r" }}
    }}
    expect ">"
    send "enable\\r"
    expect "Password:"
    send "$enable_secret\\r"
    expect "#"
    send "terminal length 0\\r"
    expect "#"
    log_file -noappend /srv/netbackup/$sw.cfg
    send "show running-config\\r"
    expect "#"
    log_file
    send "exit\\r"
    expect eof
}}

# old UPS card, telnet only
spawn telnet 10.0.1.40
expect "User Name :"
send "apc\\r"
expect "Password  :"
send "{d.pw('alnum')}\\r"
expect ">"
send "4\\r"
expect eof

# push the collected configs to the offsite SFTP (password auth, key auth is "on the list")
spawn sftp -oPort=2222 -oUser=kvarnbackens sftp.offsite-partner.se
expect "password:"
send "{d.pw('words')}\\n"
expect "sftp>"
send "put -r /srv/netbackup incoming/\\n"
expect "sftp>"
send "bye\\n"
expect eof
""")


def sas(S):
    d = S.doc("sas-programs/load_warehouse.sas")
    d.set(f"""/* load_warehouse.sas - nightly refresh of the HR mart                      */
/* PWENCODE was "too slow to set up", plain passwords below (audit 2026-10) */
options compress=yes;

libname hrdb oracle user=hr_reader password="{d.pw('alnum')}" path="HRPROD" schema=HR;
libname dw   postgres server="10.30.0.40" port=5432 user=sas_loader password='{d.pw('mix', punct='!#%*-=?@_.')}' database=dw schema=hr_mart;
libname old  odbc noprompt="DRIVER={{ODBC Driver 18 for SQL Server}};SERVER=10.30.0.41;DATABASE=legacy;UID=sas;PWD={d.pw('alnum')};Encrypt=yes";
libname enc  postgres server="10.30.0.40" user=sas_ro password="{{SAS002}}{S.g.chars('0123456789ABCDEF', 32)}" database=dw;

filename s3out s3 "/kvarn-hr-exports/headcount.csv" region="eu-north-1"
   accesskeyid="{d.ak()}" secretaccesskey="{d.sk()}";

proc sql;
  create table dw.headcount as
  select department, count(*) as n
  from hrdb.employees
  where status = 'A'
  group by department;
quit;

proc http url="https://hooks.kvarnbackens.se/sas/done" method="POST"
   in='{{"job":"load_warehouse"}}';
   headers "Authorization"="Bearer {d.bt('hex')}" "Content-Type"="application/json";
run;
""")


ALL = [akka, lein, mojo, jcl, expect, sas]
