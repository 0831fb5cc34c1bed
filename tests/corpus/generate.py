#!/usr/bin/env python3
"""Generate tests/corpus/labelled.tsv: a deterministic, labelled corpus for
measuring per-category recall and precision of the default policy.

Python 3 standard library only; fixed seed, so running it twice produces the
same bytes. See README.md for the format.

Every candidate sample is checked with check_corpus.lint() (independent,
spec-based detectors) and regenerated when its surroundings are not clean,
when a near-miss/synthetic value is accidentally valid, or when a real value's
bounds are wrong.
"""
import base64
import json
import os
import random
import string
import sys
from string import Template

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import check_corpus as cc  # noqa: E402

SEED = 20240305
R = random.Random(SEED)

N_REAL = 240
N_REAL_PEM = 60
OUT = os.path.join(HERE, "labelled.tsv")
# Documentation example values that are syntactically real secrets (the Slack
# docs' T00000000/B00000000/XXXX... webhook, the RFC 7617 "Aladdin:open
# sesame" and "user:password" Basic credentials) are labelled synthetic: a
# rule must allowlist them. Set to False to leave them out of the corpus.
INCLUDE_DOC_EXAMPLES = True

UPPER = string.ascii_uppercase
LOWER = string.ascii_lowercase
DIGITS = string.digits
ALNUM = UPPER + LOWER + DIGITS
URLSAFE = ALNUM + "-_"
B64 = ALNUM + "+/"
B32 = UPPER + "234567"


def rs(n, alphabet=ALNUM):
    return "".join(R.choice(alphabet) for _ in range(n))


def rs_end_alnum(n, alphabet):
    """Random string whose first and last characters are alphanumeric."""
    if n <= 2:
        return rs(n)
    return R.choice(ALNUM) + rs(n - 2, alphabet) + R.choice(ALNUM)


def mixed(n, alphabet=ALNUM):
    while True:
        s = rs(n, alphabet)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def rbytes(n):
    return bytes(R.randrange(256) for _ in range(n))


# --------------------------------------------------------------- fillers

FIRST = ["james", "maria", "wei", "fatima", "oliver", "sofia", "liam", "aisha", "noah", "emma",
         "lucas", "chloe", "mateo", "hannah", "ethan", "yuki", "arjun", "lena", "omar", "isabella",
         "finn", "priya", "jonas", "amelie", "diego", "nora", "kenji", "zara", "felix", "leah",
         "samuel", "ines", "tomasz", "camille", "rahul", "greta", "mohammed", "julia", "pablo",
         "elif", "niklas", "sara", "daniel", "mei", "luca", "anna", "hugo", "ivy", "ravi", "clara",
         "kwame", "olga", "tariq", "freya", "joao", "astrid", "dmitri", "nadia", "chidi", "ingrid"]
LAST = ["smith", "garcia", "chen", "khan", "brown", "rossi", "muller", "nguyen", "schmidt",
        "dubois", "kowalski", "tanaka", "patel", "johansson", "silva", "obrien", "fischer",
        "martin", "lopez", "novak", "weber", "kim", "andersen", "costa", "murphy", "yilmaz",
        "becker", "jansen", "moreau", "sato", "wagner", "ali", "hoffmann", "bauer", "fernandes",
        "walsh", "lee", "singh", "ivanova", "haddad", "okafor", "lindqvist", "mensah", "petrov"]
LAST_DISPLAY = {"muller": "Müller", "obrien": "Obrien", "yilmaz": "Yılmaz", "lindqvist": "Lindqvist"}
FIRST_DISPLAY = {"joao": "João", "ines": "Inês", "zara": "Zara"}
SVCS = ["auth-svc", "billing-api", "checkout", "user-profile", "notifier", "ingest-worker",
        "report-gen", "gateway", "crm-sync", "ledger", "onboarding", "search-api", "kyc-check",
        "mailer", "payouts", "support-desk", "invoicing", "identity"]
HOSTS = ["web-3", "api-7", "worker-12", "app-01", "edge-2", "batch-4", "node-9", "ip-10-0-3-15",
         "pod-7f3a", "svc-east-2", "runner-5"]
PATHS = ["/api/v1/users", "/api/v2/orders", "/v1/checkout/confirm", "/internal/sync",
         "/account/settings", "/signup", "/webhooks/inbound", "/api/v1/payments", "/admin/export",
         "/api/v1/customers/search", "/oauth/callback", "/graphql"]
CITIES = ["Berlin", "London", "Paris", "Madrid", "Toronto", "Austin", "Lyon", "Leeds", "Munich",
          "Porto", "Oslo", "Dublin", "Denver", "Seattle", "Hamburg", "Milan"]
LEVELS = ["info", "warn", "error", "debug"]
MSGS_GENERIC = ["request completed", "record updated", "validation failed", "sync finished",
                "retrying request", "cache miss", "export row written", "profile saved"]


def ts():
    return "2024-%02d-%02dT%02d:%02d:%02dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                             R.randint(0, 59), R.randint(0, 59))


def rid():
    return "%04x" % R.randrange(16 ** 4)


def person():
    f = R.choice(FIRST)
    last = R.choice(LAST)
    return f, last, FIRST_DISPLAY.get(f, f.capitalize()), LAST_DISPLAY.get(last, last.capitalize())


def fill(tpl, v, **kw):
    f, last, F, L = person()
    lvl = R.choice(LEVELS)
    d = dict(ts=ts(), rid=rid(), svc=R.choice(SVCS), lvl=lvl, LVL=lvl.upper(),
             uid=str(R.randint(100, 99999)), first=f, last=last, First=F, Last=L,
             host=R.choice(HOSTS), path=R.choice(PATHS), n=str(R.randint(2, 480)),
             ms=str(R.randint(3, 2400)), city=R.choice(CITIES),
             exp="%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)),
             msg=R.choice(MSGS_GENERIC), env=R.choice(["prod", "staging", "eu-prod", "us-prod"]))
    d.update(kw)
    d["v"] = v
    return Template(tpl).substitute(d)


# --------------------------------------------------------------- output

ROWS = []
SEEN_TEXTS = set()
STATS = {}


def produce(cat, label, gen, n, accept_overlap=()):
    """gen() -> (value, text) or (value, text, opts). Retries until the lint passes."""
    made = 0
    attempts = 0
    fails = {}
    while made < n:
        best = None
        for _ in range(25):
            attempts += 1
            if attempts > n * 400 + 2000:
                raise SystemExit("cannot generate %s/%s: %s" % (cat, label, sorted(fails.items(), key=lambda x: -x[1])[:5]))
            out = gen()
            value, text = out[0], out[1]
            opts = out[2] if len(out) > 2 else {}
            if text in SEEN_TEXTS:
                fails["duplicate"] = fails.get("duplicate", 0) + 1
                continue
            errs, overlaps = cc.lint(cat, label, value, text,
                                     accept_overlap=tuple(accept_overlap) + tuple(opts.get("accept_overlap", ())))
            if errs:
                key = errs[0][:70]
                fails[key] = fails.get(key, 0) + 1
                continue
            if not overlaps:
                best = (value, text)
                break
            if best is None:
                best = (value, text)
        if best is None:
            continue
        SEEN_TEXTS.add(best[1])
        ROWS.append((cat, label, best[0], best[1]))
        made += 1
    STATS[(cat, label)] = STATS.get((cat, label), 0) + n


def choose(weighted):
    """weighted: list of (weight, item)."""
    total = sum(w for w, _ in weighted)
    x = R.uniform(0, total)
    for w, item in weighted:
        x -= w
        if x <= 0:
            return item
    return weighted[-1][1]


# =============================================================== email

EMAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "yahoo.co.uk",
                 "icloud.com", "protonmail.com", "proton.me", "gmx.de", "web.de", "t-online.de",
                 "orange.fr", "libero.it", "fastmail.fm", "hey.com", "btinternet.com", "live.nl",
                 "acme-corp.io", "eng.acme-corp.io", "globex.com", "initech.net", "hooli.xyz",
                 "umbrella-health.com", "northwind-traders.co.uk", "mail.uni-heidelberg.de",
                 "cs.stanford.edu", "student.ethz.ch", "tum.de", "ox.ac.uk", "nhs.net",
                 "bigcorp.co.jp", "wayne-enterprises.com", "pied-piper.dev", "zalando-partner.de",
                 "kpmg-advisory.ch", "shop.mediamarkt-eu.com", "posteo.de", "seznam.cz", "wp.pl",
                 "uol.com.br", "rediffmail.com", "qq.com", "naver.com", "mail.mcgill.ca"]
TAGS = ["news", "shopping", "github", "billing", "work", "2024", "amazon", "promo", "dev", "travel"]
DEPTS = ["hr", "finance", "sales", "ops", "legal"]


def email_local(who=None):
    f, last, _, _ = who or person()
    forms = [
        lambda: "%s.%s" % (f, last),
        lambda: "%s.%s" % (f, last),
        lambda: "%s%s" % (f[0], last),
        lambda: "%s%s%d" % (f, last, R.randint(1, 99)),
        lambda: "%s_%s" % (f, last),
        lambda: "%s-%s" % (f, last),
        lambda: "%s.%s" % (f[0], last),
        lambda: "%s.%s" % (last, f),
        lambda: "%s.%s+%s" % (f, last, R.choice(TAGS)),
        lambda: "%s+%s" % (f, R.choice(TAGS)),
        lambda: "%s%s%d" % (f[0], last[0], R.randint(10, 9999)),
        lambda: "%s%d" % (f, R.randint(1970, 2006)),
        lambda: "%s.%s%d" % (f, last, R.randint(1, 9)),
        lambda: "%s_%s_%02d" % (f, last, R.randint(1, 99)),
        lambda: "%s.%s.%s" % (f[0], R.choice(LOWER), last),
        lambda: "%s%s" % (f, last[:3]),
        lambda: "%s.%s-%s" % (f, last, R.choice(LAST)),
    ]
    s = R.choice(forms)()
    if R.random() < 0.08:
        s = ".".join(p.capitalize() for p in s.split("."))
    return s


def real_email(who=None):
    d = R.choice(EMAIL_DOMAINS)
    if R.random() < 0.04:
        d = d.capitalize()
    return "%s@%s" % (email_local(who), d)


EMAIL_SYN_DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com",
                     "corp.example.org", "shop.example.net", "app.test", "staging.test",
                     "acme.test", "dev.example", "sandbox.example", "acme.invalid", "nowhere.invalid",
                     "localhost", "dev.localhost"]

EMAIL_T = [
    '{"ts":"$ts","level":"$lvl","svc":"$svc","msg":"user created","email":"$v","req":"$rid"}',
    '$ts $LVL [$svc] password reset link sent to $v req=$rid',
    'level=$lvl svc=$svc msg="login ok" email=$v uid=$uid',
    'level=warn svc=mailer msg="hard bounce" to=<$v> smtp_code=550',
    '$uid,$First,$Last,$v,active,$city',
    '"$uid";"$First $Last";"$v";"newsletter"',
    "INSERT INTO users (id, name, email) VALUES ($uid, '$First $Last', '$v');",
    "SELECT id, name FROM customers WHERE email = '$v' LIMIT 1;",
    "UPDATE accounts SET email = '$v', updated_at = now() WHERE id = $uid;",
    'From: "$First $Last" <$v>',
    'Reply-To: $v',
    'To: $First $Last <$v>, Cc: support team',
    'Please contact $v for access.',
    'Questions? Write to $v.',
    '$v unsubscribed from all lists (req=$rid)',
    '$v bounced: 550 mailbox unavailable',
    '$v,$First,$Last,$city,opt-in',
    '$v: quota exceeded, message deferred',
    '$v',
    'email: $v',
    '  contact_email: "$v"',
    '  - name: $First $Last\n    email: $v\n    role: admin',
    'GET /unsubscribe?email=$v&list=weekly HTTP/1.1',
    'POST $path email=$v&plan=pro',
    'User(id=$uid, email=\'$v\', active=True)',
    'ValueError: duplicate key value violates unique constraint "users_email_key" (email)=($v)',
    'Traceback (most recent call last):\n  File "/srv/app/notify.py", line $n, in send\nSMTPRecipientsRefused: {\'$v\': (550, \'mailbox unavailable\')}',
    'java.lang.IllegalArgumentException: invalid recipient $v\n\tat com.acme.mail.Sender.send(Sender.java:$n)',
    '[$svc] invite accepted by $v after $ms ms',
    'audit: role changed to owner for $v by admin',
    'Hi $First, your order confirmation was sent to $v!',
    '<td class="email">$v</td>',
    'author: $First $Last ($v)',
    'Signed-off-by: $First $Last <$v>',
    '"owner":{"name":"$First $Last","mail":"$v"},"seats":$n',
    'mailto:$v',
    'ldap: bind ok for uid=$first, mail=$v',
    'WARN: SPF softfail for sender $v; delivering anyway',
]


def gen_email_real():
    who = person()
    v = real_email(who)
    return v, fill(R.choice(EMAIL_T), v, first=who[0], last=who[1], First=who[2], Last=who[3])


def gen_email_syn():
    d = R.choice(EMAIL_SYN_DOMAINS)
    local = R.choice([email_local(), "test", "user", "admin", "noreply", "jane.doe", "john.doe",
                      "qa+%d" % R.randint(1, 999), "alice", "bob"])
    v = "%s@%s" % (local, d)
    return v, fill(R.choice(EMAIL_T), v)


EMAIL_NEAR = [
    # (value generator, templates)
    (lambda: "%s@%s" % (R.choice(["deploy", "root", "ubuntu", "ec2-user", "postgres", "git", "admin"]),
                        R.choice(["bastion01", "db-primary", "replica2", "build-host", "localhost-dev", "jump"])),
     ["ssh $v -p 2222", "connecting as $v ...", "Last login by $v from the VPN", "$v: permission denied (publickey)"]),
    (lambda: "@" + R.choice(FIRST) + R.choice(["", ".dev", "_ops", "-sre"]),
     ["thanks $v for the review!", "cc $v please take a look", "assigned to $v", "$v approved these changes"]),
    (lambda: "%s@%dx.%s" % (R.choice(["logo", "icon", "hero", "avatar", "banner", "sprite", "btn-close"]),
                            R.choice([2, 3]), R.choice(["png", "webp", "jpg", "svg"])),
     ['<img src="/static/img/$v" alt="">', "GET /assets/$v 200", "missing asset: $v", "background-image: url($v);"]),
    (lambda: "@" + R.choice(["babel/core", "types/node", "angular/cli", "nestjs/common", "aws-sdk/client-s3",
                             "vitejs/plugin-react", "sentry/node", "prisma/client", "emotion/styled"]),
     ["npm install --save-dev $v", "import x from '$v';", '"$v": "workspace"', "resolved $v from the lockfile"]),
    (lambda: "%s@%s" % (R.choice(["lodash", "react", "typescript", "express", "left-pad", "vue", "next"]),
                        R.choice(["^4.17.21", "18.2.0", "~5.3.3", "latest", "next", ">=2.0.0", "4.x"])),
     ["npm install $v", "pnpm add $v", "warning: $v is deprecated", "added $v to dependencies"]),
    (lambda: "@" + R.choice(["media", "import", "keyframes", "font-face", "supports"]),
     ["$v screen and (max-width: 600px) {", "$v url(theme.css);", "unsupported at-rule $v"]),
    (lambda: "@" + R.choice(["app.route", "staticmethod", "property", "pytest.fixture", "Override", "Transactional",
                             "dataclass"]),
     ["    $v", "decorator $v applied to handler", "$v\ndef handler(request):"]),
    (lambda: "%s@%s" % (R.choice(["meeting", "lunch", "standup", "sync"]), R.choice(["10am", "noon", "3pm", "9"])),
     ["reminder: $v tomorrow", "moved $v to room 4"]),
    (lambda: "%s@" % R.choice(FIRST), ["incomplete address '$v' in form field", "please send it to $v (typo?)"]),
    (lambda: "%s at %s dot com" % (R.choice(FIRST), R.choice(["gmail", "outlook"])),
     ["no machine-readable contact, only '$v'"]),
    (lambda: "user@host", ["usage: scp FILE $v:PATH", "expected format $v"]),
    (lambda: "%s@sha256" % R.choice(["nginx", "redis", "postgres", "alpine"]),
     ["pinned image $v digest", "pull $v:latest failed"]),
]


def gen_email_near():
    vg, tpls = R.choice(EMAIL_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== credit card

CARD_TEST_NUMBERS = [
    "4111111111111111", "4242424242424242", "4012888888881881", "4222222222222", "4000056655665556",
    "4000000000000002", "4000000000000077", "4000000000009995", "4000002500003155", "4000000000003220",
    "4917610000000000", "5555555555554444", "5105105105105100", "5200828282828210", "5454545454545454",
    "2223003122003222", "2222400070000005", "378282246310005", "371449635398431", "378734493671000",
    "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505", "3566111111111113",
    "30569309025904", "38520000023237", "36227206271667", "6200000000000005", "6011601160116611",
]
CARD_TEST_NUMBERS = [c for c in CARD_TEST_NUMBERS if cc.luhn_ok(c)]
CARD_TEST_SET = set(CARD_TEST_NUMBERS)


def luhn_complete(body):
    for d in DIGITS:
        if cc.luhn_ok(body + d):
            return body + d
    raise AssertionError


NETWORKS = [
    # Visa stopped issuing 13-digit PANs long ago; 16 and 19 remain.
    (34, lambda: "4", [16] * 12 + [19]),
    (14, lambda: R.choice(["51", "52", "53", "54", "55"]), [16]),
    (8, lambda: str(R.randint(2221, 2720)), [16]),
    (12, lambda: R.choice(["34", "37"]), [15]),
    (4, lambda: "6011", [16]),
    (3, lambda: "65", [16]),
    (2, lambda: str(R.randint(644, 649)), [16]),
    (6, lambda: str(R.randint(3528, 3589)), [16]),
    (4, lambda: "36", [14]),
    (2, lambda: "30" + str(R.randint(0, 5)), [14]),
    (3, lambda: "62", [16, 19]),
]


def card_digits():
    while True:
        _, pf, lengths = choose([(w, (w, p, l)) for w, p, l in NETWORKS])
        prefix = pf()
        n = R.choice(lengths)
        body = prefix + rs(n - len(prefix) - 1, DIGITS)
        num = luhn_complete(body)
        if num in CARD_TEST_SET or num.startswith("400000") or len(set(num[len(prefix):])) < 4:
            continue
        return num


def group(num, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    if i < len(num):
        out.append(num[i:])
    return sep.join(out)


def card_format(num, style=None):
    n = len(num)
    style = style or choose([(40, "plain"), (35, " "), (25, "-")])
    if style == "plain":
        return num
    if n == 15:
        return group(num, [4, 6, 5], style)
    if n == 14:
        return group(num, [4, 6, 4], style)
    if n == 13:
        return num
    return group(num, [4, 4, 4, 4, 3] if n == 19 else [4, 4, 4, 4], style)


CARD_T = [
    '{"event":"payment.failed","card_number":"$v","currency":"EUR","req":"$rid"}',
    '{"ts":"$ts","svc":"checkout","pan":"$v","exp":"$exp","result":"declined"}',
    'level=warn svc=$svc msg="charge declined" pan=$v reason=insufficient_funds',
    'level=error svc=payments msg="tokenization failed" card="$v" uid=$uid',
    '$uid,$First $Last,$v,$exp,$city',
    '"$First $Last";"$v";"$exp"',
    "INSERT INTO payment_methods (customer_id, pan, exp) VALUES ($uid, '$v', '$exp');",
    "UPDATE cards SET number = '$v' WHERE customer_id = $uid;",
    'PaymentError: card $v was declined (code=do_not_honor)',
    'java.lang.IllegalStateException: duplicate card $v\n\tat com.acme.pay.CardVault.store(CardVault.java:$n)',
    'Traceback (most recent call last):\n  File "/srv/pay/charge.py", line $n, in charge\nCardError: card number $v rejected by issuer',
    'Card: $v, exp $exp, holder $First $Last',
    'cardNumber: "$v"',
    '  pan: $v',
    '<PAN>$v</PAN>',
    '<input name="cc-number" value="$v">',
    'customer $First $Last paid with $v.',
    '$v',
    '$v rejected by fraud filter (score high)',
    '$v,$exp,$First $Last,$city',
    '$v | $exp | declined',
    'POST $path card_number=$v&exp=$exp&name=$First',
    'chargeback opened for card $v, order ref A-$rid',
    '[$svc] refund issued to $v after dispute',
    'CC# $v',
    'Kreditkarte: $v (gültig bis $exp)',
    'support ticket: customer read out card number ($v) over chat',
    'legacy export row|$uid|$v|$exp|VISA',
    'debug: request body={"source":{"number":"$v","exp":"$exp"}}',
]


def gen_card_real():
    v = card_format(card_digits())
    return v, fill(R.choice(CARD_T), v)


def gen_card_syn():
    num = R.choice(CARD_TEST_NUMBERS)
    v = card_format(num)
    return v, fill(R.choice(CARD_T), v)


def luhn_invalid(num_len, first=None):
    first = first or R.choice("123456789")
    while True:
        s = first + rs(num_len - len(first), DIGITS)
        if not cc.luhn_ok(s):
            return s


CARD_NEAR = [
    (lambda: luhn_invalid(16, R.choice(["4", "51", "53", "37", "6011"])),
     ["order_id=$v status=shipped", "tracking number $v", '{"account_ref":"$v","tier":"gold"}',
      "invoice $v paid", "ref: $v"]),
    (lambda: card_format(luhn_invalid(16, R.choice(["4", "52", "55", "6011"])), R.choice([" ", "-"])),
     ["card $v failed Luhn check, asking user to retype", "typo in card number: $v", "rejected input '$v' (checksum)"]),
    (lambda: "1709" + rs(6, DIGITS) + rs(9, DIGITS),
     ["event_time_ns=$v", '{"t":$v,"ev":"click"}', "span start=$v", "ts_ns $v"]),
    (lambda: "1709" + rs(12, DIGITS),
     ["created_us=$v", "sequence $v committed", '"timestamp_us": $v']),
    (lambda: R.choice(["ORD", "INV", "SHP"]) + "-" + rs(12, DIGITS),
     ["order $v confirmed", "see $v for details"]),
    (lambda: rs(4, DIGITS) + "-" + rs(4, DIGITS),
     ["pin hint $v", "batch $v"]),
    (lambda: "**** **** **** " + rs(4, DIGITS),
     ["charged card $v", "card on file: $v"]),
    (lambda: "ending in " + rs(4, DIGITS), ["Visa $v expires soon", "Mastercard $v was updated"]),
]


def gen_card_near():
    for _ in range(100):
        vg, tpls = R.choice(CARD_NEAR)
        v = vg()
        digits = "".join(c for c in v if c.isdigit())
        if 13 <= len(digits) <= 19 and cc.luhn_ok(digits):
            continue
        return v, fill(R.choice(tpls), v)
    raise AssertionError


# =============================================================== US SSN

SSN_AVOID = {"078-05-1120", "219-09-9999", "123-45-6789"}


def ssn_real():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if v in SSN_AVOID:
            continue
        return v if R.random() < 0.85 else v.replace("-", " ")


SSN_T = [
    'applicant $First $Last ssn=$v status=pending',
    '{"applicant":{"name":"$First $Last","ssn":"$v"},"status":"review"}',
    '{"ts":"$ts","svc":"kyc-check","tax_id":"$v","match":true}',
    '$uid,$First,$Last,$v,W-2',
    'EMP-$uid;$Last;$First;$v;active',
    'SSN: $v',
    'ssn: "$v"',
    "SELECT * FROM employees WHERE ssn = '$v';",
    "INSERT INTO payroll (emp_id, ssn) VALUES ($uid, '$v');",
    'W-4 form received for $First $Last (SSN $v).',
    'ValidationError: ssn "$v" already registered to another account',
    '<TaxId>$v</TaxId>',
    '$v matched two records in payroll',
    '$v,$First,$Last,single,$city',
    '$v: identity verified',
    'kyc: verified identity social_security_number=$v',
    'level=warn svc=$svc msg="ssn mismatch" provided=$v uid=$uid',
    'Taxpayer $First $Last, SSN $v, filing status single',
    'member $First $Last, social security no. $v, enrolled',
    'background check requested: $First $Last / $v',
    'SSN on file: $v.',
    '  - ssn: $v\n    name: $First $Last',
    'Traceback (most recent call last):\n  File "/srv/hr/import.py", line $n, in row\nKeyError: \'$v\'',
]


def gen_ssn_real():
    v = ssn_real()
    return v, fill(R.choice(SSN_T), v)


def ssn_synthetic():
    kind = R.randrange(8)
    if kind == 0:
        v = "000-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    elif kind == 1:
        v = "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
    elif kind == 2:
        # 9xx: never issued as SSN; stay out of the ITIN group ranges (50-65, 70-88, 90-92, 94-99)
        v = "9%02d-%02d-%04d" % (R.randint(0, 99), R.randint(1, 49), R.randint(1, 9999))
    elif kind == 3:
        v = "987-65-432%d" % R.randint(0, 9)
    elif kind == 4:
        v = "%03d-00-%04d" % (R.randint(1, 899), R.randint(1, 9999))
    elif kind == 5:
        v = "%03d-%02d-0000" % (R.randint(1, 899), R.randint(1, 99))
    else:
        v = R.choice(["078-05-1120", "219-09-9999", "123-45-6789"])
    return v if R.random() < 0.85 else v.replace("-", " ")


def gen_ssn_syn():
    v = ssn_synthetic()
    return v, fill(R.choice(SSN_T), v)


SSN_NEAR = [
    (lambda: "%03d-%02d-%05d" % (R.randint(100, 899), R.randint(10, 99), R.randint(10000, 99999)),
     ["part number $v", "PN $v in stock", "sku=$v"]),
    (lambda: "%04d-%02d-%03d" % (R.randint(1000, 9999), R.randint(10, 99), R.randint(100, 999)),
     ["ticket $v reopened", "case id $v"]),
    (lambda: "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
     ["invoice date $v", "due on $v", "report for $v generated"]),
    (lambda: "978-%d-%02d-%06d-%d" % (R.randint(0, 9), R.randint(10, 99), R.randint(100000, 999999), R.randint(0, 9)),
     ["ISBN $v", "book isbn=$v"]),
    (lambda: "%02d-%07d" % (R.randint(10, 99), R.randint(1000000, 9999999)),
     ["employer EIN $v on invoice", "vendor tax id $v (business)"]),
    (lambda: "%03d-%02d" % (R.randint(100, 899), R.randint(10, 99)),
     ["room $v", "form $v attached"]),
    (lambda: "%05d-%04d" % (R.randint(10000, 99999), R.randint(1000, 9999)),
     ["ZIP $v", "postal code $v"]),
    (lambda: "%03d.%02d.%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999)),
     ["build $v failed", "artifact $v uploaded"]),
]


def gen_ssn_near():
    vg, tpls = R.choice(SSN_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== phone

NANP_AREAS = ["212", "646", "718", "347", "415", "650", "510", "312", "773", "617", "202", "305",
              "713", "214", "469", "404", "206", "503", "702", "602", "303", "615", "919", "804",
              "416", "604", "514", "808", "907", "512", "201", "973", "480", "520", "801", "913"]


def nanp_parts(reserved=False):
    a = R.choice(NANP_AREAS)
    if reserved:
        return a, "555", "01%02d" % R.randint(0, 99)
    while True:
        e = str(R.randint(2, 9)) + rs(2, DIGITS)
        if e[1:] == "11" or e == "555":
            continue
        line = rs(4, DIGITS)
        if len(set(a + e + line)) < 4:
            continue
        return a, e, line


def nanp_format(a, e, l):
    f = R.randrange(9)
    return ["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1-%s-%s-%s", "+1%s%s%s",
            "1-%s-%s-%s", "+1 (%s) %s-%s", "(%s)%s-%s"][f] % (a, e, l)


def d(n):
    return rs(n, DIGITS)


def nz(n):
    return str(R.randint(1, 9)) + rs(n - 1, DIGITS)


INTL = [
    lambda: "+44 20 %s %s" % (nz(4), d(4)),
    lambda: "+44 (0)20 %s %s" % (nz(4), d(4)),
    lambda: "+4420%s" % (nz(8)),
    lambda: "+44 7%s %s" % (d(3), d(6)),
    lambda: "+44 161 %s %s" % (nz(3), d(4)),
    lambda: "+49 30 %s" % nz(8),
    lambda: "+4930%s" % nz(6),
    lambda: "+49 151 %s" % nz(8),
    lambda: "+49 89 %s" % nz(7),
    lambda: "+33 1 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
    lambda: "+33 6 %s %s %s %s" % (d(2), d(2), d(2), d(2)),
    lambda: "+336%s" % d(8),
    lambda: "+81 3-%s-%s" % (nz(4), d(4)),
    lambda: "+81 90-%s-%s" % (nz(4), d(4)),
    lambda: "+61 2 %s %s" % (nz(4), d(4)),
    lambda: "+61 4%s %s %s" % (d(2), d(3), d(3)),
    lambda: "+34 91%s %s %s" % (d(1), d(3), d(3)),
    lambda: "+39 06 %s %s" % (nz(4), d(4)),
    lambda: "+31 20 %s %s" % (nz(3), d(4)),
    lambda: "+31 6 %s" % nz(8),
    lambda: "+41 44 %s %s %s" % (nz(3), d(2), d(2)),
    lambda: "+91 9%s %s" % (d(4), d(5)),
    lambda: "+55 11 9%s-%s" % (d(4), d(4)),
    lambda: "+353 1 %s %s" % (nz(3), d(4)),
    lambda: "+46 8 %s %s %s" % (nz(3), d(3), d(2)),
    lambda: "+48 22 %s %s %s" % (nz(3), d(2), d(2)),
    lambda: "+52 55 %s %s" % (nz(4), d(4)),
    lambda: "+65 6%s %s" % (d(3), d(4)),
    lambda: "+43 1 %s" % nz(7),
    lambda: "+32 2 %s %s %s" % (nz(3), d(2), d(2)),
    lambda: "+27 21 %s %s" % (nz(3), d(4)),
]
NATIONAL = [
    lambda: "020 7%s %s" % (d(3), d(4)),
    lambda: "020 7946 0%s" % d(3),
    lambda: "0161 %s %s" % (nz(3), d(4)),
    lambda: "07%s %s" % (d(3), d(6)),
    lambda: "030 %s" % nz(8),
    lambda: "089 %s" % nz(7),
    lambda: "040 %s" % nz(7),
    lambda: "0151 %s" % nz(7),
]


def phone_real():
    r = R.random()
    if r < 0.55:
        return nanp_format(*nanp_parts())
    if r < 0.88:
        return R.choice(INTL)()
    return R.choice(NATIONAL)()


PHONE_T = [
    '{"user_id":$uid,"phone":"$v","verified":true}',
    '{"ts":"$ts","svc":"notifier","msg":"sms queued","to":"$v","req":"$rid"}',
    'level=info svc=$svc msg="callback requested" phone="$v" uid=$uid',
    'sms: OTP delivered to $v (provider=twilio)',
    'Call me at $v.',
    'Please call $v, ask for $First.',
    'TEL;TYPE=CELL:$v',
    '$uid,$First,$Last,$v,$city',
    '"$First $Last","$v","$city"',
    "UPDATE contacts SET phone = '$v' WHERE id = $uid;",
    "INSERT INTO leads (name, phone) VALUES ('$First $Last', '$v');",
    'phone: "$v"',
    '  mobile: $v',
    'Contact: $First $Last, $v, ext. 21',
    '$v - missed call, no voicemail',
    '$v,$First $Last,mobile',
    '$v (mobile, preferred)',
    '$v',
    'Tel.: $v',
    'Mobil: $v',
    'Téléphone : $v',
    'shipping contact ($v) added to order A-$rid',
    'Twilio error 21211: invalid To number $v',
    'ValidationError: phone_number "$v" is already in use',
    '<phone type="mobile">$v</phone>',
    'caller_id=$v duration=$n s status=completed',
    'WhatsApp message from $v: running late',
    'emergency contact: $First $Last ($v)',
]


def gen_phone_real():
    v = phone_real()
    return v, fill(R.choice(PHONE_T), v)


def gen_phone_syn():
    v = nanp_format(*nanp_parts(reserved=True))
    return v, fill(R.choice(PHONE_T), v)


def ipv4():
    return R.choice(["10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                     "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))])


def uuid4():
    h = rs(32, "0123456789abcdef")
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


PHONE_NEAR = [
    (lambda: "%d.%d.%d.%d" % (R.randint(1, 12), R.randint(0, 30), R.randint(0, 9), R.randint(0, 3000)),
     ["agent version $v", "firmware $v installed", "upgraded runtime to $v"]),
    (lambda: "v%d.%d.%d" % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 99)),
     ["deployed $v to prod", "release $v tagged", "client $v is outdated"]),
    (ipv4, ["client ip=$v", "connect from $v port 22", "upstream $v:8443 timed out", "X-Forwarded-For: $v"]),
    (lambda: "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28)),
     ["invoice date $v", "report for $v ready", "valid until $v"]),
    (lambda: "%02d.%02d.2024" % (R.randint(1, 28), R.randint(1, 12)), ["Datum: $v", "geliefert am $v"]),
    (lambda: "%02d/%02d/2024" % (R.randint(1, 12), R.randint(1, 28)), ["date of service $v", "signed $v"]),
    (lambda: "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),
     ["job started at $v", "uptime $v"]),
    (lambda: "$%d,%03d.%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
     ["total=$v", "refund of $v approved", "price $v incl. tax"]),
    (lambda: "€%d.%03d,%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
     ["Betrag: $v", "Summe $v"]),
    (lambda: "2024-%02d-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                                     R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),
     ['{"created_at":"$v"}', "last_seen=$v"]),
    (lambda: str(R.randint(1000000, 9999999)), ["order #$v shipped", "ticket $v closed", "job id $v"]),
    (uuid4, ["request_id=$v", '{"trace":"$v"}', "session $v expired"]),
    (lambda: "17%08d" % R.randint(0, 99999999), ["epoch=$v", "expires_at: $v", "cache-ts $v"]),
    (lambda: "%d-%d" % (R.randint(1000, 4000), R.randint(4001, 9000)), ["port range $v", "ids $v reserved"]),
    (lambda: "%d.%06d, %d.%06d" % (R.randint(10, 60), R.randint(0, 999999), R.randint(1, 30), R.randint(0, 999999)),
     ["location: $v", "geo=($v)"]),
    (lambda: "HTTP/1.1 %d" % R.choice([200, 201, 204, 301, 404, 502]), ["< $v", "response: $v"]),
    (lambda: "%d bytes" % R.randint(100000, 99999999), ["uploaded $v", "response size $v"]),
]


def gen_phone_near():
    vg, tpls = R.choice(PHONE_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== IBAN

IBAN_SPECS = {
    "DE": [("n", 8), ("n", 10)], "GB": [("bank", 4), ("n", 6), ("n", 8)],
    "FR": [("n", 5), ("n", 5), ("c", 11), ("n", 2)], "NL": [("bank", 4), ("n", 10)],
    "ES": [("n", 20)], "IT": [("a", 1), ("n", 5), ("n", 5), ("c", 12)], "BE": [("n", 12)],
    "CH": [("n", 5), ("c", 12)], "AT": [("n", 16)], "PL": [("n", 24)], "SE": [("n", 20)],
    "DK": [("n", 14)], "FI": [("n", 14)], "NO": [("n", 11)], "IE": [("bank", 4), ("n", 6), ("n", 8)],
    "PT": [("n", 21)], "LU": [("n", 3), ("c", 13)], "CZ": [("n", 20)], "HU": [("n", 24)],
    "RO": [("bank", 4), ("c", 16)], "HR": [("n", 17)], "SK": [("n", 20)], "SI": [("n", 15)],
    "LT": [("n", 16)], "LV": [("bank", 4), ("c", 13)], "EE": [("n", 16)], "GR": [("n", 7), ("c", 16)],
}
IBAN_WEIGHTS = {"DE": 14, "GB": 10, "FR": 10, "NL": 9, "ES": 8, "IT": 7, "BE": 5, "CH": 5, "AT": 5,
                "PL": 5}
BANKS = {"GB": ["BARC", "LOYD", "NWBK", "HBUK", "MIDL", "SRLG", "MONZ", "CITI"],
         "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"],
         "IE": ["AIBK", "BOFI", "IPBS"], "RO": ["BTRL", "RNCB", "INGB", "BACX"],
         "LV": ["HABA", "PARX", "UNLA"]}
IBAN_DOC = ["GB82WEST12345698765432", "DE89370400440532013000", "FR1420041010050500013M02606",
            "NL91ABNA0417164300"]


def iban_check(cc_, bban):
    rem = cc.iban_mod97(cc_ + "00" + bban)
    return "%02d" % (98 - rem)


def iban_real_electronic():
    countries = list(IBAN_SPECS)
    c = choose([(IBAN_WEIGHTS.get(k, 1.5), k) for k in countries])
    parts = []
    for kind, n in IBAN_SPECS[c]:
        if kind == "n":
            parts.append(d(n))
        elif kind == "a":
            parts.append(rs(n, UPPER))
        elif kind == "bank":
            parts.append(R.choice(BANKS[c]))
        else:
            parts.append("".join(R.choice(DIGITS) if R.random() < 0.8 else R.choice(UPPER) for _ in range(n)))
    bban = "".join(parts)
    iban = c + iban_check(c, bban) + bban
    assert cc.iban_ok(iban), iban
    if iban in IBAN_DOC:
        return iban_real_electronic()
    return iban


def iban_print(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_fmt(s):
    return iban_print(s) if R.random() < 0.5 else s


IBAN_T = [
    'SEPA transfer queued: iban=$v amount_cents=$n currency=EUR',
    '<IBAN>$v</IBAN>',
    '<CdtrAcct><Id><IBAN>$v</IBAN></Id></CdtrAcct>',
    'Please transfer the amount to IBAN $v, reference INV-$rid.',
    '{"payout":{"iban":"$v","holder":"$First $Last"},"status":"scheduled"}',
    '{"ts":"$ts","svc":"payouts","debtor_iban":"$v","req":"$rid"}',
    '$uid;$First $Last;$v;EUR',
    "UPDATE accounts SET iban = '$v' WHERE customer_id = $uid;",
    "INSERT INTO mandates (customer_id, iban) VALUES ($uid, '$v');",
    'iban: $v',
    '  account_iban: "$v"',
    'Bankverbindung: $v',
    'Kontoinhaber: $First $Last, IBAN: $v',
    'ValueError: IBAN $v rejected by payout provider',
    '$v flagged for manual review',
    '$v;EUR;$First $Last',
    '$v: mandate created for $First $Last',
    '$v',
    'beneficiary_account=$v currency=EUR',
    'level=warn svc=$svc msg="mandate revoked" creditorIBAN=$v',
    'Coordonnées bancaires : $v',
    'IBAN $v (holder: $First $Last)',
    'refund to $v failed: account closed',
]


def gen_iban_real():
    v = iban_fmt(iban_real_electronic())
    if v.count(" ") and R.random() < 0.5:
        t = R.choice([x for x in IBAN_T if "<IBAN>" not in x])
    else:
        t = R.choice(IBAN_T)
    return v, fill(t, v)


def gen_iban_syn():
    v = iban_fmt(R.choice(IBAN_DOC))
    return v, fill(R.choice(IBAN_T), v)


def iban_wrong_checksum():
    s = iban_real_electronic()
    if R.random() < 0.5:
        chk = "%02d" % ((int(s[2:4]) + R.randint(1, 90)) % 97 + 2)
        s = s[:2] + chk[-2:] + s[4:]
    else:
        i = R.randrange(5, len(s) - 1)
        s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
    if cc.iban_mod97(s) == 1:
        return iban_wrong_checksum()
    return iban_fmt(s)


def rf_ref():
    body = d(R.choice([8, 12, 16]))
    rem = cc.iban_mod97("RF00" + body)
    s = "RF%02d%s" % (98 - rem, body)
    return iban_fmt(s)


IBAN_NEAR = [
    (iban_wrong_checksum, ["iban=$v rejected: checksum mismatch", "invalid IBAN '$v' entered", "IBAN: $v (typo?)",
                           '{"iban":"$v","valid":false}']),
    (lambda: R.choice(["DEUTDEFF", "COBADEFFXXX", "BNPAFRPP", "INGBNL2A", "BARCGB22", "UBSWCHZH80A",
                       "RABONL2U", "NWBKGB2L", "CHASUS33", "SOGEFRPP"]),
     ["bic=$v", "BIC: $v", "SWIFT code $v", '{"bic":"$v"}']),
    (lambda: R.choice(["TRX", "ORD", "SHP", "REF", "CUST"]) + d(2) + rs(10, UPPER + DIGITS),
     ["transaction $v booked", "reference $v", "shipment id $v"]),
    (rf_ref, ["creditor reference $v", "Verwendungszweck: $v"]),
    (lambda: "DE" + d(2) + " " + " ".join(d(4) for _ in range(3)),
     ["partial account number $v", "truncated: $v"]),
]


def gen_iban_near():
    vg, tpls = R.choice(IBAN_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== AWS access key id

AKID_T = [
    'aws_access_key_id = $v',
    'AWS_ACCESS_KEY_ID=$v',
    'export AWS_ACCESS_KEY_ID="$v"',
    '"AccessKeyId": "$v",',
    '{"eventName":"GetObject","userIdentity":{"type":"IAMUser","accessKeyId":"$v"},"awsRegion":"eu-central-1"}',
    'Authorization: AWS4-HMAC-SHA256 Credential=$v/20240305/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date',
    'botocore.exceptions.ClientError: An error occurred (InvalidAccessKeyId) when calling the PutObject operation: key $v does not exist',
    'User name,Access key ID\n$first.$last,$v',
    'aws configure set aws_access_key_id $v --profile $env',
    '[$ts] $LVL s3-sync: using credentials $v for bucket acme-backups',
    'access_key: $v',
    '  - name: AWS_ACCESS_KEY_ID\n    value: "$v"',
    'access_key = "$v"',
    'level=warn svc=$svc msg="deprecated static credentials" key_id=$v',
    'found hardcoded key $v in config/settings.py',
    '$v',
    '$v,$first.$last,Active,eu-central-1',
    '$v is inactive and will be deleted',
    'IAM: key $v last used 3 days ago by $first.$last',
]


def akid(prefix=None):
    return (prefix or choose([(85, "AKIA"), (15, "ASIA")])) + rs(16, B32)


def gen_akid_real():
    while True:
        v = akid()
        if not v.endswith("EXAMPLE"):
            return v, fill(R.choice(AKID_T), v)


def gen_akid_syn():
    v = R.choice(["AKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE", "AKIAI44QH8DHBEXAMPLE",
                  R.choice(["AKIA", "ASIA"]) + rs(9, B32) + "EXAMPLE"])
    return v, fill(R.choice(AKID_T), v)


AKID_NEAR = [
    (lambda: "AKIA" + rs(15, B32), AKID_T[:4] + ["key $v looks truncated"]),
    (lambda: "AKIA" + rs(17, B32), ["id=$v", "token $v", "value $v has the wrong length"]),
    (lambda: "akia" + rs(16, "abcdefghijklmnopqrstuvwxyz234567"), ["slug $v", "cache key $v"]),
    (lambda: "AKIA", ["access key ids start with $v", "grep for $v in the repo"]),
    (lambda: "ASIA-PACIFIC", ["region group $v", "$v sales report"]),
    (lambda: "AKIA-" + rs(4, UPPER), ["ticket $v", "project code $v"]),
]


def gen_akid_near():
    vg, tpls = R.choice(AKID_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== AWS secret key

AWS_SECRET_T = [
    'aws_secret_access_key = $v',
    'aws_secret_access_key=$v',
    'AWS_SECRET_ACCESS_KEY=$v',
    'export AWS_SECRET_ACCESS_KEY="$v"',
    '"SecretAccessKey": "$v",',
    '{"Credentials":{"SecretAccessKey":"$v","Expiration":"$ts"}}',
    'aws_secret_key: $v',
    '  aws_secret_key: "$v"',
    '      AWS_SECRET_ACCESS_KEY: $v',
    '  - AWS_SECRET_ACCESS_KEY=$v',
    "aws_secret_access_key='$v'",
    '[$env]\naws_secret_access_key = $v\nregion = eu-west-1',
    'docker run -e AWS_SECRET_ACCESS_KEY=$v acme/uploader',
    'level=debug svc=$svc msg="loaded env" AWS_SECRET_ACCESS_KEY=$v',
]


def aws_secret():
    while True:
        s = rs(39, B64) + R.choice(ALNUM)
        if any(c.isupper() for c in s) and any(c.islower() for c in s) and any(c.isdigit() for c in s):
            return s


def gen_awssk_real():
    v = aws_secret()
    return v, fill(R.choice(AWS_SECRET_T), v)


def gen_awssk_syn():
    v = R.choice(["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"] * 3 + ["je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY"])
    return v, fill(R.choice(AWS_SECRET_T), v)


AWS_SECRET_NEAR = [
    (lambda: rs(40, "0123456789abcdef"),
     ["commit $v", "commit $v\nAuthor: $First $Last\n\n    fix flaky test", "git checkout $v",
      '{"sha":"$v","ref":"main"}', "built from $v on $host", "Revision: $v", "HEAD is now at $v"]),
    (lambda: "aws_secret_access_key",
     ["rotate the $v every 90 days", "missing $v in profile $env", "set $v via the vault agent, never in code"]),
    (lambda: "AWS_SECRET_ACCESS_KEY", ["$v is not set", "unset $v before running tests"]),
]


def gen_awssk_near():
    vg, tpls = R.choice(AWS_SECRET_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== GitHub

GH_T = [
    'GITHUB_TOKEN=$v',
    'export GH_TOKEN=$v',
    'Authorization: token $v',
    'curl -H "Authorization: token $v" https://api.github.com/user/repos',
    '//npm.pkg.github.com/:_authToken=$v',
    '{"token":"$v","expires_at":"$ts"}',
    'github_token: $v',
    '  token: "$v"',
    'gh auth login --with-token <<< $v',
    'level=debug svc=ci msg="cloning with token" token=$v',
    'oauth_token: $v',
    '$v',
    '$v (expires in 30 days)',
    '$v: Bad credentials (401)',
    'Found leaked credential $v in commit history',
    'env:\n  GITHUB_TOKEN: $v\n  NODE_ENV: production',
    'GITHUB_PAT="$v"',
]


def gh_token():
    if R.random() < 0.25:
        return "github_pat_" + rs(22) + "_" + rs(59)
    return choose([(55, "ghp_"), (15, "gho_"), (10, "ghu_"), (15, "ghs_"), (5, "ghr_")]) + rs(36)


def gen_gh_real():
    v = gh_token()
    return v, fill(R.choice(GH_T), v)


GH_NEAR = [
    (lambda: "ghp_" + rs(R.randint(4, 30)), ["token ghp prefix seen: $v (truncated)", "GITHUB_TOKEN=$v", "value $v is too short"]),
    (lambda: R.choice(["ghp_", "gho_", "github_pat_"]), ["tokens start with $v", "search logs for $v"]),
    (lambda: R.choice(["github token", "GitHub token", "personal access token"]),
     ["please rotate your $v", "the $v expired yesterday", "no $v configured for this runner"]),
    (lambda: "${{ secrets.GITHUB_TOKEN }}", ["  token: $v", "GITHUB_TOKEN: $v"]),
    (lambda: "GITHUB_TOKEN", ["$v is not set", "export $v before running"]),
    (lambda: "github_pat_" + rs(R.randint(10, 40)), ["fine-grained token $v... (cut)"]),
]


def gen_gh_near():
    vg, tpls = R.choice(GH_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== GitLab

GL_T = [
    'PRIVATE-TOKEN: $v',
    'curl --header "PRIVATE-TOKEN: $v" https://gitlab.acme-corp.io/api/v4/projects',
    'GITLAB_TOKEN=$v',
    'gitlab_token: $v',
    '{"token":"$v","scopes":["api","read_repository"]}',
    'export GITLAB_PRIVATE_TOKEN="$v"',
    'level=info svc=ci msg="registry login" token=$v',
    '$v',
    '$v was revoked by an administrator',
    '$v,ci-deploy,api;read_repository',
    'leaked token $v found in job log',
    'token = "$v"',
    '  gitlab:\n    token: $v\n    url: https://gitlab.acme-corp.io',
    'glab auth login --token $v',
]


def gl_token():
    return "glpat-" + rs_end_alnum(20, URLSAFE)


def gen_gl_real():
    v = gl_token()
    return v, fill(R.choice(GL_T), v)


GL_NEAR = [
    (lambda: "glpat-" + rs(5, URLSAFE[:-2]), ["token glpat prefix: $v", "GITLAB_TOKEN=$v", "token $v is too short"]),
    (lambda: "glpat-", ["tokens start with $v", "grep -r $v ."]),
    (lambda: "glpat", ["the $v prefix identifies personal tokens"]),
    (lambda: "GITLAB_TOKEN", ["$v not set", "masking $v in job logs"]),
    (lambda: "gitlab token", ["renew the $v", "$v revoked by admin"]),
]


def gen_gl_near():
    vg, tpls = R.choice(GL_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== Slack token

SLACK_T = [
    'SLACK_BOT_TOKEN=$v',
    'slack_token: "$v"',
    "client = WebClient(token='$v')",
    '{"ok":true,"access_token":"$v","scope":"chat:write"}',
    'export SLACK_TOKEN=$v',
    'level=debug svc=notifier msg="posting to #alerts" token=$v',
    '$v',
    '$v is invalid: token_revoked',
    'token=$v&channel=C04AB12CD&text=deploy',
    'slack:\n  token: $v\n  channel: ops-alerts',
    'revoked leaked token $v',
]


def slack_token():
    p = choose([(50, "xoxb"), (25, "xoxp"), (10, "xoxa"), (8, "xoxr"), (7, "xoxs")])
    if p == "xoxb":
        return "%s-%s-%s-%s" % (p, nz(12), nz(13), rs(24))
    if p == "xoxp":
        return "%s-%s-%s-%s-%s" % (p, nz(12), nz(12), nz(13), rs(32, "0123456789abcdef"))
    return "%s-%s-%s-%s" % (p, nz(R.randint(10, 13)), nz(13), rs(R.randint(24, 32)))


def gen_slack_real():
    v = slack_token()
    return v, fill(R.choice(SLACK_T), v)


SLACK_NEAR = [
    (lambda: R.choice(["xoxb-", "xoxp-", "xoxa-"]), ["bot tokens start with $v", "token missing after $v"]),
    (lambda: R.choice(["xoxo", "XOXO", "xoxo!"]), ["thanks everyone, $v", "see you soon $v", "love, $First $v"]),
    (lambda: "xoxb-your-token", ["SLACK_BOT_TOKEN=$v", "replace $v with the real value"]),
    (lambda: "xoxp-" + d(4), ["token $v (truncated)"]),
    (lambda: "slack token", ["rotate the $v", "$v expired"]),
]


def gen_slack_near():
    vg, tpls = R.choice(SLACK_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== Slack webhook

HOOK_T = [
    'SLACK_WEBHOOK_URL=$v',
    'webhook_url: "$v"',
    "curl -X POST -H 'Content-type: application/json' --data '{\"text\":\"deploy finished\"}' $v",
    'requests.post("$v", json=payload)',
    '{"channel":"#alerts","webhook":"$v"}',
    '  slack_api_url: $v',
    'level=error svc=notifier msg="webhook failed" url=$v status=404',
    '$v',
    '$v returned 404 no_service',
    'posting build status to $v',
    'SLACK_HOOK="$v"',
]


def slack_hook():
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(R.choice([8, 8, 9, 10]), UPPER + DIGITS),
                                                           rs(R.choice([8, 9, 10, 10]), UPPER + DIGITS),
                                                           mixed(24))


def gen_hook_real():
    v = slack_hook()
    return v, fill(R.choice(HOOK_T), v)


def gen_hook_syn():
    v = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
    return v, fill(R.choice(HOOK_T), v)


HOOK_NEAR = [
    (lambda: "https://hooks.slack.com/", ["webhooks live under $v", "allowlist egress to $v"]),
    (lambda: R.choice(["https://api.slack.com/docs", "https://api.slack.com/messaging/webhooks",
                       "https://api.slack.com/apps", "https://slack.com/api/chat.postMessage"]),
     ["see $v", "docs: $v", "POST $v returned 200"]),
    (lambda: "https://hooks.slack.com/services/", ["SLACK_WEBHOOK_URL must start with $v", "prefix $v"]),
    (lambda: "https://%s.slack.com/archives/C0%s" % (R.choice(["acme", "globex", "initech"]), rs(7, UPPER + DIGITS)),
     ["thread: $v", "discussed in $v"]),
]


def gen_hook_near():
    vg, tpls = R.choice(HOOK_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== Stripe

STRIPE_T = [
    'STRIPE_SECRET_KEY=$v',
    'Stripe.api_key = "$v"',
    "stripe.setApiKey('$v');",
    'curl https://api.stripe.com/v1/charges -u $v: -d currency=eur',
    '{"stripe":{"secret_key":"$v"}}',
    'const stripe = require("stripe")("$v");',
    'stripe_api_key: $v',
    'export STRIPE_API_KEY=$v',
    'level=warn svc=billing-api msg="using restricted key" key=$v',
    '$v',
    '$v (restricted: charges read-only)',
    '$v: Expired API Key provided',
    'config.stripe.secret = "$v"',
]


def stripe_real():
    p = choose([(80, "sk_live_"), (20, "rk_live_")])
    n = choose([(40, 24), (20, 34), (40, 99)]) if R.random() < 0.8 else R.randint(24, 99)
    return p + mixed(n)


def gen_stripe_real():
    v = stripe_real()
    return v, fill(R.choice(STRIPE_T), v)


STRIPE_PK_T = [
    'STRIPE_PUBLISHABLE_KEY=$v',
    'const stripe = Stripe("$v");',
    '<script>var stripe = Stripe(\'$v\');</script>',
    'data-key="$v"',
    'publishableKey: "$v"',
]


def gen_stripe_syn():
    p = R.choice(["sk_test_", "sk_test_", "pk_test_", "rk_test_"])
    v = p + mixed(R.choice([24, 34, 99]))
    t = R.choice(STRIPE_PK_T) if p == "pk_test_" else R.choice(STRIPE_T)
    return v, fill(t, v)


def gen_stripe_near():
    r = R.random()
    if r < 0.7:
        v = "pk_live_" + mixed(R.choice([24, 34, 99]))
        return v, fill(R.choice(STRIPE_PK_T), v)
    v = R.choice(["sk_live_", "rk_live_", "sk_live_" + rs(6)])
    return v, fill(R.choice(["keys look like $v...", "prefix $v means live mode", "truncated key $v"]), v)


# =============================================================== Google API key

GOOG_T = [
    'GET /maps/api/geocode/json?address=$city&key=$v HTTP/1.1',
    'GOOGLE_API_KEY=$v',
    '"api_key": "$v",',
    '<meta-data android:name="com.google.android.geo.API_KEY" android:value="$v"/>',
    'const firebaseConfig = { apiKey: "$v", projectId: "acme-web" };',
    'google_maps_key: $v',
    'https://www.googleapis.com/youtube/v3/search?part=snippet&key=$v',
    '$v',
    '$v restricted to HTTP referrers *.acme-corp.io',
    'level=error svc=$svc msg="quota exceeded" key=$v',
    '<script src="https://maps.googleapis.com/maps/api/js?key=$v&callback=initMap"></script>',
    'export GEMINI_API_KEY=$v',
]


def goog_key():
    if R.random() < 0.85:
        return "AIzaSy" + rs_end_alnum(33, URLSAFE)
    return "AIza" + rs_end_alnum(35, URLSAFE)


def gen_goog_real():
    v = goog_key()
    return v, fill(R.choice(GOOG_T), v)


GOOG_NEAR = [
    (lambda: "AIza" + rs(R.randint(4, 25)), ["key=$v (truncated)", "GOOGLE_API_KEY=$v", "invalid key $v"]),
    (lambda: R.choice(["AIza", "AIzaSy"]), ["browser keys start with $v", "grep $v"]),
    (lambda: "Google API key", ["restrict the $v to your domain", "$v quota exceeded"]),
]


def gen_goog_near():
    vg, tpls = R.choice(GOOG_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== OpenAI

OPENAI_T = [
    'OPENAI_API_KEY=$v',
    'openai.api_key = "$v"',
    'client = OpenAI(api_key="$v")',
    '{"provider":"openai","api_key":"$v"}',
    'export OPENAI_API_KEY="$v"',
    'llm:\n  provider: openai\n  key: $v',
    'level=warn svc=$svc msg="key rejected" key=$v',
    '$v',
    '$v has been revoked',
    'found key $v in notebook cell 4',
]


def openai_key():
    if R.random() < 0.65:
        return "sk-proj-" + rs_end_alnum(R.choice([40, 64, 100, 156, R.randint(40, 160)]), URLSAFE)
    return "sk-" + rs(20) + "T3BlbkFJ" + rs(20)


def gen_openai_real():
    v = openai_key()
    return v, fill(R.choice(OPENAI_T), v)


OPENAI_NEAR = [
    (lambda: "sk-" + d(4), ["ticket $v", "id $v"]),
    (lambda: R.choice(["sk-learn", "scikit-learn"]), ["pip install $v", "import from $v", "$v model"]),
    (lambda: "sk-" + rs(R.randint(3, 10)), ["short id $v", "tag $v"]),
    (lambda: "sk-proj-" + rs(R.randint(5, 20)), ["key $v (truncated)", "OPENAI_API_KEY=$v"]),
    (lambda: "OpenAI API key", ["rotate your $v", "no $v configured"]),
]


def gen_openai_near():
    vg, tpls = R.choice(OPENAI_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== JWT

JWT_T = [
    '{"id_token":"$v","expires_in":3600}',
    'Cookie: session=$v; theme=dark',
    'Set-Cookie: jwt=$v; Path=/; HttpOnly; Secure',
    'GET /auth/callback?id_token=$v&state=af0ifjsl HTTP/1.1',
    'X-Auth-Token: $v',
    'level=debug svc=$svc msg="token verified" token=$v',
    '"id_token": "$v",',
    'JWT_TOKEN=$v',
    'jwt.exceptions.ExpiredSignatureError: Signature has expired for token $v',
    'localStorage.setItem("auth", "$v")',
    '$v',
    'access_token: $v',
    'X-Amzn-Oidc-Data: $v',
    '$v is expired',
    '$v;path=/;secure',
    'refresh failed for $v (401)',
]


def jwt_token():
    alg = choose([(45, "HS256"), (30, "RS256"), (10, "ES256"), (5, "HS512"), (5, "RS384"), (5, "PS256")])
    header = {"alg": alg, "typ": "JWT"}
    if R.random() < 0.4:
        header = {"typ": "JWT", "alg": alg}
    if alg != "HS256" and R.random() < 0.6:
        header["kid"] = rs(R.randint(8, 20), LOWER + DIGITS)
    f, last, F, L = person()
    iat = R.randint(1700000000, 1720000000)
    payload = {"sub": R.choice([str(R.randint(1000, 999999)), "user_" + rs(10, LOWER + DIGITS),
                                "auth0|" + rs(24, "0123456789abcdef")])}
    if R.random() < 0.6:
        payload["name"] = "%s %s" % (F, L)
    if R.random() < 0.5:
        payload["iss"] = R.choice(["https://auth.acme-corp.io/", "https://login.globex.com", "acme-idp"])
    if R.random() < 0.5:
        payload["aud"] = R.choice(["api", "web", "mobile-app"])
    payload["iat"] = iat
    payload["exp"] = iat + R.choice([300, 900, 3600, 86400])
    if R.random() < 0.3:
        payload["roles"] = R.sample(["admin", "user", "billing", "support"], R.randint(1, 2))
    if R.random() < 0.3:
        payload["scope"] = "openid profile email"
    sig = {"HS256": 32, "HS512": 64, "RS256": 256, "RS384": 256, "PS256": 256, "ES256": 64}[alg]
    return "%s.%s.%s" % (b64u(json.dumps(header, separators=(",", ":")).encode()),
                         b64u(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()),
                         b64u(rbytes(sig)))


def gen_jwt_real():
    v = jwt_token()
    return v, fill(R.choice(JWT_T), v)


def b64u_text(s):
    return b64u(s.encode())


JWT_NEAR = [
    (lambda: "%s.%s.%s" % (rs(3, LOWER), rs(3, LOWER), rs(3, LOWER)), ["token=$v", "got $v", "placeholder $v"]),
    (lambda: "%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 20)), ["version $v", "schema $v"]),
    (lambda: R.choice(["api.acme-corp.io", "cdn.jsdelivr.net", "app.module.ts", "os.path.join",
                       "com.acme.payments", "config.yaml.bak", "eu-west-1.compute.internal", "index.d.ts"]),
     ["resolved $v", "loading $v", "module $v not found"]),
    (lambda: "%s.%s.%s" % (b64u_text(R.choice(["hello-world", "not a token", "session-v2", "[1,2,3]", "plain text header"])),
                           b64u_text(R.choice(["payload", "{\"a\":1}", "data"])), b64u(rbytes(16))),
     ["token=$v", "cookie sid=$v", "opaque handle $v"]),
    (lambda: "eyJ" + rs(R.randint(5, 12), URLSAFE), ["truncated token $v...", "prefix $v"]),
    (lambda: "JWT", ["issuing a $v for the session", "the $v expired"]),
]


def gen_jwt_near():
    vg, tpls = R.choice(JWT_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== private key

def pem_body(prefix, total_bytes):
    data = prefix + rbytes(max(0, total_bytes - len(prefix)))
    b = base64.b64encode(data).decode()
    return [b[i:i + 64] for i in range(0, len(b), 64)]


PEM_TYPES = [
    ("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100"), (600, 1200)),
    ("PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d010101050004"), (600, 1200)),
    ("EC PRIVATE KEY", bytes.fromhex("30770201010420"), (121, 121)),
    ("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none", (250, 900)),
    ("ENCRYPTED PRIVATE KEY", bytes.fromhex("3082051c304e06092a864886f70d01050d3041"), (400, 1000)),
]


def pem_block(kind=None, lines_joiner="\n", indent=""):
    kind = kind or R.choice(PEM_TYPES)
    name, prefix, (lo, hi) = kind
    body = pem_body(prefix, R.randint(lo, hi))
    lines = ["-----BEGIN %s-----" % name]
    if name == "RSA PRIVATE KEY" and R.random() < 0.2:
        lines += ["Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC,%s" % rs(32, "0123456789ABCDEF"), ""]
    lines += body
    lines.append("-----END %s-----" % name)
    return (lines_joiner + indent).join(lines)


def gen_pem_real():
    style = R.randrange(10)
    if style <= 3:
        v = pem_block()
        t = R.choice([
            "$$ cat ~/.ssh/id_rsa\n$v\n",
            "$v\nwritten to /tmp/deploy_key (mode 0600)",
            "ERROR $svc: failed to parse key material:\n$v",
            "$v",
            "-- tls.key --\n$v\n-- end --",
            "DEBUG loaded signing key from /etc/$svc/key.pem\n$v",
            "PRIVATE_KEY=\"$v\"",
        ])
    elif style <= 5:
        v = pem_block(lines_joiner="\\n")  # literal backslash-n, as in JSON/env files
        t = R.choice([
            '{"type":"service_account","project_id":"acme-$env","private_key":"$v\\n"}',
            'PRIVATE_KEY="$v"',
            '{"level":"debug","msg":"config loaded","tls":{"key":"$v"}}',
            'JWT_SIGNING_KEY=$v',
        ])
    elif style <= 7:
        v = pem_block(indent="    ")
        t = R.choice([
            "tls:\n  key: |\n    $v\n  cert_file: /etc/ssl/server.crt",
            "apiVersion: v1\nkind: Secret\nstringData:\n  tls.key: |\n    $v",
        ])
    else:
        v = pem_block(kind=PEM_TYPES[3] if R.random() < 0.5 else None)
        t = R.choice([
            "Dumping ~/.ssh of user deploy:\n$v\nend of dump",
            "paste from $First: here is the key you asked for\n$v\nthanks",
        ])
    return v, fill(t, v)


def pub_block(joiner="\n"):
    kind = R.randrange(3)
    if kind == 0:
        name, prefix, n = "PUBLIC KEY", bytes.fromhex("30820122300d06092a864886f70d01010105000382010f003082010a0282010100"), 294
    elif kind == 1:
        name, prefix, n = "CERTIFICATE", bytes.fromhex("308203"), R.randint(700, 1100)
    else:
        name, prefix, n = "RSA PUBLIC KEY", bytes.fromhex("3082010a0282010100"), 270
    lines = ["-----BEGIN %s-----" % name] + pem_body(prefix, n) + ["-----END %s-----" % name]
    return joiner.join(lines)


def gen_pem_near():
    r = R.random()
    if r < 0.45:
        v = pub_block()
        t = R.choice(["$$ cat server.crt\n$v\n", "$v", "ca_bundle:\n$v\n", "loaded certificate from /etc/ssl/ca.pem\n$v"])
    elif r < 0.7:
        v = pub_block("\\n")
        t = R.choice(['{"public_key":"$v"}', 'JWT_PUBLIC_KEY="$v"', '{"ca":"$v","verify":true}'])
    elif r < 0.85:
        v = "ssh-ed25519 " + base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + rbytes(32)).decode() + " deploy@ci-runner"
        t = R.choice(["$v", "authorized_keys: $v", "added key: $v"])
    else:
        v = R.choice(["PRIVATE KEY", "private key", "id_rsa", "BEGIN PUBLIC KEY"])
        t = R.choice(["missing $v file", "could not load $v: permission denied", "expected $v in PEM format"])
    return v, fill(t, v)


# =============================================================== URL credentials

URL_USERS = ["app", "app_user", "svc_billing", "admin", "root", "deploy", "etl", "readonly", "reporting",
             "orders_rw", "celery", "jenkins", "backup", "ci-bot", "analytics", "default", "mq_user",
             "grafana", "airflow", "keycloak"]
SINGLE_HOSTS = ["postgres", "db", "db-primary", "mysql", "redis", "redis-master", "rabbitmq", "mq", "mongo",
                "pg-replica-2", "cache", "broker", "ftp-internal", "nexus", "mariadb-0", "artifactory"]
FQDN_HOSTS = ["db.acme-corp.io", "pg-prod.internal.globex.com", "orders-db.c9akciq32.eu-central-1.rds.amazonaws.com",
              "cluster0.x7k2p.mongodb.net", "files.initech.net", "artifacts.hooli.xyz", "mq.umbrella-health.com",
              "redis.prod.pied-piper.dev", "ftp.northwind-traders.co.uk", "mysql-eu.wayne-enterprises.com"]
SCHEMES = [("postgres", "5432", ["/app", "/orders?sslmode=require", "/analytics"]),
           ("postgresql", "5432", ["/billing", "/app?connect_timeout=10"]),
           ("mysql", "3306", ["/shop", "/wordpress"]),
           ("redis", "6379", ["/0", "/2", ""]),
           ("rediss", "6380", ["/0"]),
           ("amqp", "5672", ["/%2F", "/orders"]),
           ("amqps", "5671", ["/prod"]),
           ("https", "", ["/repository/maven-releases/", "/api/v1/export", "/simple/"]),
           ("http", "8081", ["/nexus/content/", "/metrics"]),
           ("ftp", "21", ["/exports/daily/", "/incoming/"]),
           ("mongodb", "27017", ["/admin", "/orders?authSource=admin"]),
           ("mongodb+srv", "", ["/orders?retryWrites=true&w=majority", "/app"]),
           ("smtp", "587", [""])]
URLPW = ALNUM + "-_.~!*"
PW_WORDS = ["sunflower", "maple", "tiger", "cobalt", "harbor", "velvet", "quartz", "falcon", "ember", "willow",
            "canyon", "orbit", "saffron", "glacier", "meadow", "rocket", "cipher", "lantern", "thunder",
            "pebble", "nimbus", "juniper", "copper", "atlas", "mango", "walrus", "violet", "stone"]


def url_password():
    r = R.random()
    if r < 0.45:
        return mixed(R.randint(12, 28), ALNUM)
    if r < 0.7:
        return R.choice(ALNUM) + rs(R.randint(10, 22), URLPW) + R.choice(ALNUM)
    if r < 0.85:
        return R.choice(PW_WORDS).capitalize() + d(R.randint(2, 4)) + R.choice("!*-_.~")
    return R.choice(PW_WORDS) + "%21" + d(R.randint(2, 4)) + R.choice(PW_WORDS)


URLCRED_HTTP_T = [
    'curl -sf $v',
    'wget -q $v',
    'pip install --index-url $v acme-lib',
    '  url: $v',
    '$v',
    'level=error svc=$svc msg="download failed" url=$v status=401',
    'fetching $v ...',
]
URLCRED_T = [
    'DATABASE_URL=$v',
    'export DATABASE_URL="$v"',
    'connecting to $v ...',
    '{"broker_url":"$v","retries":5}',
    'redis_url: "$v"',
    'CELERY_BROKER_URL=$v',
    'sqlalchemy.exc.OperationalError: could not connect to server: Connection refused (url=$v)',
    'mongosh "$v"',
    'level=error svc=$svc msg="dial failed" dsn=$v',
    '  url: $v',
    'spring.rabbitmq.addresses=$v',
    '$v',
]


def gen_urlcred_real():
    scheme, port, paths = R.choice(SCHEMES)
    user = R.choice(URL_USERS)
    pw = url_password()
    r = R.random()
    if scheme == "mongodb+srv":
        host = "cluster0.%s.mongodb.net" % rs(5, LOWER + DIGITS)
    elif r < 0.35:
        host = ipv4()
    elif r < 0.7:
        host = R.choice(SINGLE_HOSTS)
    else:
        host = R.choice(FQDN_HOSTS)
    hp = host + (":" + port if port and R.random() < 0.7 else "")
    url = "%s://%s:%s@%s%s" % (scheme, user, pw, hp, R.choice(paths))
    tpl = R.choice(URLCRED_HTTP_T if scheme in ("https", "http", "ftp") else URLCRED_T)
    text = fill(tpl, url)
    return pw, text, {"accept_overlap": ("email",)}


URLCRED_NEAR = [
    (lambda: R.choice(["https://api.acme-corp.io/v1/orders?page=2", "https://grafana.acme-corp.io/d/latency?orgId=1",
                       "https://status.globex.com/"]), ["GET $v", "see $v", "fetching $v"]),
    (lambda: "%s://%s:%s/%s" % (R.choice(["postgres", "redis", "amqp", "mysql"]), R.choice(SINGLE_HOSTS),
                                R.choice(["5432", "6379", "5672", "3306"]), R.choice(["app", "0", "orders"])),
     ["DATABASE_URL=$v", "connecting to $v", "dsn=$v"]),
    (lambda: "%s@%s" % (R.choice(["deploy", "ubuntu", "git", "ops"]), ipv4()),
     ["ssh $v", "ssh -i ~/.ssh/deploy $v uptime", "rsync -a dist/ $v:/srv/www/"]),
    (lambda: "http://%s:%d/%s" % (R.choice(["localhost", "127.0.0.1", "app"]), R.choice([8080, 3000, 9090, 5000]),
                                  R.choice(["health", "metrics", "api/v1/status"])),
     ["probe $v ok", "GET $v 200", "curl -s $v"]),
    (lambda: "ssh://git@%s:2222/acme/api.git" % ipv4(), ["git clone $v", "remote origin $v"]),
    (lambda: "ftp://%s/pub/" % R.choice(["mirror.initech.net", "ftp.hooli.xyz"]), ["mirror $v", "anonymous login to $v"]),
    (lambda: "mongodb://mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0", ["MONGO_URL=$v"]),
    (lambda: "scheme://user:password@host", ["format: $v", "expected $v"]),
]


def gen_urlcred_near():
    vg, tpls = R.choice(URLCRED_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== basic auth

BASIC_USERS = ["svc-reporting", "jdoe", "api", "integration", "admin", "deploy", "grafana", "prometheus",
               "partner-acme", "webhook", "ci", "metrics-reader", "elastic", "kibana_system"]


def basic_value():
    user = R.choice(BASIC_USERS + [R.choice(FIRST) + "." + R.choice(LAST)])
    pw = password_value()
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()


BASIC_T = [
    'Authorization: Basic $v',
    'authorization: Basic $v',
    "curl -s -H 'Authorization: Basic $v' https://api.acme-corp.io/v1/reports",
    'curl -H "Authorization: Basic $v" http://elastic:9200/_cat/indices',
    '{"headers":{"Authorization":"Basic $v","Accept":"application/json"}}',
    'headers = {"Authorization": "Basic $v"}',
    '> Authorization: Basic $v',
    'Proxy-Authorization: Basic $v',
    'GET $path HTTP/1.1\nHost: api.acme-corp.io\nAuthorization: Basic $v\nAccept: */*',
    'level=debug svc=gateway msg="upstream request" Authorization="Basic $v"',
    'AUTHORIZATION: BASIC $v',
]


def gen_basic_real():
    v = basic_value()
    return v, fill(R.choice(BASIC_T), v)


BASIC_PLACEHOLDERS = ["<base64>", "<credentials>", "$CREDS", "${BASIC_AUTH}", "{{ basic_auth }}"]
BASIC_DOC_EXAMPLES = ["QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "dXNlcjpwYXNzd29yZA==", "dXNlcm5hbWU6cGFzc3dvcmQ="]


def gen_basic_syn():
    v = R.choice(BASIC_PLACEHOLDERS + (BASIC_DOC_EXAMPLES if INCLUDE_DOC_EXAMPLES else []))
    return v, fill(R.choice(BASIC_T), v)


BASIC_NEAR = [
    (lambda: R.choice(["Basic setup complete", "Basic plan", "Basic tier", "basic auth disabled",
                       "BASIC interpreter", "Basic Income", "Basic usage", "Basic example"]),
     ["$v", "$v for $First", "$svc: $v", "status: $v"]),
    (lambda: 'Basic realm="%s"' % R.choice(["staging", "api", "admin", "Restricted"]),
     ["WWW-Authenticate: $v", "< WWW-Authenticate: $v"]),
    (lambda: "Basic", ["auth scheme $v not allowed", "supported schemes: $v, Digest"]),
    (lambda: "Visual Basic", ["legacy $v macro found", "ported from $v"]),
]


def gen_basic_near():
    vg, tpls = R.choice(BASIC_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== bearer

def bearer_value():
    r = R.randrange(7)
    if r == 0:
        return mixed(R.randint(32, 48))
    if r == 1:
        v = "ya29." + rs_end_alnum(R.randint(30, 58), URLSAFE)
    elif r == 2:
        v = rs_end_alnum(R.randint(24, 60), ALNUM + "-._~")
    elif r == 3:
        v = "00" + mixed(R.randint(38, 42))
    elif r == 4:
        v = "EAAB" + mixed(R.randint(40, 60))
    elif r == 5:
        v = base64.b64encode(rbytes(R.choice([24, 30, 36, 45]))).decode().rstrip("=")
        if not v[-1].isalnum():
            v = v[:-1] + "A"
    else:
        v = "at_" + mixed(R.randint(20, 40))
    if v.count(".") >= 2:
        return bearer_value()
    return v


BEARER_T = [
    'Authorization: Bearer $v',
    'authorization: Bearer $v',
    "curl -H 'Authorization: Bearer $v' https://api.acme-corp.io/v1/me",
    '{"headers":{"Authorization":"Bearer $v","Accept":"application/json"}}',
    'headers = {"Authorization": "Bearer $v"}',
    '> Authorization: Bearer $v',
    'proxy: forwarding Authorization: Bearer $v upstream',
    'GET $path HTTP/1.1\nHost: api.acme-corp.io\nAuthorization: Bearer $v\nAccept: */*',
    'level=debug svc=gateway msg="outbound call" auth="Bearer $v"',
    'http GET api.acme-corp.io/me "Authorization: Bearer $v"',
]


def gen_bearer_real():
    v = bearer_value()
    return v, fill(R.choice(BEARER_T), v)


def gen_bearer_syn():
    v = R.choice(["<token>", "<ACCESS_TOKEN>", "$TOKEN", "${ACCESS_TOKEN}", "{{token}}", "$API_TOKEN",
                  "<your-api-token>", "${{ secrets.API_TOKEN }}"])
    return v, fill(R.choice(BEARER_T), v)


BEARER_NEAR = [
    (lambda: R.choice(["bearer of bad news", "Bearer realm", "bearer bonds", "bearer of this card",
                       "bearer token expired", "Bearer scheme"]),
     ["$v", "note: $v", "$First is the $v", "log: $v"]),
    (lambda: 'Bearer realm="%s", error="invalid_token"' % R.choice(["api", "example", "acme"]),
     ["WWW-Authenticate: $v", "< WWW-Authenticate: $v"]),
    (lambda: '"token_type":"Bearer"', ['{"access_token_ttl":3600,$v}', "response fields: $v"]),
    (lambda: "Bearer", ["auth scheme $v required", "missing $v prefix"]),
]


def gen_bearer_near():
    vg, tpls = R.choice(BEARER_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== password

PW_SYMS = "!%^*()_+=-.?~@"
LEET = str.maketrans({"a": "4", "e": "3", "o": "0", "i": "1", "s": "5"})


def password_value():
    while True:
        r = R.randrange(7)
        if r == 0:
            v = R.choice(PW_WORDS).capitalize() + str(R.randint(1980, 2025)) + R.choice("!?.#*")
        elif r == 1:
            w = R.choice(PW_WORDS) + R.choice(PW_WORDS).capitalize()
            v = w.translate(LEET)[:14] + R.choice("!@^") + d(1)
        elif r == 2 or r == 3:
            n = R.randint(10, 20)
            v = R.choice(ALNUM) + rs(n - 1, ALNUM + PW_SYMS)
        elif r == 4:
            v = "-".join(R.sample(PW_WORDS, 3)) + "-" + d(2)
        elif r == 5:
            v = R.choice(PW_WORDS).capitalize() + R.choice("_.-") + R.choice(PW_WORDS).capitalize() + d(2)
        else:
            v = mixed(R.randint(8, 16))
        if not 8 <= len(v) <= 24:
            continue
        if cc.is_placeholder(v) or v[0] in "=:" or "**" in v:
            continue
        return v


PASSWORD_T = [
    'password=$v',
    'level=debug svc=$svc msg="db connect" host=db-primary user=app password=$v timeout=5s',
    'passwd: $v',
    '"password": "$v"',
    '{"username":"$first","password":"$v","remember":true}',
    'pwd=$v',
    'DB_PASSWORD=$v',
    'export DB_PASSWORD="$v"',
    'MYSQL_ROOT_PASSWORD=$v',
    'spring.datasource.password=$v',
    '  password: $v',
    'db_password: "$v"',
    'POST /login username=$first&password=$v&next=%2F',
    'Server=sql01;Database=crm;User Id=app;Password=$v;',
    'Driver={ODBC Driver 18 for SQL Server};Server=db01;Uid=app;pwd=$v;',
    "login(user='$first', password='$v')",
    'PGPASSWORD=$v psql -h db-primary -U app',
    'smtp_password = $v',
    'ldap: bind dn=cn=admin password=$v',
    'WARNING: password=$v logged by debug middleware',
    'KEYSTORE_PASSWORD=$v',
    'admin_password: $v # rotate quarterly',
    'Password: $v',
    'new password=$v, please change on first login',
]


def gen_password_real():
    v = password_value()
    return v, fill(R.choice(PASSWORD_T), v)


PASSWORD_SYN_VALUES = ["changeme", "********", "${DB_PASSWORD}", "<redacted>", '""', "***", "[FILTERED]",
                       "${POSTGRES_PASSWORD}", "{{ db_password }}", "<your-password>", "xxxxxxxx", "REDACTED",
                       "$DB_PASSWORD"]
PASSWORD_SYN_T = [
    'password=$v',
    'level=debug svc=$svc msg="db connect" user=app password=$v',
    'passwd: $v',
    '"password": $v',
    'DB_PASSWORD=$v',
    'pwd=$v',
    '  password: $v',
    'spring.datasource.password=$v',
    'MYSQL_ROOT_PASSWORD=$v',
]


def gen_password_syn():
    v = R.choice(PASSWORD_SYN_VALUES)
    t = R.choice(PASSWORD_SYN_T)
    if v != '""':
        if t == '"password": $v':
            t = '"password": "$v"'
    else:
        t = R.choice(['"password": $v', '{"user":"$first","password":$v}', 'DB_PASSWORD=$v'])
    return v, fill(t, v)


PASSWORD_NEAR = [
    (lambda: R.choice(["password reset email sent", "forgot your password?", "Password must be at least 12 characters",
                       "passwords do not match", "password is incorrect", "password expired",
                       "Password changed successfully", "password strength: weak", "password manager",
                       "one-time password", "Enter your password", "invalid password"]),
     ["$v", "$svc: $v", "level=$lvl msg=\"$v\" uid=$uid", "UI string: $v", '{"msg":"$v","req":"$rid"}']),
    (lambda: R.choice(["PasswordEncoder", "check_password", "password_hash", "resetPassword", "PasswordField",
                       "hash_password"]),
     ["calling $v()", "bean $v initialised", "deprecated: $v", "from auth import $v"]),
    (lambda: "pwd", ["$$ cd /srv/app && $v", "run $v to print the directory", "$v\n/home/deploy"]),
    (lambda: "password", ["the word $v appears in the filename", "field '$v' is required", "column $v dropped"]),
]


def gen_password_near():
    vg, tpls = R.choice(PASSWORD_NEAR)
    v = vg()
    return v, fill(R.choice(tpls), v)


# =============================================================== main

PLAN = [
    # category, real gen, synthetic (gen, n), near-miss (gen, n)
    ("email", gen_email_real, (gen_email_syn, 45), (gen_email_near, 45)),
    ("credit-card", gen_card_real, (gen_card_syn, 45), (gen_card_near, 45)),
    ("us-ssn", gen_ssn_real, (gen_ssn_syn, 45), (gen_ssn_near, 40)),
    ("phone", gen_phone_real, (gen_phone_syn, 40), (gen_phone_near, 50)),
    ("iban", gen_iban_real, (gen_iban_syn, 25), (gen_iban_near, 50)),
    ("aws-access-key-id", gen_akid_real, (gen_akid_syn, 30), (gen_akid_near, 40)),
    ("aws-secret-key", gen_awssk_real, (gen_awssk_syn, 30), (gen_awssk_near, 40)),
    ("github-token", gen_gh_real, None, (gen_gh_near, 65)),
    ("gitlab-token", gen_gl_real, None, (gen_gl_near, 60)),
    ("slack-token", gen_slack_real, None, (gen_slack_near, 60)),
    ("slack-webhook", gen_hook_real, (gen_hook_syn, 10) if INCLUDE_DOC_EXAMPLES else None, (gen_hook_near, 55)),
    ("stripe-key", gen_stripe_real, (gen_stripe_syn, 40), (gen_stripe_near, 40)),
    ("google-api-key", gen_goog_real, None, (gen_goog_near, 60)),
    ("openai-key", gen_openai_real, None, (gen_openai_near, 60)),
    ("jwt", gen_jwt_real, None, (gen_jwt_near, 65)),
    ("private-key", gen_pem_real, None, (gen_pem_near, 60)),
    ("url-credentials", gen_urlcred_real, None, (gen_urlcred_near, 65)),
    ("basic-auth", gen_basic_real, (gen_basic_syn, 20), (gen_basic_near, 45)),
    ("bearer-token", gen_bearer_real, (gen_bearer_syn, 20), (gen_bearer_near, 45)),
    ("password", gen_password_real, (gen_password_syn, 40), (gen_password_near, 40)),
]


def main():
    for cat, real, syn, near in PLAN:
        produce(cat, "real", real, N_REAL_PEM if cat == "private-key" else N_REAL)
        if syn:
            produce(cat, "synthetic", syn[0], syn[1])
        produce(cat, "near-miss", near[0], near[1])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(cc.HEADER + "\n")
        for cat, label, value, text in ROWS:
            f.write("%s\t%s\t%s\t%s\n" % (cat, label, cc.escape(value), cc.escape(text)))
    print("wrote %d samples to %s" % (len(ROWS), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
