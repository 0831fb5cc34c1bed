"""dev9 shared pieces: the Doc recorder, check digits, seeded value factories,
look-alike factories and carrier escapes.  Standard library only."""
import base64
import datetime
import hashlib
import json
import random
import string
import urllib.parse
import zlib

SEED = "dev9"

CATS = {
    "email", "credit-card", "us-ssn", "phone", "iban", "aws-access-key-id",
    "aws-secret-key", "github-token", "gitlab-token", "slack-token",
    "slack-webhook", "stripe-key", "google-api-key", "openai-key",
    "anthropic-key", "jwt", "private-key", "url-credentials", "basic-auth",
    "bearer-token", "password", "generic-secret", "azure-storage-key",
    "npm-token", "pypi-token", "huggingface-token", "sendgrid-key",
    "twilio-key", "shopify-token", "datadog-key", "docker-auth", "mailgun-key",
    "ipv4", "ipv6", "date-of-birth", "passport", "uk-nino", "nl-bsn",
    "se-personnummer", "fi-hetu", "de-steuer-id", "fr-nir", "es-dni",
    "it-codice-fiscale", "in-aadhaar",
}

LOWER = string.ascii_lowercase
UPPER = string.ascii_uppercase
DIG = string.digits
ALNUM = string.ascii_letters + string.digits
LALNUM = LOWER + DIG
B32 = UPPER + "234567"
B64 = ALNUM + "+/"
B64U = ALNUM + "-_"
HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"

_USED = set()          # every labelled value in the set
REGISTRY = []          # (path pattern, count, function)


def carrier(pattern, n=1):
    """Register a document builder.  pattern may contain {i} (1-based)."""
    def deco(f):
        REGISTRY.append((pattern, n, f))
        return f
    return deco


class Doc:
    def __init__(self, path, idx):
        self.path = path
        self.i = idx
        self.r = random.Random("dev9-doc:" + path)
        self.labels = []          # (category, value) in order of creation
        self.looks = 0            # look-alikes placed (statistics only)

    # -- labelling -------------------------------------------------------
    def lab(self, cat, v):
        for c in cat.split("|"):
            assert c in CATS, (self.path, cat)
        assert v and isinstance(v, str), (self.path, cat, v)
        for c0, v0 in self.labels:
            if v0 == v:
                assert c0 == cat, (self.path, v, c0, cat)
                return v
        if v in _USED:
            raise ValueError("duplicate labelled value %r in %s" % (v, self.path))
        _USED.add(v)
        self.labels.append((cat, v))
        return v

    def lk(self, v):
        """A look-alike: counted, never labelled."""
        self.looks += 1
        return v

    def fresh(self, fn):
        for _ in range(200):
            v = fn()
            if v not in _USED:
                return v
        raise RuntimeError("no fresh value")

    # -- generic random pieces -------------------------------------------
    def s(self, n, alpha=ALNUM):
        r = self.r
        while True:
            v = "".join(r.choice(alpha) for _ in range(n))
            if alpha in (ALNUM, LALNUM, B64, B64U) and n >= 12:
                if not (any(c.isdigit() for c in v) and any(c.isalpha() for c in v)):
                    continue
            return v

    def hx(self, n):
        return self.s(n, HEX)

    def rb(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def b64(self, nbytes, pad=True):
        v = base64.b64encode(self.rb(nbytes)).decode()
        return v if pad else v.rstrip("=")

    def b64u(self, nbytes):
        return base64.urlsafe_b64encode(self.rb(nbytes)).decode().rstrip("=")

    def pick(self, seq):
        return self.r.choice(seq)

    def uuid(self):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + self.r.choice("89ab") + h[17:]
        return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    # -- values (labelled by default) -------------------------------------
    def secret(self, shape=None, cat="generic-secret"):
        shape = shape or self.pick(["hex32", "hex40", "hex64", "b64-32", "alnum32",
                                    "alnum40", "b64u43", "alnum24", "b64-24"])
        def mk():
            if shape.startswith("hex"):
                return self.hx(int(shape[3:]))
            if shape.startswith("HEX"):
                return self.s(int(shape[3:]), HEXU)
            if shape.startswith("alnum"):
                return self.s(int(shape[5:]))
            if shape.startswith("lalnum"):
                return self.s(int(shape[6:]), LALNUM)
            if shape.startswith("b64u"):
                return self.s(int(shape[4:]), B64U)
            if shape.startswith("b64-"):
                return self.b64(int(shape[4:]))
            if shape == "django":
                return self.s(50, LOWER + DIG + "!@#%^&*(-_=+)")
            if shape == "uuid":
                return self.uuid()
            if shape == "azure":
                return self.s(3) + "8Q~" + self.s(34, ALNUM + "~._-")
            if shape == "okta":
                return "00" + self.s(40, B64U)
            if shape == "telegram":
                return str(self.r.randint(5000000000, 7999999999)) + ":AA" + self.s(33, B64U)
            if shape == "fernet":
                return base64.urlsafe_b64encode(self.rb(32)).decode()
            if shape == "whsec":
                return "whsec_" + self.b64(24, pad=False)
            if shape == "whsec32":
                return "whsec_" + self.s(32)
            if shape == "B32x32":
                return self.s(32, B32)
            if shape == "hex128":
                return self.hx(128)
            raise KeyError(shape)
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def akid(self, prefix="AKIA", cat="aws-access-key-id"):
        def mk():
            v = prefix + self.s(16, B32)
            return v if not v.endswith("EXAMPLE") else mk()
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def awssec(self, cat="aws-secret-key"):
        def mk():
            v = base64.b64encode(self.rb(30)).decode()
            return v if ("/" in v or "+" in v) and any(c.isdigit() for c in v) else mk()
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def session_token(self, cat="generic-secret"):
        v = self.fresh(lambda: "IQoJb3JpZ2luX2Vj" + self.s(1, "EFGHIJ") + "aC" +
                       base64.b64encode(self.rb(self.r.randint(200, 260))).decode().rstrip("="))
        return self.lab(cat, v) if cat else v

    def pw(self, style=None, syms="!*-_.+=?^~%", cat="password", minlen=8):
        r = self.r
        style = style or r.choice(["human", "human", "leet", "random", "random", "phrase",
                                   "gen", "word2"])
        tail = "".join(c for c in syms if c not in ".,;:)]}>") if syms else ""
        def mk():
            if style == "human":
                v = (r.choice(WORDS).capitalize() + r.choice(WORDS + [""]) +
                     str(r.randint(1, 9999)) + (r.choice(tail) if tail else ""))
            elif style == "word2":
                v = r.choice(WORDS) + (r.choice(syms) if syms else "") + r.choice(WORDS).capitalize() + str(r.randint(10, 99))
            elif style == "leet":
                w = r.choice(WORDS) + r.choice(WORDS)
                tr = {"a": "@" if "@" in syms else "4", "o": "0", "e": "3", "i": "1", "s": "$" if "$" in syms else "5"}
                w = "".join(tr.get(c, c) if r.random() < 0.5 else c for c in w)
                v = w[0].upper() + w[1:] + str(r.randint(0, 99)) + (r.choice(tail) if tail else "")
            elif style == "random":
                n = r.randint(12, 20)
                pool = ALNUM + syms
                v = "".join(r.choice(pool) for _ in range(n))
                v = r.choice(UPPER) + r.choice(LOWER) + v + r.choice(DIG)
                if tail:
                    v += r.choice(tail)
            elif style == "phrase":
                sep = r.choice([s for s in "-._" if s in syms] or ["-"]) if syms else ""
                v = sep.join(r.choice(WORDS) for _ in range(r.randint(3, 4))) + sep + str(r.randint(2, 99))
            elif style == "gen":   # password-manager output, no symbols
                v = self.s(r.randint(16, 24))
            elif style == "short":
                v = r.choice(WORDS) + str(r.randint(10, 9999))
            else:
                raise KeyError(style)
            if len(v) < minlen:
                return mk()
            return v
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def jwt(self, kind=None, cat="jwt|bearer-token", alg=None, claims=None):
        r = self.r
        kind = kind or r.choice(["azure", "auth0", "okta", "keycloak", "cognito", "k8s",
                                 "firebase", "custom", "google"])
        now = r.randint(1735000000, 1767000000)
        sub = self.uuid()
        hdr = {"alg": alg or r.choice(["RS256", "RS256", "ES256", "PS256"]), "typ": "JWT"}
        if kind == "azure":
            tid = self.uuid()
            hdr["x5t"] = self.s(27, B64U)
            hdr["kid"] = hdr["x5t"]
            p = {"aud": "api://" + self.uuid(), "iss": "https://sts.windows.net/%s/" % tid,
                 "iat": now, "nbf": now, "exp": now + 3899, "aio": self.s(60, B64U),
                 "appid": self.uuid(), "oid": self.uuid(), "tid": tid, "ver": "1.0"}
        elif kind == "auth0":
            hdr["kid"] = self.s(22, B64U)
            p = {"iss": "https://%s.eu.auth0.com/" % r.choice(TENANTS), "sub": "auth0|" + self.hx(24),
                 "aud": ["https://api.%s/" % r.choice(COMPANY_DOMAINS)], "iat": now, "exp": now + 86400,
                 "azp": self.s(32), "scope": "openid profile read:orders"}
        elif kind == "okta":
            hdr["kid"] = self.s(43, B64U)
            p = {"ver": 1, "jti": "AT." + self.s(43, B64U), "iss": "https://%s.okta.com/oauth2/default" % r.choice(TENANTS),
                 "aud": "api://default", "iat": now, "exp": now + 3600, "cid": "0oa" + self.s(17),
                 "uid": "00u" + self.s(17), "scp": ["openid", "orders.read"]}
        elif kind == "keycloak":
            hdr["kid"] = self.s(43, B64U)
            p = {"exp": now + 300, "iat": now, "jti": self.uuid(),
                 "iss": "https://sso.%s/realms/%s" % (r.choice(COMPANY_DOMAINS), r.choice(["internal", "customers", "staff"])),
                 "sub": sub, "typ": "Bearer", "azp": r.choice(["portal", "backoffice", "mobile-app"]),
                 "scope": "profile email"}
        elif kind == "cognito":
            hdr = {"kid": self.b64(32), "alg": "RS256"}
            p = {"sub": sub, "iss": "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_" + self.s(9),
                 "client_id": self.s(26, LALNUM), "token_use": "access", "scope": "aws.cognito.signin.user.admin",
                 "auth_time": now, "exp": now + 3600, "iat": now, "jti": self.uuid()}
        elif kind == "k8s":
            hdr = {"alg": "RS256", "kid": self.s(43, B64U)}
            ns = r.choice(["default", "ci", "monitoring", "payments", "argocd"])
            p = {"aud": ["https://kubernetes.default.svc.cluster.local"], "exp": now + 31536000, "iat": now,
                 "iss": "https://kubernetes.default.svc.cluster.local",
                 "kubernetes.io": {"namespace": ns, "serviceaccount": {"name": r.choice(["deployer", "runner", "prometheus", "backup"]), "uid": self.uuid()}},
                 "nbf": now, "sub": "system:serviceaccount:%s:deployer" % ns}
        elif kind == "firebase":
            hdr["kid"] = self.hx(40)
            proj = r.choice(TENANTS) + "-" + self.s(5, LALNUM)
            p = {"iss": "https://securetoken.google.com/" + proj, "aud": proj, "auth_time": now,
                 "user_id": self.s(28), "sub": self.s(28), "iat": now, "exp": now + 3600,
                 "firebase": {"sign_in_provider": "password"}}
        elif kind == "google":
            hdr["kid"] = self.hx(40)
            p = {"iss": "https://accounts.google.com", "azp": "%d-%s.apps.googleusercontent.com" % (r.randint(10**11, 10**12), self.s(32, LALNUM)),
                 "aud": "https://%s.run.app" % r.choice(TENANTS), "sub": str(r.randint(10**20, 10**21)),
                 "iat": now, "exp": now + 3600}
        else:
            hdr = {"alg": alg or "HS256", "typ": "JWT"}
            p = {"sub": str(r.randint(1000, 999999)), "role": r.choice(["admin", "user", "service"]),
                 "iat": now, "exp": now + 7200}
        if claims:
            p.update(claims)
        a = hdr["alg"]
        siglen = {"RS256": 256, "PS256": 256, "ES256": 64, "HS256": 32, "HS512": 64, "ES384": 96}[a]
        def enc(o):
            return base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        v = self.fresh(lambda: "%s.%s.%s" % (enc(hdr), enc(p), self.b64u(siglen)))
        return self.lab(cat, v) if cat else v

    def bearer(self, kind=None, cat=None, assigned=False, kinds=None):
        """A token that a real service sends after `Bearer`.  assigned=True: the
        token is also the value of a token/access_token assignment."""
        r = self.r
        if kind is None:
            kind = r.choice(kinds or BEARER_KINDS)
        if kind == "jwt":
            return self.jwt(cat=cat or "jwt|bearer-token")
        if kind.startswith("jwt-"):
            return self.jwt(kind=kind[4:], cat=cat or "jwt|bearer-token")
        v, c = self.fresh(lambda: _bearer_value(self, kind))
        if assigned and c == "bearer-token":
            c = "bearer-token|generic-secret"
        if cat == "":
            return v
        return self.lab(cat or c, v)

    def pnr(self, form=None, samord=False, cat="se-personnummer", year=None):
        r = self.r
        form = form or r.choice(["long-", "long-", "long", "short-", "short-", "short"])
        def mk():
            y = year or (r.randint(1912, 1924) if form == "plus" else r.randint(1938, 2012))
            m = r.randint(1, 12)
            dd = r.randint(1, 28)
            day = dd + 60 if samord else dd
            nnn = r.randint(1, 999)
            nine = "%02d%02d%02d%03d" % (y % 100, m, day, nnn)
            ten = nine + str(luhn_digit(nine))
            cc = str(y // 100)
            if form == "long-":
                return "%s%s-%s" % (cc, ten[:6], ten[6:])
            if form == "long":
                return cc + ten
            if form == "short-":
                return "%s-%s" % (ten[:6], ten[6:])
            if form == "short":
                return ten
            if form == "plus":
                return "%s+%s" % (ten[:6], ten[6:])
            if form == "long ":
                return "%s%s %s" % (cc, ten[:6], ten[6:])
            raise KeyError(form)
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def card(self, net=None, fmt=None, cat="credit-card"):
        r = self.r
        net = net or r.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover", "jcb",
                               "diners", "unionpay", "maestro"])
        def mk():
            if net == "visa":
                pre, n = "4" + self.s(5, DIG), r.choice([16, 16, 16, 16, 19])
            elif net == "mc":
                pre, n = str(r.randint(51, 55)) + self.s(4, DIG), 16
            elif net == "mc2":
                pre, n = str(r.randint(2221, 2720)) + self.s(2, DIG), 16
            elif net == "amex":
                pre, n = r.choice(["34", "37"]) + self.s(4, DIG), 15
            elif net == "discover":
                pre, n = r.choice(["6011", "65" + self.s(2, DIG), "64" + r.choice("456789") + self.s(1, DIG)]), 16
            elif net == "jcb":
                pre, n = str(r.randint(3528, 3589)), 16
            elif net == "diners":
                pre, n = r.choice(["36", "38", "30" + r.choice("012345")]), 14
            elif net == "unionpay":
                pre, n = "62" + r.choice(["2", "4", "5", "8"]) + self.s(3, DIG), r.choice([16, 19])
            elif net == "maestro":
                pre, n = r.choice(["6759", "5018", "5020", "6304"]), r.choice([16, 18, 19])
            else:
                raise KeyError(net)
            body = pre + self.s(n - len(pre) - 1, DIG)
            num = body + str(luhn_digit(body))
            if num in TEST_CARDS or len(set(num[6:-4])) < 3:
                return mk()
            return fmt_card(num, fmt or r.choice(["plain", "plain", "space", "space", "dash"]))
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def phone(self, cc=None, form=None, cat="phone"):
        r = self.r
        cc = cc or r.choice(list(PHONE_PLANS))
        def mk():
            v = make_phone(r, cc, form)
            dg = "".join(ch for ch in v if ch.isdigit())
            # keep phones clear of other checksum categories
            if len(dg) == 10 and v.replace(" ", "") == dg and pnr_ok(dg):
                return mk()
            if 13 <= len(dg) <= 19 and luhn_ok(dg) and dg[0] in "3456":
                return mk()
            if len(dg) == 12 and dg[0] in "23456789" and verhoeff_ok(dg):
                return mk()
            return v
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def email(self, first=None, last=None, domain=None, cat="email"):
        r = self.r
        first = first or r.choice(FIRST_ALL)
        last = last or r.choice(LAST_ALL)
        def mk():
            f, l = ascii_fold(first).lower(), ascii_fold(last).lower()
            dom = domain or r.choice(MAIL_DOMAINS + COMPANY_DOMAINS)
            local = r.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s.%s%d" % (f, l, r.randint(1, 99)),
                              "%s_%s" % (f, l), "%s%d" % (f, r.randint(70, 2005))])
            return "%s@%s" % (local, dom)
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def mail(self, local, domain=None, cat="email"):
        """A role or service address (support@, noreply@ ...) of an organisation."""
        domain = domain or self.r.choice(COMPANY_DOMAINS)
        v = "%s@%s" % (local, domain)
        if v in _USED:
            v = self.fresh(lambda: "%s%d@%s" % (local, self.r.randint(2, 99), domain))
        return self.lab(cat, v)

    def ip(self, cat="ipv4"):
        v = self.fresh(lambda: public_ip(self.r))
        return self.lab(cat, v) if cat else v

    def iban(self, cc="SE", cat="iban", spaced=False):
        v = self.fresh(lambda: make_iban(self.r, cc))
        if spaced:
            v = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
        return self.lab(cat, v) if cat else v

    def dob(self, fmt="%Y-%m-%d", cat="date-of-birth", y0=1945, y1=2006):
        r = self.r
        def mk():
            dt = datetime.date(r.randint(y0, y1), r.randint(1, 12), r.randint(1, 28))
            return dt.strftime(fmt)
        v = self.fresh(mk)
        return self.lab(cat, v) if cat else v

    def name(self, pool=None):
        pool = pool or "int"
        f, l = NAMES[pool]
        return self.r.choice(f), self.r.choice(l)

    def ts(self, fmt="%Y-%m-%dT%H:%M:%S", base=None):
        base = base or datetime.datetime(2025, self.r.randint(1, 12), self.r.randint(1, 28),
                                         self.r.randint(0, 23), self.r.randint(0, 59), self.r.randint(0, 59))
        return base.strftime(fmt)

    def clock(self, start=None):
        """An increasing clock for log lines."""
        t = start or datetime.datetime(2025, self.r.randint(1, 12), self.r.randint(1, 28),
                                       self.r.randint(6, 20), self.r.randint(0, 59), self.r.randint(0, 59))
        def nxt(lo=0.05, hi=40.0):
            nonlocal t
            t = t + datetime.timedelta(seconds=self.r.uniform(lo, hi))
            return t
        return nxt

    # -- look-alikes (never labelled) --------------------------------------
    def lk_sha256(self):
        return self.lk(self.hx(64))

    def lk_sha1(self):
        return self.lk(self.hx(40))

    def lk_md5(self):
        return self.lk(self.hx(32))

    def lk_uuid(self):
        return self.lk(self.uuid())

    def lk_etag(self):
        return self.lk('"%s"' % self.hx(32))

    def lk_b64(self, n):
        return self.lk(self.b64(n))

    def lk_orgnr(self, dash=True):
        r = self.r
        def mk():
            pre = r.choice(["556", "556", "559", "559", "556", "969", "916", "802", "212", "717", "769"])
            nine = pre + self.s(6, DIG)
            return nine + str(luhn_digit(nine))
        v = mk()
        return self.lk(v[:6] + "-" + v[6:] if dash else v)

    def lk_bankgiro(self):
        body = self.s(self.r.choice([6, 7]), DIG)
        body = str(self.r.randint(1, 9)) + body[1:]
        v = body + str(luhn_digit(body))
        return self.lk(v[:-4] + "-" + v[-4:])

    def lk_plusgiro(self):
        body = str(self.r.randint(1, 9)) + self.s(self.r.choice([5, 6]), DIG)
        v = body + str(luhn_digit(body))
        if len(v) == 7:
            return self.lk("%s %s %s-%s" % (v[:2], v[2:4], v[4:6], v[6:]))
        return self.lk("%s %s %s-%s" % (v[:2], v[2:4], v[4:7], v[7:]))

    def lk_ocr(self, n=None):
        n = n or self.r.randint(8, 18)
        body = str(self.r.randint(1, 9)) + self.s(n - 2, DIG)
        return self.lk(body + str(luhn_digit(body)))

    def lk_datenum(self, luhn=None, dash=True, year=None):
        """YYYYMMDD-NNNN order/case/invoice numbers; luhn=True forces a Luhn pass."""
        r = self.r
        while True:
            y = year or r.randint(2019, 2026)
            d = datetime.date(y, r.randint(1, 12), r.randint(1, 28))
            tail = "%04d" % r.randint(1, 9999)
            ten = d.strftime("%y%m%d") + tail
            ok = luhn_ok(ten)
            if luhn is None or ok == luhn:
                break
        s = d.strftime("%Y%m%d")
        return self.lk(s + ("-" if dash else "") + tail)

    def lk_testcard(self):
        return self.lk(self.r.choice(sorted(TEST_CARDS)))

    def lk_masked(self, net=None):
        r = self.r
        first = r.choice(["4", "5", "3"])
        last4 = self.s(4, DIG)
        return self.lk(r.choice([
            "%s%s******%s" % (first, self.s(5, DIG), last4),
            "**** **** **** %s" % last4,
            "XXXXXXXXXXXX%s" % last4,
            "%s%s XXXX XXXX %s" % (first, self.s(3, DIG), last4),
            "************%s" % last4,
            "ending in %s" % last4,
        ]))

    def lk_luhn_id(self, n=16, first=None):
        body = (first or str(self.r.randint(1, 9))) + self.s(n - 2, DIG)
        body = body[:n - 1]
        return self.lk(body + str(luhn_digit(body)))

    def lk_digits(self, n, first=None):
        """Random digits that are not Luhn-valid (so no card by accident)."""
        while True:
            v = (first or str(self.r.randint(1, 9))) + self.s(n - 1, DIG)
            if not luhn_ok(v):
                return self.lk(v)


# ---------------------------------------------------------------------------
# bearer token shapes
BEARER_KINDS = [
    "jwt", "jwt", "jwt", "jwt", "jwt", "opaque", "opaque", "hex40", "hex64", "b64u43", "ya29",
    "jwe", "salesforce", "twitter", "dropbox", "square", "meta", "do", "linear", "figma",
    "notion", "airtable", "supabase", "grafana", "databricks", "tfc", "pulumi", "vault",
    "doppler", "groq", "replicate", "perplexity", "asana", "cloudflare", "vercel", "heroku",
    "spotify", "twitch", "sentry", "fly", "netlify", "bitbucket", "intercom", "hubspot",
    "contentful", "matrix", "mattermost", "jfrog", "sonar", "buildkite", "linode", "tailscale",
    "ngrok", "render", "uuid", "openshift", "rancher", "resend", "typeform", "miro", "pinterest",
    "github", "gitlab", "slack", "openai", "hf", "stripe", "npm", "zendesk", "gitea",
]


def _bearer_value(d, kind):
    r, s, hx = d.r, d.s, d.hx
    if kind == "opaque":
        return s(r.choice([32, 40, 48, 64])), "bearer-token"
    if kind == "hex40":
        return hx(40), "bearer-token"
    if kind == "hex64":
        return hx(64), "bearer-token"
    if kind == "b64u43":
        return d.b64u(32), "bearer-token"
    if kind == "ya29":
        return "ya29.a0" + s(r.randint(120, 170), B64U) + s(4, DIG), "bearer-token"
    if kind == "jwe":
        hdr = base64.urlsafe_b64encode(json.dumps(
            {"alg": "dir", "enc": "A256GCM", "iss": "https://%s.us.auth0.com/" % r.choice(TENANTS)},
            separators=(",", ":")).encode()).decode().rstrip("=")
        return "%s..%s.%s.%s" % (hdr, d.b64u(12), d.b64u(r.randint(150, 220)), d.b64u(16)), "bearer-token"
    if kind == "salesforce":
        return "00D%s!AQ%s" % (s(12), s(r.randint(90, 100), ALNUM + "._")), "bearer-token"
    if kind == "twitter":
        raw = s(20) + "%2F" + s(14) + "%3D" + s(50)
        return "AAAAAAAAAAAAAAAAAAAAA" + s(10) + "AAAAAA" + raw, "bearer-token"
    if kind == "dropbox":
        return "sl.u." + s(r.randint(130, 150), B64U), "bearer-token"
    if kind == "square":
        return "EAAA" + s(60, B64U), "bearer-token"
    if kind == "meta":
        return "EAAG" + s(r.randint(150, 180)), "bearer-token"
    if kind == "do":
        return "dop_v1_" + hx(64), "bearer-token"
    if kind == "linear":
        return "lin_api_" + s(40), "bearer-token"
    if kind == "figma":
        return "figd_" + s(40, B64U), "bearer-token"
    if kind == "notion":
        return "ntn_" + s(11, DIG) + s(35), "bearer-token"
    if kind == "airtable":
        return "pat" + s(14) + "." + hx(64), "bearer-token"
    if kind == "supabase":
        return "sbp_" + hx(40), "bearer-token"
    if kind == "grafana":
        return "glsa_" + s(32) + "_" + hx(8), "bearer-token"
    if kind == "databricks":
        return "dapi" + hx(32), "bearer-token"
    if kind == "tfc":
        return s(14) + ".atlasv1." + s(67), "bearer-token"
    if kind == "pulumi":
        return "pul-" + hx(40), "bearer-token"
    if kind == "vault":
        return "hvs.CAESI" + s(r.randint(80, 90), B64U), "bearer-token"
    if kind == "doppler":
        return "dp.st.prd." + s(43), "bearer-token"
    if kind == "groq":
        return "gsk_" + s(52), "bearer-token"
    if kind == "replicate":
        return "r8_" + s(37), "bearer-token"
    if kind == "perplexity":
        return "pplx-" + s(48), "bearer-token"
    if kind == "asana":
        return "2/%s/%s:%s" % (s(16, DIG), s(16, DIG), hx(32)), "bearer-token"
    if kind == "cloudflare":
        return s(40, B64U), "bearer-token"
    if kind == "vercel":
        return s(24), "bearer-token"
    if kind == "heroku":
        return "HRKU-AA" + s(58, B64U), "bearer-token"
    if kind == "spotify":
        return "BQ" + s(r.randint(140, 160), B64U), "bearer-token"
    if kind == "twitch":
        return s(30, LALNUM), "bearer-token"
    if kind == "sentry":
        body = base64.b64encode(json.dumps({"iat": r.randint(1.7e9, 1.76e9), "url": "https://sentry.io",
                                            "region_url": "https://de.sentry.io", "org": r.choice(TENANTS)},
                                           separators=(",", ":")).encode()).decode().rstrip("=")
        return "sntrys_" + body + "_" + s(43, B64U), "bearer-token"
    if kind == "fly":
        return "fo1_" + s(43, B64U), "bearer-token"
    if kind == "netlify":
        return "nfp_" + s(36), "bearer-token"
    if kind == "bitbucket":
        return "ATCTT3xFfGN0" + s(r.randint(150, 170), B64U) + "=" + s(8, HEXU), "bearer-token"
    if kind == "intercom":
        raw = "tok:%s_%s_%s" % (d.uuid(), hx(4), hx(4))
        return base64.b64encode(raw.encode()).decode(), "bearer-token"
    if kind == "hubspot":
        return "pat-eu1-" + d.uuid(), "bearer-token"
    if kind == "contentful":
        return "CFPAT-" + s(43, B64U), "bearer-token"
    if kind == "matrix":
        user = base64.b64encode(r.choice(FIRST_EN).lower().encode()).decode().rstrip("=")
        return "syt_%s_%s_%s" % (user, s(20), s(6)), "bearer-token"
    if kind == "mattermost":
        return s(26, LALNUM), "bearer-token"
    if kind == "jfrog":
        return "cmVmdGtuOjAxOjE3" + s(48), "bearer-token"
    if kind == "sonar":
        return "squ_" + hx(40), "bearer-token"
    if kind == "buildkite":
        return "bkua_" + hx(40), "bearer-token"
    if kind == "linode":
        return hx(64), "bearer-token"
    if kind == "tailscale":
        return "tskey-api-%s-%s" % (s(17), s(33)), "bearer-token"
    if kind == "ngrok":
        return "2" + s(26) + "_" + s(21), "bearer-token"
    if kind == "render":
        return "rnd_" + s(32), "bearer-token"
    if kind == "uuid":
        return d.uuid(), "bearer-token"
    if kind == "openshift":
        return "sha256~" + s(43, B64U), "bearer-token"
    if kind == "rancher":
        return "token-%s:%s" % (s(5, LALNUM), s(54, LALNUM)), "bearer-token"
    if kind == "resend":
        return "re_%s_%s" % (s(8), s(24)), "bearer-token"
    if kind == "typeform":
        return "tfp_" + s(44, B64U) + "_" + s(14), "bearer-token"
    if kind == "miro":
        return "eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_" + s(27, B64U), "bearer-token"
    if kind == "pinterest":
        return "pina_" + s(96, B64U), "bearer-token"
    if kind == "zendesk":
        return hx(64), "bearer-token"
    if kind == "gitea":
        return hx(40), "bearer-token"
    if kind == "github":
        return github_token(d, r.choice(["ghp", "gho", "ghs", "ghu"])), "github-token|bearer-token"
    if kind == "gitlab":
        return "glpat-" + s(20, B64U), "gitlab-token|bearer-token"
    if kind == "slack":
        return "xoxb-%s-%s-%s" % (s(12, DIG), s(13, DIG), s(24)), "slack-token|bearer-token"
    if kind == "openai":
        return "sk-proj-" + s(58, B64U) + "T3BlbkFJ" + s(58, B64U), "openai-key|bearer-token"
    if kind == "hf":
        return "hf_" + s(34, string.ascii_letters), "huggingface-token|bearer-token"
    if kind == "stripe":
        return "sk_live_51" + s(97), "stripe-key|bearer-token"
    if kind == "npm":
        return "npm_" + s(36), "npm-token|bearer-token"
    raise KeyError(kind)


B62 = DIG + UPPER + LOWER


def github_token(d, pre="ghp"):
    body = d.s(30)
    c = zlib.crc32(body.encode()) & 0xffffffff
    out = ""
    while c:
        c, m = divmod(c, 62)
        out = B62[m] + out
    return "%s_%s%s" % (pre, body, out.rjust(6, "0"))


# ---------------------------------------------------------------------------
# check digits
def luhn_ok(s):
    s = "".join(c for c in s if c.isdigit())
    tot = 0
    for i, ch in enumerate(reversed(s)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return len(s) > 1 and tot % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return int(c)
    raise ValueError(body)


def pnr_ok(ten):
    if len(ten) != 10 or not ten.isdigit() or not luhn_ok(ten):
        return False
    m, dd = int(ten[2:4]), int(ten[4:6])
    if dd > 60:
        dd -= 60
    return 1 <= m <= 12 and 1 <= dd <= 31


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]


def verhoeff_ok(s):
    c = 0
    for i, ch in enumerate(reversed(s)):
        c = _VD[c][_VP[i % 8][int(ch)]]
    return c == 0


TEST_CARDS = {
    "4111111111111111", "4242424242424242", "4012888888881881", "4000056655665556",
    "5555555555554444", "5105105105105100", "5200828282828210", "2223003122003222",
    "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
    "3530111333300000", "3566002020360505", "30569309025904", "38520000023237",
    "6200000000000005", "4000000000000002", "4000000000009995", "4917610000000000",
    "5454545454545454", "4444333322221111", "4005519200000004", "4035501000000008",
    "2222400070000005", "6759649826438453", "36006666333344",
}


def fmt_card(num, fmt):
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 14:
        return sep.join([num[:4], num[4:10], num[10:]])
    if len(num) == 16:
        return sep.join(num[i:i + 4] for i in range(0, 16, 4))
    if len(num) == 19:
        return sep.join([num[:4], num[4:8], num[8:12], num[12:16], num[16:]])
    return num


def make_iban(r, cc):
    lens = {"SE": ("n", 20), "DE": ("n", 18), "FR": ("fr", 23), "NL": ("nl", 14), "ES": ("n", 20),
            "FI": ("n", 14), "NO": ("n", 11), "DK": ("n", 14), "GB": ("gb", 18), "IT": ("it", 23),
            "PL": ("n", 24), "AT": ("n", 16), "BE": ("n", 12), "CH": ("n", 17), "IE": ("gb", 18)}
    kind, n = lens[cc]
    if kind == "n":
        bban = "".join(r.choice(DIG) for _ in range(n))
        if cc == "SE":
            bban = r.choice(["500", "800", "600", "300", "120", "927"]) + bban[3:]
    elif kind == "fr":
        bban = "".join(r.choice(DIG) for _ in range(n))
    elif kind == "nl":
        bban = r.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + "".join(r.choice(DIG) for _ in range(10))
    elif kind == "gb":
        bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "BOFI"]) + "".join(r.choice(DIG) for _ in range(14))
    else:
        bban = r.choice(UPPER) + "".join(r.choice(DIG) for _ in range(22))
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def public_ip(r):
    while True:
        a = r.randint(1, 223)
        b, c, dd = r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)
        if a in (10, 127, 0) or (a == 100 and 64 <= b <= 127) or (a == 169 and b == 254):
            continue
        if (a == 172 and 16 <= b <= 31) or (a == 192 and b == 168) or (a == 198 and b in (18, 19)):
            continue
        if (a, b, c) in ((192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 0, 0), (192, 88, 99)):
            continue
        return "%d.%d.%d.%d" % (a, b, c, dd)


# ---------------------------------------------------------------------------
# phones: (country code, generator of national significant number, formats)
def _d(r, n):
    return "".join(r.choice(DIG) for _ in range(n))


def _nanp(r):
    while True:
        area = str(r.choice([201, 202, 206, 212, 213, 214, 303, 305, 312, 404, 408, 415, 503, 512, 602,
                             617, 646, 702, 713, 718, 720, 773, 818, 858, 917, 929, 416, 604, 514, 647]))
        ex = str(r.randint(2, 9)) + _d(r, 2)
        if ex[1:] == "11" or ex == "555":
            continue
        return area, ex, _d(r, 4)


def make_phone(r, cc, form=None):
    form = form or r.choice(["intl", "intl", "nat", "nat", "e164"])
    g = PHONE_PLANS[cc]
    code, parts_nat, parts_intl = g(r)
    digits = "".join(ch for ch in "".join(parts_intl) if ch.isdigit())
    if form == "e164":
        return "+" + code + digits
    if form == "e164-noplus":
        return code + digits
    if form == "00":
        return "00" + code + " " + " ".join(parts_intl)
    if form == "intl":
        return "+" + code + " " + " ".join(parts_intl)
    return parts_nat


def _se(r):
    if r.random() < 0.75:
        p = r.choice(["70", "72", "73", "76", "79"])
        a, b, c = _d(r, 3), _d(r, 2), _d(r, 2)
        if p == "70" and a == "174":
            a = "284"
        return "46", "0%s-%s %s %s" % (p, a, b, c), [p, a, b, c]
    ac = r.choice(["8", "31", "40", "18", "90", "13", "60"])
    n = _d(r, 8 - len(ac) if ac != "8" else 7)
    n = str(r.randint(2, 9)) + n[1:]
    if ac == "8":
        return "46", "08-%s %s %s" % (n[:3], n[3:5], n[5:]), ["8", n[:3], n[3:5], n[5:]]
    return "46", "0%s-%s %s %s" % (ac, n[:2], n[2:4], n[4:]), [ac, n[:2], n[2:4], n[4:]]


def _de(r):
    if r.random() < 0.7:
        p = r.choice(["151", "152", "157", "160", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
        n = str(r.randint(2, 9)) + _d(r, 7 if p[1] != "5" else 7)
        return "49", "0%s %s" % (p, n), [p, n]
    ac = r.choice(["30", "40", "89", "221", "69", "711"])
    n = str(r.randint(2, 9)) + _d(r, 7 if len(ac) == 2 else 6)
    return "49", "0%s %s" % (ac, n), [ac, n]


def _fr(r):
    p = r.choice(["6", "7", "1", "4"])
    while True:
        a, b, c, dd = _d(r, 2), _d(r, 2), _d(r, 2), _d(r, 2)
        if not ((p == "6" and a == "39" and b == "98") or (p == "1" and a == "99")):
            break
    return "33", "0%s %s %s %s %s" % (p, a, b, c, dd), [p, a, b, c, dd]


def _gb(r):
    if r.random() < 0.7:
        p = "7" + r.choice(["4", "5", "7", "8", "9"]) + _d(r, 2)
        if p == "7700":
            p = "7712"
        n = _d(r, 6)
        return "44", "0%s %s" % (p, n), [p, n]
    a, b = "3" + _d(r, 3), _d(r, 4)
    return "44", "020 %s %s" % (a, b), ["20", a, b]


def _us(r):
    a, e, n = _nanp(r)
    return "1", "(%s) %s-%s" % (a, e, n), [a, e, n]


def _in(r):
    a = r.choice("6789") + _d(r, 4)
    b = _d(r, 5)
    return "91", r.choice(["%s %s" % (a, b), "0%s%s" % (a, b), "%s-%s" % (a, b)]), [a, b]


def _jp(r):
    p = r.choice(["90", "80", "70"])
    a, b = _d(r, 4), _d(r, 4)
    return "81", "0%s-%s-%s" % (p, a, b), [p + "-" + a + "-" + b]


def _cn(r):
    p = r.choice(["138", "139", "186", "150", "131", "177", "159"])
    a, b = _d(r, 4), _d(r, 4)
    return "86", "%s %s %s" % (p, a, b), [p, a, b]


def _kr(r):
    a, b = str(r.randint(2, 9)) + _d(r, 3), _d(r, 4)
    return "82", "010-%s-%s" % (a, b), ["10-" + a + "-" + b]


def _ru(r):
    p = r.choice(["916", "903", "925", "985", "911", "950"])
    a, b, c = _d(r, 3), _d(r, 2), _d(r, 2)
    return "7", "8 (%s) %s-%s-%s" % (p, a, b, c), [p, "%s-%s-%s" % (a, b, c)]


def _ua(r):
    p = r.choice(["67", "50", "63", "93", "97", "66"])
    a, b, c = _d(r, 3), _d(r, 2), _d(r, 2)
    return "380", "0%s %s %s %s" % (p, a, b, c), [p, a, b, c]


def _gr(r):
    a, b = "69" + str(r.randint(0, 9)) + "", _d(r, 7)
    return "30", "%s %s %s" % (a, b[:3], b[3:]), [a, b[:3], b[3:]]


def _th(r):
    p = r.choice(["81", "82", "86", "89", "91", "94"])
    a, b = _d(r, 3), _d(r, 4)
    return "66", "0%s-%s-%s" % (p, a, b), [p, a, b]


def _sa(r):
    p = "5" + r.choice("0345689")
    a, b = _d(r, 3), _d(r, 4)
    return "966", "0%s %s %s" % (p, a, b), [p, a, b]


def _ae(r):
    p = r.choice(["50", "52", "54", "55", "56", "58"])
    a, b = _d(r, 3), _d(r, 4)
    return "971", "0%s %s %s" % (p, a, b), [p, a, b]


def _eg(r):
    p = r.choice(["10", "11", "12", "15"])
    a, b = _d(r, 4), _d(r, 4)
    return "20", "0%s %s %s" % (p, a, b), [p, a, b]


def _br(r):
    ddd = r.choice(["11", "21", "31", "41", "51", "61", "71", "81"])
    a, b = "9" + _d(r, 4), _d(r, 4)
    return "55", "(%s) %s-%s" % (ddd, a, b), [ddd, "%s-%s" % (a, b)]


def _mx(r):
    ac = r.choice(["55", "33", "81"])
    a, b = _d(r, 4), _d(r, 4)
    return "52", "%s %s %s" % (ac, a, b), [ac, a, b]


def _es(r):
    a = r.choice("67") + _d(r, 2)
    b, c, dd = _d(r, 2), _d(r, 2), _d(r, 2)
    return "34", "%s %s %s %s" % (a, b, c, dd), [a, b, c, dd]


def _it(r):
    a = "3" + r.choice("234789") + _d(r, 1)
    b, c = _d(r, 3), _d(r, 4)
    return "39", "%s %s %s" % (a, b, c), [a, b, c]


def _nl(r):
    a = _d(r, 8)
    return "31", "06-%s" % a, ["6", a]


def _pl(r):
    a = r.choice("5678") + _d(r, 2)
    b, c = _d(r, 3), _d(r, 3)
    return "48", "%s %s %s" % (a, b, c), [a, b, c]


def _tr(r):
    p = "5" + r.choice("0345") + _d(r, 1)
    a, b, c = _d(r, 3), _d(r, 2), _d(r, 2)
    return "90", "0%s %s %s %s" % (p, a, b, c), [p, a, b, c]


def _id(r):
    p = "8" + r.choice("1257") + _d(r, 1)
    a, b = _d(r, 4), _d(r, 4)
    return "62", "0%s-%s-%s" % (p, a, b), ["%s-%s-%s" % (p, a, b)]


def _vn(r):
    p = r.choice(["90", "91", "98", "97", "88", "70"])
    a, b, c = _d(r, 3), _d(r, 2), _d(r, 2)
    return "84", "0%s %s %s %s" % (p, a, b, c), [p, a, b + c]


def _ph(r):
    p = "9" + r.choice(["17", "18", "05", "27", "56"])
    a, b = _d(r, 3), _d(r, 4)
    return "63", "0%s %s %s" % (p, a, b), [p, a, b]


def _au(r):
    p = "4" + r.choice(["0", "1", "2", "3", "5", "7"]) + _d(r, 1)
    a, b = _d(r, 3), _d(r, 3)
    return "61", "0%s %s %s" % (p, a, b), [p, a, b]


def _za(r):
    p = r.choice(["82", "83", "72", "71", "84", "61"])
    a, b = _d(r, 3), _d(r, 4)
    return "27", "0%s %s %s" % (p, a, b), [p, a, b]


def _ng(r):
    p = r.choice(["803", "806", "813", "703", "805", "810"])
    a, b = _d(r, 3), _d(r, 4)
    return "234", "0%s %s %s" % (p, a, b), [p, a, b]


def _ke(r):
    p = "7" + _d(r, 2)
    a = _d(r, 6)
    return "254", "0%s %s" % (p, a), [p, a]


def _pk(r):
    p = "3" + r.choice(["00", "01", "21", "33", "45"])
    a = _d(r, 7)
    return "92", "0%s %s" % (p, a), [p, a]


def _bd(r):
    p = "1" + r.choice(["7", "8", "9", "5", "3"]) + _d(r, 2)
    a = _d(r, 6)
    return "880", "0%s-%s" % (p, a), ["%s-%s" % (p, a)]


def _fi(r):
    p = r.choice(["40", "50", "44", "45", "41"])
    a, b = _d(r, 3), _d(r, 4)
    return "358", "0%s %s %s" % (p, a, b), [p, a, b]


def _no(r):
    p = r.choice("49") + _d(r, 2)
    a, b = _d(r, 2), _d(r, 3)
    return "47", "%s %s %s" % (p, a, b), [p, a, b]


def _dk(r):
    a = r.choice(["20", "21", "22", "25", "26", "28", "30", "31", "40", "42", "50", "60", "61"])
    b, c, dd = _d(r, 2), _d(r, 2), _d(r, 2)
    return "45", "%s %s %s %s" % (a, b, c, dd), [a, b, c, dd]


def _il(r):
    p = "5" + r.choice("02348")
    a, b = _d(r, 3), _d(r, 4)
    return "972", "0%s-%s-%s" % (p, a, b), ["%s-%s-%s" % (p, a, b)]


def _ch(r):
    p = r.choice(["76", "77", "78", "79"])
    a, b, c = _d(r, 3), _d(r, 2), _d(r, 2)
    return "41", "0%s %s %s %s" % (p, a, b, c), [p, a, b, c]


def _at(r):
    p = r.choice(["664", "660", "676", "699", "650"])
    a = _d(r, 7)
    return "43", "0%s %s" % (p, a), [p, a]


def _tw(r):
    p = "9" + _d(r, 2)
    a, b = _d(r, 3), _d(r, 3)
    return "886", "0%s %s %s" % (p, a, b), [p, a, b]


def _ie(r):
    p = r.choice(["83", "85", "86", "87", "89"])
    a, b = _d(r, 3), _d(r, 4)
    return "353", "0%s %s %s" % (p, a, b), [p, a, b]


PHONE_PLANS = {
    "SE": _se, "DE": _de, "FR": _fr, "GB": _gb, "US": _us, "IN": _in, "JP": _jp, "CN": _cn,
    "KR": _kr, "RU": _ru, "UA": _ua, "GR": _gr, "TH": _th, "SA": _sa, "AE": _ae, "EG": _eg,
    "BR": _br, "MX": _mx, "ES": _es, "IT": _it, "NL": _nl, "PL": _pl, "TR": _tr, "ID": _id,
    "VN": _vn, "PH": _ph, "AU": _au, "ZA": _za, "NG": _ng, "KE": _ke, "PK": _pk, "BD": _bd,
    "FI": _fi, "NO": _no, "DK": _dk, "IL": _il, "CH": _ch, "AT": _at, "TW": _tw, "IE": _ie,
}


# ---------------------------------------------------------------------------
# names, words, places
FIRST_SV = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Elin", "Oskar", "Sara", "Mikael",
            "Linnéa", "Gustav", "Ebba", "Henrik", "Maja", "Nils", "Ingrid", "Per", "Åsa", "Björn",
            "Frida", "Olof", "Sofia", "Magnus", "Alva", "Anders", "Hanna", "Viktor", "Jenny", "Emil"]
LAST_SV = ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
           "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Lindberg", "Lindqvist",
           "Holm", "Bergström", "Sandberg", "Forsberg", "Sjöberg", "Wallin", "Engström", "Lundgren",
           "Åberg", "Nyström", "Hedlund", "Björk", "Ekström", "Falk", "Öberg", "Strand"]
FIRST_EN = ["James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Chloe",
            "Daniel", "Grace", "Samuel", "Ruby", "Owen", "Isla", "Leo", "Zoe", "Adam", "Nora",
            "Priya", "Rahul", "Wei", "Yuki", "Mateo", "Lucía", "Jonas", "Léa", "Tomasz", "Aisha"]
LAST_EN = ["Smith", "Brown", "Taylor", "Wilson", "Walker", "Clarke", "Hughes", "Patel", "Khan",
           "Murphy", "O'Neill", "Fischer", "Weber", "Dubois", "Moreau", "García", "Rossi", "Kowalski",
           "Novak", "Tanaka", "Kim", "Nguyen", "Chen", "Silva", "Haddad", "Okafor", "Mensah",
           "Johnson", "Schmidt", "Costa"]
FIRST_ALL = FIRST_SV + FIRST_EN
LAST_ALL = LAST_SV + LAST_EN
NAMES = {"sv": (FIRST_SV, LAST_SV), "int": (FIRST_EN, LAST_EN), "all": (FIRST_ALL, LAST_ALL)}

MAIL_DOMAINS = ["gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me",
                "telia.com", "hotmail.se", "live.se", "bredband.net", "web.de", "gmx.de",
                "orange.fr", "libero.it", "mail.ru", "yandex.ru", "qq.com", "naver.com", "gmx.at"]
COMPANY_DOMAINS = ["nordhamn-logistik.se", "brightpeak.io", "kvarnbyn.se", "tallgrenconsulting.com",
                   "fjellvik.no", "helix-data.de", "orbitfreight.com", "lumenpay.eu", "sundsvik-energi.se",
                   "granitbank.se", "meridianhealth.co.uk", "polarisapps.dev", "bluefjord.tech",
                   "stellarcart.com", "vintergatan-skolor.se", "ekoteknik.se", "mapleridge-clinic.ca",
                   "arcticbyte.fi", "solvik-vard.se", "northwind-trading.net"]
TENANTS = ["acme-prod", "nordhamn", "brightpeak", "lumenpay", "orbit", "helixdata", "stellar",
           "polaris", "bluefjord", "kvarnbyn", "meridian", "arctic", "sundsvik", "granit"]
HOSTS = ["api.nordhamn-logistik.se", "api.brightpeak.io", "gateway.lumenpay.eu", "orders.stellarcart.com",
         "api.polarisapps.dev", "svc.helix-data.de", "api.orbitfreight.com", "edge.bluefjord.tech",
         "partner-api.granitbank.se", "data.arcticbyte.fi", "api.meridianhealth.co.uk"]
WORDS = ["tulpan", "granit", "lantern", "mosaic", "harbor", "falcon", "cedar", "meadow", "copper",
         "violet", "ember", "glacier", "pepper", "saffron", "quartz", "willow", "maple", "otter",
         "badger", "comet", "nebula", "orchid", "pebble", "raven", "sparrow", "thistle", "walrus",
         "zephyr", "kanel", "blabar", "hallon", "vinter", "sommar", "fjader", "kastanj", "lingon",
         "sparris", "trana", "ugglan", "vargen", "kaffe", "bulle", "segel", "snickare", "tranbar",
         "apfel", "sonne", "regen", "mond", "fuchs", "soleil", "lune", "nuage", "fraise", "luna",
         "gato", "playa", "fuego", "tigre", "delfin", "bamboo", "monsoon", "panda", "ginkgo",
         "tundra", "canyon", "orbit", "pixel", "rocket", "jigsaw", "marble", "cobalt", "indigo"]


def ascii_fold(s):
    tr = str.maketrans("åäöÅÄÖéèüÜßñçáíóúłÓ'", "aaoAAOeeuUsncaioulO-")
    out = s.translate(tr)
    return out.replace("-", "")


# ---------------------------------------------------------------------------
# escapes
def jesc(s):
    """JSON string body (no quotes)."""
    return json.dumps(s)[1:-1]


def jdump(o, **kw):
    kw.setdefault("indent", 2)
    kw.setdefault("ensure_ascii", False)
    return json.dumps(o, **kw)


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def pct(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def b64s(s):
    return base64.b64encode(s.encode()).decode()


def sha256(s):
    return hashlib.sha256(s.encode()).hexdigest()
