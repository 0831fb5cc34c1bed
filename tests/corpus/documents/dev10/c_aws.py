"""AWS keys (and friends) in config management, data platforms, Kubernetes secrets, chat exports and helpdesk tickets"""
import base64, json
from gen_common import *

REG = ["eu-north-1", "eu-west-1", "us-east-1", "eu-central-1", "ap-southeast-2"]


def keys(d, sts=False):
    ak = d.fresh(aws_akid, "ASIA" if sts else "AKIA")
    return d.L("aws-access-key-id", ak), d.L("aws-secret-key", d.fresh(aws_secret))


def lookalike_ids(d):
    return "AROA" + rs(d.r, B32, 17), "AIDA" + rs(d.r, B32, 17), rs(d.r, DIG, 12)


def salt_pillar(d, i):
    ak, sk = keys(d)
    role, user, acct = lookalike_ids(d)
    pw = d.L("password", d.fresh(password))
    d.w("# /srv/pillar/%s/init.sls\n" % d.r.choice(["backup", "s3sync", "mediastore", "logship"]),
        "s3:\n  keyid: %s\n  key: %s\n  region: %s\n  bucket: backups-%s\n  role_id: %s   # unique id, not a key\n" % (ak, sk, d.r.choice(REG), rs(d.r, LOWER, 6), role),
        "mysql:\n  server:\n    root_password: '%s'\n    old_hash: '*%s'\n" % (pw, rs(d.r, "0123456789ABCDEF", 40)),
        "account_id: '%s'\n" % acct,
        "gpg_encrypted_example: |\n  -----BEGIN PGP MESSAGE-----\n  hQEMA%s\n  =%s\n  -----END PGP MESSAGE-----\n" % (rs(d.r, B64, 60), rs(d.r, B64, 4)))


def chef_bag(d, i):
    ak, sk = keys(d)
    d.w(jd({"id": "aws_%s" % d.r.choice(["deploy", "backup", "ci", "assets"]), "aws_access_key_id": ak, "aws_secret_access_key": sk,
                    "region": d.r.choice(REG), "kms_key_id": uuid(d.r), "owner": "ops"}, indent=2) + "\n")
    if i % 2:
        d.w("\n// encrypted item for comparison (knife data bag show --secret-file):\n" + jd({"id": "db", "password": {"encrypted_data": rs(d.r, B64, 64) + "==\n", "iv": rs(d.r, B64, 22) + "==\n", "version": 1, "cipher": "aes-256-cbc"}}, indent=2) + "\n")


def hiera(d, i):
    ak, sk = keys(d)
    pw = d.L("password", d.fresh(password))
    d.w("---\n# hieradata/role/%s.yaml\nprofile::backup::s3_access_key: '%s'\nprofile::backup::s3_secret_key: '%s'\n" % (d.r.choice(["web", "db", "worker"]), ak, sk),
        "profile::db::admin_password: '%s'\n" % pw,
        "profile::db::replica_password: >\n    ENC[PKCS7,MIIBiQYJKoZIhvcNAQcDoIIBejCCAXYCAQAxggEhMIIBHQIBADAFMAACAQEw%s]\n" % rs(d.r, B64, 80),
        "profile::monitoring::api_key: '%s'\n" % d.L("generic-secret", d.fresh(gsecret, "alnum")),
        "profile::monitoring::site_id: '%s'\n" % uuid(d.r))


def pulumi_stack(d, i):
    ak, sk = keys(d)
    d.w("config:\n  aws:region: %s\n  aws:accessKey: %s\n  aws:secretKey: %s\n" % (d.r.choice(REG), ak, sk),
        "  app:dbPassword:\n    secure: v1:%s:%s\n" % (rs(d.r, B64, 16), rs(d.r, B64, 48)),
        "  app:apiSigningKey: %s\n" % d.L("generic-secret", d.fresh(gsecret, "hex64")),
        "  app:imageDigest: sha256:%s\n" % sha256(d.r),
        "encryptionsalt: v1:%s:v1:%s:%s\n" % (rs(d.r, B64, 12), rs(d.r, B64, 16), rs(d.r, B64, 32)))


def nomad_job(d, i):
    ak, sk = keys(d)
    pw = d.L("password", d.fresh(password))
    d.w('job "%s" {\n  datacenters = ["dc1"]\n  group "app" {\n    task "server" {\n      driver = "docker"\n      config { image = "registry.%s/app@sha256:%s" }\n' % (d.r.choice(["ingest", "thumbs", "reports"]), d.r.choice(DOMAINS), sha256(d.r)),
        '      env {\n        AWS_ACCESS_KEY_ID     = "%s"\n        AWS_SECRET_ACCESS_KEY = "%s"\n        DB_PASSWORD           = "%s"\n        CACHE_PASSWORD        = "{{ with secret \\"kv/cache\\" }}{{ .Data.pw }}{{ end }}"\n      }\n' % (ak, sk, pw),
        '      vault { policies = ["app"] }\n    }\n  }\n}\n')


def ansible_view(d, i):
    ak, sk = keys(d)
    pw = d.L("password", d.fresh(password))
    d.w("$ ansible-vault view group_vars/prod/vault.yml\nVault password: \n",
        "vault_aws_access_key: %s\nvault_aws_secret_key: %s\nvault_postgres_password: \"%s\"\nvault_smtp_password: '%s'\n" % (ak, sk, pw, d.L("password", d.fresh(password))),
        "$ cat group_vars/prod/vars.yml\naws_access_key: \"{{ vault_aws_access_key }}\"\npostgres_password: \"{{ vault_postgres_password }}\"\n")


def dbt_profiles(d, i):
    ak, sk = keys(d)
    pw = d.L("password", d.fresh(password))
    d.w("analytics:\n  target: prod\n  outputs:\n    prod:\n      type: athena\n      s3_staging_dir: s3://athena-results-%s/dbt/\n      region_name: %s\n" % (rs(d.r, LOWER, 6), d.r.choice(REG)),
        "      aws_access_key_id: %s\n      aws_secret_access_key: %s\n      schema: marts\n      database: awsdatacatalog\n" % (ak, sk),
        "    warehouse:\n      type: redshift\n      host: dw.%s.%s.redshift.amazonaws.com\n      user: dbt_svc\n      password: \"%s\"\n      port: 5439\n      dbname: analytics\n" % (rs(d.r, LOWER + DIG, 12), d.r.choice(REG), pw),
        "    dev:\n      type: postgres\n      password: \"{{ env_var('DBT_PASSWORD') }}\"\n")


def flink_conf(d, i):
    ak, sk = keys(d)
    d.w("jobmanager.rpc.address: flink-jobmanager\ntaskmanager.numberOfTaskSlots: %d\nstate.backend.type: rocksdb\nstate.checkpoints.dir: s3://flink-ckpt-%s/checkpoints\n" % (d.r.randint(2, 16), rs(d.r, LOWER, 5)),
        "s3.access-key: %s\ns3.secret-key: %s\ns3.endpoint: https://s3.%s.amazonaws.com\n" % (ak, sk, d.r.choice(REG)),
        "high-availability.cluster-id: /%s\n" % uuid(d.r))


def druid_props(d, i):
    ak, sk = keys(d)
    pw = d.L("password", d.fresh(password))
    d.w("druid.extensions.loadList=[\"druid-s3-extensions\", \"postgresql-metadata-storage\"]\ndruid.storage.type=s3\ndruid.storage.bucket=druid-deep-%s\n" % rs(d.r, LOWER, 5),
        "druid.s3.accessKey=%s\ndruid.s3.secretKey=%s\n" % (ak, sk),
        "druid.metadata.storage.connector.connectURI=jdbc:postgresql://meta-db:5432/druid\ndruid.metadata.storage.connector.password=%s\n" % pw,
        "druid.auth.authenticator.basic.initialAdminPassword={\"type\":\"environment\",\"variable\":\"DRUID_ADMIN_PW\"}\n")


def runner_toml(d, i):
    ak, sk = keys(d)
    d.w('concurrent = %d\ncheck_interval = 0\n\n[[runners]]\n  name = "docker-%s"\n  url = "https://gitlab.%s"\n  id = %d\n  token_obtained_at = 2026-10-0%dT09:12:44Z\n  executor = "docker"\n' % (d.r.randint(2, 16), rs(d.r, LOWER, 4), d.r.choice(DOMAINS), d.r.randint(100, 9999), d.r.randint(1, 9)),
        '  [runners.cache]\n    Type = "s3"\n    Shared = true\n    [runners.cache.s3]\n      ServerAddress = "s3.amazonaws.com"\n      AccessKey = "%s"\n      SecretKey = "%s"\n      BucketName = "runner-cache-%s"\n      BucketLocation = "%s"\n' % (ak, sk, rs(d.r, LOWER, 6), d.r.choice(REG)),
        '  [runners.docker]\n    image = "alpine:3.20"\n    privileged = false\n')


def discourse_yml(d, i):
    ak, sk = keys(d)
    pw = d.L("password", d.fresh(password))
    d.w("templates:\n  - \"templates/postgres.template.yml\"\n  - \"templates/web.template.yml\"\nenv:\n  DISCOURSE_HOSTNAME: forum.%s\n" % d.r.choice(DOMAINS),
        "  DISCOURSE_SMTP_ADDRESS: smtp.%s\n  DISCOURSE_SMTP_USER_NAME: forum\n  DISCOURSE_SMTP_PASSWORD: \"%s\"\n" % (d.r.choice(DOMAINS), pw),
        "  DISCOURSE_USE_S3: true\n  DISCOURSE_S3_ACCESS_KEY_ID: %s\n  DISCOURSE_S3_SECRET_ACCESS_KEY: %s\n  DISCOURSE_S3_CDN_URL: https://cdn.%s\n" % (ak, sk, d.r.choice(DOMAINS)),
        "  DISCOURSE_MAXMIND_LICENSE_KEY: %s\n" % d.L("generic-secret", d.fresh(gsecret, "alnum")))


def peertube_yml(d, i):
    ak, sk = keys(d)
    pw = d.L("password", d.fresh(password))
    d.w("webserver:\n  https: true\n  hostname: 'video.%s'\n  port: 443\nsecrets:\n  peertube: '%s'\n" % (d.r.choice(DOMAINS), d.L("generic-secret", d.fresh(gsecret, "hex64"))),
        "database:\n  hostname: 'postgres'\n  username: 'peertube'\n  password: '%s'\n" % pw,
        "object_storage:\n  enabled: true\n  region: '%s'\n  credentials:\n    access_key_id: '%s'\n    secret_access_key: '%s'\n" % (d.r.choice(REG), ak, sk))


def airbyte_conn(d, i):
    ak, sk = keys(d)
    d.w(jd({"sourceId": uuid(d.r), "name": "S3 raw events", "sourceType": "s3", "workspaceId": uuid(d.r),
                    "configuration": {"bucket": "raw-%s" % rs(d.r, LOWER, 6), "aws_access_key_id": ak, "aws_secret_access_key": sk,
                                      "streams": [{"name": "events", "globs": ["**/*.jsonl"], "format": {"filetype": "jsonl"}}]}}, indent=2) + "\n")


def prefect_block(d, i):
    ak, sk = keys(d)
    d.w("$ prefect block inspect aws-credentials/prod\n",
        "                     aws-credentials/prod                     \n┌───────────────────────┬────────────────────────────────────────────┐\n",
        "│ Block Type            │ AWS Credentials                            │\n│ Block id              │ %s       │\n" % uuid(d.r),
        "│ aws_access_key_id     │ %s                       │\n│ aws_secret_access_key │ ********                                   │\n│ region_name           │ %s                                 │\n└───────────────────────┴────────────────────────────────────────────┘\n" % (ak, d.r.choice(REG)),
        "$ python -c 'from prefect_aws import AwsCredentials; print(AwsCredentials.load(\"prod\").aws_secret_access_key.get_secret_value())'\n%s\n" % sk)


def crossplane(d, i):
    ak, sk = d.fresh(aws_akid), d.fresh(aws_secret)
    ini = "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (ak, sk)
    b = base64.b64encode(ini.encode()).decode()
    d.L("aws-secret-key|generic-secret", b)
    d.w("apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\n  namespace: crossplane-system\ntype: Opaque\ndata:\n  creds: %s\n---\n" % b,
        "apiVersion: aws.upbound.io/v1beta1\nkind: ProviderConfig\nmetadata:\n  name: default\nspec:\n  credentials:\n    source: Secret\n    secretRef:\n      namespace: crossplane-system\n      name: aws-creds\n      key: creds\n")


def k8s_b64(d, i):
    ak, sk = d.fresh(aws_akid), d.fresh(aws_secret)
    bak = base64.b64encode(ak.encode()).decode()
    bsk = base64.b64encode(sk.encode()).decode()
    d.L("aws-access-key-id", bak)
    d.L("aws-secret-key|generic-secret", bsk)
    d.w("apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-s3\n  namespace: %s\n  annotations:\n    checksum/config: %s\ntype: Opaque\ndata:\n" % (d.r.choice(["argo-artifacts", "loki", "thanos-obj", "backup"]), d.r.choice(["argo", "monitoring", "velero"]), sha256(d.r)),
        "  accesskey: %s\n  secretkey: %s\n" % (bak, bsk),
        "  region: %s\n" % base64.b64encode(d.r.choice(REG).encode()).decode())
    if i % 2:
        ak2, sk2 = keys(d)
        d.w("---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: artifacts-plain\nstringData:\n  AWS_ACCESS_KEY_ID: %s\n  AWS_SECRET_ACCESS_KEY: %s\n" % (ak2, sk2))


# ---------------- chat exports ----------------
def chat_lines(d):
    """list of (author, text) with mixed sensitive content"""
    f1, l1 = person(d.r)
    f2, l2 = person(d.r)
    out = []
    k = d.r.randint(0, 5)
    if k == 0:
        ak, sk = keys(d)
        out += [(f1, "can someone check why the export job fails? it uses %s" % ak), (f2, "which secret? paste it here, I'll rotate after"), (f1, "%s" % sk), (f2, "thanks, rotating now. never paste AKIAIOSFODNN7EXAMPLE style docs keys in tickets either lol")]
    elif k == 1:
        pw = d.L("password", d.fresh(password))
        out += [(f1, "the staging db password is %s until friday" % pw), (f2, "ok. and the old one (********) is revoked?"), (f1, "yes")]
    elif k == 2:
        t = d.L("bearer-token", d.fresh(opaque_token))
        out += [(f1, "curl -H \"Authorization: Bearer %s\" https://api.brightwater.io/v1/jobs returns 403" % t), (f2, "scope missing, try with the admin client id %s" % uuid(d.r))]
    elif k == 3:
        ph = d.L("phone", d.fresh(phone))
        em = d.L("email", d.fresh(email, f1, l1))
        out += [(f1, "I'm on call this weekend, reach me at %s or %s" % (ph, em)), (f2, "noted, ticket INC-%d" % d.r.randint(10000, 99999))]
    elif k == 4:
        sec = d.L("generic-secret", d.fresh(gsecret))
        out += [(f1, "webhook signing secret for the partner: %s" % sec), (f2, "and their public key id is kid_%s" % rs(d.r, LOWER + DIG, 10))]
    else:
        ak, sk = keys(d, sts=True)
        out += [(f1, "temporary creds from the console, valid 1h:\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\nexport AWS_SESSION_TOKEN=%s" % (ak, sk, d.L("generic-secret", "IQoJb3JpZ2luX2VjE" + rs(d.r, B64, 180)))), (f2, "thx")]
    return out


def mattermost_export(d, i):
    d.w(jd({"type": "version", "version": 1}, separators=(",", ":")) + "\n")
    for _ in range(d.r.randint(2, 3)):
        for a, t in chat_lines(d):
            d.w(jd({"type": "post", "post": {"team": "platform", "channel": "ops", "user": deaccent(a), "message": t, "create_at": 1764800000000 + d.r.getrandbits(30)}}, ensure_ascii=False, separators=(",", ":")) + "\n")


def discord_export(d, i):
    msgs = []
    for _ in range(d.r.randint(2, 3)):
        for a, t in chat_lines(d):
            msgs.append({"id": str(d.r.getrandbits(60)), "type": "Default", "timestamp": "2026-11-%02dT%02d:%02d:00.000+00:00" % (d.r.randint(1, 28), d.r.randint(0, 23), d.r.randint(0, 59)),
                         "content": t, "author": {"id": str(d.r.getrandbits(60)), "name": deaccent(a), "discriminator": "0000", "isBot": False}, "attachments": [], "reactions": []})
    d.w(jd({"guild": {"id": str(d.r.getrandbits(60)), "name": "homelab"}, "channel": {"id": str(d.r.getrandbits(60)), "type": "GuildTextChat", "name": "infra"}, "messages": msgs, "messageCount": len(msgs)}, indent=2, ensure_ascii=False) + "\n")


def irc_log(d, i):
    d.w("--- Log opened %s Nov %02d 09:00:00 2026\n" % (d.r.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]), d.r.randint(1, 28)))
    minute = 9 * 60 + d.r.randint(0, 50)
    for _ in range(d.r.randint(2, 3)):
        for a, t in chat_lines(d):
            for ln in t.split("\n"):
                minute += d.r.randint(0, 7)
                d.w("%02d:%02d <%s> %s\n" % (minute // 60 % 24, minute % 60, deaccent(a)[:9], ln))
    d.w("--- Log closed\n")


def zulip_export(d, i):
    rows = []
    for _ in range(d.r.randint(2, 3)):
        for a, t in chat_lines(d):
            rows.append({"id": d.r.randint(10 ** 6, 10 ** 7), "sender_full_name": a, "subject": "deploy", "content": t, "timestamp": 1764800000 + d.r.getrandbits(20)})
    d.w(jd({"zerver_message": rows}, indent=1, ensure_ascii=False) + "\n")


# ---------------- helpdesk tickets ----------------
def freshdesk(d, i):
    f, l = person(d.r)
    em = d.L("email", d.fresh(email, f, l))
    ph = d.L("phone", d.fresh(phone))
    lines = chat_lines(d)
    desc = "<div>Hi,<br>" + "<br>".join(t.replace("\n", "<br>") for _, t in lines) + "<br>Regards, %s</div>" % f
    d.w(jd({"id": d.r.randint(10000, 99999), "subject": "Access problem after rotation", "description": desc, "requester": {"name": "%s %s" % (f, l), "email": em, "phone": ph},
                    "status": 2, "priority": 3, "created_at": "2026-11-%02dT08:%02d:00Z" % (d.r.randint(1, 28), d.r.randint(0, 59)), "tags": ["aws", "access"]}, indent=2, ensure_ascii=False) + "\n")


def redmine(d, i):
    f, l = person(d.r)
    d.w("h1. #%d Nightly sync broken\n\n*Author:* %s %s\n*Status:* New\n\n" % (d.r.randint(1000, 9999), f, l))
    for a, t in chat_lines(d):
        d.w("p. %s wrote:\n\n<pre>\n%s\n</pre>\n\n" % (a, t))
    d.w("_Attached:_ sync.log (sha1 %s)\n" % sha1(d.r))


def linear_md(d, i):
    d.w("# ENG-%d: rotate leaked credentials\n\n**Status:** In Progress  \n**Assignee:** %s\n\n## Description\n\n" % (d.r.randint(100, 4000), " ".join(person(d.r))))
    for a, t in chat_lines(d) + chat_lines(d):
        d.w("> **%s**: %s\n\n" % (a, t.replace("\n", "  \n> ")))
    d.w("## Checklist\n- [ ] revoke\n- [ ] audit CloudTrail for `%s`\n" % ("AIDA" + rs(d.r, B32, 17)))


BUILDERS = [
    ("cfgmgmt", "pillar", "sls", salt_pillar, 6), ("cfgmgmt", "databag", "json", chef_bag, 6), ("cfgmgmt", "hiera", "yaml", hiera, 6),
    ("cfgmgmt", "Pulumi.prod", "yaml", pulumi_stack, 5), ("cfgmgmt", "job", "nomad.hcl", nomad_job, 5), ("cfgmgmt", "vault-view", "txt", ansible_view, 5),
    ("dataplat", "profiles", "yml", dbt_profiles, 5), ("dataplat", "flink-conf", "yaml", flink_conf, 4), ("dataplat", "druid-common", "properties", druid_props, 4),
    ("dataplat", "gitlab-runner", "toml", runner_toml, 5), ("dataplat", "discourse-app", "yml", discourse_yml, 4), ("dataplat", "peertube-production", "yaml", peertube_yml, 4),
    ("dataplat", "airbyte-source", "json", airbyte_conn, 4), ("dataplat", "prefect-block", "txt", prefect_block, 4),
    ("k8s-sec", "crossplane", "yaml", crossplane, 4), ("k8s-sec", "secret", "yaml", k8s_b64, 6),
    ("chatops", "mattermost", "jsonl", mattermost_export, 6), ("chatops", "discord", "json", discord_export, 6), ("chatops", "irc", "log", irc_log, 6), ("chatops", "zulip", "json", zulip_export, 5),
    ("helpdesk", "freshdesk", "json", freshdesk, 6), ("helpdesk", "redmine", "textile", redmine, 5), ("helpdesk", "linear", "md", linear_md, 5),
]
