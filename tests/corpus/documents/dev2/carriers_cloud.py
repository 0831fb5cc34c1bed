"""AWS and Azure CLI/config output."""
import json

from doc import Doc
from gen_values import uenc, AWS_DOC_AKID, AWS_DOC_SECRET
from common import host, user, app, ts


def aws_credentials(v, i):
    d = Doc("aws/credentials-%02d" % i)
    out = ["[default]"]
    for name in ["default", "prod", "ci-%s" % app(v), "legacy"][: v.randint(3, 4)]:
        if name != "default":
            out.append("\n[%s]" % name)
        out.append("aws_access_key_id = %s" % d.L("aws-access-key-id", v.aws_akid()))
        out.append("aws_secret_access_key = %s" % d.L("aws-secret-key", v.aws_secret()))
        if name == "prod":
            out.append("region = eu-central-1")
    out.append("\n[sso-dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Developer")
    out.append("\n[docs]\n# copied from the AWS docs, not a real key\naws_access_key_id = %s\naws_secret_access_key = %s"
               % (AWS_DOC_AKID, AWS_DOC_SECRET))
    return d.set("\n".join(out) + "\n")


def aws_sts(v, i):
    d = Doc("aws/sts-assume-role-%02d.json" % i)
    ak = d.L("aws-access-key-id", v.aws_akid("ASIA"))
    sk = d.L("aws-secret-key", v.aws_secret())
    st = d.L("generic-secret", v.aws_session_token())
    role = v.choice(["deploy", "ReadOnly", "OrganizationAccountAccessRole", "terraform"])
    body = {"Credentials": {"AccessKeyId": ak, "SecretAccessKey": sk, "SessionToken": st,
                            "Expiration": ts(v) + "+00:00"},
            "AssumedRoleUser": {"AssumedRoleId": "AROA%s:%s" % (v.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 17), "ci-session"),
                                "Arn": "arn:aws:sts::123456789012:assumed-role/%s/ci-session" % role}}
    return d.set("$ aws sts assume-role --role-arn arn:aws:iam::123456789012:role/%s --role-session-name ci-session\n" % role
                 + json.dumps(body, indent=4) + "\n")


def aws_exports(v, i):
    d = Doc("aws/session-exports-%02d.sh" % i)
    ak = d.L("aws-access-key-id", v.aws_akid(v.choice(["AKIA", "ASIA"])))
    sk = d.L("aws-secret-key", v.aws_secret())
    return d.set(f"""#!/usr/bin/env bash
# source me: temporary credentials for the {app(v)} account
export AWS_ACCESS_KEY_ID="{ak}"
export AWS_SECRET_ACCESS_KEY="{sk}"
export AWS_DEFAULT_REGION=us-east-1
# export AWS_SESSION_TOKEN=...
unset AWS_PROFILE
aws sts get-caller-identity
""")


def aws_iam_create_key(v, i):
    d = Doc("aws/iam-create-access-key-%02d.txt" % i)
    ak = d.L("aws-access-key-id", v.aws_akid())
    sk = d.L("aws-secret-key", v.aws_secret())
    u = "svc-" + app(v)
    return d.set(f"""$ aws iam create-access-key --user-name {u} --output table
-------------------------------------------------------------------------------------
|                                  CreateAccessKey                                  |
+-----------------------------------------------------------------------------------+
||                                    AccessKey                                    ||
|+------------------+-------------------------------------------+---------+---------+|
||   AccessKeyId    |  {ak}                                                           ||
||   CreateDate     |  {ts(v)}+00:00                                      ||
||   SecretAccessKey|  {sk}                       ||
||   Status         |  Active                                                      ||
||   UserName       |  {u}                                                ||
|+------------------+-------------------------------------------+---------+---------+|
$ aws configure list
      Name                    Value             Type    Location
      ----                    -----             ----    --------
   profile                <not set>             None    None
access_key     ****************{ak[-4:]} shared-credentials-file
secret_key     ****************{sk[-4:]} shared-credentials-file
    region                eu-west-1      config-file    ~/.aws/config
""")


def tf_provider(v, i):
    d = Doc("terraform/providers-%02d.tf" % i)
    return d.set(f"""terraform {{
  required_providers {{
    aws     = {{ source = "hashicorp/aws", version = "~> 5.40" }}
    azurerm = {{ source = "hashicorp/azurerm", version = "~> 3.100" }}
  }}
  backend "azurerm" {{
    storage_account_name = "sttfstate{i}"
    container_name       = "tfstate"
    key                  = "prod.terraform.tfstate"
    access_key           = "{d.L('azure-storage-key', v.azure_key())}"
  }}
}}

provider "aws" {{
  region     = "eu-west-1"
  access_key = "{d.L('aws-access-key-id', v.aws_akid())}"
  secret_key = "{d.L('aws-secret-key', v.aws_secret())}"
}}

provider "aws" {{
  alias      = "docs"
  region     = "us-west-2"
  access_key = "{AWS_DOC_AKID}"
  secret_key = "{AWS_DOC_SECRET}"
}}

variable "db_password" {{
  type      = string
  sensitive = true
}}

resource "aws_db_instance" "main" {{
  identifier     = "{app(v)}-db"
  engine         = "postgres"
  username       = "dbadmin"
  password       = var.db_password
}}

resource "aws_db_instance" "legacy" {{
  identifier = "legacy-db"
  engine     = "mysql"
  username   = "root"
  password   = "{d.L('password', v.safe_password())}"
}}
""")


def cfn(v, i):
    d = Doc("aws/cloudformation-%02d.yaml" % i)
    return d.set(f"""AWSTemplateFormatVersion: '2010-09-09'
Description: {app(v)} stack
Parameters:
  DBPassword:
    Type: String
    NoEcho: true
    Default: '{d.L('password', v.safe_password())}'
  ApiKeyParam:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /prod/api-key
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: dbadmin
      MasterUserPassword: !Ref DBPassword
  ReplicaSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      SecretString: '{{"username":"replica","password":"{d.L('password', v.alnum(22))}"}}'
  Function:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Environment:
        Variables:
          EXPORT_AWS_ACCESS_KEY_ID: {d.L('aws-access-key-id', v.aws_akid())}
          EXPORT_AWS_SECRET_ACCESS_KEY: {d.L('aws-secret-key', v.aws_secret())}
          DB_PASSWORD: '{{{{resolve:secretsmanager:prod/db:SecretString:password}}}}'
          WEBHOOK_SECRET: {d.L('generic-secret', v.hexs(40))}
""")


def az_keys_list(v, i):
    d = Doc("azure/az-storage-keys-list-%02d.json" % i)
    acct = "st%s%d" % (app(v).replace("-", ""), i)
    k1 = d.L("azure-storage-key", v.azure_key())
    k2 = d.L("azure-storage-key", v.azure_key())
    body = [{"creationTime": ts(v) + ".%06d+00:00" % v.randint(0, 999999), "keyName": "key1", "permissions": "FULL", "value": k1},
            {"creationTime": ts(v) + ".%06d+00:00" % v.randint(0, 999999), "keyName": "key2", "permissions": "FULL", "value": k2}]
    return d.set("$ az storage account keys list --resource-group rg-%s --account-name %s\n" % (app(v), acct)
                 + json.dumps(body, indent=2) + "\n")


def az_show_conn(v, i):
    d = Doc("azure/az-storage-show-connection-string-%02d.txt" % i)
    acct = "stlogs%d" % v.randint(100, 999)
    key = d.L("azure-storage-key", v.azure_key())
    sig = d.L("azure-storage-key", uenc(v.sas_sig_raw()))
    return d.set(f"""$ az storage account show-connection-string -g rg-logs -n {acct}
{{
  "connectionString": "DefaultEndpointsProtocol=https;EndpointSuffix=core.windows.net;AccountName={acct};AccountKey={key};BlobEndpoint=https://{acct}.blob.core.windows.net/;FileEndpoint=https://{acct}.file.core.windows.net/"
}}
$ az storage container generate-sas --account-name {acct} --name archive --permissions rl --expiry 2026-01-01 --https-only -o tsv
se=2026-01-01&sp=rl&spr=https&sv=2022-11-02&sr=c&sig={sig}
$ az storage account show -n {acct} --query "{{name:name, kind:kind, sku:sku.name, id:id}}"
{{
  "id": "/subscriptions/{v.uuid()}/resourceGroups/rg-logs/providers/Microsoft.Storage/storageAccounts/{acct}",
  "kind": "StorageV2",
  "name": "{acct}",
  "sku": "Standard_RAGRS"
}}
""")


def arm_outputs(v, i):
    d = Doc("azure/arm-deployment-outputs-%02d.json" % i)
    acct = "stweb%d" % v.randint(100, 999)
    key = d.L("azure-storage-key", v.azure_key())
    body = {"id": "/subscriptions/%s/resourceGroups/rg-web/providers/Microsoft.Resources/deployments/main" % v.uuid(),
            "name": "main", "properties": {
                "correlationId": v.uuid(), "provisioningState": "Succeeded", "timestamp": ts(v) + ".000000+00:00",
                "outputs": {
                    "storageAccountName": {"type": "String", "value": acct},
                    "storageAccountKey": {"type": "String", "value": key},
                    "storageConnectionString": {"type": "String", "value":
                        "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net" % (acct, key)},
                    "sqlAdminPassword": {"type": "SecureString"},
                    "keyExpression": {"type": "String", "value": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', variables('storageName')), '2023-01-01').keys[0].value]"}}}}
    return d.set(json.dumps(body, indent=2) + "\n")


def sas_urls_log(v, i):
    d = Doc("azure/blob-download-%02d.log" % i)
    lines = []
    for n in range(v.randint(4, 6)):
        acct = "stmedia%d" % v.randint(10, 99)
        sig = d.L("azure-storage-key", uenc(v.sas_sig_raw()))
        lines.append("%s INFO  media-worker download url=https://%s.blob.core.windows.net/uploads/%s.jpg?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-03-0%dT12:00:00Z&st=2025-12-01T00:00:00Z&spr=https&sig=%s status=200 bytes=%d"
                     % (ts(v), acct, v.uuid(), v.randint(1, 9), sig, v.randint(10000, 900000)))
        if n == 1:
            lines.append("%s WARN  media-worker retry url=https://%s.blob.core.windows.net/uploads/x.jpg?sv=2022-11-02&sig=REDACTED status=403 AuthenticationFailed" % (ts(v), acct))
    lines.append("%s INFO  media-worker content-md5=%s etag=\"0x8DC%s\"" % (ts(v), v.b64(16), v.hexs(12).upper()))
    return d.set("\n".join(lines) + "\n")


def azcopy_history(v, i):
    d = Doc("shell/azcopy-history-%02d.txt" % i)
    k = d.L("azure-storage-key", v.azure_key())
    sig = d.L("azure-storage-key", uenc(v.sas_sig_raw()))
    acct = "stbackup%d" % v.randint(100, 999)
    return d.set(f""" 1021  az login --use-device-code
 1022  az account set --subscription "Production"
 1023  export AZURE_STORAGE_ACCOUNT={acct}
 1024  export AZURE_STORAGE_KEY='{k}'
 1025  az storage blob list -c backups -o table | tail
 1026  azcopy copy "./dump-{ts(v, '%Y%m%d')}.sql.gz" "https://{acct}.blob.core.windows.net/backups/?sv=2022-11-02&ss=b&srt=co&sp=rwlac&se=2026-02-01T00:00:00Z&spr=https&sig={sig}"
 1027  azcopy jobs list
 1028  history | grep azcopy
""")


def build(v):
    out = []
    for i in range(1, 6):
        out += [aws_credentials(v, i), aws_sts(v, i), az_keys_list(v, i)]
    for i in range(1, 4):
        out += [aws_exports(v, i), aws_iam_create_key(v, i), tf_provider(v, i), cfn(v, i),
                az_show_conn(v, i), arm_outputs(v, i), sas_urls_log(v, i), azcopy_history(v, i)]
    return out
