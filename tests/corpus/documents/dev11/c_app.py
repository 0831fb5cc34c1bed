"""Application frameworks' configuration and source code in several languages, IDE files."""
import json
from c_common import *
from c_infra import awspair


def spring(C):
    for i in range(1, 4):
        d = C.doc(f"spring-boot/application-{choice(['prod', 'dev', 'docker'])}-{i}.yml")
        ak, sk = awspair(d)
        d.done(f"""server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://{ip_priv()}:5432/orders?ssl=true
    username: orders
    password: {d.L('password', password())}
  rabbitmq:
    host: rabbit.internal
    username: orders
    password: "{d.L('password', password())}"
  mail:
    host: smtp.office365.com
    username: {d.L('email', email(domain='nordkraft.se'))}
    password: ${{MAIL_PASSWORD:changeme}}
  security:
    oauth2:
      client:
        registration:
          keycloak:
            client-id: orders-api
            client-secret: {d.L('generic-secret', generic())}
            scope: openid,profile
cloud:
  aws:
    credentials:
      access-key: {ak}
      secret-key: {sk}
    region:
      static: eu-north-1
app:
  jwt:
    secret: {d.L('generic-secret', generic('b64_48'))}
    expiration: 3600
  support-phone: "{d.L('phone', phone('se', True))}"
management:
  endpoints:
    web:
      exposure:
        include: health,info,env
""")
    for i in range(1, 4):
        d = C.doc(f"spring-boot/application-{i}.properties")
        d.done(f"""spring.application.name={svc()}
spring.datasource.url=jdbc:mysql://{ip_priv()}:3306/shop?useSSL=true&user=shop&password={d.L('password', pw_url(password()))}
spring.datasource.hikari.maximum-pool-size=20
spring.data.redis.password={d.L('password', password())}
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="orders" password="{d.L('password', password())}";
spring.security.user.name=actuator
spring.security.user.password=${{ACTUATOR_PASSWORD}}
stripe.webhook.secret={d.L('generic-secret', 'whsec_' + rs(ALNUM, 32))}
app.partner.api-key={d.L('generic-secret', generic())}
app.build.commit={d.X(git_sha())}
app.hmac.key={d.L('generic-secret', generic('hex64'))}
logging.level.org.springframework.web=DEBUG
""")


def actuator(C):
    for i in range(1, 4):
        d = C.doc(f"actuator/env-{i}.json")
        ak, sk = awspair(d)
        props = {"spring.datasource.password": {"value": "******", "origin": "class path resource [application.yml] - 12:15"},
                 "spring.datasource.url": {"value": f"jdbc:postgresql://{ip_priv()}:5432/orders", "origin": "class path resource [application.yml] - 10:10"},
                 "app.partner.token": {"value": d.L("generic-secret", generic()), "origin": "System Environment Property \"APP_PARTNER_TOKEN\""},
                 "app.legacy.basic-password": {"value": d.L("password", password()), "origin": "class path resource [application.yml] - 33:21"},
                 "app.build.sha": {"value": d.X(git_sha())}}
        sysenv = {"PATH": {"value": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin"},
                  "AWS_ACCESS_KEY_ID": {"value": ak, "origin": "System Environment Property \"AWS_ACCESS_KEY_ID\""},
                  "AWS_SECRET_ACCESS_KEY": {"value": "******"},
                  "AWS_SECRET_KEY": {"value": sk},
                  "HOSTNAME": {"value": f"orders-{rs('abcdef0123456789', 10)}-{rs('abcdefghijklmnopqrstuvwxyz', 5)}"},
                  "OTEL_EXPORTER_OTLP_HEADERS": {"value": "Authorization=Bearer " + d.bearer(choice(["opaque", "hex", "b64"]))}}
        d.done(json.dumps({"activeProfiles": ["prod"], "propertySources": [
            {"name": "server.ports", "properties": {"local.server.port": {"value": 8080}}},
            {"name": "systemEnvironment", "properties": sysenv},
            {"name": "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'", "properties": props}]}, indent=2))
    d = C.doc("actuator/configprops-excerpt.json")
    d.done(json.dumps({"contexts": {"application": {"beans": {"spring.datasource-org.springframework.boot.autoconfigure.jdbc.DataSourceProperties": {
        "prefix": "spring.datasource", "properties": {"url": f"jdbc:postgresql://{ip_priv()}:5432/orders", "username": "orders", "password": "******",
                                                      "xa": {"properties": {"password": d.L("password", password())}}}}}}}}, indent=2))


def laravel(C):
    for i in range(1, 4):
        d = C.doc(f"laravel/.env.{choice(['production', 'staging', 'backup'])}-{i}")
        ak, sk = awspair(d)
        d.done(f"""APP_NAME="Nordkraft Portal"
APP_ENV=production
APP_KEY=base64:{d.L('generic-secret', b64s(32))}
APP_DEBUG=false
APP_URL=https://portal.nordkraft.se

DB_CONNECTION=mysql
DB_HOST={ip_priv()}
DB_PORT=3306
DB_DATABASE=portal
DB_USERNAME=portal
DB_PASSWORD={d.L('password', password())}

REDIS_PASSWORD=null
MAIL_MAILER=smtp
MAIL_HOST=smtp.mailgun.org
MAIL_USERNAME={d.L('email', 'postmaster@mg.nordkraft.se')}
MAIL_PASSWORD="{d.L('password', password())}"
MAIL_FROM_ADDRESS="{d.L('email', 'no-reply@nordkraft.se')}"

AWS_ACCESS_KEY_ID={ak}
AWS_SECRET_ACCESS_KEY={sk}
AWS_DEFAULT_REGION=eu-north-1
AWS_BUCKET=portal-uploads

PUSHER_APP_ID={R.randint(10**6, 10**7)}
PUSHER_APP_KEY={d.X(rs(HEX, 20))}
PUSHER_APP_SECRET={d.L('generic-secret', rs(HEX, 20))}
VITE_PUSHER_APP_KEY="${{PUSHER_APP_KEY}}"
""")
    for i in range(1, 3):
        d = C.doc(f"laravel/config/services-{i}.php")
        d.done(f"""<?php

return [
    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],
    'fortnox' => [
        'client_id' => '{d.X(uuid4())}',
        'client_secret' => '{d.L('generic-secret', generic('alnum24'))}',
        'access_token' => '{d.L('generic-secret|bearer-token', bearer('jwt')[0])}',
    ],
    'postnord' => [
        'apikey' => '{d.L('generic-secret', generic('hex32'))}',
    ],
    'sms' => [
        'username' => 'nordkraft',
        'password' => '{d.L('password', password())}',
        'sender' => '{d.L('phone', phone('se', True))}',
    ],
];
""")
    # relabel: access_token in config holding a JWT
    for path, (t, dd) in list(C.docs.items()):
        if path.startswith("laravel/config/"):
            dd.labels = [("jwt|generic-secret", v) if c == "generic-secret|bearer-token" else (c, v) for c, v in dd.labels]


def express(C):
    for i in range(1, 4):
        d = C.doc(f"express/config-{i}.js")
        ak, sk = awspair(d)
        d.done(f"""'use strict';
// config/production.js
module.exports = {{
  port: process.env.PORT || 3000,
  session: {{
    secret: '{d.L('generic-secret', generic())}',
    cookie: {{ secure: true, maxAge: 86400000 }},
  }},
  mongo: {{
    uri: 'mongodb+srv://api:{d.L('url-credentials', pw_url(password()))}@cluster0.{rs('abcdefghijklmnopqrstuvwxyz0123456789', 5)}.mongodb.net/shop?retryWrites=true&w=majority',
  }},
  aws: {{
    accessKeyId: '{ak}',
    secretAccessKey: '{sk}',
    region: 'eu-north-1',
  }},
  jwt: {{
    secret: process.env.JWT_SECRET,           // never hardcode
    refreshSecret: '{d.L('generic-secret', generic())}',
  }},
  smtp: {{ user: '{d.L('email', email())}', pass: '{d.L('password', password())}' }},
  // example from the README, not used: accessKeyId: '{AWS_DOC_ID}', secretAccessKey: '{AWS_DOC_SECRET}'
}};
""")
    for i in range(1, 3):
        d = C.doc(f"express/server-{i}.js")
        d.done(f"""const express = require('express');
const axios = require('axios');
const app = express();

const password = process.env.ADMIN_PASSWORD;   // read from env
const upstream = axios.create({{
  baseURL: 'https://{host()}',
  headers: {{ Authorization: 'Bearer {d.bearer()}' }},
}});

app.use('/admin', basicAuth({{ users: {{ admin: '{d.L('password', password())}' }}, challenge: true }}));

app.get('/api/orders', async (req, res) => {{
  const r = await upstream.get('/v1/orders', {{ params: {{ api_key: '{d.L('generic-secret', generic())}' }} }});
  res.json(r.data);
}});

app.listen(3000, () => console.log('listening, request id sample {d.X(uuid4())}'));
""")


def appsettings(C):
    for i in range(1, 4):
        d = C.doc(f"appsettings/appsettings.{choice(['Production', 'Development', 'Staging'])}-{i}.json")
        ak, sk = awspair(d)
        d.done(json.dumps({
            "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}},
            "ConnectionStrings": {"Default": f"Server=sql.corp.local;Database=Orders;User Id=orders_app;Password={d.L('password', password())};TrustServerCertificate=True",
                                  "Redis": f"redis.corp.local:6380,password={d.L('password', password())},ssl=True,abortConnect=False"},
            "AzureAd": {"Instance": "https://login.microsoftonline.com/", "TenantId": d.X(uuid4()), "ClientId": uuid4(),
                        "ClientSecret": d.L("generic-secret", rs(ALNUM, 3) + "8Q~" + rs(ALNUM + "~._-", 34))},
            "AWS": {"Profile": "default", "Region": "eu-north-1", "AccessKey": ak, "SecretKey": sk},
            "Jwt": {"Issuer": "https://orders.nordkraft.se", "Key": d.L("generic-secret", generic("b64_48"))},
            "Smtp": {"Host": "smtp.sendgrid.net", "User": "apikey", "Password": "{{SMTP_PASSWORD}}"},
            "AllowedHosts": "*"}, indent=2))
    for i in range(1, 4):
        d = C.doc(f"user-secrets/{uuid4()}/secrets.json")
        ak, sk = awspair(d)
        d.done(json.dumps({"ConnectionStrings:Default": f"Host=localhost;Port=5432;Database=orders_dev;Username=dev;Password={d.L('password', password())}",
                           "Stripe:WebhookSecret": d.L("generic-secret", "whsec_" + rs(ALNUM, 32)),
                           "Fortnox:ClientSecret": d.L("generic-secret", generic()),
                           "AWS:AccessKey": ak, "AWS:SecretKey": sk,
                           "Admin:Password": d.L("password", password()),
                           "Admin:Email": d.L("email", email())}, indent=2))


def golang(C):
    for i in range(1, 5):
        d = C.doc(f"golang/{choice(['client', 'store', 'notify', 'sync'])}_{i}.go")
        ak, sk = awspair(d)
        d.done(f"""package {choice(['client', 'store', 'notify'])}

import (
	"context"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

const (
	partnerAPIKey = "{d.L('generic-secret', generic())}"
	defaultTimeout = 30 // seconds
	buildCommit    = "{d.X(git_sha())}"
)

// dbPassword is read at runtime; do not hardcode.
var dbPassword = os.Getenv("DB_PASSWORD")

func staticCreds() aws.CredentialsProvider {{
	// FIXME(erik): temporary keys for the migration, rotate after 2025-04-01
	return credentials.NewStaticCredentialsProvider("{ak}", "{sk}", "")
}}

func newRequest(ctx context.Context, url string) (*http.Request, error) {{
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Authorization", "Bearer {d.bearer()}")
	req.Header.Set("X-Request-Id", "{d.X(uuid4())}")
	return req, nil
}}

var dsn = "postgres://orders:{d.L('url-credentials', pw_url(password()))}@{ip_priv()}:5432/orders?sslmode=disable"
""")
    d = C.doc("golang/client_test.go")
    d.done(f"""package client

import "testing"

func TestSignRequest(t *testing.T) {{
	c := New(Config{{
		AccessKeyID:     "{AWS_DOC_ID}",
		SecretAccessKey: "{AWS_DOC_SECRET}",
		Token:           "<your-token>",
	}})
	got := c.Sign("GET", "/v1/orders")
	want := "{d.X(sha256())}"
	if got != want {{
		t.Fatalf("got %s want %s", got, want)
	}}
}}

func TestIntegration(t *testing.T) {{
	c := New(Config{{APIKey: "{d.L('generic-secret', generic())}", Password: "{d.L('password', password())}"}})
	_ = c
}}
""")


def rust(C):
    for i in range(1, 4):
        d = C.doc(f"rust/src/{choice(['config', 'client', 'main'])}_{i}.rs")
        ak, sk = awspair(d)
        d.done(f"""use reqwest::header::{{HeaderMap, HeaderValue, AUTHORIZATION}};

pub const API_KEY: &str = "{d.L('generic-secret', generic())}";
const DATABASE_URL: &str = "mysql://app:{d.L('url-credentials', pw_url(password()))}@{ip_priv()}:3306/app";

pub fn headers() -> HeaderMap {{
    let mut h = HeaderMap::new();
    h.insert(AUTHORIZATION, HeaderValue::from_static("Bearer {d.bearer()}"));
    h
}}

pub fn s3_config() -> aws_sdk_s3::Config {{
    let creds = aws_sdk_s3::config::Credentials::new(
        "{ak}",
        "{sk}",
        None,
        None,
        "hardcoded",
    );
    aws_sdk_s3::Config::builder().credentials_provider(creds).build()
}}

#[cfg(test)]
mod tests {{
    #[test]
    fn password_from_env() {{
        let password = std::env::var("APP_PASSWORD").unwrap_or_default();
        assert!(password.is_empty() || password.len() > 8);
        let digest = "{d.X(sha256())}";
        assert_eq!(digest.len(), 64);
    }}
}}
""")
    d = C.doc("rust/config/default.toml")
    d.done(f"""[server]
bind = "0.0.0.0:8080"

[database]
url = "postgres://svc:{d.L('url-credentials', pw_url(password()))}@db.internal/svc"
max_connections = 16

[auth]
jwt_secret = "{d.L('generic-secret', generic('hex64'))}"
admin_password = "{d.L('password', password())}"
""")


def java_src(C):
    for i in range(1, 4):
        d = C.doc(f"java-src/src/main/java/se/nordkraft/{choice(['Payment', 'Erp', 'Sms'])}Client{i}.java")
        ak, sk = awspair(d)
        d.done(f"""package se.nordkraft;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;

public class PaymentClient{i} {{
    private static final String API_SECRET = "{d.L('generic-secret', generic())}";
    private static final String PASSWORD_PROPERTY = "erp.password"; // property name only
    private final String password = System.getenv("ERP_PASSWORD");

    static AwsBasicCredentials creds() {{
        return AwsBasicCredentials.create("{ak}", "{sk}");
    }}

    HttpRequest request(String path) {{
        return HttpRequest.newBuilder(URI.create("https://{host()}" + path))
                .header("Authorization", "Bearer {d.bearer()}")
                .header("Idempotency-Key", "{d.X(uuid4())}")
                .build();
    }}

    java.sql.Connection legacy() throws Exception {{
        return java.sql.DriverManager.getConnection("jdbc:oracle:thin:@erp.corp.local:1521/ERP", "erp_ro", "{d.L('password', password())}");
    }}
}}
""")


def kotlin(C):
    for i in range(1, 3):
        d = C.doc(f"kotlin/app/src/main/kotlin/ApiModule{i}.kt")
        d.done(f"""package se.nordkraft.app

import okhttp3.Interceptor
import okhttp3.OkHttpClient

object ApiModule{i} {{
    private const val CLIENT_SECRET = "{d.L('generic-secret', generic())}"
    private const val STAGING_TOKEN = "{d.L('bearer-token|generic-secret', bearer(choice(['opaque', 'hex']))[0])}"
    val password: String? = BuildConfig.SIGNING_PASSWORD // injected by gradle

    val client: OkHttpClient = OkHttpClient.Builder()
        .addInterceptor(Interceptor {{ chain ->
            chain.proceed(chain.request().newBuilder()
                .header("Authorization", "Bearer {d.bearer()}")
                .build())
        }})
        .build()
}}
""")
    d = C.doc("kotlin/gradle.properties")
    ak, sk = awspair(d)
    d.done(f"""org.gradle.jvmargs=-Xmx4g
kotlin.code.style=official
signing.keyId={d.X(rs('0123456789ABCDEF', 8))}
signing.password={d.L('password', password())}
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
ossrhUsername=nordkraft-ci
ossrhPassword={d.L('password', password())}
awsAccessKeyId={ak}
awsSecretAccessKey={sk}
""")


def swift(C):
    for i in range(1, 4):
        d = C.doc(f"swift/Sources/App/{choice(['Network', 'Secrets', 'Config'])}{i}.swift")
        d.done(f"""import Foundation

enum Secrets{i} {{
    static let apiKey = "{d.L('generic-secret', generic())}"
    static let analyticsWriteKey = "{d.L('generic-secret', generic('alnum32'))}"
    // Keychain lookup, no literal here
    static var password: String {{ KeychainHelper.read(account: "db") ?? "" }}
}}

final class APIClient{i} {{
    func makeRequest(_ path: String) -> URLRequest {{
        var r = URLRequest(url: URL(string: "https://{host()}\\(path)")!)
        r.setValue("Bearer {d.bearer()}", forHTTPHeaderField: "Authorization")
        r.setValue("{d.X(uuid4())}", forHTTPHeaderField: "X-Device-Id")
        return r
    }}
}}
""")


def ruby(C):
    for i in range(1, 3):
        d = C.doc(f"ruby/lib/{choice(['erp', 'sms', 'bank'])}_client_{i}.rb")
        ak, sk = awspair(d)
        d.done(f"""require 'faraday'
require 'aws-sdk-s3'

module Erp
  class Client
    API_TOKEN = '{d.L('generic-secret', generic())}'.freeze

    def initialize(password: ENV.fetch('ERP_PASSWORD'))
      @password = password
      @conn = Faraday.new(url: 'https://{host()}') do |f|
        f.request :authorization, 'Bearer', '{d.bearer()}'
        f.request :authorization, :basic, 'erp_sync', '{d.L('password', password())}'
      end
    end

    def s3
      Aws::S3::Client.new(
        access_key_id: '{ak}',
        secret_access_key: '{sk}',
        region: 'eu-north-1'
      )
    end
  end
end
""")
    d = C.doc("ruby/spec/erp_client_spec.rb")
    d.done(f"""RSpec.describe Erp::Client do
  let(:client) {{ described_class.new(password: 'changeme') }}

  it 'signs requests' do
    stub_request(:get, 'https://erp.corp.local/v1/orders')
      .with(headers: {{ 'Authorization' => 'Bearer {d.bearer()}' }})
      .to_return(body: '{{"ok":true}}')
    expect(client.orders).to be_ok
  end

  it 'keeps the fixture digest' do
    expect(Digest::SHA256.hexdigest(fixture)).to eq('{d.X(sha256())}')
  end
end
""")


def ide(C):
    for i in range(1, 3):
        d = C.doc(f"ide-workspace/vscode-launch-{i}.json")
        ak, sk = awspair(d)
        d.done(json.dumps({"version": "0.2.0", "configurations": [
            {"type": "node", "request": "launch", "name": "API (local)", "program": "${workspaceFolder}/src/server.js",
             "env": {"NODE_ENV": "development", "DATABASE_URL": f"postgres://dev:{d.L('url-credentials', pw_url(password()))}@localhost:5432/dev",
                     "AWS_ACCESS_KEY_ID": ak, "AWS_SECRET_ACCESS_KEY": sk, "STRIPE_SECRET": "${env:STRIPE_SECRET}",
                     "API_TOKEN": d.L("generic-secret", generic())}},
            {"type": "python", "request": "launch", "name": "worker", "module": "worker", "envFile": "${workspaceFolder}/.env"}]}, indent=4))
    for i in range(1, 3):
        d = C.doc(f"ide-workspace/idea-workspace-{i}.xml")
        d.done(f"""<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="RunManager" selected="Spring Boot.OrdersApplication">
    <configuration name="OrdersApplication" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
      <module name="orders" />
      <option name="SPRING_BOOT_MAIN_CLASS" value="se.nordkraft.orders.OrdersApplication" />
      <envs>
        <env name="DB_PASSWORD" value="{d.L('password', password())}" />
        <env name="KEYCLOAK_CLIENT_SECRET" value="{d.L('generic-secret', generic())}" />
        <env name="SPRING_PROFILES_ACTIVE" value="local" />
      </envs>
      <method v="2">
        <option name="Make" enabled="true" />
      </method>
    </configuration>
  </component>
  <component name="ChangeListManager">
    <list default="true" id="{d.X(uuid4())}" name="Changes" comment="" />
  </component>
  <component name="Git.Settings">
    <option name="RECENT_BRANCH_BY_REPOSITORY">
      <map><entry key="$PROJECT_DIR$" value="main" /></map>
    </option>
  </component>
</project>
""")
    d = C.doc("ide-workspace/vscode-settings.json")
    d.done(json.dumps({"editor.formatOnSave": True, "sqltools.connections": [
        {"name": "prod-ro", "driver": "PostgreSQL", "server": "orders-db.corp.local", "port": 5432, "database": "orders",
         "username": "readonly", "password": d.L("password", password())},
        {"name": "local", "driver": "MySQL", "server": "localhost", "port": 3306, "username": "root", "askForPassword": True}],
        "rest-client.environmentVariables": {"prod": {"token": d.L("bearer-token|generic-secret", bearer("opaque")[0])}}}, indent=4))
