"""AWS keys (and S3-compatible keys) in tools, code, Kubernetes and data platforms."""
import json

from common import new, Clock, J, X, U, SQ, AN, HEX, B64U, LO, DG, UP, B32


def ceph_radosgw_user_info():
    d = new("ceph-radosgw-user-info", "radosgw-admin-user-create.txt")
    g = d.g
    uid = g.pick(["backup-veeam", "gitlab-artifacts", "loki"])
    p = d.person("de")
    em = d.email(p, domain=d.dom("de"))
    ak = g.s(20, UP + DG)
    d.K(ak)
    sk = d.awssec(cat="aws-secret-key|generic-secret", safe=True)
    ak2 = g.s(20, UP + DG)
    d.K(ak2)
    sk2 = d.awssec(cat="aws-secret-key|generic-secret", safe=True)
    swift = d.gs("an40")
    d.text = f"""[root@ceph-mon-01 ~]# radosgw-admin user create --uid={uid} --display-name="{p.name}" --email={em}
{{
    "user_id": "{uid}",
    "display_name": "{p.name}",
    "email": "{em}",
    "suspended": 0,
    "max_buckets": 1000,
    "subusers": [],
    "keys": [
        {{
            "user": "{uid}",
            "access_key": "{ak}",
            "secret_key": "{sk}"
        }}
    ],
    "swift_keys": [],
    "caps": [],
    "op_mask": "read, write, delete",
    "default_placement": "",
    "default_storage_class": "",
    "placement_tags": [],
    "bucket_quota": {{
        "enabled": false,
        "check_on_raw": false,
        "max_size": -1,
        "max_size_kb": 0,
        "max_objects": -1
    }},
    "temp_url_keys": [],
    "type": "rgw",
    "mfa_ids": []
}}

[root@ceph-mon-01 ~]# radosgw-admin key create --uid={uid} --key-type=s3 --gen-access-key --gen-secret
{{
    "user_id": "{uid}",
    "keys": [
        {{
            "user": "{uid}",
            "access_key": "{ak}",
            "secret_key": "{sk}"
        }},
        {{
            "user": "{uid}",
            "access_key": "{ak2}",
            "secret_key": "{sk2}"
        }}
    ]
}}

[root@ceph-mon-01 ~]# radosgw-admin subuser create --uid={uid} --subuser={uid}:swift --access=full
    "swift_keys": [
        {{
            "user": "{uid}:swift",
            "secret_key": "{swift}"
        }}
    ],
"""
    return d


def seaweedfs_s3_json():
    d = new("seaweedfs-s3-json", "s3.json")
    g = d.g
    ids = []
    for name, acts in [("admin", ["Admin", "Read", "List", "Tagging", "Write"]), ("loki", ["Read:loki-chunks", "Write:loki-chunks", "List:loki-chunks"]),
                       ("velero", ["Read:velero", "Write:velero", "List:velero"]),
                       ("thanos", ["Read:thanos", "Write:thanos", "List:thanos"]),
                       ("mastodon", ["Read:media", "Write:media", "List:media"])]:
        ak = d.akid() if name != "admin" else g.s(20, UP + DG)
        if name == "admin":
            d.K(ak)
        sk = d.awssec(cat="aws-secret-key|generic-secret", safe=name == "admin")
        ids.append({"name": name, "credentials": [{"accessKey": ak, "secretKey": sk}], "actions": acts})
    ids.append({"name": "anonymous", "actions": ["Read:public-assets"]})
    d.text = json.dumps({"identities": ids}, indent=2) + "\n"
    return d


def cert_manager_route53():
    d = new("cert-manager-route53", "clusterissuer-letsencrypt.yaml")
    g = d.g
    ak = d.akid()
    sk = d.awssec()
    ak2, sk2 = d.akid(), d.awssec()
    em = d.email(d.person("se"), domain=d.dom("se"))
    zone = "Z" + g.s(13, UP + DG)
    d.text = f"""apiVersion: v1
kind: Secret
metadata:
  name: route53-credentials
  namespace: cert-manager
type: Opaque
stringData:
  secret-access-key: {sk}
---
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-prod
spec:
  acme:
    email: {em}
    server: https://acme-v02.api.letsencrypt.org/directory
    privateKeySecretRef:
      name: letsencrypt-prod-account-key
    solvers:
    - selector:
        dnsZones:
        - "{d.dom()}"
      dns01:
        route53:
          region: eu-north-1
          hostedZoneID: {zone}
          accessKeyID: {ak}
          secretAccessKeySecretRef:
            name: route53-credentials
            key: secret-access-key
    - http01:
        ingress:
          ingressClassName: nginx
---
apiVersion: v1
kind: Secret
metadata:
  name: route53-legacy-zone
  namespace: shop
stringData:
  secret-access-key: "{sk2}"
---
apiVersion: cert-manager.io/v1
kind: Issuer
metadata:
  name: le-legacy-zone
  namespace: shop
spec:
  acme:
    email: {em}
    server: https://acme-v02.api.letsencrypt.org/directory
    privateKeySecretRef:
      name: le-legacy-zone-key
    solvers:
    - dns01:
        route53:
          region: us-east-1
          accessKeyID: {ak2}
          role: arn:aws:iam::{g.digits(12, True)}:role/cert-manager-dns
          secretAccessKeySecretRef:
            name: route53-legacy-zone
            key: secret-access-key
"""
    return d


def external_dns_values():
    d = new("external-dns-values", "values-prod.yaml")
    g = d.g
    ak = d.akid()
    sk = d.awssec()
    d.text = f"""# helm upgrade --install external-dns external-dns/external-dns -n external-dns -f values-prod.yaml
provider:
  name: aws
env:
  - name: AWS_DEFAULT_REGION
    value: eu-west-1
  - name: AWS_ACCESS_KEY_ID
    value: {ak}
  - name: AWS_SECRET_ACCESS_KEY
    value: "{sk}"
  # once IRSA works, drop the two above and use:
  # serviceAccount.annotations."eks.amazonaws.com/role-arn": arn:aws:iam::{g.digits(12, True)}:role/external-dns
domainFilters:
  - {d.dom()}
policy: upsert-only
registry: txt
txtOwnerId: {g.pick(['prod-eks', 'k8s-prod'])}
txtPrefix: "_extdns."
sources:
  - service
  - ingress
interval: 1m
logLevel: info
"""
    d2 = new("external-dns-values", "values-staging.yaml")
    g = d2.g
    ak2, sk2 = d2.akid(), d2.awssec()
    d2.text = f"""# staging cluster: the chart mounts this as /.aws/credentials
provider:
  name: aws
aws:
  region: eu-north-1
  zoneType: public
  credentials:
    mountPath: /.aws
    secretName: ""
extraVolumes:
  - name: aws-credentials
    secret:
      secretName: external-dns-aws
---
apiVersion: v1
kind: Secret
metadata:
  name: external-dns-aws
  namespace: external-dns
stringData:
  credentials: |
    [default]
    aws_access_key_id = {ak2}
    aws_secret_access_key = {sk2}
"""
    return [d, d2]


def external_secrets_operator():
    d = new("external-secrets-operator", "secretstore.yaml")
    g = d.g
    ak = d.akid()
    sk = d.awssec()
    ak2, sk2 = d.akid(), d.awssec()
    d.text = f"""apiVersion: v1
kind: Secret
metadata:
  name: awssm-secret
  namespace: payments
type: Opaque
stringData:
  access-key: {ak}
  secret-access-key: {sk}
---
apiVersion: external-secrets.io/v1beta1
kind: SecretStore
metadata:
  name: aws-secretsmanager
  namespace: payments
spec:
  provider:
    aws:
      service: SecretsManager
      region: eu-central-1
      auth:
        secretRef:
          accessKeyIDSecretRef:
            name: awssm-secret
            key: access-key
          secretAccessKeySecretRef:
            name: awssm-secret
            key: secret-access-key
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payments-db
  namespace: payments
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secretsmanager
    kind: SecretStore
  target:
    name: payments-db
    creationPolicy: Owner
  data:
  - secretKey: password
    remoteRef:
      key: prod/payments/db
      property: password
---
apiVersion: v1
kind: Secret
metadata:
  name: awsps-secret
  namespace: external-secrets
type: Opaque
stringData:
  access-key: {ak2}
  secret-access-key: "{sk2}"
---
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: aws-parameterstore
spec:
  provider:
    aws:
      service: ParameterStore
      region: eu-north-1
      auth:
        secretRef:
          accessKeyIDSecretRef:
            name: awsps-secret
            key: access-key
            namespace: external-secrets
          secretAccessKeySecretRef:
            name: awsps-secret
            key: secret-access-key
            namespace: external-secrets
"""
    d2 = new("external-secrets-operator", "payments-env-decoded.txt")
    g2 = d2.g
    pw = d2.pw(enc=J)
    rpw = d2.pw(cat="url-credentials|password", punct="-._~")
    jwt_secret = d2.gs("b64_48")
    whsec = d2.gs("whsec")
    enc_key = d2.gs("hex64")
    ak3, sk3 = d2.akid(), d2.awssec()
    dsn_user = f"{g2.hexs(32)}@o{g2.digits(6)}.ingest.de.sentry.io"
    d2.nonemail.add(dsn_user)  # a Sentry DSN key, not an address
    d2.text = f"""$ kubectl -n payments get secret payments-env -o json | jq '.data | map_values(@base64d)'
{{
  "DB_HOST": "payments-db.payments.svc",
  "DB_PASSWORD": "{pw}",
  "REDIS_URL": "rediss://default:{rpw}@redis-payments.{d.dom()}:6380/0",
  "JWT_SIGNING_SECRET": "{jwt_secret}",
  "STRIPE_SECRET_KEY": "{d2.vtok('sk_live')}",
  "STRIPE_PUBLISHABLE_KEY": "{d2.pk_live()}",
  "STRIPE_WEBHOOK_SECRET": "{whsec}",
  "SENDGRID_API_KEY": "{d2.vtok('sendgrid')}",
  "SENTRY_DSN": "https://{dsn_user}/{g2.digits(7)}",
  "FIELD_ENCRYPTION_KEY": "{enc_key}",
  "AWS_ACCESS_KEY_ID": "{ak3}",
  "AWS_SECRET_ACCESS_KEY": "{sk3}",
  "FEATURE_FLAGS_CLIENT_ID": "{g2.hexs(24)}"
}}
"""
    return [d, d2]


def java_aws_sdk_v2_src():
    d = new("java-aws-sdk-v2-src", "S3ExportConfig.java")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    ak2, sk2 = d.akid(), d.awssec()
    d.text = f"""package se.{g.pick(['nordvik', 'kvarn', 'lundtek'])}.export.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

@Configuration
public class S3ExportConfig {{

    // TODO(PLAT-2291): move to IRSA, these are the export-bot keys
    private static final String ACCESS_KEY = "{ak}";
    private static final String SECRET_KEY = "{sk}";

    @Bean
    @Profile("!local")
    public S3Client s3Client() {{
        return S3Client.builder()
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
                .build();
    }}

    @Bean
    @Profile("!local")
    public SqsClient sqsClient() {{
        return SqsClient.builder()
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create("{ak2}", "{sk2}")))
                .build();
    }}

    @Bean
    @Profile("local")
    public S3Client localS3() {{
        // LocalStack accepts anything
        return S3Client.builder()
                .endpointOverride(java.net.URI.create("http://localhost:4566"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .region(Region.US_EAST_1)
                .build();
    }}

    @Bean
    @Profile("ci")
    public S3Client ciS3() {{
        return S3Client.builder().credentialsProvider(DefaultCredentialsProvider.create()).build();
    }}
}}
"""
    t = new("java-aws-sdk-v2-src", "S3ExportIT.java")
    tak, tsk = t.akid(), t.awssec()
    t.K("AKIAIOSFODNN7EXAMPLE")
    t.K("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
    t.text = f"""package se.export.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class S3ExportIT {{

    // unit tests use the documentation placeholders; they never reach AWS
    static final AwsBasicCredentials FAKE =
            AwsBasicCredentials.create("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");

    // integration sandbox account (read/write on export-it-* buckets only)
    static final AwsBasicCredentials SANDBOX =
            AwsBasicCredentials.create("{tak}", "{tsk}");

    @Test
    @Tag("integration")
    void uploadsAndListsExport() {{
        try (S3Client s3 = S3Client.builder()
                .region(Region.EU_NORTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(SANDBOX))
                .build()) {{
            assertThat(s3.listBuckets().buckets()).isNotEmpty();
        }}
    }}
}}
"""
    return [d, t]


def node_aws_sdk_v3_src():
    d = new("node-aws-sdk-v3-src", "uploader.mjs")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    ak2 = d.akid("ASIA")
    sk2 = d.awssec()
    st = d.sesstok()
    d.text = f"""import {{ S3Client, PutObjectCommand }} from "@aws-sdk/client-s3";
import {{ SESv2Client, SendEmailCommand }} from "@aws-sdk/client-sesv2";
import {{ getSignedUrl }} from "@aws-sdk/s3-request-presigner";
import fs from "node:fs/promises";

const REGION = process.env.AWS_REGION ?? "eu-west-1";

// uploads go to the media bucket with the media-uploader IAM user
const s3 = new S3Client({{
  region: REGION,
  credentials: {{
    accessKeyId: "{ak}",
    secretAccessKey: "{sk}",
  }},
}});

// temporary creds pasted from the SSO portal for the migration run (expire after 12h)
const ses = new SESv2Client({{
  region: "eu-west-1",
  credentials: {{
    accessKeyId: "{ak2}",
    secretAccessKey: "{sk2}",
    sessionToken: "{st}",
  }},
}});

export async function upload(path, key) {{
  const Body = await fs.readFile(path);
  await s3.send(new PutObjectCommand({{ Bucket: "media-prod-{g.s(6, LO + DG)}", Key: key, Body }}));
  return getSignedUrl(s3, new PutObjectCommand({{ Bucket: "media-prod", Key: key }}), {{ expiresIn: 900 }});
}}

export async function notify(to, subject, text) {{
  return ses.send(new SendEmailCommand({{
    FromEmailAddress: "no-reply@{d.dom()}",
    Destination: {{ ToAddresses: [to] }},
    Content: {{ Simple: {{ Subject: {{ Data: subject }}, Body: {{ Text: {{ Data: text }} }} }} }},
  }}));
}}
"""
    d.role_email("no-reply", d.dom())
    b = new("node-aws-sdk-v3-src", "scripts/backfill-dynamo.mjs")
    bak, bsk = b.akid(), b.awssec()
    bak2 = b.akid("ASIA")
    bsk2 = b.awssec()
    bst = b.sesstok()
    b.text = f"""#!/usr/bin/env node
// one-off: copy the 2024 orders from the old table into orders-v2 (run from a laptop, 2025-03-04)
import {{ DynamoDBClient }} from "@aws-sdk/client-dynamodb";
import {{ DynamoDBDocumentClient, ScanCommand, BatchWriteCommand }} from "@aws-sdk/lib-dynamodb";

const source = DynamoDBDocumentClient.from(new DynamoDBClient({{
  region: "eu-west-1",
  credentials: {{ accessKeyId: "{bak}", secretAccessKey: "{bsk}" }},
}}));

// target account: temporary credentials from `aws sts assume-role`, valid until 16:40
const target = DynamoDBDocumentClient.from(new DynamoDBClient({{
  region: "eu-north-1",
  credentials: {{
    accessKeyId: "{bak2}",
    secretAccessKey: "{bsk2}",
    sessionToken: "{bst}",
  }},
}}));

let ExclusiveStartKey;
do {{
  const page = await source.send(new ScanCommand({{ TableName: "orders", ExclusiveStartKey }}));
  for (let i = 0; i < page.Items.length; i += 25) {{
    const chunk = page.Items.slice(i, i + 25).map((Item) => ({{ PutRequest: {{ Item }} }}));
    await target.send(new BatchWriteCommand({{ RequestItems: {{ "orders-v2": chunk }} }}));
  }}
  ExclusiveStartKey = page.LastEvaluatedKey;
}} while (ExclusiveStartKey);
"""
    return [d, b]


def cpp_aws_sdk_src():
    d = new("cpp-aws-sdk-src", "telemetry_uploader.cpp")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    d.text = f"""// telemetry_uploader.cpp -- pushes ECU log bundles to S3 from the gateway box
#include <aws/core/Aws.h>
#include <aws/core/auth/AWSCredentials.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <fstream>
#include <iostream>

namespace {{
// Provisioned per fleet; rotated by the OTA job (see FLEET-118)
constexpr const char* kAccessKeyId = "{ak}";
constexpr const char* kSecretKey   = "{sk}";
constexpr const char* kBucket      = "fleet-telemetry-{g.s(5, LO + DG)}";
// fallback account used when eu-central-1 is unreachable
constexpr const char* kFallbackKeyId  = "{d.akid()}";
constexpr const char* kFallbackSecret = "{d.awssec()}";
}}

int main(int argc, char** argv) {{
    if (argc < 3) {{
        std::cerr << "usage: telemetry_uploader <file> <key>\\n";
        return 2;
    }}
    Aws::SDKOptions options;
    options.loggingOptions.logLevel = Aws::Utils::Logging::LogLevel::Warn;
    Aws::InitAPI(options);
    {{
        Aws::Client::ClientConfiguration cfg;
        cfg.region = "eu-central-1";
        cfg.connectTimeoutMs = 3000;
        cfg.requestTimeoutMs = 30000;
        Aws::Auth::AWSCredentials creds(kAccessKeyId, kSecretKey);
        Aws::S3::S3Client client(creds, nullptr, cfg);

        Aws::S3::Model::PutObjectRequest req;
        req.SetBucket(kBucket);
        req.SetKey(argv[2]);
        auto body = Aws::MakeShared<Aws::FStream>("upload", argv[1], std::ios_base::in | std::ios_base::binary);
        req.SetBody(body);
        auto outcome = client.PutObject(req);
        if (!outcome.IsSuccess()) {{
            std::cerr << "PutObject failed: " << outcome.GetError().GetMessage() << "\\n";
            return 1;
        }}
        std::cout << "uploaded, etag " << outcome.GetResult().GetETag() << "\\n";
    }}
    Aws::ShutdownAPI(options);
    return 0;
}}
"""
    return d


def matlab_scripts():
    d = new("matlab-scripts", "load_sensor_data.m")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    tok = d.bearer("jwt")
    pw = d.pw(enc=lambda s: s.replace("'", "''"), punct="!#%*+-.?_")
    d.text = f"""%% load_sensor_data.m -- pull last week's vibration data and the lab metadata
% Requires the Database Toolbox. Run from the project root.

setenv('AWS_ACCESS_KEY_ID', '{ak}');
setenv('AWS_SECRET_ACCESS_KEY', '{sk}');
setenv('AWS_DEFAULT_REGION', 'eu-north-1');
% old lab account (still used by the 2023 scripts):
% setenv('AWS_ACCESS_KEY_ID', '{d.akid()}');
% setenv('AWS_SECRET_ACCESS_KEY', '{d.awssec()}');

ds = fileDatastore('s3://lab-vibration-raw/2025/week10/', 'ReadFcn', @load, 'FileExtensions', '.mat');
fprintf('%d files\\n', numel(ds.Files));

%% metadata from the lab API
token = '{tok}';
opts = weboptions('HeaderFields', {{'Authorization', ['Bearer ' token]}}, 'Timeout', 30);
meta = webread('https://lab-api.{d.dom('se')}/v1/rigs?active=true', opts);

%% results go to the lab database
conn = database('labdb', 'matlab_rw', '{pw}', ...
    'Vendor', 'PostgreSQL', 'Server', 'pg-lab.{d.dom('se')}', 'PortNumber', 5432);
if ~isempty(conn.Message)
    error('db: %s', conn.Message);
end

% do NOT commit the next line with a real value:
% conn2 = database('labdb', 'readonly', '<password>');

for k = 1:numel(ds.Files)
    s = read(ds);
    rms_val = rms(s.accel);
    sqlwrite(conn, 'vibration_rms', table(string(ds.Files{{k}}), rms_val));
end
close(conn);
"""
    return d


def aws_tools_powershell():
    d = new("aws-tools-powershell", "Setup-BackupProfile.ps1")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    ak2, sk2 = d.akid(), d.awssec()
    d.text = f"""<#
.SYNOPSIS
  Stores the backup profiles used by the nightly Veeam copy job (run once per server as the svc account).
#>
Import-Module AWS.Tools.Common
Import-Module AWS.Tools.S3

Set-AWSCredential -AccessKey {ak} -SecretKey {sk} -StoreAs veeam-offsite
Set-AWSCredential -AccessKey '{ak2}' -SecretKey '{sk2}' -StoreAs veeam-offsite-dr -ProfileLocation C:\\ProgramData\\Backup\\aws-credentials

Initialize-AWSDefaultConfiguration -ProfileName veeam-offsite -Region eu-north-1

# sanity check
Get-S3Bucket | Where-Object {{ $_.BucketName -like 'veeam-*' }} | Format-Table BucketName, CreationDate

# Example from the docs, keep for reference:
# Set-AWSCredential -AccessKey AKIAIOSFODNN7EXAMPLE -SecretKey wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY -StoreAs MyNewProfile

Write-Host "Profiles stored:"; Get-AWSCredential -ListProfileDetail
"""
    t = new("aws-tools-powershell", "rotate-keys-transcript.txt")
    tg = t.g
    user = "svc-veeam-offsite"
    old = t.akid()
    new_ak, new_sk = t.akid(), t.awssec()
    t.text = f"""**********************
Windows PowerShell transcript start
Start time: 20250311091502
Username: CORP\\adm-backup
Machine: BKP01 (Microsoft Windows NT 10.0.20348.0)
**********************
PS C:\\Scripts> Get-IAMAccessKey -UserName {user}

AccessKeyId          CreateDate           Status UserName
-----------          ----------           ------ --------
{old} 14.03.2024 10:22:31  Active {user}


PS C:\\Scripts> $k = New-IAMAccessKey -UserName {user}
PS C:\\Scripts> $k | Format-List

AccessKeyId     : {new_ak}
CreateDate      : 11.03.2025 09:15:40
SecretAccessKey : {new_sk}
Status          : Active
UserName        : {user}


PS C:\\Scripts> Set-AWSCredential -AccessKey $k.AccessKeyId -SecretKey $k.SecretAccessKey -StoreAs veeam-offsite
PS C:\\Scripts> Update-IAMAccessKey -UserName {user} -AccessKeyId {old} -Status Inactive
PS C:\\Scripts> Stop-Transcript
**********************
Windows PowerShell transcript end
End time: 20250311091622
**********************
"""
    return [d, t]


def hive_metastore_site():
    d = new("hive-metastore-site", "hive-site.xml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    pw = d.pw(enc=X)
    ks = d.pw(enc=X, style="phrase")
    d.text = f"""<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="configuration.xsl"?>
<configuration>
  <property>
    <name>javax.jdo.option.ConnectionURL</name>
    <value>jdbc:postgresql://metastore-db.{d.dom()}:5432/metastore?sslmode=require</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionDriverName</name>
    <value>org.postgresql.Driver</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionUserName</name>
    <value>hive</value>
  </property>
  <property>
    <name>javax.jdo.option.ConnectionPassword</name>
    <value>{pw}</value>
  </property>
  <property>
    <name>hive.metastore.warehouse.dir</name>
    <value>s3a://lakehouse-warehouse/hive</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>{ak}</value>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>{sk}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.partner-landing.access.key</name>
    <value>{d.akid()}</value>
  </property>
  <property>
    <name>fs.s3a.bucket.partner-landing.secret.key</name>
    <value>{d.awssec()}</value>
  </property>
  <property>
    <name>fs.s3a.endpoint</name>
    <value>s3.eu-west-1.amazonaws.com</value>
  </property>
  <property>
    <name>fs.s3a.aws.credentials.provider</name>
    <value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value>
  </property>
  <property>
    <name>hive.metastore.keystore.password</name>
    <value>{ks}</value>
  </property>
  <property>
    <name>hive.server2.authentication</name>
    <value>NONE</value>
  </property>
</configuration>
"""
    c2 = new("hive-metastore-site", "core-site.xml")
    cak, csk = c2.akid(), c2.awssec()
    c2.text = f"""<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <property>
    <name>fs.defaultFS</name>
    <value>s3a://lakehouse-warehouse</value>
  </property>
  <property>
    <name>fs.s3a.access.key</name>
    <value>{cak}</value>
    <description>AWS access key ID used by S3A file system.</description>
  </property>
  <property>
    <name>fs.s3a.secret.key</name>
    <value>{csk}</value>
    <description>AWS secret key used by S3A file system.</description>
  </property>
  <property>
    <name>fs.s3a.path.style.access</name>
    <value>false</value>
  </property>
  <property>
    <name>hadoop.security.credential.provider.path</name>
    <value>jceks://hdfs/user/hive/s3.jceks</value>
  </property>
</configuration>
"""
    return [d, c2]


def kedro_credentials_yml():
    d = new("kedro-credentials-yml", "conf/local/credentials.yml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    pw = d.pw(cat="url-credentials|password", punct="-._~")
    pw2 = d.pw(punct="!#%*+-.?_")
    d.text = f"""# Here you can define credentials for different data sets and environment.
#
# THIS FILE MUST BE PLACED IN `conf/local`. DO NOT PUSH THIS FILE TO GitHub.
#
# Example:
#
# dev_s3:
#   client_kwargs:
#     aws_access_key_id: token
#     aws_secret_access_key: key
#
# prod_s3:
#   aws_access_key_id: ${{oc.env:AWS_ACCESS_KEY_ID}}
#   aws_secret_access_key: ${{oc.env:AWS_SECRET_ACCESS_KEY}}

dev_s3:
  client_kwargs:
    aws_access_key_id: {ak}
    aws_secret_access_key: {sk}

prod_s3:
  key: {d.akid()}
  secret: {d.awssec()}

mlflow:
  tracking_token: {d.gs("hex40")}

db_credentials:
  con: postgresql://kedro:{pw}@warehouse.{d.dom()}:5432/analytics

snowflake_creds:
  user: KEDRO_SVC
  password: "{pw2}"
  account: {g.s(7, UP)}-{g.s(7, UP)}
  warehouse: TRANSFORM_WH
"""
    return d


def dagster_yaml():
    d = new("dagster-yaml", "dagster.yaml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    pw = d.pw(punct="!#%*+-.?_")
    d.text = f"""run_storage:
  module: dagster_postgres.run_storage
  class: PostgresRunStorage
  config:
    postgres_db:
      hostname: dagster-pg.{d.dom()}
      username: dagster
      password: "{pw}"
      db_name: dagster
      port: 5432

event_log_storage:
  module: dagster_postgres.event_log
  class: PostgresEventLogStorage
  config:
    postgres_db:
      hostname: dagster-pg.{d.dom()}
      username: dagster
      password:
        env: DAGSTER_PG_PASSWORD
      db_name: dagster
      port: 5432

compute_logs:
  module: dagster_aws.s3.compute_log_manager
  class: S3ComputeLogManager
  config:
    bucket: dagster-compute-logs
    prefix: prod
    region: eu-west-1
    # TODO move to instance profile
    access_key_id: {ak}
    secret_access_key: {sk}

run_launcher:
  module: dagster_k8s
  class: K8sRunLauncher
  config:
    service_account_name: dagster
    job_image: registry.{d.dom()}/data/pipelines:2025.03.1
    env_secrets:
      - dagster-aws
"""
    return d


def prefect_blocks_json():
    d = new("prefect-blocks-json", "register_blocks.py")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    pw = d.pw(punct="!#%*+-.?_")
    wh = d.vtok("slackhook")
    d.text = f"""\"\"\"Registers the blocks our flows load by name. Run once per workspace.

$ prefect block inspect aws-credentials/prod-etl
┏━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┓
┃ Block Type              ┃ AWS Credentials      ┃
┃ Block id                ┃ {g.uuid()} ┃
┣━━━━━━━━━━━━━━━━━━━━━━━━━╋━━━━━━━━━━━━━━━━━━━━━━┫
┃ aws_access_key_id       ┃ {ak} ┃
┃ aws_secret_access_key   ┃ ********             ┃
┃ region_name             ┃ eu-west-1            ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━━━━━━━━━┛
\"\"\"
from prefect_aws import AwsCredentials, S3Bucket
from prefect_sqlalchemy import SqlAlchemyConnector, ConnectionComponents, SyncDriver
from prefect.blocks.notifications import SlackWebhook

creds = AwsCredentials(
    aws_access_key_id="{ak}",
    aws_secret_access_key="{sk}",
    region_name="eu-west-1",
)
creds.save("prod-etl", overwrite=True)

AwsCredentials(
    aws_access_key_id="{d.akid()}",
    aws_secret_access_key="{d.awssec()}",
    region_name="eu-north-1",
).save("archive-writer", overwrite=True)

S3Bucket(bucket_name="etl-landing-prod", credentials=creds).save("landing", overwrite=True)

SqlAlchemyConnector(
    connection_info=ConnectionComponents(
        driver=SyncDriver.POSTGRESQL_PSYCOPG2,
        username="etl",
        password="{pw}",
        host="dwh.{d.dom()}",
        port=5432,
        database="dwh",
    )
).save("dwh", overwrite=True)

SlackWebhook(url="{wh}").save("etl-alerts", overwrite=True)
"""
    b = new("prefect-blocks-json", "aws-credentials-block-document.json")
    bg = b.g
    bak, bsk = b.akid(), b.awssec()
    b.text = json.dumps({"id": bg.uuid(), "created": "2025-02-18T12:01:44.201375Z", "updated": "2025-03-10T07:12:09.551101Z",
                         "name": "landing-writer", "data": {"aws_access_key_id": bak, "aws_secret_access_key": bsk,
                                                              "region_name": "eu-west-1", "profile_name": None,
                                                              "aws_client_parameters": {"use_ssl": True, "verify": None}},
                         "block_schema_id": bg.uuid(), "block_type_id": bg.uuid(),
                         "block_type": {"name": "AWS Credentials", "slug": "aws-credentials"},
                         "is_anonymous": False}, indent=2) + "\n"
    return [d, b]


def singer_tap_config():
    d = new("singer-tap-config", "tap-s3-csv.config.json")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    d.text = json.dumps({
        "start_date": "2024-01-01T00:00:00Z", "bucket": "partner-drops-" + g.s(6, LO + DG),
        "account_id": g.digits(12, True), "aws_access_key_id": ak, "aws_secret_access_key": sk,
        "tables": [{"search_prefix": "exports/orders", "search_pattern": "orders_.*\\.csv", "table_name": "orders",
                    "key_properties": ["order_id"], "date_overrides": ["created_at"], "delimiter": ","}]}, indent=2) + "\n"
    d2 = new("singer-tap-config", "target-postgres.config.json")
    pw = d2.pw(enc=J)
    d2.text = json.dumps({"host": "dwh." + d.dom(), "port": 5432, "user": "singer", "password": "PLACEHOLDER",
                          "dbname": "raw", "default_target_schema": "partner", "ssl": "true"}, indent=2).replace('"PLACEHOLDER"', f'"{pw}"') + "\n"
    return [d, d2]


def sling_env_yaml():
    d = new("sling-env-yaml", "env.yaml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    pw = d.pw(cat="url-credentials|password", punct="-._~")
    pw2 = d.pw(punct="!#%*+-.?_")
    d.text = f"""# ~/.sling/env.yaml
connections:
  LAKE_S3:
    type: s3
    bucket: lake-raw-{g.s(5, LO + DG)}
    access_key_id: {ak}
    secret_access_key: "{sk}"
    region: eu-north-1

  ARCHIVE_S3:
    type: s3
    bucket: archive-cold
    access_key_id: {d.akid()}
    secret_access_key: {d.awssec()}
    endpoint: https://s3.eu-central-1.amazonaws.com

  PG_APP:
    type: postgres
    url: "postgresql://sling_ro:{pw}@app-db.{d.dom()}:5432/app?sslmode=require"

  MSSQL_ERP:
    type: sqlserver
    host: erp-sql01.{d.dom()}
    user: sling
    password: '{pw2}'
    database: ERP
    port: 1433

  LOCAL_DUCK:
    type: duckdb
    instance: /data/local.duckdb

variables:
  env: prod
"""
    return d


def cribl_outputs_yml():
    d = new("cribl-outputs-yml", "outputs.yml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    hec = d.L("generic-secret", g.uuid())
    d.text = f"""outputs:
  s3_archive:
    type: s3
    bucket: cribl-archive-{g.s(6, LO + DG)}
    region: eu-west-1
    awsAuthenticationMethod: manual
    awsApiKey: {ak}
    awsSecretKey: {sk}
    destPath: "'archive'"
    partitionExpr: "C.Time.strftime(_time ? _time : Date.now()/1000, '%Y/%m/%d/%H')"
    format: json
    compress: gzip
    systemFields:
      - cribl_pipe
  splunk_hec:
    type: splunk_hec
    url: https://splunk-hec.{d.dom()}:8088/services/collector/event
    token: {hec}
    tls:
      disabled: false
      rejectUnauthorized: true
  security_lake:
    type: security_lake
    bucket: aws-security-data-lake-eu-west-1-{g.s(30, LO + DG)}
    region: eu-west-1
    awsAuthenticationMethod: manual
    awsApiKey: {d.akid()}
    awsSecretKey: {d.awssec()}
    assumeRoleArn: arn:aws:iam::{g.digits(12, True)}:role/cribl-securitylake
  devnull:
    type: devnull
"""
    return d


def openobserve_env():
    d = new("openobserve-env", "openobserve.env")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    p = d.person("en")
    em = d.email(p, domain=d.dom())
    pw = d.pw(punct="!#%*+-.?_")
    d.text = f"""ZO_ROOT_USER_EMAIL={em}
ZO_ROOT_USER_PASSWORD={pw}
ZO_DATA_DIR=/data
ZO_LOCAL_MODE_STORAGE=s3
ZO_S3_PROVIDER=aws
ZO_S3_BUCKET_NAME=o2-{g.s(6, LO + DG)}
ZO_S3_REGION_NAME=eu-central-1
ZO_S3_ACCESS_KEY={ak}
ZO_S3_SECRET_KEY={sk}
ZO_TELEMETRY=false
ZO_COMPACT_DATA_RETENTION_DAYS=30
RUST_LOG=info
"""
    return d


def gitlab_omnibus_rb():
    d = new("gitlab-omnibus-rb", "gitlab.rb")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    ak2, sk2 = d.akid(), d.awssec()
    smtp = d.pw(enc=lambda s: s.replace("\\", "\\\\").replace('"', '\\"'), punct="!#%*+-.?_")
    ldap = d.pw(punct="!#%*+-.?_")
    root = d.pw(punct="!#%*+-.?_")
    tok = d.gs("an32")
    host = "gitlab." + d.dom()
    sender = d.role_email("gitlab", d.dom())
    p = d.person("se")
    d.text = f"""## GitLab configuration settings
##! This file is generated during initial installation and **is not** modified
##! during upgrades.
external_url 'https://{host}'

gitlab_rails['initial_root_password'] = "{root}"
gitlab_rails['initial_shared_runners_registration_token'] = "{tok}"

### Email Settings
gitlab_rails['gitlab_email_enabled'] = true
gitlab_rails['gitlab_email_from'] = '{sender}'
gitlab_rails['gitlab_email_display_name'] = 'GitLab'

gitlab_rails['smtp_enable'] = true
gitlab_rails['smtp_address'] = "email-smtp.eu-west-1.amazonaws.com"
gitlab_rails['smtp_port'] = 587
gitlab_rails['smtp_user_name'] = "{d.akid()}"
gitlab_rails['smtp_password'] = "{smtp}"
gitlab_rails['smtp_domain'] = "{d.dom()}"
gitlab_rails['smtp_authentication'] = "login"
gitlab_rails['smtp_enable_starttls_auto'] = true

### LDAP Settings
gitlab_rails['ldap_enabled'] = true
gitlab_rails['ldap_servers'] = YAML.load <<-'EOS'
  main:
    label: 'AD'
    host: 'dc01.ad.{d.dom()}'
    port: 636
    uid: 'sAMAccountName'
    bind_dn: 'CN=svc-gitlab,OU=Service Accounts,DC=ad,DC={d.dom().split('.')[0]},DC={d.dom().split('.')[-1]}'
    password: '{ldap}'
    encryption: 'simple_tls'
    base: 'DC=ad,DC={d.dom().split('.')[0]},DC={d.dom().split('.')[-1]}'
EOS

### Consolidated object storage configuration
gitlab_rails['object_store']['enabled'] = true
gitlab_rails['object_store']['proxy_download'] = true
gitlab_rails['object_store']['connection'] = {{
  'provider' => 'AWS',
  'region' => 'eu-north-1',
  'aws_access_key_id' => '{ak}',
  'aws_secret_access_key' => '{sk}'
}}
gitlab_rails['object_store']['objects']['artifacts']['bucket'] = 'gitlab-artifacts'
gitlab_rails['object_store']['objects']['lfs']['bucket'] = 'gitlab-lfs'
gitlab_rails['object_store']['objects']['uploads']['bucket'] = 'gitlab-uploads'

### Backup settings
gitlab_rails['backup_upload_connection'] = {{
  'provider' => 'AWS',
  'region' => 'eu-north-1',
  'aws_access_key_id' => '{ak2}',
  'aws_secret_access_key' => '{sk2}'
}}
gitlab_rails['backup_upload_remote_directory'] = 'gitlab-backups'
gitlab_rails['backup_keep_time'] = 604800

# Contact for the admin area banner
gitlab_rails['gitlab_support_email'] = '{d.email(p, domain=d.dom())}'

# postgresql['sql_user_password'] = 'MD5 hash of the password'
postgresql['sql_user_password'] = '{d.md5()}'
gitlab_rails['db_password'] = '{d.pw(punct="!#%*+-.?_")}'
gitlab_rails['incoming_email_password'] = "{d.pw(punct="!#%*+-.?_")}"
gitlab_shell['secret_token'] = '{d.gs("hex64")}'
gitlab_rails['monitoring_whitelist'] = ['127.0.0.0/8', '::1/128']
"""
    # the SES SMTP user is an access key id; its SMTP password is derived from a secret key
    return d


def gitlab_secrets_json():
    """The gitlab-secrets.json that Omnibus writes next to gitlab.rb."""
    s2 = new("gitlab-omnibus-rb", "gitlab-secrets.json")
    gg = s2.g
    body = gg.b64(1190)
    pem = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(body[i:i + 64] for i in range(0, len(body), 64)) + "\n-----END RSA PRIVATE KEY-----"
    doc = {"gitlab_workhorse": {"secret_token": s2.gs("b64_32")},
           "gitlab_shell": {"secret_token": s2.gs("hex128")},
           "gitlab_rails": {"secret_key_base": s2.gs("hex128"), "db_key_base": s2.gs("hex128"), "otp_key_base": s2.gs("hex128"),
                            "encrypted_settings_key_base": s2.gs("hex128"), "openid_connect_signing_key": pem + "\n",
                            "ci_jwt_signing_key": "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----\n"},
           "gitlab_pages": {"gitlab_secret": s2.gs("b64_32"), "api_secret_key": s2.gs("b64_32")},
           "gitlab_kas": {"api_secret_key": s2.gs("b64_32"), "private_api_secret_key": s2.gs("b64_32")},
           "letsencrypt": {"auto_enabled": True}}
    s2.text = json.dumps(doc, indent=2) + "\n"
    # the PEM block as it appears in the file, with its newlines JSON-escaped
    s2.L("private-key", json.dumps(pem)[1:-1])
    return s2


def chalice_config_json():
    d = new("chalice-config-json", ".chalice/config.json")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    pw = d.pw(enc=J)
    cfg = {"version": "2.0", "app_name": "invoice-webhooks",
           "stages": {"dev": {"api_gateway_stage": "api", "environment_variables": {"STAGE": "dev", "PARTNER_BUCKET_KEY_ID": "AAA", "PARTNER_BUCKET_SECRET": "BBB", "DB_PASSWORD": "CCC"}},
                      "staging": {"api_gateway_stage": "api", "environment_variables": {"STAGE": "staging", "PARTNER_BUCKET_KEY_ID": d.akid(), "PARTNER_BUCKET_SECRET": d.awssec()}},
                      "prod": {"api_gateway_stage": "api", "lambda_memory_size": 512,
                               "environment_variables": {"STAGE": "prod", "PARTNER_BUCKET_KEY_ID": ak, "PARTNER_BUCKET_SECRET": sk,
                                                         "DB_PASSWORD": "PWPH", "DB_HOST": "invoices.cluster-" + g.s(12, LO + DG) + ".eu-west-1.rds.amazonaws.com",
                                                         "WEBHOOK_SIGNING_SECRET": d.gs("whsec"), "FORTNOX_CLIENT_SECRET": d.gs("an20"),
                                                         "MAILGUN_API_KEY": d.vtok("mailgun"), "MAILGUN_DOMAIN": "mg.invoices.example.net"}}}}
    s = json.dumps(cfg, indent=2).replace('"PWPH"', f'"{pw}"')
    s = s.replace('"AAA"', '"${PARTNER_BUCKET_KEY_ID}"').replace('"BBB"', '"${PARTNER_BUCKET_SECRET}"').replace('"CCC"', '"changeme"')
    d.text = s + "\n"
    return d


def aws_copilot_manifest():
    d = new("aws-copilot-manifest", "copilot/api/manifest.yml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    tok = d.gs("hex40")
    d.text = f"""# The manifest for the "api" service.
# Read the full specification for the "Load Balanced Web Service" type at:
#  https://aws.github.io/copilot-cli/docs/manifest/lb-web-service/

name: api
type: Load Balanced Web Service

http:
  path: '/'
  healthcheck: '/healthz'

image:
  build: Dockerfile
  port: 8080

cpu: 512
memory: 1024
platform: linux/x86_64
count: 2
exec: true

variables:
  LOG_LEVEL: info
  PARTNER_FTP_HOST: sftp.{d.dom()}
  # legacy reporting bucket lives in the old account, no role trust yet
  REPORTS_AWS_ACCESS_KEY_ID: {ak}
  REPORTS_AWS_SECRET_ACCESS_KEY: {sk}
  MAPS_API_TOKEN: {tok}

secrets:
  DB_PASSWORD: /copilot/${{COPILOT_APPLICATION_NAME}}/${{COPILOT_ENVIRONMENT_NAME}}/secrets/db_password
  STRIPE_KEY:
    secretsmanager: 'prod/stripe:api_key::'

environments:
  test:
    count: 1
    variables:
      LOG_LEVEL: debug
      REPORTS_AWS_ACCESS_KEY_ID: {d.akid()}
      REPORTS_AWS_SECRET_ACCESS_KEY: {d.awssec()}
"""
    return d


def s3ql_authinfo2():
    d = new("s3ql-authinfo2", "authinfo2")
    g = d.g
    ak, sk = d.akid(), d.awssec(cat="aws-secret-key|password")
    fp = d.pw(style="phrase")
    fp2 = d.pw()
    d.text = f"""# ~/.s3ql/authinfo2 (chmod 600)
[s3-backup]
storage-url: s3://eu-north-1/nas-backup-{g.s(5, LO + DG)}/s3ql/
backend-login: {ak}
backend-password: {sk}
fs-passphrase: {fp}

[s3-offsite]
storage-url: s3://eu-west-1/offsite-{g.s(6, LO + DG)}/nas/
backend-login: {d.akid()}
backend-password: {d.awssec(cat="aws-secret-key|password")}
fs-passphrase: {d.pw()}

[swift-old]
storage-url: swift://swift.{d.dom()}/s3ql
backend-login: tenant:nas
backend-password: {fp2}
"""
    return d


def gsutil_boto_config():
    d = new("gsutil-boto-config", ".boto")
    g = d.g
    gid = "GOOG1E" + g.s(55, UP + DG)
    gsec = d.awssec(cat="generic-secret")
    ak, sk = d.akid(), d.awssec()
    d.K(gid)
    d.text = f"""# This file contains credentials and other configuration information needed
# by the boto library, used by gsutil. You can edit this file (e.g., to add
# credentials) but be careful not to mis-edit any of the variable names (like
# "gs_access_key_id") or remove important markers (like the "[Credentials]" and
# "[Boto]" section delimiters).
#
# This file was created by gsutil version 5.27 at 2025-02-04 10:11:43.

[Credentials]
# Google Cloud Storage HMAC credentials (interoperability)
gs_access_key_id = {gid}
gs_secret_access_key = {gsec}

# AWS credentials for cross-cloud copies (gsutil -m cp s3://... gs://...)
aws_access_key_id = {ak}
aws_secret_access_key = {sk}

[Boto]
https_validate_certificates = True
# proxy = <proxy host>
# proxy_port = <proxy port>

[GoogleCompute]

[GSUtil]
content_language = en
default_project_id = {g.pick(['analytics', 'media', 'ml'])}-{g.digits(6)}
parallel_composite_upload_threshold = 150M

[OAuth2]
"""
    e = new("gsutil-boto-config", "etl-runner.boto")
    eak, esk = e.akid(), e.awssec()
    e.text = f"""# BOTO_CONFIG=/etc/etl/etl-runner.boto  (used by the nightly gsutil rsync s3:// -> gs://)
[Credentials]
aws_access_key_id = {eak}
aws_secret_access_key = {esk}
gs_service_key_file = /etc/etl/gcs-writer.json

[Boto]
https_validate_certificates = True
num_retries = 6

[GSUtil]
parallel_thread_count = 24
"""
    return [d, e]


def atlantis_server_config():
    d = new("atlantis-server-config", "atlantis-env.yaml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    gh = d.vtok("ghp")
    whs = d.gs("an32")
    d.text = f"""# values for the atlantis statefulset (kubectl create secret generic atlantis-env --from-env-file ...)
ATLANTIS_REPO_ALLOWLIST: github.com/{d.dom().split('.')[0]}/*
ATLANTIS_GH_USER: {d.dom().split('.')[0]}-atlantis
ATLANTIS_GH_TOKEN: {gh}
ATLANTIS_GH_WEBHOOK_SECRET: {whs}
ATLANTIS_ATLANTIS_URL: https://atlantis.{d.dom()}
ATLANTIS_WRITE_GIT_CREDS: "true"
AWS_ACCESS_KEY_ID: {ak}
AWS_SECRET_ACCESS_KEY: {sk}
AWS_REGION: eu-west-1
# prod account is reached through a separate user until the OIDC trust is in place
PROD_AWS_ACCESS_KEY_ID: {d.akid()}
PROD_AWS_SECRET_ACCESS_KEY: {d.awssec()}
INFRACOST_API_KEY: {d.L("generic-secret", "ico-" + g.s(32, AN))}
ATLANTIS_DEFAULT_TF_VERSION: v1.7.5
ATLANTIS_ENABLE_DIFF_MARKDOWN_FORMAT: "true"
"""
    return d


def k3s_config_yaml():
    d = new("k3s-config-yaml", "config.yaml")
    g = d.g
    tok = d.gs("k3s")
    atok = d.gs("an40")
    ak, sk = d.akid(), d.awssec()
    ip = d.ip4()
    d.text = f"""# /etc/rancher/k3s/config.yaml on server-1
write-kubeconfig-mode: "0640"
token: "{tok}"
agent-token: "{atok}"
tls-san:
  - k3s.{d.dom()}
  - {ip}
cluster-init: true
disable:
  - traefik
node-label:
  - "topology.kubernetes.io/zone=hel1"
etcd-snapshot-schedule-cron: "0 */6 * * *"
etcd-snapshot-retention: 20
etcd-s3: true
etcd-s3-endpoint: s3.eu-central-1.amazonaws.com
etcd-s3-region: eu-central-1
etcd-s3-bucket: k3s-etcd-snapshots-{g.s(5, LO + DG)}
etcd-s3-access-key: {ak}
etcd-s3-secret-key: {sk}
kube-apiserver-arg:
  - "oidc-issuer-url=https://sso.{d.dom()}/realms/ops"
  - "oidc-client-id=kubernetes"
"""
    return d


def starrocks_load_sql():
    d = new("starrocks-load-sql", "load_partner_orders.sql")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    ak2, sk2 = d.akid(), d.awssec()
    pw = d.pw(enc=SQ, punct="!#%*+-.?_")
    d.text = f"""-- load_partner_orders.sql -- run from the scheduler with
--   mysql -h starrocks-fe.{d.dom()} -P 9030 -u loader -p"$SR_PASSWORD" < load_partner_orders.sql

LOAD LABEL partner.orders_20250311_{g.digits(4)}
(
    DATA INFILE("s3://partner-drops-{g.s(5, LO + DG)}/orders/dt=2025-03-10/*.parquet")
    INTO TABLE orders
    FORMAT AS "parquet"
)
WITH BROKER
(
    "aws.s3.use_instance_profile" = "false",
    "aws.s3.access_key" = "{ak}",
    "aws.s3.secret_key" = "{sk}",
    "aws.s3.region" = "eu-west-1"
)
PROPERTIES
(
    "timeout" = "3600"
);

CREATE EXTERNAL CATALOG lake_hive
PROPERTIES
(
    "type" = "hive",
    "hive.metastore.uris" = "thrift://hms.{d.dom()}:9083",
    "aws.s3.use_instance_profile" = "false",
    "aws.s3.access_key" = "{ak2}",
    "aws.s3.secret_key" = "{sk2}",
    "aws.s3.region" = "eu-west-1"
);

-- instance profile variant (what the docs recommend)
-- "aws.s3.use_instance_profile" = "true",
-- "aws.s3.iam_role_arn" = "arn:aws:iam::{g.digits(12, True)}:role/starrocks-s3"

INSERT INTO FILES(
    "path" = "s3://bi-exports-{g.s(5, LO + DG)}/daily/",
    "format" = "parquet",
    "aws.s3.access_key" = "{d.akid()}",
    "aws.s3.secret_key" = "{d.awssec()}",
    "aws.s3.region" = "eu-west-1"
)
SELECT * FROM partner.orders WHERE dt = '2025-03-10';

CREATE USER IF NOT EXISTS 'bi_reader'@'%' IDENTIFIED BY '{pw}';
CREATE USER IF NOT EXISTS 'loader'@'%' IDENTIFIED BY '{d.pw(enc=SQ, punct="!#%*+-.?_")}';
GRANT SELECT ON ALL TABLES IN DATABASE partner TO USER 'bi_reader'@'%';
SHOW LOAD WHERE LABEL LIKE 'orders_20250311%';
"""
    return d


CARRIERS = [ceph_radosgw_user_info, seaweedfs_s3_json, cert_manager_route53, external_dns_values,
            external_secrets_operator, java_aws_sdk_v2_src, node_aws_sdk_v3_src, cpp_aws_sdk_src, matlab_scripts,
            aws_tools_powershell, hive_metastore_site, kedro_credentials_yml, dagster_yaml, prefect_blocks_json,
            singer_tap_config, sling_env_yaml, cribl_outputs_yml, openobserve_env, gitlab_omnibus_rb, 
            gitlab_secrets_json, chalice_config_json, aws_copilot_manifest, s3ql_authinfo2, gsutil_boto_config, atlantis_server_config,
            k3s_config_yaml, starrocks_load_sql]
