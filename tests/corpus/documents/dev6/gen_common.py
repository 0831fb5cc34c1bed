"""Shared machinery for the dev6 generator: seeded randomness, synthetic value
factories, look-alike factories, carrier escapes and the Doc recorder."""
import base64, datetime, hashlib, json, os, re, string, struct, urllib.parse, uuid, zlib
import random

import gen_validate as V

SEED = 0x6D6576  # fixed
R = random.Random(SEED)

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DG = string.digits
AN = UP + LO + DG
HEX = '0123456789abcdef'
B32 = UP + '234567'

def rs(n, alphabet=AN):
    return ''.join(R.choice(alphabet) for _ in range(n))

def hexs(n):
    return rs(n, HEX)

def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))

def b64(n, url=False, pad=True):
    raw = rbytes(n)
    s = (base64.urlsafe_b64encode(raw) if url else base64.b64encode(raw)).decode()
    return s if pad else s.rstrip('=')

def pick(seq):
    return R.choice(seq)

def chance(p):
    return R.random() < p

def shuffled(seq):
    s = list(seq)
    R.shuffle(s)
    return s

# ---------------------------------------------------------------- escapes
def J(s):
    """JSON string body (no quotes)."""
    return json.dumps(s, ensure_ascii=False)[1:-1]

def U(s):
    return urllib.parse.quote(s, safe='')

def UPL(s):
    return urllib.parse.quote_plus(s, safe='')

def X(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;').replace("'", '&apos;')

def SQ(s):
    return s.replace("'", "''")

def tsv_escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\r', '\\r').replace('\t', '\\t')

# ---------------------------------------------------------------- pools
FIRST = ['Aarav', 'Ingrid', 'Mateo', 'Chloé', 'Yuki', 'Olumide', 'Sofia', 'Liam', 'Priya', 'Henrik',
         'Amara', 'Tomasz', 'Lucía', 'Noah', 'Fatima', 'Jonas', 'Mei', 'Diego', 'Anika', 'Kwame',
         'Elif', 'Rafael', 'Saanvi', 'Oskar', 'Leila', 'Marco', 'Hannah', 'Ravi', 'Astrid', 'Camille',
         'Tariq', 'Nora', 'Wei', 'Gabriel', 'Ines', 'Dmitri', 'Zara', 'Pieter', 'Aiko', 'Bongani',
         'Greta', 'Arjun', 'Maja', 'Julien', 'Siobhan', 'Hiroshi', 'Lena', 'Emeka', 'Valentina', 'Erik']
LAST = ['Lindqvist', 'Okafor', 'Moreau', 'Tanaka', 'Sharma', 'Kowalski', 'García', 'Schneider', 'Haddad',
        'Nakamura', 'Johansson', 'Mensah', 'Rossi', 'Fitzgerald', 'Iyer', 'Van der Berg', 'Petrov',
        'Nguyen', 'Brennan', 'Costa', 'Eriksson', 'Adeyemi', 'Dubois', 'Kaur', 'Müller', 'Yilmaz',
        'Hoffmann', 'Chatterjee', 'Nilsson', 'Ferreira', 'Walsh', 'Kim', 'Bianchi', 'Andersen', 'Reddy',
        'Novak', 'Sato', 'Oyelaran', 'Laurent', 'Berglund', 'Pillai', 'Horvat', 'Delgado', 'Svensson']
WORDS = ['amber', 'basil', 'cobalt', 'delta', 'ember', 'falcon', 'garnet', 'harbor', 'indigo',
         'juniper', 'kestrel', 'lantern', 'meadow', 'nectar', 'onyx', 'pebble', 'quartz', 'raven',
         'saffron', 'tundra', 'umber', 'velvet', 'willow', 'xenon', 'yarrow', 'zephyr', 'copper',
         'violin', 'stream', 'granite', 'marigold', 'orchid', 'pine', 'thistle', 'canyon', 'glacier',
         'hazel', 'iris', 'jasper', 'lagoon', 'maple', 'nimbus', 'opal', 'prairie', 'quill', 'rowan',
         'sierra', 'tango', 'walnut', 'bramble', 'cinder', 'dune', 'fjord', 'heron', 'lotus', 'moss',
         'otter', 'puffin', 'ripple', 'sparrow', 'tulip', 'vortex', 'wren', 'badger', 'comet', 'ferret']
COMPANY_DOMAINS = ['brightlane.io', 'northwind-traders.co.uk', 'kvarnberg.se', 'halvorsen-it.no',
                   'tessaract-labs.com', 'mapleleafcargo.ca', 'sundaram-finserv.in', 'orbitalpay.com',
                   'lumenhealth.org', 'vossberg-logistik.de', 'atelier-marceau.fr', 'pampas-agro.com.ar',
                   'hoshino-denki.co.jp', 'ridgeway-dental.com.au', 'quantafin.nl', 'castellana-seguros.es',
                   'bellavista-hotels.it', 'zephyrsoft.dev', 'copperline.net', 'fjordbyte.fi',
                   'meridian-freight.com', 'kalpataru-health.in', 'nimbusworks.cloud', 'ostrava-steel.cz',
                   'greenhollow.farm', 'tidewater-bank.com', 'sakura-retail.jp', 'bluecedar.ie']
FREEMAIL = ['gmail.com', 'outlook.com', 'yahoo.co.in', 'hotmail.se', 'web.de', 'gmx.de', 'orange.fr',
            'proton.me', 'icloud.com', 'rediffmail.com', 'libero.it', 'yahoo.com.br', 'live.nl']
RESERVED_MAIL = ['example.com', 'example.org', 'example.net', 'corp.example', 'mail.test', 'acme.invalid']
REGIONS = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1', 'ap-south-1', 'ap-southeast-2', 'eu-north-1', 'sa-east-1']
SERVICES = ['billing', 'checkout', 'ledger', 'orders', 'inventory', 'notify', 'search', 'identity', 'reports',
            'payroll', 'catalog', 'shipping', 'crm', 'analytics', 'gateway', 'scheduler', 'media', 'kyc']

def person():
    return pick(FIRST), pick(LAST)

def ascii_fold(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c)).replace(' ', '')

def svc():
    return pick(SERVICES)

def dbhost(kind='pg'):
    s = svc()
    return pick([
        f'{s}-{kind}-{R.randint(1,4):02d}.db.internal',
        f'{s}-prod.{rs(12, LO+DG)}.{pick(REGIONS)}.rds.amazonaws.com',
        f'{kind}-{s}.svc.cluster.local',
        f'{s}db{R.randint(1,9)}.{pick(["dc1", "fra", "ams", "blr"])}.corp',
        f'10.{R.randint(0,40)}.{R.randint(0,255)}.{R.randint(2,250)}',
    ])

def priv_ip():
    return pick([f'10.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}',
                 f'172.{R.randint(16,31)}.{R.randint(0,255)}.{R.randint(1,254)}',
                 f'192.168.{R.randint(0,255)}.{R.randint(1,254)}'])

def doc_ip():
    return pick([f'192.0.2.{R.randint(1,254)}', f'198.51.100.{R.randint(1,254)}', f'203.0.113.{R.randint(1,254)}'])

def ts(year=2024):
    d = datetime.datetime(year, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    return d

def iso(d=None):
    d = d or ts()
    return d.strftime('%Y-%m-%dT%H:%M:%S') + '.%03dZ' % R.randint(0, 999)

# ---------------------------------------------------------------- registries
USED = set()          # every labelled value in the set
LOOK = {}             # look-alike kind -> count

def unique(fn, *a, **kw):
    for _ in range(1000):
        v = fn(*a, **kw)
        if v not in USED:
            return v
    raise RuntimeError('cannot make a unique value')

def lk(kind, value):
    LOOK[kind] = LOOK.get(kind, 0) + 1
    return value

# ---------------------------------------------------------------- secrets
SYMS = '!#%^*-_+=.~@$&?'
AVOID_WORDS = ('pass', 'secret', 'change', 'test', 'admin', 'demo', 'xxx', 'redact', 'example', 'dummy', 'sample')

def password(style=None, avoid='', minlen=10, syms=None):
    syms = ''.join(c for c in (syms if syms is not None else SYMS) if c not in avoid)
    for _ in range(200):
        st = style or pick(['random', 'random', 'random', 'phrase', 'human', 'alnum'])
        if st == 'random':
            n = R.randint(max(minlen, 12), 22)
            pool = AN + syms
            v = [pick(UP), pick(LO), pick(DG)] + ([pick(syms)] if syms else []) + [pick(pool) for _ in range(n - 4)]
            R.shuffle(v)
            v = ''.join(v)
        elif st == 'alnum':
            v = rs(R.randint(max(minlen, 16), 32))
        elif st == 'phrase':
            sep = pick([c for c in '-._' if c not in avoid] or [''])
            ws = [pick(WORDS) for _ in range(R.randint(3, 4))]
            if chance(0.5):
                ws = [w.capitalize() for w in ws]
            v = sep.join(ws) + sep + str(R.randint(2, 999))
        else:  # human
            w = pick(WORDS)
            s = pick(syms) if syms else ''
            v = pick([f'{w.capitalize()}{s}{R.randint(10, 9999)}',
                      f'{w.capitalize()}{R.randint(1960, 2024)}{s}',
                      f'{pick(WORDS).capitalize()}{s}{w.capitalize()}{R.randint(1, 99)}',
                      f'{w}{s}{pick(WORDS).upper()}{R.randint(10, 99)}'])
        if len(v) < minlen or any(c in avoid for c in v) or any(a in v.lower() for a in AVOID_WORDS):
            continue
        if v in USED or V.looks_placeholder(v):
            continue
        return v
    raise RuntimeError('password')

def django_key():
    return rs(50, LO + DG + '!@#%^&*(-_=+)')

VENDOR_TOKENS = [
    lambda: 'xkeysib-' + hexs(64) + '-' + rs(16),                 # Brevo
    lambda: 'dop_v1_' + hexs(64),                                   # DigitalOcean
    lambda: 'hvs.' + rs(24) if chance(0.5) else 'hvs.CAESI' + rs(86, AN + '_-'),  # Vault
    lambda: 'pat-' + pick(['na1', 'eu1']) + '-' + str(uuid.UUID(int=R.getrandbits(128))),  # HubSpot
    lambda: 'lin_api_' + rs(40),                                    # Linear
    lambda: 'secret_' + rs(43),                                     # Notion (legacy)
    lambda: 'ntn_' + rs(11, DG) + rs(35),                           # Notion
    lambda: 'sntrys_' + b64(90, url=True, pad=False).replace('-', 'A').replace('_', 'b'),  # Sentry
    lambda: 'glsa_' + rs(32) + '_' + hexs(8),                       # Grafana SA
    lambda: 'PMAK-' + hexs(24) + '-' + hexs(34),                    # Postman
    lambda: 'dp.st.' + pick(['prd', 'dev', 'stg']) + '.' + rs(43),  # Doppler
    lambda: 'pul-' + hexs(40),                                      # Pulumi
    lambda: rs(14) + '.atlasv1.' + rs(67, AN),                      # Terraform Cloud
    lambda: 'ATATT3xFfGF0' + rs(180, AN + '_-') + '=' + hexs(8).upper(),  # Atlassian
    lambda: 'squ_' + hexs(40),                                      # SonarQube
    lambda: 'bkua_' + hexs(40),                                     # Buildkite
    lambda: 'dckr_pat_' + rs(27, AN + '_-'),                        # Docker Hub PAT
    lambda: 'tskey-auth-' + rs(11) + 'CNTRL-' + rs(33),             # Tailscale
    lambda: 'FLWSECK-' + hexs(32) + '-X',                           # Flutterwave
    lambda: 'dapi' + hexs(32),                                      # Databricks
    lambda: 'CFPAT-' + rs(43, AN + '_-'),                           # Contentful
    lambda: 'pat' + rs(14) + '.' + hexs(64),                        # Airtable
    lambda: 'fo1_' + rs(43, AN + '_-'),                             # Fly.io
    lambda: 'nfp_' + rs(36),                                        # Netlify
    lambda: 'sq0csp-' + rs(43, AN + '_-'),                          # Square app secret
    lambda: 'EAAA' + rs(60, AN + '-_'),                             # Square access token
    lambda: 'GOCSPX-' + rs(28, AN + '_-'),                          # Google OAuth client secret
    lambda: rs(3) + '8Q~' + rs(34, AN + '~._-'),                    # Azure AD client secret
    lambda: 'AKCp' + rs(69),                                        # JFrog API key
    lambda: rs(52, LO + '234567'),                                  # Azure DevOps PAT
    lambda: str(R.randint(100000000, 7999999999)) + ':AA' + rs(33, AN + '_-'),  # Telegram bot
    lambda: 'rzp_live_' + rs(14),                                   # Razorpay key id (id, paired)
]

def vendor_token():
    for _ in range(50):
        v = pick(VENDOR_TOKENS)()
        if v.startswith('rzp_live_'):
            continue
        if V.generic_ok(v) and v not in USED:
            return v
    raise RuntimeError('vendor')

def gsecret(kind=None):
    for _ in range(200):
        k = kind or pick(['hex32', 'hex40', 'hex64', 'b62', 'b62', 'b64', 'b64url', 'vendor', 'vendor', 'uuid', 'django', 'b62long'])
        if k == 'hex32': v = hexs(32)
        elif k == 'hex40': v = hexs(40)
        elif k == 'hex64': v = hexs(64)
        elif k == 'hex128': v = hexs(128)
        elif k == 'b62': v = rs(R.randint(24, 40))
        elif k == 'b62long': v = rs(R.randint(48, 64))
        elif k == 'b64': v = b64(pick([24, 32, 48]))
        elif k == 'b64url': v = b64(32, url=True, pad=chance(0.3))
        elif k == 'fernet': v = b64(32, url=True)
        elif k == 'vendor': v = vendor_token()
        elif k == 'uuid': v = str(uuid.UUID(int=R.getrandbits(128), version=4))
        elif k == 'django': v = django_key()
        elif k == 'whsec': v = 'whsec_' + b64(24).rstrip('=').replace('+', 'x').replace('/', 'Q')
        elif k == 'license': v = '-'.join(rs(5, UP.replace('O', '').replace('I', '') + '23456789') for _ in range(5))
        elif k == 'wpsalt': v = rs(64, AN + '!@#$%^&*()-_ []{}<>~+=,.;:/?|')
        else: raise ValueError(k)
        if v.startswith(('SK', 'sk', 'AKIA', 'ASIA', 'eyJ', 'AIza', 'key-', 'SG.', 'gh', 'xox', 'hf_', 'npm_')):
            continue
        if not V.generic_ok(v) or v in USED:
            continue
        return v
    raise RuntimeError('gsecret')

def aws_key_id(temp=False):
    return ('ASIA' if temp else 'AKIA') + rs(16, B32)

def aws_secret():
    for _ in range(100):
        v = rs(40, AN + '/+')
        if v[0] not in '/+' and not v.startswith(('SK', 'sk')):
            return v

def aws_session_token():
    return pick(['IQoJb3JpZ2luX2VjE', 'FwoGZXIvYXdzE']) + b64(R.choice([300, 420, 560])).rstrip('=')

def aws_other_id(prefix=None):
    return lk('aws-other-unique-id', (prefix or pick(['AROA', 'AIDA', 'AGPA', 'ANPA', 'ANVA', 'AIPA', 'ASCA'])) + rs(16, B32))

def b64url_json(o):
    return base64.urlsafe_b64encode(json.dumps(o, separators=(',', ':')).encode()).decode().rstrip('=')

def jwt(iss=None, sub=None, alg=None, extra=None):
    alg = alg or pick(['RS256', 'RS256', 'ES256', 'HS256', 'PS256'])
    hdr = {'alg': alg, 'typ': 'JWT'}
    if alg != 'HS256':
        hdr['kid'] = pick([rs(20, AN + '-_'), hexs(40), str(uuid.UUID(int=R.getrandbits(128)))])
    now = 1704067200 + R.randint(0, 31536000)
    pl = {'iss': iss or pick(['https://login.microsoftonline.com/%s/v2.0' % uuid.UUID(int=R.getrandbits(128)),
                              'https://accounts.google.com', 'https://auth.%s/' % pick(COMPANY_DOMAINS),
                              'https://cognito-idp.%s.amazonaws.com/%s_%s' % (pick(REGIONS), pick(REGIONS), rs(9)),
                              'https://%s.eu.auth0.com/' % pick(WORDS), 'kubernetes/serviceaccount']),
          'sub': sub or pick([str(uuid.UUID(int=R.getrandbits(128))), 'auth0|' + hexs(24), str(R.randint(10**20, 10**21))]),
          'iat': now, 'exp': now + pick([300, 900, 3600, 86400])}
    if chance(0.6):
        pl['scope'] = ' '.join(R.sample(['openid', 'profile', 'email', 'read:orders', 'write:orders', 'offline_access', 'api.read'], 3))
    if extra:
        pl.update(extra)
    siglen = {'RS256': 256, 'PS256': 256, 'ES256': 64, 'HS256': 32}[alg]
    return b64url_json(hdr) + '.' + b64url_json(pl) + '.' + b64(siglen, url=True, pad=False)

JWT_IO = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'

def unsigned_jwt():
    return b64url_json({'alg': 'none', 'typ': 'JWT'}) + '.' + b64url_json({'sub': str(R.randint(1000, 99999)), 'role': 'viewer'}) + '.'

def bearer_opaque():
    return pick([
        lambda: rs(R.randint(32, 64), AN),
        lambda: hexs(40),
        lambda: 'ya29.a0' + rs(R.randint(150, 200), AN + '_-'),
        lambda: b64(36, url=True, pad=False),
        lambda: rs(6, LO + DG) + '.' + rs(16, LO + DG),            # kubeadm bootstrap token
        lambda: '00' + rs(40, AN + '_-'),                         # Okta-style opaque
        lambda: 'EwB' + rs(R.randint(180, 260), AN + '+/') + '=',  # MSA access token
        lambda: rs(8) + '.' + rs(24) + '.' + rs(12),
        lambda: 'at_' + rs(40),
    ])()

def gh_token(prefix='ghp_'):
    body = rs(30)
    crc = zlib.crc32(body.encode()) & 0xffffffff
    enc = ''
    while crc:
        crc, r = divmod(crc, 62)
        enc = (DG + UP + LO)[r] + enc
    return prefix + body + enc.rjust(6, '0')

def gh_pat_fine():
    return 'github_pat_11' + rs(20, UP + DG) + '_' + rs(59)

def slack_bot():
    return 'xoxb-%d-%d-%s' % (R.randint(10**10, 10**13), R.randint(10**10, 10**13), rs(24))

def slack_user():
    return 'xoxp-%d-%d-%d-%s' % (R.randint(10**10, 10**13), R.randint(10**10, 10**13), R.randint(10**10, 10**13), hexs(32))

def slack_webhook():
    return 'https://hooks.slack.com/services/T%s/B%s/%s' % (rs(pick([8, 10]), UP + DG), rs(pick([8, 10, 11]), UP + DG), rs(24))

def stripe_live(prefix='sk_live_'):
    return prefix + pick(['51', '4e']) + rs(pick([22, 97]))

def google_key():
    return 'AIza' + 'Sy' + rs(33, AN + '_-')

def openai_key():
    return pick([lambda: 'sk-proj-' + rs(74, AN + '_-') + 'T3BlbkFJ' + rs(74, AN + '_-'),
                 lambda: 'sk-' + rs(20) + 'T3BlbkFJ' + rs(20),
                 lambda: 'sk-svcacct-' + rs(74, AN + '_-') + 'T3BlbkFJ' + rs(74, AN + '_-')])()

def anthropic_key():
    return 'sk-ant-api03-' + rs(93, AN + '_-') + 'AA'

def azure_key():
    return b64(64)

def npm_token():
    return 'npm_' + rs(36)

def pypi_token():
    return 'pypi-AgEIcHlwaS5vcmc' + b64(120, url=True, pad=False)

def hf_token():
    return 'hf_' + rs(34, UP + LO)

def sendgrid_key():
    return 'SG.' + rs(22, AN + '_-') + '.' + rs(43, AN + '_-')

def twilio_sid():
    return 'AC' + hexs(32)

def twilio_api_key():
    return 'SK' + hexs(32)

def shopify_token(prefix='shpat_'):
    return prefix + hexs(32)

def mailgun_key():
    return 'key-' + hexs(32)

def gitlab_pat():
    return 'glpat-' + rs(20, AN + '_-')

# ---------------------------------------------------------------- private keys
def _wrap(s, n=64):
    return '\n'.join(s[i:i + n] for i in range(0, len(s), n))

def pem_key(kind=None):
    kind = kind or pick(['rsa', 'pkcs8', 'ec', 'openssh'])
    if kind == 'rsa':
        der = bytes.fromhex('308204a40201000282010100') + rbytes(1180)
        return '-----BEGIN RSA PRIVATE KEY-----\n' + _wrap(base64.b64encode(der).decode()) + '\n-----END RSA PRIVATE KEY-----'
    if kind == 'pkcs8':
        der = bytes.fromhex('308204be020100300d06092a864886f70d0101010500048204a8308204a40201000282010100') + rbytes(1180)
        return '-----BEGIN PRIVATE KEY-----\n' + _wrap(base64.b64encode(der).decode()) + '\n-----END PRIVATE KEY-----'
    if kind == 'ec':
        der = bytes.fromhex('30770201010420') + rbytes(32) + bytes.fromhex('a00a06082a8648ce3d030107a14403420004') + rbytes(64)
        return '-----BEGIN EC PRIVATE KEY-----\n' + _wrap(base64.b64encode(der).decode()) + '\n-----END EC PRIVATE KEY-----'
    if kind == 'openssh':
        def sstr(b):
            return struct.pack('>I', len(b)) + b
        pub = rbytes(32)
        pubblob = sstr(b'ssh-ed25519') + sstr(pub)
        ck = rbytes(4)
        comment = ('%s@%s' % (pick(['deploy', 'ci', 'backup', 'ansible', 'git']), pick(['runner-03', 'bastion', 'build7', 'laptop']))).encode()
        priv = ck + ck + sstr(b'ssh-ed25519') + sstr(pub) + sstr(rbytes(32) + pub) + sstr(comment)
        pad = 1
        while len(priv) % 8:
            priv += bytes([pad]); pad += 1
        blob = b'openssh-key-v1\x00' + sstr(b'none') + sstr(b'none') + sstr(b'') + struct.pack('>I', 1) + sstr(pubblob) + sstr(priv)
        return '-----BEGIN OPENSSH PRIVATE KEY-----\n' + _wrap(base64.b64encode(blob).decode(), 70) + '\n-----END OPENSSH PRIVATE KEY-----'
    if kind == 'pgp':
        body = base64.b64encode(b'\x95\x07\x46\x04' + rbytes(900)).decode()
        crc = base64.b64encode(rbytes(3)).decode()
        return '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n' + _wrap(body) + '\n=' + crc + '\n-----END PGP PRIVATE KEY BLOCK-----'
    raise ValueError(kind)

def pem_cert():
    der = bytes.fromhex('308203') + rbytes(900)
    return '-----BEGIN CERTIFICATE-----\n' + _wrap(base64.b64encode(der).decode()) + '\n-----END CERTIFICATE-----'

def pem_pub():
    der = bytes.fromhex('30820122300d06092a864886f70d01010105000382010f003082010a0282010100') + rbytes(262)
    return '-----BEGIN PUBLIC KEY-----\n' + _wrap(base64.b64encode(der).decode()) + '\n-----END PUBLIC KEY-----'

def ssh_pub():
    return 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64(32)[:43] + ' ' + pick(['deploy@ci', 'ops@bastion', 'git@runner'])

# ---------------------------------------------------------------- personal data
def aadhaar_digits(first=None):
    while True:
        p = (first or str(R.randint(2, 9))) + ''.join(pick(DG) for _ in range(10))
        v = p + V.verhoeff_digit(p)
        if v not in USED and len(set(v)) > 3:
            return v

def aadhaar_fmt(d, style=None):
    style = style or pick(['sp', 'sp', 'plain', 'dash'])
    if style == 'sp': return f'{d[:4]} {d[4:8]} {d[8:]}'
    if style == 'dash': return f'{d[:4]}-{d[4:8]}-{d[8:]}'
    return d

def non_verhoeff12(first=None):
    while True:
        p = (first or str(R.randint(2, 9))) + ''.join(pick(DG) for _ in range(11))
        if not V.verhoeff_ok(p):
            return p

def luhn_complete(prefix, length):
    body = prefix + ''.join(pick(DG) for _ in range(length - len(prefix) - 1))
    return body + V.luhn_digit(body)

CARD_PREFIX = {'visa': ['4'], 'mastercard': ['51', '52', '53', '54', '55', '2221', '2300', '2500', '2720'],
               'amex': ['34', '37'], 'discover': ['6011', '65', '644'], 'jcb': ['3528', '3540', '3589'],
               'diners': ['36', '300', '305'], 'unionpay': ['62'], 'rupay': ['60', '6521', '8174'], 'maestro': ['6759', '5018']}

def card(network=None):
    network = network or pick(['visa', 'visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover', 'jcb', 'unionpay', 'diners', 'rupay', 'maestro'])
    length = {'amex': 15, 'diners': 14}.get(network, 16)
    while True:
        v = luhn_complete(pick(CARD_PREFIX[network]), length)
        if V.card_ok(v) and v not in USED:
            return v

def card_fmt(d, style=None):
    style = style or pick(['plain', 'sp', 'sp', 'dash'])
    if style == 'plain': return d
    sep = ' ' if style == 'sp' else '-'
    if len(d) == 15: return sep.join([d[:4], d[4:10], d[10:]])
    if len(d) == 14: return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))

def luhn_nonnetwork(length=16):
    while True:
        v = luhn_complete(pick(['9', '0', '20', '21', '28', '29', '31', '33', '99', '90']), length)
        if V.card_network(v) is None:
            return v

def card_bad_luhn(network=None):
    while True:
        v = card(network)
        bad = v[:-1] + str((int(v[-1]) + R.randint(1, 9)) % 10)
        if not V.luhn_ok(bad):
            return bad

def imei():
    return luhn_complete(pick(['35', '86', '01', '49']) + rs(6, DG), 15)

def iccid():
    return luhn_complete('89' + pick(['46', '91', '44', '49', '01', '33']) + rs(2, DG), pick([19, 20]))

def pnr(year=None, sep=None, century=None):
    while True:
        y = year or R.randint(1940, 2006)
        m, d = R.randint(1, 12), R.randint(1, 28)
        nnn = '%03d' % R.randint(0, 999)
        yy = '%02d' % (y % 100)
        base = f'{yy}{m:02d}{d:02d}{nnn}'
        c = V.luhn_digit(base)
        ten = base + c
        s = sep if sep is not None else pick(['-', '-', '', 'c-', 'c'])
        if s.startswith('c'):
            v = f'{y}{m:02d}{d:02d}' + ('-' if s == 'c-' else '') + nnn + c
        else:
            v = ten[:6] + s + ten[6:]
        if v not in USED and V.pnr_ok(v):
            return v

def org_nr():
    while True:
        base = pick(['55', '556', '559', '802', '716', '969']) 
        body = base + ''.join(pick(DG) for _ in range(9 - len(base)))
        if int(body[2]) < 2:
            continue
        v = body + V.luhn_digit(body)
        return v[:6] + '-' + v[6:]

def pnr_bad_luhn():
    while True:
        v = pnr(sep='-')
        d = v.replace('-', '')
        bad = d[:-1] + str((int(d[-1]) + R.randint(1, 9)) % 10)
        if not V.luhn_ok(bad[-10:]):
            return bad[:-4] + '-' + bad[-4:] if len(bad) == 10 else bad[:6] + '-' + bad[6:]

def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666: continue
        v = '%03d-%02d-%04d' % (a, R.randint(1, 99), R.randint(1, 9999))
        if V.ssn_ok(v) and v not in USED:
            return v

def nino(spaced=None):
    while True:
        a = pick('ABCEGHJKLMNOPRSTWXYZ'); b = pick('ABCEGHJKLMNPRSTWXYZ')
        if a + b in ('BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'): continue
        dd = rs(6, DG)
        s = pick('ABCD')
        v = f'{a}{b} {dd[:2]} {dd[2:4]} {dd[4:]} {s}' if (spaced if spaced is not None else chance(0.5)) else f'{a}{b}{dd}{s}'
        if v not in USED: return v

def bsn():
    while True:
        d = rs(8, DG)
        s = sum(int(d[i]) * (9 - i) for i in range(8)) % 11
        if s == 10 or d[0] == '0': continue
        v = d + str(s)
        if V.bsn_ok(v) and v not in USED: return v

def hetu():
    while True:
        y = R.randint(1945, 2010)
        dd, mm = R.randint(1, 28), R.randint(1, 12)
        c = '-' if y < 2000 else 'A'
        z = '%03d' % R.randint(2, 899)
        base = '%02d%02d%02d' % (dd, mm, y % 100)
        v = base + c + z + V.hetu_char(base + z)
        if v not in USED: return v

def steuer_id():
    while True:
        digits = R.sample(DG, 9)
        rep = pick(digits)
        ds = digits + [rep]
        R.shuffle(ds)
        if ds[0] == '0': continue
        d10 = ''.join(ds)
        v = d10 + V.steuer_check(d10)
        if V.steuer_ok(v) and v not in USED: return v

def nir(spaced=True):
    while True:
        s = pick('12'); yy = '%02d' % R.randint(40, 99); mm = '%02d' % R.randint(1, 12)
        dep = '%02d' % R.randint(1, 95)
        if dep == '20': continue
        com = '%03d' % R.randint(1, 990); o = '%03d' % R.randint(1, 999)
        n13 = s + yy + mm + dep + com + o
        key = '%02d' % (97 - int(n13) % 97)
        v = f'{s} {yy} {mm} {dep} {com} {o} {key}' if spaced else n13 + key
        if v not in USED: return v

def dni(nie=False):
    if nie:
        p = pick('XYZ'); n = rs(7, DG)
        return p + n + V.DNI_LETTERS[int(str('XYZ'.index(p)) + n) % 23]
    n = '%08d' % R.randint(1000000, 79999999)
    return n + V.DNI_LETTERS[int(n) % 23]

def codice_fiscale(female=None):
    cons = 'BCDFGLMNPRSTVZ'
    belf = ['H501', 'F205', 'L219', 'A944', 'G273', 'F839', 'D612', 'L736', 'C351', 'B157']
    day = R.randint(1, 28) + (40 if (female if female is not None else chance(0.5)) else 0)
    s = rs(3, cons) + rs(3, cons) + '%02d' % R.randint(50, 99) + pick('ABCDEHLMPRST') + '%02d' % day + pick(belf)
    return s + V.cf_char(s)

IBAN_SPECS = {'DE': lambda: rs(8, DG) + rs(10, DG), 'GB': lambda: pick(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + rs(14, DG),
              'FR': lambda: rs(10, DG) + rs(11, DG) + rs(2, DG), 'NL': lambda: pick(['ABNA', 'INGB', 'RABO', 'TRIO']) + rs(10, DG),
              'ES': lambda: rs(20, DG), 'IT': lambda: pick(UP) + rs(10, DG) + rs(12, DG), 'SE': lambda: rs(20, DG),
              'BE': lambda: rs(12, DG), 'CH': lambda: rs(17, DG), 'AT': lambda: rs(16, DG), 'IE': lambda: pick(['AIBK', 'BOFI']) + rs(14, DG),
              'PL': lambda: rs(24, DG), 'FI': lambda: rs(14, DG), 'DK': lambda: rs(14, DG)}

def iban(country=None, spaced=None):
    c = country or pick(list(IBAN_SPECS))
    v = V.iban_make(c, IBAN_SPECS[c]())
    if spaced if spaced is not None else chance(0.5):
        v = ' '.join(v[i:i + 4] for i in range(0, len(v), 4))
    return v

def dob_date():
    return datetime.date(R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28))

def public_ipv4():
    while True:
        a = pick([3, 5, 13, 18, 23, 31, 34, 35, 37, 41, 45, 46, 49, 52, 54, 62, 66, 77, 78, 80, 81, 82, 85, 88, 91, 94, 102, 103, 104, 117, 122, 139, 141, 146, 151, 157, 176, 178, 185, 188, 193, 195, 197, 200, 212, 213, 217])
        v = f'{a}.{R.randint(0,255)}.{R.randint(0,255)}.{R.randint(1,254)}'
        if V.ipv4_public(v) and v not in USED: return v

def public_ipv6():
    p = pick(['2a01:4f8', '2a02:26f0', '2600:1f18', '2a03:2880', '2607:f8b0', '2a00:1450', '2406:da18', '2c0f:fb50', '2405:200', '2a05:d014'])
    groups = [format(R.randint(0, 0xffff), 'x') for _ in range(4)]
    return p + ':' + format(R.randint(1, 0xfff), 'x') + '::' + ':'.join(groups[:R.randint(1, 4)])

def passport(country=None):
    c = country or pick(['US', 'GB', 'IN', 'DE', 'FR', 'SE', 'NL', 'ES', 'IT', 'CA'])
    v = {'US': lambda: rs(9, DG), 'GB': lambda: rs(9, DG), 'IN': lambda: pick('JKLMNPRSTUVWZ') + rs(7, DG),
         'DE': lambda: pick('CFGHJK') + rs(8, 'CFGHJKLMNPRTVWXYZ0123456789'), 'FR': lambda: rs(2, DG) + rs(2, UP) + rs(5, DG),
         'SE': lambda: rs(8, DG), 'NL': lambda: rs(2, UP.replace('O', '')) + rs(6, UP.replace('O', '') + DG) + pick(DG),
         'ES': lambda: rs(3, UP) + rs(6, DG), 'IT': lambda: rs(2, UP) + rs(7, DG), 'CA': lambda: rs(2, UP) + rs(6, DG)}[c]()
    return c, v

# ---------------------------------------------------------------- phones
NANP_AREAS = ['212', '312', '415', '617', '206', '303', '512', '646', '713', '404', '305', '416', '604', '514', '702', '801', '919', '503', '612', '480', '971', '720', '857']

def _nanp_line():
    while True:
        ex = '%d%02d' % (R.randint(2, 9), R.randint(0, 99))
        if ex[1:] == '11' or ex == '555': continue
        return ex, '%04d' % R.randint(0, 9999)

def phone(country=None, style=None):
    c = country or pick(['US', 'US', 'GB', 'DE', 'FR', 'IN', 'IN', 'SE', 'NL', 'ES', 'IT', 'BR', 'JP', 'AU', 'MX', 'ZA', 'NG', 'CN', 'SG', 'AE', 'PL', 'IE', 'CH', 'KE', 'PH', 'KR', 'CA'])
    for _ in range(100):
        v = _phone(c, style)
        if V.phone_ok(v) and v not in USED:
            return v
    raise RuntimeError(c)

def _g(s, sizes, sep=' '):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return sep.join(out)

def _phone(c, style):
    st = style or pick(['intl', 'intl', 'nat', 'nat', 'e164'])
    d = lambda n: rs(n, DG)
    if c in ('US', 'CA'):
        a = pick(NANP_AREAS) if c == 'US' else pick(['416', '604', '514', '403', '613', '902'])
        ex, ln = _nanp_line()
        if st == 'e164': return f'+1{a}{ex}{ln}'
        if st == 'intl': return pick([f'+1 {a} {ex} {ln}', f'+1-{a}-{ex}-{ln}', f'+1 ({a}) {ex}-{ln}'])
        return pick([f'({a}) {ex}-{ln}', f'{a}-{ex}-{ln}', f'{a}.{ex}.{ln}', f'1-{a}-{ex}-{ln}'])
    if c == 'GB':
        if chance(0.6):
            n = pick(['71', '73', '74', '75', '77', '78', '79']) + d(8)
            if n.startswith('7700900'): n = '7812' + n[4:]
            return {'e164': f'+44{n}', 'intl': pick([f'+44 {n[:4]} {n[4:]}', f'+44 (0){n[:4]} {n[4:]}'])}.get(st, f'0{n[:4]} {n[4:]}')
        n = pick(['20' + pick('378') + d(7), '161' + d(7), '131' + d(7), '117' + d(7)])
        if n.startswith('207946'): n = '2073' + n[4:]
        sz = [2, 4, 4] if n.startswith('20') else [3, 3, 4]
        return {'e164': f'+44{n}', 'intl': '+44 ' + _g(n, sz)}.get(st, '0' + _g(n, sz))
    if c == 'DE':
        if chance(0.5):
            n = pick(['151', '160', '170', '171', '176', '157']) + d(8)
            return {'e164': f'+49{n}', 'intl': f'+49 {n[:3]} {n[3:]}'}.get(st, pick([f'0{n[:3]} {n[3:]}', f'0{n[:3]}/{n[3:]}']))
        ac = pick(['30', '89', '40', '221', '69', '711'])
        sub = d(8 - len(ac) + 2)
        return {'e164': f'+49{ac}{sub}', 'intl': f'+49 {ac} {sub}'}.get(st, pick([f'0{ac} {sub}', f'(0{ac}) {sub}', f'0{ac}-{sub}']))
    if c == 'FR':
        n = pick('1234567') + d(8)
        return {'e164': f'+33{n}', 'intl': '+33 ' + _g(n, [1, 2, 2, 2, 2])}.get(st, pick(['0' + _g(n, [1, 2, 2, 2, 2]), '0' + _g(n, [1, 2, 2, 2, 2], '.')]))
    if c == 'IN':
        n = pick('6789') + d(9)
        return {'e164': f'+91{n}', 'intl': pick([f'+91 {n[:5]} {n[5:]}', f'+91-{n}', f'+91 {n}'])}.get(st, pick([f'{n[:5]} {n[5:]}', f'0{n}', n, f'{n[:5]}-{n[5:]}']))
    if c == 'SE':
        if chance(0.6):
            n = pick(['70', '72', '73', '76', '79']) + d(7)
            return {'e164': f'+46{n}', 'intl': '+46 ' + _g(n, [2, 3, 2, 2])}.get(st, '0' + _g(n, [2, 3, 2, 2]).replace(' ', '-', 1))
        n = '8' + d(8)
        return {'e164': f'+46{n}', 'intl': '+46 ' + _g(n, [1, 3, 3, 2])}.get(st, '08-' + _g(n[1:], [3, 3, 2]))
    if c == 'NL':
        n = pick(['6', '20', '10', '30']) ; n = n + d(9 - len(n))
        return {'e164': f'+31{n}', 'intl': f'+31 {n[:1] if n[0]=="6" else n[:2]} {n[1:] if n[0]=="6" else n[2:]}'}.get(st, pick([f'0{n[:1]}-{n[1:]}' if n[0] == '6' else f'0{n[:2]} {n[2:5]} {n[5:]}']))
    if c == 'ES':
        n = pick('679') + d(8)
        return {'e164': f'+34{n}', 'intl': '+34 ' + _g(n, [3, 3, 3])}.get(st, _g(n, [3, 3, 3]))
    if c == 'IT':
        n = ('3' + d(9)) if chance(0.6) else ('06' + d(8))
        sz = [3, 3, 4] if n[0] == '3' else [2, 4, 4]
        return {'e164': f'+39{n}', 'intl': '+39 ' + _g(n, sz)}.get(st, _g(n, sz))
    if c == 'BR':
        ac = pick(['11', '21', '31', '41', '51', '61', '71', '81'])
        n = '9' + d(8)
        return {'e164': f'+55{ac}{n}', 'intl': f'+55 {ac} {n[:5]}-{n[5:]}'}.get(st, f'({ac}) {n[:5]}-{n[5:]}')
    if c == 'JP':
        if chance(0.5):
            n = pick(['90', '80', '70']) + d(8)
            return {'e164': f'+81{n}', 'intl': f'+81 {n[:2]}-{n[2:6]}-{n[6:]}'}.get(st, f'0{n[:2]}-{n[2:6]}-{n[6:]}')
        n = pick(['3', '6']) + d(8)
        return {'e164': f'+81{n}', 'intl': f'+81 {n[0]}-{n[1:5]}-{n[5:]}'}.get(st, f'0{n[0]}-{n[1:5]}-{n[5:]}')
    if c == 'AU':
        if chance(0.6):
            n = '4' + d(8)
            return {'e164': f'+61{n}', 'intl': '+61 ' + _g(n, [3, 3, 3])}.get(st, '0' + _g(n, [3, 3, 3]))
        n = pick('2378') + d(8)
        return {'e164': f'+61{n}', 'intl': f'+61 {n[0]} {n[1:5]} {n[5:]}'}.get(st, f'(0{n[0]}) {n[1:5]} {n[5:]}')
    simple = {'MX': ('+52', ['55', '33', '81'], 8, [2, 4, 4]), 'ZA': ('+27', ['82', '83', '72', '61'], 7, [2, 3, 4]),
              'NG': ('+234', ['803', '806', '813', '905'], 7, [3, 3, 4]), 'CN': ('+86', ['138', '139', '186', '150'], 8, [3, 4, 4]),
              'SG': ('+65', ['9', '8', '6'], 7, [4, 4]), 'AE': ('+971', ['50', '55', '4'], 7, [2, 3, 4]),
              'PL': ('+48', ['5', '6', '7'], 8, [3, 3, 3]), 'IE': ('+353', ['85', '86', '87'], 7, [2, 3, 4]),
              'CH': ('+41', ['79', '78', '44'], 7, [2, 3, 2, 2]), 'KE': ('+254', ['7'], 8, [3, 3, 3]),
              'PH': ('+63', ['917', '918', '927'], 7, [3, 3, 4]), 'KR': ('+82', ['10'], 8, [2, 4, 4])}
    cc, pre, rest, sz = simple[c]
    p = pick(pre)
    n = p + d(sum(sz) - len(p))
    if st == 'e164': return cc + n
    if st == 'intl': return cc + ' ' + _g(n, sz)
    trunk = '' if c in ('SG', 'MX', 'CN', 'PL') else '0'
    return trunk + _g(n, sz, pick([' ', '-']))

FICTIONAL_PHONES = lambda: pick([
    lambda: '(%s) 555-01%02d' % (pick(NANP_AREAS), R.randint(0, 99)),
    lambda: '+1-%s-555-01%02d' % (pick(NANP_AREAS), R.randint(0, 99)),
    lambda: '020 7946 0%03d' % R.randint(0, 999),
    lambda: '07700 900%03d' % R.randint(0, 999),
    lambda: '+44 7700 900%03d' % R.randint(0, 999),
    lambda: '01632 960%03d' % R.randint(0, 999),
    lambda: '0491 570 %s' % pick(['006', '156', '157', '158', '159', '110', '313', '737', '808']),
    lambda: '(02) 5550 %04d' % R.randint(0, 9999),
])()

# ---------------------------------------------------------------- look-alikes
PW_PLACEHOLDERS = ['changeme', '********', '${DB_PASSWORD}', '<redacted>', 'xxx', '{{ .Values.db.password }}',
                   '<your-password>', 'REDACTED', '[FILTERED]', '***', 'CHANGE_ME', '${POSTGRES_PASSWORD:?required}',
                   '{{ vault_db_password }}', '%(DB_PASS)s', '<password>', '__REPLACE_ME__', '${env:DB_PASSWORD}',
                   '#{dbPassword}', '$(DB_PASSWORD)', 'null', '', 'xxxxxxxx', '${{ secrets.DB_PASSWORD }}', '@@DB_PASS@@']
SECRET_PLACEHOLDERS = ['<your-api-key>', 'YOUR_API_KEY', '${API_KEY}', 'xxxxxxxxxxxxxxxxxxxxxxxx', '<token>', 'REPLACE_WITH_SECRET',
                       '${{ secrets.API_TOKEN }}', '{{ .Values.apiKey }}', '<redacted>', '***', 'sk_test_' + '4eC39HqLyjWDarjtT1zdp7dc',
                       '%API_SECRET%', '$(API_SECRET)', 'op://Engineering/payments/api-key', 'vault:secret/data/app#token',
                       '{{resolve:secretsmanager:prod/app:SecretString:apiKey}}', 'your-secret-here', 'TODO', '${SECRET_KEY:-}']

def pw_ph():
    return lk('placeholder', pick([p for p in PW_PLACEHOLDERS if p]))

def sec_ph():
    return lk('placeholder', pick(SECRET_PLACEHOLDERS))

def sha1(): return lk('hash', hexs(40))
def sha256(): return lk('hash', hexs(64))
def md5(): return lk('hash', hexs(32))
def git_sha(): return lk('commit-sha', hexs(40))
def short_sha(): return lk('commit-sha', hexs(7))
def a_uuid(): return lk('uuid', str(uuid.UUID(int=R.getrandbits(128), version=4)))
def blob64(n=48): return lk('base64-blob', b64(n))
def bcrypt(): return lk('hash', '$2b$12$' + rs(53, AN + './'))
def sha512crypt(): return lk('hash', '$6$' + rs(16, AN + './') + '$' + rs(86, AN + './'))
def argon2(): return lk('hash', '$argon2id$v=19$m=65536,t=3,p=4$' + b64(16, pad=False) + '$' + b64(32, pad=False))
def ssha(): return lk('hash', '{SSHA}' + b64(24))
def scram(): return lk('hash', 'SCRAM-SHA-256$4096:' + b64(16) + '$' + b64(32) + ':' + b64(32))
def sops(): return lk('encrypted', 'ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64(18), b64(32), b64(16)))
def jasypt(): return lk('encrypted', 'ENC(%s)' % b64(32))
def sealed(): return lk('encrypted', 'AgB' + b64(300)[:400])
def ansible_vault():
    body = hexs(64 * 6)
    return lk('encrypted', '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(body[i:i + 80] for i in range(0, len(body), 80)))
def order_no(): return lk('order-number', pick(['ORD-', 'SO', 'PO-', '#', 'INV-']) + rs(R.randint(6, 10), DG))
def tracking(): return lk('tracking-number', pick(['1Z' + rs(16, UP + DG), rs(12, DG), 'JD' + rs(18, DG), 'LX' + rs(9, DG) + 'CN']))
def build_id(): return lk('build-id', pick(['%d' % R.randint(1000, 99999), '%s.%d' % (datetime.date(2024, R.randint(1, 12), R.randint(1, 28)).strftime('%Y%m%d'), R.randint(1, 9)), 'b-' + hexs(12)]))
def masked_card(d=None):
    d = d or card()
    return lk('masked-card', pick([d[:6] + '*' * (len(d) - 10) + d[-4:], '**** **** **** ' + d[-4:], 'XXXX-XXXX-XXXX-' + d[-4:], '•••• ' + d[-4:]]))
def masked_aadhaar():
    return lk('masked-aadhaar', pick(['XXXX XXXX %04d', 'xxxx-xxxx-%04d', '********%04d', 'XXXXXXXX%04d']) % R.randint(0, 9999))
def vid():
    p = str(R.randint(2, 9)) + rs(14, DG)
    v = p + V.verhoeff_digit(p)
    return lk('aadhaar-vid', f'{v[:4]} {v[4:8]} {v[8:12]} {v[12:]}')
def eid():
    return lk('aadhaar-enrolment', '%04d/%05d/%05d %02d/%02d/20%02d %02d:%02d:%02d' % (
        R.randint(1000, 2999), R.randint(10000, 99999), R.randint(10000, 99999), R.randint(1, 28), R.randint(1, 12),
        R.randint(12, 23), R.randint(8, 19), R.randint(0, 59), R.randint(0, 59)))
def rrn(verhoeff_valid=False):
    while True:
        p = str(R.randint(3, 4)) + rs(10, DG)
        v = p + V.verhoeff_digit(p)
        if not verhoeff_valid:
            v = p + str((int(V.verhoeff_digit(p)) + R.randint(1, 9)) % 10)
        if V.verhoeff_ok(v) == verhoeff_valid:
            return lk('rrn-12digit', v)
def uan():
    p = '10' + rs(9, DG)
    return lk('uan', p + V.verhoeff_digit(p))
def bank_acct(): return lk('account-number', rs(pick([11, 12, 14, 15, 16]), DG))
def ifsc(): return lk('ifsc', pick(['SBIN', 'HDFC', 'ICIC', 'UTIB', 'PUNB', 'CNRB', 'BARB']) + '0' + rs(6, DG))
def pan(): return lk('pan', rs(3, UP) + pick('PCHF') + pick(UP) + rs(4, DG) + pick(UP))

# ---------------------------------------------------------------- Doc
class Doc:
    ALL = []

    def __init__(self, path):
        self.path = path
        self.labels = {}     # value -> [cat, count]
        self.order = []
        Doc.ALL.append(self)

    def L(self, cat, value):
        if value in self.labels:
            assert self.labels[value][0] == cat, (self.path, value)
            self.labels[value][1] += 1
            return value
        assert value not in USED, ('duplicate labelled value', self.path, value)
        ok, why = V.valid(cat, value)
        assert ok, (self.path, cat, value, why)
        USED.add(value)
        self.labels[value] = [cat, 1]
        self.order.append(value)
        return value

    def again(self, value):
        self.labels[value][1] += 1
        return value

    # convenience makers ------------------------------------------------
    def pw(self, enc=None, cat='password', **kw):
        v = password(**kw)
        return self.L(cat, enc(v) if enc else v)

    def sec(self, kind=None, enc=None, cat='generic-secret'):
        v = gsecret(kind)
        return self.L(cat, enc(v) if enc else v)

    def akid(self, temp=False):
        return self.L('aws-access-key-id', unique(aws_key_id, temp))

    def asec(self, enc=None):
        v = unique(aws_secret)
        return self.L('aws-secret-key', enc(v) if enc else v)

    def bearer(self, kind=None, enc=None, cat='bearer-token'):
        # cat: 'bearer-token|generic-secret' where the token is assigned to a
        # name (TOKEN = "...", token: ...) rather than written after "Bearer"
        if kind == 'jwt' or (kind is None and chance(0.45)):
            return self.L('jwt|bearer-token', unique(jwt))
        v = unique(bearer_opaque)
        return self.L(cat, enc(v) if enc else v)

    def phone(self, country=None, style=None, enc=None):
        v = phone(country, style)
        return self.L('phone', enc(v) if enc else v)

    def email(self, first=None, last=None, domain=None):
        f, l = first or pick(FIRST), last or pick(LAST)
        dom = domain or pick(COMPANY_DOMAINS + FREEMAIL)
        for _ in range(50):
            local = pick([f'{f}.{l}', f'{f[0]}{l}', f'{f}{R.randint(1, 99)}', f'{l}.{f[0]}', f'{f}_{l}{R.randint(70, 99)}'])
            v = ascii_fold(local).lower().replace("'", '') + '@' + dom
            if v not in USED:
                return self.L('email', v)

    def ip4(self):
        return self.L('ipv4', public_ipv4())

    def ip6(self):
        return self.L('ipv6', unique(public_ipv6))

    def aadhaar(self, style=None):
        return self.L('in-aadhaar', aadhaar_fmt(aadhaar_digits(), style))

    def card(self, network=None, style=None):
        return self.L('credit-card', card_fmt(card(network), style))

    def pnr(self, **kw):
        return self.L('se-personnummer', pnr(**kw))

    def finish(self, text, root):
        for v, (cat, n) in self.labels.items():
            found = text.count(v)
            if found != n:
                raise AssertionError(f'{self.path}: {cat} value {v[:60]!r} occurs {found}x, embedded {n}x')
        vals = list(self.labels)
        for a in vals:
            for b in vals:
                if a != b and a in b:
                    raise AssertionError(f'{self.path}: label {a[:40]!r} inside label {b[:40]!r}')
        full = os.path.join(root, self.path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, 'w', encoding='utf-8', newline='') as fh:
            fh.write(text)
        self.text = text


# ---------------------------------------------------------------- template registry
TEMPLATES = []

def tpl(n=1):
    def deco(fn):
        TEMPLATES.append((fn, n))
        return fn
    return deco

def yq(v):
    """YAML scalar for a value generated without quote characters."""
    if re.fullmatch(r'[A-Za-z][A-Za-z0-9._/+=-]*', v) and not re.fullmatch(r'(?i)(yes|no|true|false|on|off|null|~)', v):
        return pick([v, v, "'" + v + "'", '"' + v + '"'])
    return pick(["'" + v + "'", '"' + v + '"'])

def logts(d=None, fmt=None):
    d = d or ts()
    return d.strftime(fmt or '%Y-%m-%d %H:%M:%S') 

def stepts(d, secs=None):
    return d + datetime.timedelta(seconds=secs if secs is not None else R.randint(0, 40), milliseconds=R.randint(0, 999))

def maybeq(v, quotes='"'):
    return pick([v, v] + [q + v + q for q in quotes])

def password_with(chars, **kw):
    """a password that certainly contains each of `chars` (to exercise carrier escapes)"""
    p = password(**kw)
    for c in chars:
        k = R.randint(1, len(p) - 1)
        p = p[:k] + c + p[k:]
    return p
