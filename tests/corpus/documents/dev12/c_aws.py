"""dev12 AWS key carriers: profiles written by tools, shells, IaC, SDK code, containers, notebooks, STS output,
backup clients, data platforms, CI."""
import json
from c_common import *
from c_common import _num, _asciify

CARRIERS = []


def carrier(dirname, n, rep=1, sep="\n"):
    def deco(fn):
        CARRIERS.append((dirname, fn, n, rep, sep))
        return fn
    return deco


def pair(d, kind="AKIA"):
    return d.L("aws-access-key-id", aws_id(kind)), d.L("aws-secret-key", aws_secret())


@uniq
def session_token():
    pre = choice(["IQoJb3JpZ2luX2VjE", "FwoGZXIvYXdzE", "IQoJb3JpZ2luX2VjEJ"])
    return pre + base64.b64encode(R.randbytes(R.choice([180, 240, 300]))).decode().rstrip("=")


def stoken(d):
    return d.L("generic-secret", session_token())


def acct():
    return _num(12)


REGIONS = ["eu-north-1", "eu-west-1", "eu-central-1", "us-east-1", "us-west-2", "ap-northeast-1"]


def masked_id():
    return "****************" + rs(B32, 4)


# ------------------------------------------------------------------ profiles
@carrier("aws-profiles", 5)
def profiles(d, i):
    s = ""
    if i % 3 == 0:
        s += f"[default]\naws_access_key_id = {AWS_DOC_ID}\naws_secret_access_key = {AWS_DOC_SECRET}\n\n"
    for prof in R.sample(["default", "prod", "staging", "billing-ro", "data-lake", "terraform", "legacy-ci", "backup", "partner-sftp"], R.randint(5, 7)):
        a, b = pair(d)
        s += f"[{prof}]\naws_access_key_id = {a}\naws_secret_access_key = {b}\n"
        if R.random() < 0.3:
            s += f"region = {choice(REGIONS)}\n"
        s += "\n"
    if i % 2 == 0:  # saml2aws writes this
        a, b = pair(d, "ASIA")
        tk = stoken(d)
        s += f"[saml]\naws_access_key_id        = {a}\naws_secret_access_key    = {b}\naws_session_token        = {tk}\naws_security_token       = {tk}\n"
        s += f"x_principal_arn          = arn:aws:sts::{acct()}:assumed-role/{choice(['Admin', 'Developer', 'ReadOnly'])}/{d.L('email', email(domain='nordkraft.se'))}\n"
        s += f"x_security_token_expires = 2026-0{R.randint(1, 9)}-{R.randint(10, 28)}T1{R.randint(0, 9)}:{R.randint(10, 59)}:{R.randint(10, 59)}+01:00\n\n"
    if i % 3 == 1:  # granted / leapp write credential_process profiles (no keys)
        s += f"[granted-prod]\ncredential_process = granted credential-process --profile prod-admin\n\n"
        s += f"[leapp-dev]\ncredential_process = leapp session get-credentials --id {d.X(uuid4())}\n"
    if i % 3 == 2:
        s = s.rstrip() + "\n\n# $ aws configure list --profile prod\n#       Name                    Value             Type    Location\n#       ----                    -----             ----    --------\n"
        s += f"#    profile                     prod           manual    --profile\n# access_key     {masked_id()} shared-credentials-file\n# secret_key     {masked_id()} shared-credentials-file\n#     region               eu-north-1      config-file    ~/.aws/config\n"
    return s, "ini"


SHELL_EXTRA = {
    "fish": "function aws-staging\n    set -gx AWS_ACCESS_KEY_ID {a}\n    set -gx AWS_SECRET_ACCESS_KEY {b}\nend\n",
    "pwsh": "function Use-AwsStaging {{\n    $env:AWS_ACCESS_KEY_ID = '{a}'\n    $env:AWS_SECRET_ACCESS_KEY = '{b}'\n}}\n",
    "cmd": "REM staging account\nREM set AWS_ACCESS_KEY_ID={a}\nREM set AWS_SECRET_ACCESS_KEY={b}\n",
    "nu": "def --env aws-staging [] {{\n    $env.AWS_ACCESS_KEY_ID = '{a}'\n    $env.AWS_SECRET_ACCESS_KEY = '{b}'\n}}\n",
    "csh": "alias aws-staging 'setenv AWS_ACCESS_KEY_ID {a}; setenv AWS_SECRET_ACCESS_KEY {b}'\n",
    "zsh": "aws-staging() {{\n  export AWS_ACCESS_KEY_ID={a}\n  export AWS_SECRET_ACCESS_KEY={b}\n}}\n",
}


@carrier("shell-rc", 7)
def shellrc(d, i):
    s, ext = _shellrc(d, i)
    kind = {"fish": "fish", "ps1": "pwsh", "cmd": "cmd", "nu": "nu", "tcshrc": "csh", "zsh": "zsh"}[ext]
    for _k in range(2):
        a, b = pair(d)
        s += "\n" + SHELL_EXTRA[kind].format(a=a, b=b)
    return s, ext


def _shellrc(d, i):
    a, b = pair(d)
    kind = ["fish", "pwsh", "cmd", "nu", "csh", "zsh", "pwsh2", "cmd2"][i % 8]
    if kind == "fish":
        s = f"# ~/.config/fish/conf.d/aws.fish\nset -gx AWS_ACCESS_KEY_ID {a}\nset -gx AWS_SECRET_ACCESS_KEY {b}\nset -gx AWS_DEFAULT_REGION {choice(REGIONS)}\n"
        s += "set -gx AWS_PROFILE (cat ~/.aws/current-profile 2>/dev/null; or echo default)\nfish_add_path ~/.local/bin\n"
        return s, "fish"
    if kind in ("pwsh", "pwsh2"):
        s = "# Microsoft.PowerShell_profile.ps1\nImport-Module posh-git\n"
        s += f'$env:AWS_ACCESS_KEY_ID = "{a}"\n$env:AWS_SECRET_ACCESS_KEY = "{b}"\n$env:AWS_REGION = "{choice(REGIONS)}"\n'
        if kind == "pwsh2":
            a2, b2 = pair(d)
            s += f'[Environment]::SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "{a2}", "User")\n[Environment]::SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "{b2}", "User")\n'
            s += "Set-AWSCredential -AccessKey $env:AWS_ACCESS_KEY_ID -SecretKey $env:AWS_SECRET_ACCESS_KEY -StoreAs ci\n"
        return s, "ps1"
    if kind in ("cmd", "cmd2"):
        s = "@echo off\nREM set-aws.cmd -- run before deploy.bat\n"
        s += f"set AWS_ACCESS_KEY_ID={a}\nset AWS_SECRET_ACCESS_KEY={b}\nset AWS_DEFAULT_REGION={choice(REGIONS)}\n"
        if kind == "cmd2":
            a2, b2 = pair(d)
            s += f'setx AWS_ACCESS_KEY_ID "{a2}"\nsetx AWS_SECRET_ACCESS_KEY "{b2}"\n'
        s += "echo Using key %AWS_ACCESS_KEY_ID%\ncall deploy.bat %*\n"
        return s, "cmd"
    if kind == "nu":
        s = f"# env.nu\n$env.AWS_ACCESS_KEY_ID = \"{a}\"\n$env.AWS_SECRET_ACCESS_KEY = \"{b}\"\n"
        a2, b2 = pair(d)
        s += f"load-env {{\n    AWS_ACCESS_KEY_ID: \"{a2}\"\n    AWS_SECRET_ACCESS_KEY: \"{b2}\"\n    AWS_REGION: \"{choice(REGIONS)}\"\n}}\n"
        s += "$env.EDITOR = \"hx\"\n"
        return s, "nu"
    if kind == "csh":
        return f"# ~/.tcshrc\nsetenv AWS_ACCESS_KEY_ID {a}\nsetenv AWS_SECRET_ACCESS_KEY {b}\nsetenv AWS_DEFAULT_REGION {choice(REGIONS)}\nalias ll 'ls -la'\n", "tcshrc"
    s = f"# ~/.zshrc (excerpt)\nexport AWS_ACCESS_KEY_ID={a}\nexport AWS_SECRET_ACCESS_KEY='{b}'\n"
    s += f"# old account, disabled:\n# export AWS_ACCESS_KEY_ID={AWS_DOC_ID}\n# export AWS_SECRET_ACCESS_KEY={AWS_DOC_SECRET}\nexport AWS_SESSION_TOKEN=\nsource <(kubectl completion zsh)\n"
    return s, "zsh"


# ------------------------------------------------------------------ IaC
@carrier("tf-providers", 5)
def tf(d, i):
    a, b = pair(d)
    s = f'terraform {{\n  required_providers {{\n    aws = {{\n      source  = "hashicorp/aws"\n      version = "~> 5.{R.randint(30, 90)}"\n    }}\n  }}\n'
    if i % 2 == 0:
        a2, b2 = pair(d)
        s += f'\n  backend "s3" {{\n    bucket     = "tfstate-{choice(["nordkraft", "fakturera", "brightwave"])}"\n    key        = "prod/network.tfstate"\n    region     = "eu-north-1"\n    access_key = "{a2}"\n    secret_key = "{b2}"\n  }}\n'
    s += "}\n\n"
    s += f'provider "aws" {{\n  region     = "{choice(REGIONS)}"\n  access_key = "{a}"\n  secret_key = "{b}"\n}}\n\n'
    a3, b3 = pair(d)
    s += f'provider "aws" {{\n  alias      = "replica"\n  region     = "eu-west-1"\n  access_key = "{a3}"\n  secret_key = "{b3}"\n}}\n\n'
    s += 'provider "aws" {\n  alias      = "dr"\n  region     = "eu-west-1"\n  access_key = var.dr_access_key\n  secret_key = var.dr_secret_key\n}\n\n'
    a4, b4 = pair(d)
    s += f'# terraform.tfvars (committed by mistake, see INC-{R.randint(100, 999)})\n# dr_access_key = "{a4}"\n# dr_secret_key = "{b4}"\n\n'
    s += f'variable "dr_secret_key" {{\n  type      = string\n  sensitive = true\n}}\n\n# state: {d.X(docker_digest())}\n'
    return s, "tf"


@carrier("cdk-apps", 4)
def cdk(d, i):
    a, b = pair(d)
    if i % 2 == 0:
        s = "import * as cdk from 'aws-cdk-lib';\nimport * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';\n\n"
        s += "export class LegacyIntegrationStack extends cdk.Stack {\n  constructor(scope: Construct, id: string, props?: cdk.StackProps) {\n    super(scope, id, props);\n"
        s += f"    new secretsmanager.Secret(this, 'PartnerS3Creds', {{\n      secretObjectValue: {{\n        accessKeyId: cdk.SecretValue.unsafePlainText('{a}'),\n        secretAccessKey: cdk.SecretValue.unsafePlainText('{b}'),\n      }},\n    }});\n"
        a2, b2 = pair(d)
        s += f"    const legacyUser = new iam.User(this, 'Legacy');\n    // keys created by hand in 2022, still used by the partner:\n    const partnerKeyId = '{a2}';\n    const partnerSecret = '{b2}';\n"
        s += "    const fromSsm = ssm.StringParameter.valueForStringParameter(this, '/partner/secret-access-key');\n  }\n}\n"
        return s, "ts"
    s = f"$ npx cdk deploy CiUserStack --outputs-file out.json\n\n\u2728  Synthesis time: 4.12s\n\nCiUserStack: deploying... [1/1]\nCiUserStack: creating CloudFormation changeset...\n\n \u2705  CiUserStack\n\n\u2728  Deployment time: 38.4s\n\nOutputs:\n"
    a2, b2 = pair(d)
    s += f"CiUserStack.AccessKeyId = {a}\nCiUserStack.SecretAccessKey = {b}\nCiUserStack.ReadOnlyAccessKeyId = {a2}\nCiUserStack.ReadOnlySecretAccessKey = {b2}\nCiUserStack.UserArn = arn:aws:iam::{acct()}:user/ci-deployer\n"
    s += f"Stack ARN:\narn:aws:cloudformation:eu-north-1:{acct()}:stack/CiUserStack/{d.X(uuid4())}\n"
    return s, "txt"


@carrier("sam-cfn", 5)
def samcfn(d, i):
    a, b = pair(d)
    if i % 3 == 0:
        s = "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nDescription: invoice exporter\n\nParameters:\n"
        s += f"  PartnerAccessKeyId:\n    Type: String\n    Default: {a}\n  PartnerSecretAccessKey:\n    Type: String\n    NoEcho: true\n    Default: '{b}'\n\n"
        s += "Resources:\n  ExportFunction:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.12\n      Environment:\n        Variables:\n"
        s += "          PARTNER_KEY_ID: !Ref PartnerAccessKeyId\n          PARTNER_SECRET: !Ref PartnerSecretAccessKey\n"
        a2, b2 = pair(d)
        s += f"          ARCHIVE_AWS_ACCESS_KEY_ID: {a2}\n          ARCHIVE_AWS_SECRET_ACCESS_KEY: '{b2}'\n"
        return s, "yaml"
    if i % 3 == 1:
        s = 'version = 0.1\n[default.deploy.parameters]\nstack_name = "invoice-exporter"\nregion = "eu-north-1"\ncapabilities = "CAPABILITY_IAM"\n'
        s += f'parameter_overrides = "Stage=prod PartnerAccessKeyId={a} PartnerSecretAccessKey={b}"\n'
        a2, b2 = pair(d)
        s += f'\n[staging.deploy.parameters]\nstack_name = "invoice-exporter-staging"\nparameter_overrides = "Stage=staging PartnerAccessKeyId={a2} PartnerSecretAccessKey={b2}"\n'
        s += f'image_repositories = []\ns3_prefix = "invoice-exporter"\n# resolved_s3_bucket checksum {d.X(md5())}\n'
        return s, "toml"
    obj = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Uploader": {"Type": "AWS::Lambda::Function", "Properties": {
        "Runtime": "nodejs20.x", "Handler": "index.handler", "Role": f"arn:aws:iam::{acct()}:role/uploader",
        "Environment": {"Variables": {"AWS_KEY": a, "AWS_SECRET": b, "BUCKET": "uploads-prod", "MIRROR_KEY_ID": d.L("aws-access-key-id", aws_id()), "MIRROR_SECRET": d.L("aws-secret-key", aws_secret())}},
        "Code": {"S3Bucket": "artifacts", "S3Key": "uploader/" + d.X(git_sha()) + ".zip"}}}}}
    return json.dumps(obj, indent=2), "json"


# ------------------------------------------------------------------ SDK code in many languages
@carrier("sdk-snippets", 8, rep=3, sep="\n\n")
def sdk(d, i):
    a, b = pair(d)
    lang = ["py", "js", "go", "java", "cs", "php", "rb", "rs", "sh"][i % 9]
    if lang == "py":
        return (f'import boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id="{a}",\n    aws_secret_access_key="{b}",\n    region_name="{choice(REGIONS)}",\n)\n'
                '# prod reads them from the environment instead:\n# boto3.client("s3", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key=os.getenv("AWS_SECRET_ACCESS_KEY"))\n'), "py"
    if lang == "js":
        return (f"import {{ S3Client }} from '@aws-sdk/client-s3';\n\nexport const s3 = new S3Client({{\n  region: '{choice(REGIONS)}',\n  credentials: {{\n    accessKeyId: '{a}',\n    secretAccessKey: '{b}',\n  }},\n}});\n"
                "// const creds = fromEnv(); // AWS_SECRET_ACCESS_KEY\n"), "mjs"
    if lang == "go":
        return (f'cfg, err := config.LoadDefaultConfig(ctx,\n\tconfig.WithRegion("{choice(REGIONS)}"),\n\tconfig.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("{a}", "{b}", "")),\n)\nif err != nil {{\n\tlog.Fatalf("unable to load SDK config, %v", err)\n}}\n'), "go"
    if lang == "java":
        return (f'AwsBasicCredentials creds = AwsBasicCredentials.create(\n        "{a}",\n        "{b}");\nS3Client s3 = S3Client.builder()\n        .region(Region.EU_NORTH_1)\n        .credentialsProvider(StaticCredentialsProvider.create(creds))\n        .build();\n'), "java"
    if lang == "cs":
        return (f'var credentials = new BasicAWSCredentials("{a}", "{b}");\nvar client = new AmazonS3Client(credentials, RegionEndpoint.EUNorth1);\n// var fromEnv = Environment.GetEnvironmentVariable("AWS_SECRET_ACCESS_KEY");\n'), "cs"
    if lang == "php":
        return (f"<?php\n$s3 = new Aws\\S3\\S3Client([\n    'version' => 'latest',\n    'region'  => '{choice(REGIONS)}',\n    'credentials' => [\n        'key'    => '{a}',\n        'secret' => '{b}',\n    ],\n]);\n"), "php"
    if lang == "rb":
        return (f"Aws.config.update(\n  region: '{choice(REGIONS)}',\n  credentials: Aws::Credentials.new('{a}', '{b}')\n)\n# Aws::Credentials.new(ENV['AWS_ACCESS_KEY_ID'], ENV['AWS_SECRET_ACCESS_KEY'])\n"), "rb"
    if lang == "rs":
        return (f'let creds = aws_credential_types::Credentials::new(\n    "{a}",\n    "{b}",\n    None,\n    None,\n    "static",\n);\nlet conf = aws_sdk_s3::Config::builder().credentials_provider(creds).region(Region::new("eu-north-1")).build();\n'), "rs"
    return (f"#!/bin/sh\n# one-off copy, run by hand\nAWS_ACCESS_KEY_ID={a} AWS_SECRET_ACCESS_KEY={b} aws s3 sync ./exports s3://partner-drop/exports --sse AES256\n"
            f"aws s3 cp s3://partner-drop/manifest.json - | jq .etag  # \"{d.X(md5())}\"\n"), "sh"


@carrier("docker-run", 5, rep=2, sep="\n")
def dockerrun(d, i):
    a, b = pair(d)
    k = i % 3
    if k == 0:
        s = f"$ docker run --rm -it \\\n    -e AWS_ACCESS_KEY_ID={a} \\\n    -e AWS_SECRET_ACCESS_KEY={b} \\\n    -e AWS_DEFAULT_REGION={choice(REGIONS)} \\\n    -v $(pwd):/aws amazon/aws-cli s3 ls\n"
        s += f"2026-01-14 09:12:44 backups-{R.randint(100, 999)}\n2026-02-02 17:03:10 exports-prod\n"
        s += f"$ docker image inspect amazon/aws-cli --format '{{{{.Id}}}}'\n{d.X(docker_digest())}\n"
    elif k == 1:
        s = f"podman run -d --name uploader \\\n  --env AWS_ACCESS_KEY_ID=\"{a}\" \\\n  --env AWS_SECRET_ACCESS_KEY=\"{b}\" \\\n  --env BUCKET=media-prod \\\n  ghcr.io/nordkraft/uploader@{d.X(docker_digest())}\n"
    else:
        a2, b2 = pair(d)
        s = f"docker service create --name thumbnailer \\\n  --env AWS_ACCESS_KEY_ID={a} --env AWS_SECRET_ACCESS_KEY={b} \\\n  registry.local/thumbnailer:2.4.1\n\n"
        s += f"nerdctl run --rm -e AWS_ACCESS_KEY_ID={a2} -e AWS_SECRET_ACCESS_KEY='{b2}' minio/mc ls s3/\n"
        s += "docker run -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY amazon/aws-cli sts get-caller-identity   # passes the host's values\n"
    return s, "sh"


@carrier("kustomize", 4)
def kust(d, i):
    a, b = pair(d)
    if i % 2 == 0:
        s = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: media\nresources:\n  - deployment.yaml\n\nsecretGenerator:\n  - name: s3-credentials\n    literals:\n"
        a2, b2 = pair(d)
        s += f"      - AWS_ACCESS_KEY_ID={a}\n      - AWS_SECRET_ACCESS_KEY={b}\n  - name: s3-credentials-archive\n    literals:\n      - AWS_ACCESS_KEY_ID={a2}\n      - AWS_SECRET_ACCESS_KEY={b2}\n  - name: other\n    envs:\n      - secrets.env\ngeneratorOptions:\n  disableNameSuffixHash: true\n"
        return s, "yaml"
    s = f"$ kubectl -n data create secret generic s3-backup \\\n    --from-literal=aws_access_key_id={a} \\\n    --from-literal=aws_secret_access_key='{b}'\nsecret/s3-backup created\n"
    a2, b2 = pair(d)
    s += f"$ kubectl -n media create secret generic s3-media --from-literal=AWS_ACCESS_KEY_ID={a2} --from-literal=AWS_SECRET_ACCESS_KEY={b2} --dry-run=client -o yaml > s3-media.yaml\n"
    s += f"$ kubectl -n data get secret s3-backup -o jsonpath='{{.metadata.uid}}'\n{d.X(uuid4())}\n"
    return s, "txt"


@carrier("ipynb", 5)
def nb(d, i):
    a, b = pair(d)
    src1 = ["import os\n", "import boto3\n", "\n", f'os.environ["AWS_ACCESS_KEY_ID"] = "{a}"\n', f'os.environ["AWS_SECRET_ACCESS_KEY"] = "{b}"\n',
            '# os.environ["AWS_SESSION_TOKEN"] = os.getenv("TOKEN")\n', "s3 = boto3.client(\"s3\")"]
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Churn export\n", "Reads the monthly parquet drop from S3."]},
             {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": src1}]
    if True:
        a2, b2 = pair(d)
        cells.append({"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
            {"name": "stdout", "output_type": "stream", "text": [f"rows: {R.randint(1000, 99999)}\n"]}],
            "source": ["import pandas as pd\n", "df = pd.read_parquet(\n", '    "s3://analytics-drop/churn/2026-02.parquet",\n',
                       f'    storage_options={{"key": "{a2}", "secret": "{b2}"}},\n', ")\n", "print('rows:', len(df))"]})
    a3, b3 = pair(d)
    cells.append({"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
                  "source": ["session = boto3.Session(\n", f"    aws_access_key_id='{a3}',\n", f"    aws_secret_access_key='{b3}',\n", "    region_name='eu-north-1')"]})
    cells.append({"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
        {"data": {"text/plain": [f"{{'UserId': '{d.X(aroa())}', 'Account': '{acct()}', 'Arn': 'arn:aws:iam::{acct()}:user/analyst'}}"]},
         "execution_count": 3, "metadata": {}, "output_type": "execute_result"}],
        "source": ["boto3.client('sts').get_caller_identity()"]})
    nbj = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                                        "language_info": {"name": "python", "version": "3.11.7"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nbj, indent=1), "ipynb"


@carrier("sts-output", 5, rep=2, sep="\n")
def sts(d, i):
    k = R.randint(0, 3)  # a terminal session: the two captures are of any kind
    if k == 0:
        a, b = pair(d, "ASIA")
        tk = stoken(d)
        obj = {"Credentials": {"AccessKeyId": a, "SecretAccessKey": b, "SessionToken": tk, "Expiration": ts_iso(False).replace("Z", "+00:00")},
               "AssumedRoleUser": {"AssumedRoleId": d.X(aroa()) + ":deploy-" + _num(10), "Arn": f"arn:aws:sts::{acct()}:assumed-role/Deployer/deploy-{_num(10)}"}}
        return "$ aws sts assume-role --role-arn arn:aws:iam::" + acct() + ":role/Deployer --role-session-name deploy\n" + json.dumps(obj, indent=4) + "\n", "txt"
    if k == 1:
        a, b = pair(d, "ASIA")
        tk = stoken(d)
        obj = {"Credentials": {"AccessKeyId": a, "SecretAccessKey": b, "SessionToken": tk, "Expiration": ts_iso(False)}}
        return "$ aws sts get-session-token --serial-number arn:aws:iam::" + acct() + ":mfa/ops --token-code " + _num(6) + "\n" + json.dumps(obj, indent=4) + "\n", "txt"
    if k == 2:
        a, b = pair(d, "ASIA")
        tk = stoken(d)
        s = f"$ aws-vault exec prod -- env | grep AWS\nAWS_VAULT=prod\nAWS_DEFAULT_REGION=eu-north-1\nAWS_REGION=eu-north-1\nAWS_ACCESS_KEY_ID={a}\nAWS_SECRET_ACCESS_KEY={b}\nAWS_SESSION_TOKEN={tk}\nAWS_CREDENTIAL_EXPIRATION={ts_iso(False)}\n"
        return s, "txt"
    a, b = pair(d, choice(["ASIA", "AKIA"]))
    s = f"$ aws configure export-credentials --profile data --format env\nexport AWS_ACCESS_KEY_ID={a}\nexport AWS_SECRET_ACCESS_KEY={b}\n"
    if a.startswith("ASIA"):
        s += f"export AWS_SESSION_TOKEN={stoken(d)}\n"
    s += "$ aws configure export-credentials --profile sandbox --format powershell\n"
    a2, b2 = pair(d)
    s += f"$Env:AWS_ACCESS_KEY_ID=\"{a2}\"\n$Env:AWS_SECRET_ACCESS_KEY=\"{b2}\"\n"
    return s, "txt"


# ------------------------------------------------------------------ backup and S3 clients
@carrier("backup-clients", 5)
def backup(d, i):
    k = i % 5
    a, b = pair(d)
    if k == 0:
        pw_ = d.L("password", pw("!*-_.+=?~^@:%#&"))
        s = f"# /etc/restic/b2-offsite.env\nRESTIC_REPOSITORY=s3:s3.eu-north-1.amazonaws.com/restic-{choice(['nas', 'erp', 'mail'])}\nRESTIC_PASSWORD='{pw_}'\nAWS_ACCESS_KEY_ID={a}\nAWS_SECRET_ACCESS_KEY={b}\n"
        a2, b2 = pair(d)
        s += f"# second repository (offsite)\n# RESTIC_REPOSITORY=s3:s3.eu-west-1.amazonaws.com/restic-offsite\n# AWS_ACCESS_KEY_ID={a2}\n# AWS_SECRET_ACCESS_KEY={b2}\n"
        s += f"# snapshot {d.X(rs(HEX, 8))} saved, parent {d.X(rs(HEX, 64))}\n"
        return s, "env"
    if k == 1:
        pw_ = d.L("password", pw("!*-_.+=?~^@:%#&()[]{}<>,;"))
        s = f"#!/bin/bash\n# duplicity nightly\nexport AWS_ACCESS_KEY_ID=\"{a}\"\nexport AWS_SECRET_ACCESS_KEY=\"{b}\"\nexport PASSPHRASE='{pw_}'\n"
        a2, b2 = pair(d)
        s += f"# archive bucket uses its own user:\n# AWS_ACCESS_KEY_ID={a2} AWS_SECRET_ACCESS_KEY={b2} duplicity ... boto3+s3://archive-srv-data\n"
        s += "duplicity --full-if-older-than 1M --s3-use-new-style /srv/data boto3+s3://backup-srv-data/daily\nunset PASSPHRASE AWS_SECRET_ACCESS_KEY\n"
        return s, "sh"
    if k == 2:
        obj = {"version": "10", "aliases": {
            "gcs": {"url": "https://storage.googleapis.com", "accessKey": "YOUR-ACCESS-KEY-HERE", "secretKey": "YOUR-SECRET-KEY-HERE", "api": "S3v2", "path": "dns"},
            "local": {"url": "http://localhost:9000", "accessKey": "", "secretKey": "", "api": "S3v4", "path": "auto"},
            "s3": {"url": "https://s3.amazonaws.com", "accessKey": a, "secretKey": b, "api": "S3v4", "path": "dns"},
            "s3-archive": dict(zip(["url", "accessKey", "secretKey", "api", "path"], ["https://s3.eu-west-1.amazonaws.com", *pair(d), "S3v4", "dns"]))}}
        return json.dumps(obj, indent=1), "json"
    if k == 3:
        a2, b2 = pair(d)
        return f"# /etc/passwd-s3fs (mode 600)\n{a}:{b}\nmedia-archive:{a2}:{b2}\n", "txt"
    a2, b2 = pair(d)
    return (f"# ~/.boto\n[Credentials]\naws_access_key_id = {a}\naws_secret_access_key = {b}\n# previous key, revoke after 2026-03-01:\n# aws_access_key_id = {a2}\n# aws_secret_access_key = {b2}\n\n[Boto]\nhttps_validate_certificates = True\n\n[GSUtil]\ndefault_project_id = {R.randint(100000000000, 999999999999)}\n"), "boto"


@carrier("spark-conf", 4)
def spark(d, i):
    a, b = pair(d)
    a2, b2 = pair(d)
    k = i % 4
    if k == 0:
        return (f"spark.hadoop.fs.s3a.bucket.partner-drop.access.key {a2}\nspark.hadoop.fs.s3a.bucket.partner-drop.secret.key {b2}\nspark.master                     yarn\nspark.executor.memory            8g\nspark.hadoop.fs.s3a.impl         org.apache.hadoop.fs.s3a.S3AFileSystem\n"
                f"spark.hadoop.fs.s3a.access.key   {a}\nspark.hadoop.fs.s3a.secret.key   {b}\nspark.hadoop.fs.s3a.endpoint     s3.eu-north-1.amazonaws.com\nspark.eventLog.dir               s3a://spark-logs/\n"), "conf"
    if k == 1:
        return (f'<?xml version="1.0"?>\n<configuration>\n  <property>\n    <name>fs.s3a.access.key</name>\n    <value>{a}</value>\n  </property>\n'
                f'  <property>\n    <name>fs.s3a.secret.key</name>\n    <value>{b}</value>\n  </property>\n  <property>\n    <name>fs.s3a.bucket.partner-drop.access.key</name>\n    <value>{a2}</value>\n  </property>\n  <property>\n    <name>fs.s3a.bucket.partner-drop.secret.key</name>\n    <value>{b2}</value>\n  </property>\n  <property>\n    <name>fs.s3a.aws.credentials.provider</name>\n'
                '    <value>org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider</value>\n  </property>\n</configuration>\n'), "xml"
    if k == 2:
        return (f"connector.name=hive\nhive.metastore.uri=thrift://metastore.data.svc:9083\nhive.s3.aws-access-key={a}\nhive.s3.aws-secret-key={b}\nhive.s3.path-style-access=true\n# catalog partner.properties\n# hive.s3.aws-access-key={a2}\n# hive.s3.aws-secret-key={b2}\n"), "properties"
    return (f"# flink-conf.yaml\ns3.access-key: {a}\ns3.secret-key: {b}\nstate.checkpoints.dir: s3://flink-checkpoints/orders\ntaskmanager.numberOfTaskSlots: 4\n# savepoints bucket (other account)\nfs.s3a.bucket.savepoints.access.key: {a2}\nfs.s3a.bucket.savepoints.secret.key: {b2}\n"), "yaml"


@carrier("gitlab-runner", 4)
def glrunner(d, i):
    s, ext = _glrunner(d, i)
    a, b = pair(d)
    tok = d.L("gitlab-token", "glrt-" + rs(ALNUM + "-_", 20))
    s += f'\n[[runners]]\n  name = "shell-builder"\n  url = "https://gitlab.nordkraft.se"\n  token = "{tok}"\n  executor = "shell"\n  [runners.cache]\n    Type = "s3"\n    [runners.cache.s3]\n      AccessKey = "{a}"\n      SecretKey = "{b}"\n      BucketName = "runner-cache-shell"\n'
    return s, ext


def _glrunner(d, i):
    a, b = pair(d)
    tok = d.L("gitlab-token", "glrt-" + rs(ALNUM + "-_", 20))
    s = f'concurrent = 4\ncheck_interval = 0\n\n[session_server]\n  session_timeout = 1800\n\n[[runners]]\n  name = "docker-{R.randint(1, 9)}"\n  url = "https://gitlab.nordkraft.se"\n'
    s += f'  id = {R.randint(100, 9999)}\n  token = "{tok}"\n  token_obtained_at = {ts_iso(False)}\n  token_expires_at = 0001-01-01T00:00:00Z\n  executor = "docker"\n'
    s += f'  [runners.cache]\n    Type = "s3"\n    Shared = true\n    [runners.cache.s3]\n      ServerAddress = "s3.amazonaws.com"\n      AccessKey = "{a}"\n      SecretKey = "{b}"\n      BucketName = "runner-cache"\n      BucketLocation = "eu-north-1"\n'
    s += '  [runners.docker]\n    tls_verify = false\n    image = "alpine:3.21"\n    privileged = false\n    volumes = ["/cache"]\n'
    return s, "toml"


CI_EXTRA = {
    "travis.yml": "# staging deploy (disabled)\n# - AWS_ACCESS_KEY_ID={a}\n# - AWS_SECRET_ACCESS_KEY={b}\n",
    "yml": "# staging: AWS_ACCESS_KEY_ID: {a} AWS_SECRET_ACCESS_KEY: {b}\n",
    "yaml": "  - name: publish-staging\n    image: plugins/s3\n    settings:\n      access_key: {a}\n      secret_key: {b}\n      bucket: releases-staging\n",
    "buildspec.yml": "# old key pair still in the project env: {a} / {b}\n",
}


@carrier("ci-vars", 5)
def civars(d, i):
    s, ext = _civars(d, i)
    a, b = pair(d)
    return s + CI_EXTRA[ext].format(a=a, b=b), ext


def _civars(d, i):
    a, b = pair(d)
    k = i % 5
    if k == 0:
        s = "language: python\npython: \"3.12\"\nenv:\n  global:\n"
        s += f"    - AWS_ACCESS_KEY_ID={a}\n    - AWS_SECRET_ACCESS_KEY={b}\n    - secure: \"{d.X(base64.b64encode(R.randbytes(256)).decode())}\"\n"
        s += "deploy:\n  provider: s3\n  access_key_id: $AWS_ACCESS_KEY_ID\n  secret_access_key: $AWS_SECRET_ACCESS_KEY\n  bucket: docs-site\n"
        return s, "travis.yml"
    if k == 1:
        s = "image: atlassian/default-image:4\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy\n          script:\n"
        s += f"            - pipe: atlassian/aws-s3-deploy:1.6.1\n              variables:\n                AWS_ACCESS_KEY_ID: '{a}'\n                AWS_SECRET_ACCESS_KEY: '{b}'\n                AWS_DEFAULT_REGION: 'eu-north-1'\n                S3_BUCKET: 'www-prod'\n                LOCAL_PATH: 'dist'\n"
        s += "          # later: AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY (repository variable)\n"
        return s, "yml"
    if k == 2:
        s = "when:\n  - event: push\n    branch: main\nsteps:\n  - name: publish\n    image: plugins/s3\n    settings:\n      bucket: releases\n"
        s += f"      access_key: {a}\n      secret_key: {b}\n      source: dist/**/*\n      target: /app/${{CI_COMMIT_SHA}}\n"
        return s, "yaml"
    if k == 3:
        s = "version: 0.2\nenv:\n  variables:\n"
        s += f"    PARTNER_AWS_ACCESS_KEY_ID: \"{a}\"\n    PARTNER_AWS_SECRET_ACCESS_KEY: \"{b}\"\n  parameter-store:\n    DB_PASSWORD: /prod/db/password\nphases:\n  build:\n    commands:\n      - make package\n"
        return s, "buildspec.yml"
    s = "name: nightly-export\non:\n  schedule:\n    - cron: '17 2 * * *'\njobs:\n  export:\n    runs-on: ubuntu-24.04\n    env:\n"
    s += f"      AWS_ACCESS_KEY_ID: {a}\n      AWS_SECRET_ACCESS_KEY: {b}\n      GH_TOKEN: ${{{{ secrets.GITHUB_TOKEN }}}}\n    steps:\n      - uses: actions/checkout@{d.X(git_sha())}\n      - run: ./export.sh\n"
    return s, "yml"
