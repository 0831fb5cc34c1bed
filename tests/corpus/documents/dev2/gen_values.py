"""Deterministic generators for secret values and for look-alikes.

Standard library only.  Every real value is unique across the whole set.
"""
import base64
import hashlib
import json
import random
import string
import urllib.parse

ALNUM = string.ascii_letters + string.digits
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

WORDS = """amber anchor apple arrow aspen atlas autumn badger bamboo banjo basil
beacon birch bison blaze blossom bramble breeze bronze cactus canyon cedar
cobalt comet copper coral cosmos cricket crimson cypress dahlia delta desert
dolphin dragon ember falcon fern fig flint forest fox galaxy garnet glacier
granite harbor hazel heron hickory honey indigo iris ivory jade jasper juniper
kestrel lagoon lantern lemon lilac lotus lynx magnet mango maple marble meadow
mercury meteor mint monsoon mosaic nectar nebula nickel nova oak ocean olive
onyx orbit orchid otter panther pebble pepper pine planet plum polar poppy
prairie quartz quill raven reef ridge river robin ruby saffron sage salmon
sapphire scarlet sequoia shadow silver sparrow spruce storm summit sunset
tango thistle thunder tiger timber topaz tulip tundra velvet violet walnut
willow winter zephyr""".split()

SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Welcome", "Monday", "Friday",
           "January", "October", "December", "Password", "Letmein", "Sunshine",
           "Football", "Dragon", "Rainbow", "Company", "Admin", "Qwerty", "Master"]


class Values:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.used = set()

    # ---- basics -------------------------------------------------------
    def _u(self, fn):
        for _ in range(1000):
            v = fn()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("could not make a unique value")

    def choice(self, seq):
        return self.r.choice(seq)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def rbytes(self, n):
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def alnum(self, n):
        return self._u(lambda: self.chars(ALNUM, n))

    def hexs(self, n):
        return self._u(lambda: self.chars(HEX, n))

    def b64(self, nbytes):
        return self._u(lambda: base64.b64encode(self.rbytes(nbytes)).decode())

    def b64url(self, nbytes):
        return self._u(lambda: base64.urlsafe_b64encode(self.rbytes(nbytes)).decode().rstrip("="))

    # ---- passwords ------------------------------------------------------
    def human_password(self):
        def f():
            p = self.r.randint(0, 5)
            w = self.choice(SEASONS)
            if p == 0:
                return "%s%d%s" % (w, self.r.randint(2016, 2026), self.choice("!#$*?"))
            if p == 1:
                return "%s%s%s%d" % (self.choice(WORDS).capitalize(), self.choice("#@!_.-"),
                                     self.choice(WORDS).capitalize(), self.r.randint(10, 999))
            if p == 2:
                leet = self.choice(WORDS).replace("a", "@").replace("o", "0").replace("e", "3")
                return leet.capitalize() + str(self.r.randint(1, 99)) + self.choice("!$%")
            if p == 3:
                return "%s%s%d" % (self.choice(WORDS), self.choice(WORDS).capitalize(), self.r.randint(100, 9999))
            if p == 4:
                return "%s_%s!%d" % (w.lower(), self.choice(WORDS), self.r.randint(1, 99))
            return "%s%d%s%s" % (self.choice(WORDS).capitalize(), self.r.randint(1, 9999),
                                 self.choice("&*^%"), self.choice(WORDS))
        return self._u(f)

    def strong_password(self, n=None, symbols="!#$%^*-_+=.,~"):
        n = n or self.r.randint(14, 26)
        alphabet = ALNUM + symbols

        def f():
            while True:
                s = self.chars(alphabet, n)
                if (any(c.isdigit() for c in s) and any(c.isupper() for c in s)
                        and any(c in symbols for c in s) and s[0].isalnum()):
                    return s
        return self._u(f)

    def tricky_password(self):
        """Contains characters that need escaping in many carriers."""
        def f():
            base = self.chars(ALNUM, self.r.randint(8, 12))
            specials = self.r.sample(['@', '/', ':', '&', ';', '#', '=', '"', "'", '\\', '%', '?', ' ', '<', '>'], 2)
            pos = sorted(self.r.sample(range(1, len(base)), 2))
            s = base[:pos[0]] + specials[0] + base[pos[0]:pos[1]] + specials[1] + base[pos[1]:]
            return s + str(self.r.randint(1, 9))
        return self._u(f)

    def passphrase(self, sep=" "):
        return self._u(lambda: sep.join(self.r.sample(WORDS, self.r.randint(3, 5))))

    def password(self, kind=None):
        kind = kind or self.choice(["human", "human", "strong", "strong", "alnum", "phrase"])
        if kind == "human":
            return self.human_password()
        if kind == "strong":
            return self.strong_password()
        if kind == "alnum":
            return self.alnum(self.r.randint(16, 32))
        if kind == "hex":
            return self.hexs(32)
        if kind == "phrase":
            return self.passphrase(self.choice(["-", ".", "_"]))
        if kind == "tricky":
            return self.tricky_password()
        raise ValueError(kind)

    def safe_password(self):
        """No quotes/backslashes/spaces/#/;/& -- fits unquoted carriers."""
        k = self.choice(["human", "alnum", "phrase", "strong"])
        if k == "strong":
            return self.strong_password(symbols="!%^*-_+.,~")
        return self.password(k)

    # ---- generic secrets -------------------------------------------------
    def generic(self):
        k = self.r.randint(0, 6)
        if k == 0:
            return self.hexs(self.choice([32, 40, 64]))
        if k == 1:
            return self.alnum(self.choice([24, 32, 40, 48]))
        if k == 2:
            return self.b64(self.choice([24, 32, 48]))
        if k == 3:
            return self.b64url(32)
        if k == 4:
            return self.choice(["live_", "prod_", "srv_", "key_", "app_"]) + self.alnum(32)
        if k == 5:
            return self._u(lambda: "%s-%s-%s" % (self.chars(ALNUM, 8), self.chars(ALNUM, 12), self.chars(ALNUM, 12)))
        return self.hexs(48)

    # ---- vendor shapes ---------------------------------------------------
    def aws_akid(self, prefix="AKIA"):
        return self._u(lambda: prefix + self.chars(B32[:26] + "234567", 16))

    def aws_secret(self):
        def f():
            s = self.chars(B64, 40)
            return s if ("/" in s or "+" in s) else s[:20] + "/" + s[21:]
        return self._u(f)

    def aws_session_token(self):
        return self._u(lambda: "IQoJb3JpZ2luX2VjE" + base64.b64encode(self.rbytes(270)).decode().rstrip("="))

    def azure_key(self):
        return self._u(lambda: base64.b64encode(self.rbytes(64)).decode())

    def sas_sig_raw(self):
        return self._u(lambda: base64.b64encode(self.rbytes(32)).decode())

    def bearer(self, kind=None):
        kind = kind or self.choice(["alnum", "hex", "b64url", "ya29", "dotted", "sfdc", "uuidish", "okta"])
        if kind == "alnum":
            return self.alnum(self.choice([32, 40, 48, 64]))
        if kind == "hex":
            return self.hexs(self.choice([40, 64]))
        if kind == "b64url":
            return self.b64url(self.choice([32, 48]))
        if kind == "ya29":
            return self._u(lambda: "ya29.a0" + self.chars(B64URL, 150))
        if kind == "dotted":
            return self._u(lambda: "v1.%s.%s" % (self.chars(ALNUM, 20), self.chars(B64URL, 43)))
        if kind == "sfdc":
            return self._u(lambda: "00D%s!AQ%s" % (self.chars(ALNUM, 15), self.chars(ALNUM + "._", 90)))
        if kind == "uuidish":
            return self._u(lambda: "at-" + self.chars(HEX, 32) + "-" + self.chars(ALNUM, 16))
        if kind == "okta":
            return self._u(lambda: "00" + self.chars(ALNUM + "-_", 40))
        raise ValueError(kind)

    def jwt(self, iss="https://auth.example.com/", sub=None):
        def f():
            hdr = {"alg": self.choice(["HS256", "RS256"]), "typ": "JWT"}
            if hdr["alg"] == "RS256":
                hdr["kid"] = self.chars(ALNUM, 12)
            iat = 1767225600 + self.r.randint(0, 20000000)
            pl = {"iss": iss, "sub": sub or "user-%d" % self.r.randint(1000, 99999),
                  "aud": "api", "iat": iat, "exp": iat + 3600,
                  "scope": self.choice(["read write", "orders:read", "admin", "profile"])}
            enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
            sig = base64.urlsafe_b64encode(self.rbytes(32 if hdr["alg"] == "HS256" else 256)).decode().rstrip("=")
            return enc(hdr) + "." + enc(pl) + "." + sig
        return self._u(f)

    def slack(self, kind=None):
        kind = kind or self.choice(["xoxb", "xoxp", "xapp"])
        n = lambda k: "".join(self.r.choice(string.digits) for _ in range(k))
        if kind == "xoxb":
            return self._u(lambda: "xoxb-%s-%s-%s" % (n(12), n(13), self.chars(ALNUM, 24)))
        if kind == "xoxp":
            return self._u(lambda: "xoxp-%s-%s-%s-%s" % (n(12), n(12), n(13), self.chars(HEX, 32)))
        return self._u(lambda: "xapp-1-A%s-%s-%s" % (self.chars(B32[:26] + "0123456789", 10), n(13), self.chars(HEX, 64)))

    def twilio_sid(self):
        return self._u(lambda: "AC" + self.chars(HEX, 32))

    def twilio_token(self):
        return self.hexs(32)

    def twilio_api_key(self):
        return self._u(lambda: "SK" + self.chars(HEX, 32))

    # ---- look-alikes (not labelled) --------------------------------------
    def uuid(self):
        h = self.chars(HEX, 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], self.choice("89ab"), h[17:20], h[20:32])

    def sha256(self):
        return hashlib.sha256(self.rbytes(16)).hexdigest()

    def git_sha(self):
        return hashlib.sha1(self.rbytes(16)).hexdigest()

    def bcrypt(self):
        return "$2b$12$" + self.chars("./" + ALNUM, 53)

    def integrity(self):
        return "sha512-" + base64.b64encode(hashlib.sha512(self.rbytes(8)).digest()).decode()

    def digest(self):
        return "sha256:" + self.sha256()

    def request_id(self):
        return self.chars(HEX, 16)

    def placeholder(self, style="any"):
        return self.choice(PLACEHOLDERS)


PLACEHOLDERS = ["changeme", "********", "<password>", "${DB_PASSWORD}", "REDACTED",
                "[FILTERED]", "xxx", "your-api-key-here", "<redacted>", "CHANGE_ME",
                "TODO", "***", "<your-secret>", "${SECRET_KEY}", "%(password)s",
                "[hidden]", "xxxxxxxx", "null", "secret", "password"]

AWS_DOC_AKID = "AKIAIOSFODNN7EXAMPLE"
AWS_DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
ALADDIN = "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="


# ---- escaping helpers (value as written in the carrier) -------------------
def jesc(s):
    return json.dumps(s)[1:-1]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def uenc(s):
    return urllib.parse.quote(s, safe="")


def basic(user, pw):
    return base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
