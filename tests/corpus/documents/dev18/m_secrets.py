"""Package-manager credentials, CI systems, agents and self-hosted media tools:
generic secrets and vendor tokens with public look-alikes beside them."""
import base64
import json

from common import new, Clock, J, X, U, SQ, AN, HEX, B64U, LO, DG, UP


def npmrc_files():
    d = new("npmrc-files", "project.npmrc")
    g = d.g
    npm = d.vtok("npm")
    gh = d.vtok("ghp")
    gl = d.vtok("glpat")
    proj = g.digits(8, True)
    art = d.gs("b64_48")
    d.text = f"""# .npmrc in the monorepo root (CI writes the same file from secrets)
registry=https://registry.npmjs.org/
@{d.dom().split('.')[0]}:registry=https://npm.pkg.github.com/
@platform:registry=https://gitlab.com/api/v4/projects/{proj}/packages/npm/
@vendor:registry=https://{d.dom().split('.')[0]}.jfrog.io/artifactory/api/npm/npm-virtual/
//registry.npmjs.org/:_authToken={npm}
//npm.pkg.github.com/:_authToken={gh}
//gitlab.com/api/v4/projects/{proj}/packages/npm/:_authToken={gl}
//{d.dom().split('.')[0]}.jfrog.io/artifactory/api/npm/npm-virtual/:_authToken={art}
//{d.dom().split('.')[0]}.jfrog.io/artifactory/api/npm/npm-virtual/:always-auth=true
# CI variant:
# //registry.npmjs.org/:_authToken=${{NPM_TOKEN}}
save-exact=true
engine-strict=true
fund=false
"""
    d2 = new("npmrc-files", "home.npmrc")
    npm2 = d2.vtok("npm")
    em = d2.email(d2.person("en"))
    d2.text = f"""//registry.npmjs.org/:_authToken={npm2}
email={em}
init-author-name={d2.person('en').name}
init-license=MIT
"""
    return [d, d2]


def yarnrc_yml():
    d = new("yarnrc-yml", ".yarnrc.yml")
    g = d.g
    npm = d.vtok("npm")
    gh = d.vtok("ghp")
    ident = d.basic("deploy", d.raw_pw(), cat="basic-auth|generic-secret")
    d.text = f"""nodeLinker: node-modules
enableGlobalCache: false
yarnPath: .yarn/releases/yarn-4.1.1.cjs

npmAuthToken: "{npm}"
npmAlwaysAuth: true

npmScopes:
  {d.dom().split('.')[0]}:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: "{gh}"
  legacy:
    npmRegistryServer: "https://nexus.{d.dom()}/repository/npm-group/"
    npmAuthIdent: "{ident}"
  public:
    npmRegistryServer: "https://registry.yarnpkg.com"
    npmAuthToken: "${{NPM_PUBLIC_TOKEN:-}}"

packageExtensions:
  "react-native-svg@*":
    peerDependenciesMeta:
      react-native:
        optional: true
"""
    return d


def nuget_config():
    d = new("nuget-config", "NuGet.Config")
    g = d.g
    gh = d.vtok("ghp", cat="github-token|password")
    ado = d.L("password|generic-secret", g.s(52, "abcdefghijklmnopqrstuvwxyz234567"))
    pw = d.pw(enc=X)
    user = d.email(d.person("se"), domain=d.dom("se"))
    d.text = f"""<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="github" value="https://nuget.pkg.github.com/{d.dom().split('.')[0]}/index.json" />
    <add key="ado-shared" value="https://pkgs.dev.azure.com/{d.dom().split('.')[0]}/_packaging/shared/nuget/v3/index.json" />
    <add key="proget" value="https://proget.{d.dom('se')}/nuget/internal/" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="build-bot" />
      <add key="ClearTextPassword" value="{gh}" />
    </github>
    <ado-shared>
      <add key="Username" value="{user}" />
      <add key="ClearTextPassword" value="{ado}" />
    </ado-shared>
    <proget>
      <add key="Username" value="svc-build" />
      <add key="ClearTextPassword" value="{pw}" />
    </proget>
  </packageSourceCredentials>
  <apikeys>
    <add key="https://api.nuget.org/v3/index.json" value="AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA{g.b64(120)}" />
  </apikeys>
  <config>
    <add key="signatureValidationMode" value="require" />
  </config>
</configuration>
"""
    d.K("AQAAANCMnd8BFdERjHoAwE")
    return d


def composer_auth_json():
    d = new("composer-auth-json", "auth.json")
    g = d.g
    pw = d.pw(enc=J)
    gho = d.vtok("gho")
    gl = d.vtok("glpat")
    bearer = d.gs("hex40", cat="bearer-token|generic-secret")
    mag_pub = g.hexs(32)
    mag_priv = d.gs("hex32", cat="password|generic-secret")
    d.K(mag_pub)
    d.text = json.dumps({
        "http-basic": {"repo.packagist.com": {"username": "token", "password": "PW1"},
                       "repo.magento.com": {"username": mag_pub, "password": mag_priv}},
        "github-oauth": {"github.com": gho},
        "gitlab-token": {"gitlab.com": gl},
        "bearer": {"satis." + d.dom(): bearer}}, indent=4).replace('"PW1"', f'"{pw}"') + "\n"
    return d


def gem_credentials():
    d = new("gem-credentials", "credentials")
    g = d.g
    rgk = d.L("generic-secret", "rubygems_" + g.hexs(48))
    gh = d.vtok("ghp", cat="github-token|bearer-token")
    d.text = f"""---
:rubygems_api_key: {rgk}
:github: Bearer {gh}
:gemfury: {d.gs('an20')}
"""
    return d


def pypirc():
    d = new("pypirc", ".pypirc")
    g = d.g
    tok = d.vtok("pypi", cat="pypi-token|password")
    test = d.L("password|generic-secret", "pypi-AgENdGVzdC5weXBpLm9yZw" + g.s(150, B64U))
    pw = d.pw(punct="!#%*+-.?_")
    d.text = f"""[distutils]
index-servers =
    pypi
    testpypi
    internal

[pypi]
username = __token__
password = {tok}

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
password = {test}

[internal]
repository = https://nexus.{d.dom()}/repository/pypi-internal/
username = ci-publisher
password = {pw}
"""
    return d


def pip_conf():
    d = new("pip-conf", "pip.conf")
    g = d.g
    pw = d.pw(cat="url-credentials|password", punct="-._~")
    tok = d.gs("an40", cat="url-credentials|generic-secret")
    d.text = f"""[global]
timeout = 60
index-url = https://ci-reader:{pw}@nexus.{d.dom()}/repository/pypi-all/simple
extra-index-url =
    https://__token__:{tok}@gitlab.{d.dom()}/api/v4/projects/412/packages/pypi/simple
    https://download.pytorch.org/whl/cu121
trusted-host = nexus.{d.dom()}

[install]
no-cache-dir = false
# index-url = https://user:password@pypi.example.com/simple
"""
    d2 = new("pip-conf", "pip.ini")
    pw2 = d2.pw(cat="url-credentials|password", punct="-._~")
    d2.text = f"""; %APPDATA%\\pip\\pip.ini on the build agents
[global]
index-url = https://build:{pw2}@pkgs.{d.dom()}/pypi/simple/
cert = C:\\certs\\corp-root.pem
"""
    return [d, d2]


def helm_repositories_yaml():
    d = new("helm-repositories-yaml", "repositories.yaml")
    g = d.g
    p1 = d.pw()
    p2 = d.vtok("glpat", cat="gitlab-token|password")
    p3 = d.pw(style="alnum", n=32)
    d.text = f"""apiVersion: ""
generated: "0001-01-01T00:00:00Z"
repositories:
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: bitnami
  pass_credentials_all: false
  password: ""
  url: https://charts.bitnami.com/bitnami
  username: ""
- caFile: /etc/ssl/certs/corp-ca.pem
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: internal
  pass_credentials_all: false
  password: {p1}
  url: https://harbor.{d.dom()}/chartrepo/platform
  username: robot$platform+helm
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: gitlab-charts
  pass_credentials_all: false
  password: {p2}
  url: https://gitlab.com/api/v4/projects/{g.digits(8, True)}/packages/helm/stable
  username: helm-reader
- caFile: ""
  certFile: ""
  insecure_skip_tls_verify: false
  keyFile: ""
  name: chartmuseum
  pass_credentials_all: false
  password: {p3}
  url: https://charts.{d.dom()}
  username: ci
"""
    return d


def gitconfig_http():
    d = new("gitconfig-http", ".gitconfig")
    g = d.g
    tok = d.bearer("opaque48")
    gl = d.vtok("glpat")
    gh = d.vtok("github_pat")
    p = d.person("se")
    em = d.email(p, domain=d.dom("se"))
    d.text = f"""[user]
	name = {p.name}
	email = {em}
	signingkey = {g.hexs(16).upper()}
[commit]
	gpgsign = true
[http "https://git.{d.dom('se')}/"]
	extraHeader = Authorization: Bearer {tok}
[url "https://oauth2:{gl}@gitlab.com/"]
	insteadOf = https://gitlab.com/
[url "https://x-access-token:{gh}@github.com/{d.dom().split('.')[0]}/"]
	insteadOf = https://github.com/{d.dom().split('.')[0]}/
[credential]
	helper = store
[credential "https://dev.azure.com"]
	useHttpPath = true
[init]
	defaultBranch = main
[pull]
	rebase = true
"""
    # gitlab/github tokens sit in URL userinfo: relabel with url-credentials alternatives
    d.labels = [(("gitlab-token|url-credentials" if c == "gitlab-token" else "github-token|url-credentials" if c == "github-token" else c), v)
                for c, v in d.labels]
    return d


def netrc_files():
    d = new("netrc-files", ".netrc")
    g = d.g
    p1 = d.pw()
    wb = d.L("password|generic-secret", g.hexs(40))
    p3 = d.pw(style="human")
    hk = d.pw(style="alnum", n=32)
    d.text = f"""machine urs.earthdata.nasa.gov login {g.pick(['kmartin', 'avik', 'lsand'])} password {p1}
machine api.wandb.ai
  login user
  password {wb}
machine ftp.{d.dom()}
  login uploads
  password {p3}
machine git.{d.dom()} login ci password {hk}
machine smtp.{d.dom()} login alerts password {d.pw(punct="!#%*+-.?_")}
default login anonymous password user@example.com
"""
    return d


def renovate_config_js():
    d = new("renovate-config-js", "config.js")
    g = d.g
    gh = d.vtok("ghp")
    npm = d.vtok("npm")
    pw = d.pw(enc=lambda s: s.replace("\\", "\\\\").replace("'", "\\'"))
    tok = d.gs("hex40")
    d.text = f"""// Self-hosted Renovate bot config (renovate-bot deployment, mounted at /usr/src/app/config.js)
module.exports = {{
  platform: 'gitea',
  endpoint: 'https://git.{d.dom()}/api/v1/',
  token: '{tok}',
  redisUrl: 'redis://:{d.pw(cat="url-credentials|password", punct="-._~")}@renovate-redis:6379',
  gitAuthor: 'Renovate Bot <renovate@{d.dom()}>',
  autodiscover: true,
  onboardingConfig: {{ extends: ['config:recommended'] }},
  githubTokenForReleaseNotes: undefined,
  hostRules: [
    {{
      matchHost: 'github.com',
      token: '{gh}',
    }},
    {{
      matchHost: 'registry.npmjs.org',
      hostType: 'npm',
      token: '{npm}',
    }},
    {{
      matchHost: 'harbor.{d.dom()}',
      hostType: 'docker',
      username: 'robot$renovate',
      password: '{pw}',
    }},
  ],
  // encrypted values from https://app.renovatebot.com/encrypt are safe to commit
  encrypted: {{
    npmToken: 'wcFMA/xDdHCJBTolAQ/+Ixz3{g.b64(300)}',
  }},
}};
"""
    d.role_email("renovate", d.dom())
    return d


def bitrise_yml():
    d = new("bitrise-yml", "bitrise.yml")
    g = d.g
    hook = d.vtok("slackhook")
    pw = d.pw()
    mp = d.pw(style="phrase")
    app_pw = d.L("password", "-".join(g.s(4, LO) for _ in range(4)))
    apple = d.email(d.person("se"), domain=d.dom("se"))
    d.text = f"""---
format_version: "13"
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
project_type: react-native
app:
  envs:
  - BITRISE_PROJECT_PATH: ios/App.xcworkspace
  - BITRISE_SCHEME: App
  - BITRISE_DISTRIBUTION_METHOD: app-store
  - SLACK_WEBHOOK: {hook}
    opts:
      is_expand: false
  - FASTLANE_USER: {apple}
  - FASTLANE_PASSWORD: "{pw}"
  - FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: {app_pw}
  - MATCH_PASSWORD: {mp}
  - S3_UPLOAD_KEY_ID: {d.akid()}
  - S3_UPLOAD_SECRET: {d.awssec()}
  - SENTRY_AUTH_TOKEN: {d.gs("hex64")}
  - BITRISE_API_TOKEN: {d.gs("b64u")}
  - KEYSTORE_PASSWORD: $BITRISEIO_ANDROID_KEYSTORE_PASSWORD
workflows:
  release:
    steps:
    - activate-ssh-key@4: {{}}
    - git-clone@8: {{}}
    - yarn@0:
        inputs:
        - command: install --frozen-lockfile
    - fastlane@3:
        inputs:
        - lane: ios release
    - slack@4:
        inputs:
        - webhook_url: $SLACK_WEBHOOK
        - channel: "#mobile-releases"
"""
    return d


def appveyor_yml():
    d = new("appveyor-yml", "appveyor.yml")
    g = d.g
    tok = d.gs("an40")
    nuget = d.L("generic-secret", g.uuid())
    pw = d.pw()
    d.text = f"""version: 2.4.{{build}}
image: Visual Studio 2022
configuration: Release
environment:
  SONAR_TOKEN:
    secure: {g.b64(48)}
  NUGET_API_KEY:
    secure: {g.b64(48)}
  CODECOV_TOKEN: {tok}
  MYGET_API_KEY: {nuget}
  SQLSERVER_SA_PASSWORD: "{pw}"
  AWS_ACCESS_KEY_ID: {d.akid()}
  AWS_SECRET_ACCESS_KEY: {d.awssec()}
  OCTOPUS_API_KEY: {d.L("generic-secret", "API-" + g.s(27, UP + DG))}
services:
  - mssql2019
before_build:
  - nuget restore
  - ps: |
      $env:ConnectionStrings__Default = "Server=(local)\\SQL2019;Database=ci;User ID=sa;Password=$env:SQLSERVER_SA_PASSWORD"
build:
  project: Orders.sln
  verbosity: minimal
test_script:
  - dotnet test --no-build -c Release --collect:"XPlat Code Coverage"
deploy:
  - provider: NuGet
    server: https://www.myget.org/F/{d.dom().split('.')[0]}/api/v2/package
    api_key:
      secure: {g.b64(48)}
    on:
      branch: main
"""
    return d


def teamcity_build_log():
    d = new("teamcity-build-log", "Orders_Release_2025-03-11.log")
    g = d.g
    c = Clock(d)
    tok = d.gs("hex40")
    ak, sk = d.akid(), d.awssec()
    pw = d.pw()
    L = [f"[{c.fmt('%H:%M:%S')}] : Build started", f"[{c.step().fmt('%H:%M:%S')}] : Step 1/4: Prepare (Command Line)",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 1/4] Starting: /opt/buildagent/temp/agentTmp/custom_script{g.digits(18)}",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 1/4] ##teamcity[setParameter name='env.DEPLOY_TOKEN' value='{tok}']",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 1/4] ##teamcity[setParameter name='env.AWS_ACCESS_KEY_ID' value='{ak}']",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 1/4] ##teamcity[setParameter name='env.AWS_SECRET_ACCESS_KEY' value='{sk}']",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 1/4] ##teamcity[setParameter name='env.PROD_AWS_ACCESS_KEY_ID' value='{d.akid()}']",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 1/4] ##teamcity[setParameter name='env.PROD_AWS_SECRET_ACCESS_KEY' value='{d.awssec()}']",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 1/4] Process exited with code 0",
         f"[{c.step().fmt('%H:%M:%S')}] : Step 2/4: Build (Gradle)",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 2/4] Starting: /opt/gradle/bin/gradle -PnexusPassword=******* -PnexusUser=ci clean build",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 2/4] BUILD SUCCESSFUL in 2m 13s",
         f"[{c.step().fmt('%H:%M:%S')}] : Step 3/4: Deploy (Command Line)",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 3/4] + curl -fsS -H 'Authorization: Bearer *******' https://deploy.{d.dom()}/api/releases",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 3/4] + curl -fsS -H 'Authorization: Bearer {d.bearer('jwt')}' https://deploy.{d.dom()}/api/releases/latest/promote   (debug echo from set -x, the parameter was not marked password)",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 3/4] + echo deploying with DB password {pw} to stage",
         f"[{c.step().fmt('%H:%M:%S')}] :\t [Step 3/4] deploying with DB password {pw} to stage",
         f"[{c.step().fmt('%H:%M:%S')}] : Build finished"]
    d.text = "\n".join(L) + "\n"
    d2 = new("teamcity-build-log", "database.properties")
    pw2 = d2.pw(punct="!#%*+-.?_")
    d2.text = f"""# TeamCity <data dir>/config/database.properties
connectionUrl=jdbc:postgresql://tc-db.{d.dom()}:5432/teamcity
connectionProperties.user=teamcity
connectionProperties.password={pw2}
maxConnections=50
testOnBorrow=true
"""
    return [d, d2]


def cirrus_ci_yml():
    d = new("cirrus-ci-yml", ".cirrus.yml")
    g = d.g
    ak, sk = d.akid(), d.awssec()
    gh = d.vtok("ghp")
    d.text = f"""env:
  CIRRUS_CLONE_DEPTH: 1
  CODECOV_TOKEN: ENCRYPTED[{g.hexs(96)}]
  DOCKER_PASSWORD: ENCRYPTED[!{g.hexs(96)}!]
  # the release job needs these in plain env until the encrypted vars are migrated
  AWS_ACCESS_KEY_ID: {ak}
  AWS_SECRET_ACCESS_KEY: {sk}
  GITHUB_TOKEN: {gh}

freebsd_task:
  freebsd_instance:
    image_family: freebsd-14-0
  install_script: pkg install -y go
  test_script: go test ./...

deploy_docs_task:
  only_if: $CIRRUS_BRANCH == 'main'
  env:
    AWS_ACCESS_KEY_ID: {d.akid()}
    AWS_SECRET_ACCESS_KEY: {d.awssec()}
  container:
    image: amazon/aws-cli:2.15.30
  script: aws s3 sync ./site s3://docs-{g.s(6, LO + DG)}/ --delete

release_task:
  only_if: $CIRRUS_TAG != ''
  container:
    image: golang:1.22
  release_script: ./scripts/release.sh
"""
    return d


def codefresh_yml():
    d = new("codefresh-yml", "codefresh.yml")
    g = d.g
    tok = d.bearer("jwt")
    pw = d.pw()
    dd = d.vtok("dd_api")
    d.text = f"""version: "1.0"
stages:
  - clone
  - build
  - deploy
steps:
  clone:
    type: git-clone
    stage: clone
    repo: {d.dom().split('.')[0]}/orders
    revision: ${{{{CF_BRANCH}}}}
  build:
    type: build
    stage: build
    image_name: orders
    tag: ${{{{CF_SHORT_REVISION}}}}
    registry: ecr-prod
  smoke:
    stage: deploy
    image: curlimages/curl:8.6.0
    environment:
      - DD_API_KEY={dd}
      - AWS_ACCESS_KEY_ID={d.akid()}
      - AWS_SECRET_ACCESS_KEY={d.awssec()}
      - SMOKE_DB_PASSWORD={pw}
    commands:
      - curl -fsS -H "Authorization: Bearer {tok}" https://orders.{d.dom()}/healthz
      - curl -fsS -H "Authorization: Bearer ${{{{SMOKE_TOKEN}}}}" https://orders.{d.dom()}/api/v1/ping
"""
    return d


def semaphore_ci_yml():
    d = new("semaphore-ci-yml", ".semaphore/semaphore.yml")
    g = d.g
    pw = d.pw()
    tok = d.gs("hex64")
    ak, sk = d.akid(), d.awssec()
    d.text = f"""version: v1.0
name: Backend
agent:
  machine:
    type: e1-standard-2
    os_image: ubuntu2204
global_job_config:
  secrets:
    - name: dockerhub
    - name: aws-prod
  env_vars:
    - name: DATABASE_URL
      value: postgres://postgres@localhost:5432/test
    - name: TEST_ADMIN_PASSWORD
      value: "{pw}"
    - name: SEMAPHORE_CACHE_BACKEND
      value: s3
    - name: SEMAPHORE_CACHE_S3_KEY_ID
      value: {ak}
    - name: SEMAPHORE_CACHE_S3_SECRET
      value: {sk}
    - name: PERCY_TOKEN
      value: {tok}
blocks:
  - name: Test
    task:
      prologue:
        commands:
          - checkout
          - sem-service start postgres 16
          - cache restore
      jobs:
        - name: rspec
          commands:
            - bundle exec rspec
"""
    return d


def act_runner_output():
    d = new("act-runner-output", "act-run.txt")
    g = d.g
    gh = d.vtok("ghp")
    npm = d.vtok("npm")
    d.text = f"""$ act -j publish -s GITHUB_TOKEN={gh} -s NPM_TOKEN={npm} --container-architecture linux/amd64
INFO[0000] Using docker host 'unix:///var/run/docker.sock', and daemon socket 'unix:///var/run/docker.sock'
[Publish/publish] 🚀  Start image=catthehacker/ubuntu:act-latest
[Publish/publish]   🐳  docker pull image=catthehacker/ubuntu:act-latest platform=linux/amd64 username= forcePull=true
[Publish/publish]   🐳  docker create image=catthehacker/ubuntu:act-latest platform=linux/amd64 entrypoint=["tail" "-f" "/dev/null"] cmd=[] network="host"
[Publish/publish]   🐳  docker run image=catthehacker/ubuntu:act-latest platform=linux/amd64 entrypoint=["tail" "-f" "/dev/null"] cmd=[] network="host"
[Publish/publish] ⭐ Run Main actions/checkout@v4
[Publish/publish]   ✅  Success - Main actions/checkout@v4
[Publish/publish] ⭐ Run Main actions/setup-node@v4
[Publish/publish]   💬  ::debug::isExplicit: 
[Publish/publish]   ✅  Success - Main actions/setup-node@v4
[Publish/publish] ⭐ Run Main npm publish
[Publish/publish]   🐳  docker exec cmd=[bash --noprofile --norc -e -o pipefail /var/run/act/workflow/2] user= workdir=
| npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access
| npm ERR! code E403
| npm ERR! 403 403 Forbidden - PUT https://registry.npmjs.org/@{d.dom().split('.')[0]}%2fui-kit - You cannot publish over the previously published versions: 3.2.0.
[Publish/publish]   ❌  Failure - Main npm publish
[Publish/publish] exitcode '1': failure
[Publish/publish] 🏁  Job failed
Error: Job 'publish' failed
"""
    d2 = new("act-runner-output", ".secrets")
    gh2 = d2.vtok("github_pat")
    ak, sk = d2.akid(), d2.awssec()
    sl = d2.vtok("xoxb")
    d2.text = f"""# act --secret-file .secrets  (dotenv format)
GITHUB_TOKEN={gh2}
AWS_ACCESS_KEY_ID={ak}
AWS_SECRET_ACCESS_KEY={sk}
AWS_PROD_ACCESS_KEY_ID={d2.akid()}
AWS_PROD_SECRET_ACCESS_KEY={d2.awssec()}
SLACK_BOT_TOKEN={sl}
SONAR_TOKEN=
DOCKERHUB_USERNAME={d2.dom().split('.')[0]}ci
DOCKERHUB_TOKEN={d2.gs("dckr")}
NPM_TOKEN={d2.vtok("npm")}
DEPLOY_SSH_PASSPHRASE={d2.pw(style="phrase")}
"""
    return [d, d2]


def skaffold_yaml():
    d = new("skaffold-yaml", "skaffold.yaml")
    g = d.g
    npm = d.vtok("npm")
    pw = d.pw()
    ak, sk = d.akid(), d.awssec()
    d.text = f"""apiVersion: skaffold/v4beta9
kind: Config
metadata:
  name: storefront
build:
  artifacts:
    - image: registry.{d.dom()}/storefront
      docker:
        dockerfile: Dockerfile
        buildArgs:
          NPM_TOKEN: "{npm}"
          NODE_ENV: production
  local:
    push: true
deploy:
  helm:
    releases:
      - name: storefront
        chartPath: charts/storefront
        namespace: shop
        setValues:
          image.repository: registry.{d.dom()}/storefront
          postgresql.auth.password: "{pw}"
          s3.accessKeyId: {ak}
          s3.secretAccessKey: {sk}
        setValueTemplates:
          image.tag: "{{{{.IMAGE_TAG_registry_{d.dom().split('.')[0]}_storefront}}}}"
profiles:
  - name: dev
    patches:
      - op: replace
        path: /deploy/helm/releases/0/setValues/postgresql.auth.password
        value: dev
"""
    return d


def kubeadm_join_output():
    d = new("kubeadm-join-output", "kubeadm-init.log")
    g = d.g
    tok = d.gs("kubeadm")
    ck = d.gs("hex64")
    h = d.sha256()
    ip = d.ip4()
    d.text = f"""[init] Using Kubernetes version: v1.29.3
[preflight] Running pre-flight checks
[certs] Using certificateDir folder "/etc/kubernetes/pki"
[certs] Generating "ca" certificate and key
[certs] apiserver serving cert is signed for DNS names [cp-1 kubernetes kubernetes.default kubernetes.default.svc kubernetes.default.svc.cluster.local] and IPs [10.96.0.1 {ip}]
[kubeconfig] Writing "admin.conf" kubeconfig file
[control-plane] Creating static Pod manifest for "kube-apiserver"
[etcd] Creating static Pod manifest for local etcd in "/etc/kubernetes/manifests"
[upload-certs] Storing the certificates in Secret "kubeadm-certs" in the "kube-system" Namespace
[upload-certs] Using certificate key:
{ck}
[bootstrap-token] Using token: {tok}
[bootstrap-token] Configuring bootstrap tokens, cluster-info ConfigMap, RBAC Roles
[addons] Applied essential addon: CoreDNS
[addons] Applied essential addon: kube-proxy

Your Kubernetes control-plane has initialized successfully!

To start using your cluster, you need to run the following as a regular user:

  mkdir -p $HOME/.kube
  sudo cp -i /etc/kubernetes/admin.conf $HOME/.kube/config
  sudo chown $(id -u):$(id -g) $HOME/.kube/config

You can now join any number of the control-plane node running the following command on each as root:

  kubeadm join {ip}:6443 --token {tok} \\
	--discovery-token-ca-cert-hash sha256:{h} \\
	--control-plane --certificate-key {ck}

Please note that the certificate-key gives access to cluster sensitive data, keep it secret!
As a safeguard, uploaded-certs will be deleted in two hours; If necessary, you can use
"kubeadm init phase upload-certs --upload-certs" to reload certs afterward.

Then you can join any number of worker nodes by running the following on each as root:

kubeadm join {ip}:6443 --token {tok} \\
	--discovery-token-ca-cert-hash sha256:{h}
"""
    return d


def containers_auth_json():
    d = new("containers-auth-json", "auth.json")
    g = d.g
    a1 = d.docker_auth("robot$ci+push", d.raw_pw())
    a2 = d.docker_auth(g.pick(["kmartin", "svc-pull"]), d.raw_pw())
    a3 = d.docker_auth("AWS", g.b64(900))
    idt = d.gs("b64u", cat="generic-secret")
    d.text = json.dumps({"auths": {f"harbor.{d.dom()}": {"auth": a1},
                                   "quay.io": {"auth": a2},
                                   f"{g.digits(12, True)}.dkr.ecr.eu-north-1.amazonaws.com": {"auth": a3},
                                   "registry.redhat.io": {"auth": "", "identitytoken": idt}}}, indent=1) + "\n"
    return d


def hardhat_config():
    d = new("hardhat-config", "hardhat.config.ts")
    g = d.g
    pk = d.gs("hex64")
    es = d.L("generic-secret", g.s(34, UP + DG))
    alch = d.L("generic-secret", g.s(32, AN + "_-"))
    addr = "0x" + g.hexs(40)
    d.K(addr)
    d.text = f"""import {{ HardhatUserConfig }} from "hardhat/config";
import "@nomicfoundation/hardhat-toolbox";

// deployer: {addr}
const DEPLOYER_PRIVATE_KEY = "{pk}";
const ALCHEMY_KEY = "{alch}";
const INFURA_API_SECRET = "{d.gs("hex32")}";  // project secret; the project id {d.K(g.hexs(32))} is public

const config: HardhatUserConfig = {{
  solidity: {{ version: "0.8.24", settings: {{ optimizer: {{ enabled: true, runs: 200 }} }} }},
  networks: {{
    hardhat: {{}},
    sepolia: {{
      url: `https://eth-sepolia.g.alchemy.com/v2/${{ALCHEMY_KEY}}`,
      accounts: [`0x${{DEPLOYER_PRIVATE_KEY}}`],
    }},
    mainnet: {{
      url: process.env.MAINNET_RPC_URL || "",
      accounts: process.env.PRIVATE_KEY ? [process.env.PRIVATE_KEY] : [],
    }},
  }},
  etherscan: {{
    apiKey: "{es}",
  }},
}};

export default config;
"""
    return d


def datadog_agent_yaml():
    d = new("datadog-agent-yaml", "datadog.yaml")
    g = d.g
    api = d.vtok("dd_api", cat="datadog-key|generic-secret")
    pw = d.pw(cat="url-credentials|password", punct="-._~")
    d.text = f"""#########################
## Basic Configuration ##
#########################

## @param api_key - string - required
## @env DD_API_KEY - string - required
## The Datadog API key used by your Agent to submit metrics and events to Datadog.
## Create a new API key here: https://app.datadoghq.eu/organization-settings/api-keys .
api_key: {api}

## @param site - string - optional - default: datadoghq.com
site: datadoghq.eu

hostname: {g.pick(['db-prod-01', 'web-03', 'etl-02'])}
tags:
  - env:prod
  - team:platform

proxy:
  https: http://dd-proxy:{pw}@squid.{d.dom()}:3128
  no_proxy:
    - 169.254.169.254

logs_enabled: true
apm_config:
  enabled: true
process_config:
  process_collection:
    enabled: true
"""
    d2 = new("datadog-agent-yaml", "conf.d/postgres.d/conf.yaml")
    pw2 = d2.pw(punct="!#%*+-.?_")
    app = d2.vtok("dd_app")
    d2.text = f"""init_config:

instances:
  - host: localhost
    port: 5432
    username: datadog
    password: "{pw2}"
    dbm: true
    tags:
      - db:orders
  - host: replica.orders.internal
    port: 5432
    username: datadog
    password: "{d2.pw(punct="!#%*+-.?_")}"
    tags:
      - role:replica

# ../mysql.d/conf.yaml
#  - host: mysql-legacy
#    username: datadog
#    password: "{d2.pw(punct="!#%*+-.?_")}"
# for the monitors script in ../../scripts/sync_monitors.sh:
# export DD_APP_KEY={app}
"""
    return [d, d2]


def sabnzbd_ini():
    d = new("sabnzbd-ini", "sabnzbd.ini")
    g = d.g
    api = d.gs("hex32")
    nzb = d.gs("hex32")
    pw = d.pw()
    upw = d.pw(punct="!#%*+-.?_")
    d.text = f"""__version__ = 19
__encoding__ = utf-8
[misc]
helpful_warnings = 1
host = 0.0.0.0
port = 8080
https_port = 9090
username = admin
password = {upw}
api_key = {api}
nzb_key = {nzb}
download_dir = /incomplete
complete_dir = /complete
permissions = 775
[logging]
log_level = 1
max_log_size = 5242880
[servers]
[[news.{g.pick(['eweka.nl', 'newshosting.com', 'frugalusenet.com'])}]]
name = news.eweka.nl
displayname = Eweka
host = news.eweka.nl
port = 563
timeout = 60
username = {g.pick(['ktorn', 'mse84'])}
password = {pw}
connections = 20
ssl = 1
ssl_verify = 2
enable = 1
"""
    return d


def sonarr_config_xml():
    d = new("sonarr-config-xml", "config.xml")
    g = d.g
    api = d.gs("hex32")
    pw = d.pw(enc=X)
    d.text = f"""<Config>
  <BindAddress>*</BindAddress>
  <Port>8989</Port>
  <SslPort>9898</SslPort>
  <EnableSsl>False</EnableSsl>
  <LaunchBrowser>False</LaunchBrowser>
  <ApiKey>{api}</ApiKey>
  <AuthenticationMethod>Forms</AuthenticationMethod>
  <AuthenticationRequired>Enabled</AuthenticationRequired>
  <Branch>main</Branch>
  <LogLevel>info</LogLevel>
  <SslCertPath></SslCertPath>
  <SslCertPassword>{pw}</SslCertPassword>
  <UrlBase></UrlBase>
  <InstanceName>Sonarr</InstanceName>
  <UpdateMechanism>Docker</UpdateMechanism>
  <PostgresUser>sonarr</PostgresUser>
  <PostgresPassword>{d.pw(enc=X)}</PostgresPassword>
  <PostgresPort>5432</PostgresPort>
  <PostgresHost>postgres</PostgresHost>
</Config>
"""
    return d


def aria2_conf():
    d = new("aria2-conf", "aria2.conf")
    g = d.g
    rpc = d.gs("an32")
    ftp = d.pw()
    http = d.pw(punct="!#%*+-._")
    d.text = f"""## ~/.aria2/aria2.conf
dir=/srv/downloads
continue=true
max-concurrent-downloads=5
max-connection-per-server=8
min-split-size=10M
enable-rpc=true
rpc-listen-all=true
rpc-listen-port=6800
rpc-secret={rpc}
# rpc-secret=<TOKEN>
ftp-user=mirror
ftp-passwd={ftp}
http-user=archive
http-passwd={http}
check-certificate=true
save-session=/srv/aria2/session.txt
input-file=/srv/aria2/session.txt
"""
    return d


def azure_functions_local_settings():
    d = new("azure-functions-local-settings", "local.settings.json")
    g = d.g
    acct = "st" + g.s(10, LO + DG)
    key = d.vtok("azure_key")
    key2 = d.vtok("azure_key")
    sb = d.gs("b64_32", cat="generic-secret|azure-storage-key")
    pw = d.pw(enc=J)
    d.text = json.dumps({"IsEncrypted": False, "Values": {
        "AzureWebJobsStorage": f"DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net",
        "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
        "ArchiveStorage": f"DefaultEndpointsProtocol=https;AccountName={acct}arch;AccountKey={key2};EndpointSuffix=core.windows.net",
        "ServiceBusConnection": f"Endpoint=sb://sb-orders-prod.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey={sb}",
        "SqlConnection": "Server=tcp:sql-orders.database.windows.net,1433;Database=orders;User ID=func;Password=PWPH;",
        "APPINSIGHTS_CONNECTIONSTRING": f"InstrumentationKey={g.uuid()};IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/",
        "Local_Emulator": "UseDevelopmentStorage=true"}, "Host": {"LocalHttpPort": 7071, "CORS": "*"}},
        indent=2).replace("PWPH", pw) + "\n"
    return d


def azcopy_sas_logs():
    d = new("azcopy-sas-logs", "azcopy-job.log")
    g = d.g
    c = Clock(d)
    acct = "st" + g.s(10, LO + DG)
    sigs = []
    L = []
    for i in range(2):
        sig = d.L("azure-storage-key", U(g.b64(32)))
        sigs.append(sig)
    L.append(f"{c.fmt('%Y/%m/%d %H:%M:%S')} AzcopyVersion  10.24.0")
    L.append(f"{c.fmt('%Y/%m/%d %H:%M:%S')} OS-Environment  linux")
    L.append(f"{c.fmt('%Y/%m/%d %H:%M:%S')} OS-Architecture  amd64")
    L.append(f"{c.fmt('%Y/%m/%d %H:%M:%S')} Log times are in UTC. Local time is 11 Mar 2025 10:02:17")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} ISO 8601 START TIME: to copy files that changed before or after this job started, use the parameter --include-before={c.iso(ms=False)} or --include-after={c.iso(ms=False)}")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} Any empty folders will not be processed, because source and/or destination doesn't have full folder support")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} Job-Command copy /backup/db https://{acct}.blob.core.windows.net/backups?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2025-04-01T00:00:00Z&st=2025-03-01T00:00:00Z&spr=https&sig={sigs[0]} --recursive")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} Number of CPUs: 4")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} INFO: [P#0-T#0] has worker 173 which is processing TRANSFER")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} ==> REQUEST/RESPONSE (Try=1/72.1ms, OpTime=95.3ms) -- RESPONSE SUCCESSFULLY RECEIVED")
    L.append(f"   PUT https://{acct}.blob.core.windows.net/backups/db/dump-20250311.sql.gz?blockid=MDAwMDA&comp=block&se=2025-04-01T00%3A00%3A00Z&sig=-REDACTED-&sp=rwdlac&spr=https&srt=co&ss=b&st=2025-03-01T00%3A00%3A00Z&sv=2022-11-02&timeout=901")
    L.append(f"   X-Ms-Request-Id: [{g.uuid()}]")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} Job-Command copy https://{acct}.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2025-03-31T16:00:00Z&spr=https&sig={sigs[1]} /mnt/exports --recursive")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} Final job part has been created")
    L.append(f"{c.step().fmt('%Y/%m/%d %H:%M:%S')} JobID={g.uuid()}, Part#=0, TransfersDone=42 of 42")
    d.text = "\n".join(L) + "\n"
    return d


CARRIERS = [npmrc_files, yarnrc_yml, nuget_config, composer_auth_json, gem_credentials, pypirc, pip_conf,
            helm_repositories_yaml, gitconfig_http, netrc_files, renovate_config_js, bitrise_yml,
            appveyor_yml, teamcity_build_log, cirrus_ci_yml, codefresh_yml, semaphore_ci_yml,
            act_runner_output, skaffold_yaml, kubeadm_join_output,
            containers_auth_json, hardhat_config, datadog_agent_yaml, 
            sabnzbd_ini, sonarr_config_xml, aria2_conf,
            azure_functions_local_settings, azcopy_sas_logs]
