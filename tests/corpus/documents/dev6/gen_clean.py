"""Documents with no sensitive value at all: templates, vendor-documentation
examples, changelogs, chart templates and hashed-password migrations. Every
candidate in them is a placeholder, a documentation example or a look-alike."""
from gen_common import *

@tpl(1)
def env_example(i):
    d = Doc('env/storefront.env.example')
    return d, f'''# Copy to .env and fill in. NEVER commit the real file.
NODE_ENV=development
PORT=3000
DATABASE_URL=postgres://{lk("placeholder", "user:pass")}@localhost:5432/storefront
DB_PASSWORD={lk("placeholder", "changeme")}
REDIS_PASSWORD=
SESSION_SECRET={lk("placeholder", "<generate with: openssl rand -hex 32>")}
JWT_SECRET={lk("placeholder", "${JWT_SECRET}")}
STRIPE_SECRET_KEY={lk("placeholder", "sk_test_" + "xxxxxxxxxxxxxxxxxxxxxxxx")}
STRIPE_PUBLISHABLE_KEY={lk("placeholder", "pk_test_xxxxxxxxxxxxxxxxxxxxxxxx")}
AWS_ACCESS_KEY_ID={lk("doc-example", "AKIAIOSFODNN7EXAMPLE")}
AWS_SECRET_ACCESS_KEY={lk("doc-example", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")}
SLACK_WEBHOOK_URL={lk("doc-example", "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX")}
OPENAI_API_KEY={lk("placeholder", "sk-...")}
SUPPORT_PHONE={lk("fictitious-phone", "+1-202-555-0143")}
SUPPORT_EMAIL=support@example.com
ADMIN_PASSWORD={lk("placeholder", "********")}
API_KEY={lk("placeholder", "your-api-key-here")}
'''

@tpl(1)
def vendor_auth_doc(i):
    d = Doc('docs/api/authentication-examples.md')
    return d, f'''# Authentication

All examples below use the **documentation values** published by the respective
vendors and standards; none of them is a working credential.

## Bearer tokens

```http
GET /v1/orders HTTP/1.1
Host: api.example.com
Authorization: Bearer <access-token>
```

A decoded sample token (from jwt.io): `{JWT_IO}`

## Basic authentication (RFC 7617)

```http
Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==
```

## AWS

```ini
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
```

## Payments sandbox

| Card | Number |
|---|---|
| Visa | 4242 4242 4242 4242 |
| Visa (3DS) | 4000 0000 0000 3220 |
| Mastercard | 5555 5555 5555 4444 |
| Amex | 3782 822463 10005 |
| Masked in receipts | 4111 11** **** 1111 |

IBAN for tests: GB82 WEST 1234 5698 7654 32, DE89 3704 0044 0532 0130 00.

## Contact data in examples

* Phone: (202) 555-0173, +44 20 7946 0958, 07700 900461, 0491 570 156
* E-mail: jane.doe@example.com, ops@corp.example, noreply@mail.test
* Server: 192.0.2.10, 198.51.100.7, 2001:db8::1
* SSN in the SSA example: 078-05-1120; Aadhaar shown masked: XXXX XXXX {R.randint(1000, 9999)}

## Request ids

Every response carries `X-Request-Id: {a_uuid()}` and an `ETag: "{md5()}"`.
'''

@tpl(1)
def changelog(i):
    d = Doc('docs/CHANGELOG.md')
    out = ['# Changelog', '', 'All notable changes to this project are documented here.', '']
    for n in range(R.randint(8, 11)):
        v = f'{R.randint(1, 4)}.{R.randint(0, 30)}.{R.randint(0, 12)}'
        out.append(f'## [{v}] - {logts(ts(), "%Y-%m-%d")}')
        for _ in range(R.randint(2, 4)):
            out.append(f'- {pick(["Fixed", "Added", "Changed", "Removed"])} {pick(["token refresh race", "password reset e-mail template", "API key rotation endpoint", "secret masking in logs", "phone number validation", "Aadhaar masking"])} ({short_sha()}, #{R.randint(100, 4000)})')
        out.append(f'  Build: {build_id()}  Commit: {git_sha()}  Image: sha256:{sha256()}')
        out.append('')
    out.append(f'Migration id: {a_uuid()}')
    return d, '\n'.join(out) + '\n'

@tpl(1)
def helm_secret_template(i):
    d = Doc('k8s/helm/chart-templates/secret.yaml')
    return d, '''{{- if not .Values.auth.existingSecret }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "app.fullname" . }}
  labels:
    {{- include "app.labels" . | nindent 4 }}
type: Opaque
data:
  password: {{ .Values.auth.password | default (randAlphaNum 24) | b64enc | quote }}
  api-key: {{ required "apiKey is required" .Values.apiKey | b64enc | quote }}
stringData:
  DATABASE_URL: "postgres://{{ .Values.auth.username }}:{{ .Values.auth.password }}@{{ .Values.db.host }}:5432/app"
  SECRET_KEY_BASE: {{ .Values.secretKeyBase | quote }}
{{- end }}
'''

@tpl(1)
def hashed_migration(i):
    d = Doc('sql/postgres/V12__seed_users.sql')
    rows = []
    for n in range(R.randint(5, 7)):
        rows.append(f"  ({n + 1}, '{pick(WORDS)}{R.randint(1, 99)}', '{pick([bcrypt(), argon2(), 'pbkdf2_sha256$600000$' + rs(22) + '$' + b64(32)])}', '{a_uuid()}', now())")
    return d, f'''-- Flyway migration: seed users (hashes only; plaintext never stored)
CREATE TABLE IF NOT EXISTS app_user (
  id          bigint PRIMARY KEY,
  login       text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  api_key_id  uuid NOT NULL,
  created_at  timestamptz NOT NULL
);

INSERT INTO app_user (id, login, password_hash, api_key_id, created_at) VALUES
{("," + chr(10)).join(rows)};

-- password policy: min length 12, see SEC-{R.randint(100, 999)}
COMMENT ON COLUMN app_user.password_hash IS 'argon2id or bcrypt, never plaintext';
'''
