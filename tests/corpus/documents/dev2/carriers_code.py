"""Source code carriers (with code that only names passwords)."""
from doc import Doc
from gen_values import basic, uenc, AWS_DOC_AKID, AWS_DOC_SECRET
from common import host, user, db, app


def py_requests(v, i):
    d = Doc("code/python/client_%02d.py" % i)
    tok = d.L("bearer-token", v.bearer())
    pw = v.password(v.choice(["human", "strong"])).replace('"', "").replace("\\", "")
    key = d.L("generic-secret", v.generic())
    return d.set(f'''"""Thin client for the {app(v)} API."""
import getpass
import os
from dataclasses import dataclass
from typing import Optional

import requests

API = "https://api.example.com"
API_KEY = "{key}"  # TODO move to vault
DEFAULT_HEADERS = {{"Authorization": "Bearer {tok}", "Accept": "application/json"}}


@dataclass
class Credentials:
    username: str
    password: str
    api_token: Optional[str] = None


def login(username: str, password: Optional[str] = None) -> requests.Session:
    if password is None:
        password = getpass.getpass("Password: ")
    s = requests.Session()
    s.auth = (username, password)
    return s


def change_password(password, confirm_password):
    if password != confirm_password:
        raise ValueError("password and confirm_password differ")
    if len(password) < 12:
        raise ValueError("password too short")


def legacy_session():
    # the reporting box still uses its service account
    return requests.get(f"{{API}}/v1/reports", auth=("reporting", "{d.L('password', pw)}"), timeout=10)


def from_env():
    token = os.environ.get("API_TOKEN", "")
    secret = os.getenv("API_SECRET")
    return Credentials(os.environ["API_USER"], os.environ["API_PASSWORD"], token or secret)
''')


def py_boto3(v, i):
    d = Doc("code/python/s3_export_%02d.py" % i)
    ak = d.L("aws-access-key-id", v.aws_akid())
    sk = d.L("aws-secret-key", v.aws_secret())
    conn = "postgresql+psycopg2://%s:%s@%s:5432/%s" % (user(v), d.L("url-credentials", uenc(v.password())), host(v), db(v))
    return d.set(f'''import boto3
from sqlalchemy import create_engine

# Example from the docs -- do not use:
#   boto3.client("s3", aws_access_key_id="{AWS_DOC_AKID}",
#                aws_secret_access_key="{AWS_DOC_SECRET}")

s3 = boto3.client(
    "s3",
    region_name="eu-west-1",
    aws_access_key_id="{ak}",
    aws_secret_access_key="{sk}",
)

engine = create_engine("{conn}", pool_pre_ping=True)


def export(day):
    with engine.connect() as c:
        rows = c.exec_driver_sql("SELECT id, total FROM orders WHERE day = %(day)s", {{"day": day}}).fetchall()
    body = "\\n".join(f"{{r.id}},{{r.total}}" for r in rows)
    s3.put_object(Bucket="exports-example", Key=f"orders/{{day}}.csv", Body=body.encode())
''')


def js_fetch(v, i):
    d = Doc("code/js/api-%02d.js" % i)
    tok = d.L("bearer-token|generic-secret", v.bearer())
    bas = d.L("basic-auth", basic(user(v), v.safe_password()))
    return d.set(f"""'use strict';
const crypto = require('node:crypto');

const BASE = 'https://api.example.com';
const apiToken = '{tok}';
const clientSecret = process.env.CLIENT_SECRET;
const config = {{
  db: {{ user: 'app', password: process.env.DB_PASSWORD || '' }},
  redisUrl: `redis://:${{process.env.REDIS_PASSWORD}}@cache:6379`,
  apiSecret: '{d.L('generic-secret', v.hexs(64))}',
}};

async function listOrders() {{
  const res = await fetch(`${{BASE}}/v1/orders`, {{
    headers: {{ Authorization: `Bearer ${{apiToken}}`, 'X-Request-Id': crypto.randomUUID() }},
  }});
  return res.json();
}}

async function legacyPing() {{
  return fetch('https://legacy.example.com/ping', {{
    headers: {{ 'Authorization': 'Basic {bas}' }},
  }});
}}

function validate(password, passwordConfirm) {{
  if (password !== passwordConfirm) throw new Error('passwords do not match');
  return password.length >= 12;
}}

module.exports = {{ listOrders, legacyPing, validate, config }};
""")


def go_http(v, i):
    d = Doc("code/go/client_%02d.go" % i)
    tok = d.L("bearer-token|generic-secret", v.bearer())
    dsnpw = d.L("password", v.alnum(20))
    return d.set(f"""package client

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const apiToken = "{tok}"

var signingKey = []byte("{d.L('generic-secret', v.b64(32))}")

func newRequest(url string) (*http.Request, error) {{
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {{
		return nil, err
	}}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.SetBasicAuth("svc", "{d.L('password', v.safe_password())}")
	return req, nil
}}

func openDB() (*sql.DB, error) {{
	// password := os.Getenv("DB_PASSWORD")
	dsn := "billing:{dsnpw}@tcp(mysql01.corp.example.org:3306)/billing?parseTime=true"
	if v := os.Getenv("DSN"); v != "" {{
		dsn = v
	}}
	db, err := sql.Open("mysql", dsn)
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, err
}}
""")


def java_client(v, i):
    d = Doc("code/java/ApiClient%02d.java" % i)
    tok = d.L("bearer-token|generic-secret", v.bearer())
    pw = d.L("password", v.password(v.choice(["human", "strong"])).replace('"', "").replace("\\", ""))
    return d.set(f"""package com.example.{app(v).replace('-', '')};

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Base64;

public class ApiClient{i:02d} {{
    private static final String TOKEN = "{tok}";
    private static final String JDBC_URL = "jdbc:postgresql://{host(v)}:5432/{db(v)}";

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest ordersRequest() {{
        return HttpRequest.newBuilder(URI.create("https://api.example.com/v1/orders"))
                .header("Authorization", "Bearer " + TOKEN)
                .header("X-Api-Key", "{d.L('generic-secret', v.generic())}")
                .GET().build();
    }}

    Connection connect() throws Exception {{
        return DriverManager.getConnection(JDBC_URL, "app", "{pw}");
    }}

    Connection connect(String user, char[] password) throws Exception {{
        return DriverManager.getConnection(JDBC_URL, user, new String(password));
    }}

    static String basic(String user, String password) {{
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }}
}}
""")


def csharp(v, i):
    d = Doc("code/csharp/Storage%02d.cs" % i)
    key = d.L("azure-storage-key", v.azure_key())
    acct = "stapp%d" % v.randint(100, 999)
    pw = d.L("password", v.safe_password())
    return d.set(f"""using Azure.Storage;
using Azure.Storage.Blobs;
using Microsoft.Data.SqlClient;

namespace Example.Storage
{{
    public static class Storage{i:02d}
    {{
        // local emulator: UseDevelopmentStorage=true
        private const string ConnectionString =
            "DefaultEndpointsProtocol=https;AccountName={acct};AccountKey={key};EndpointSuffix=core.windows.net";

        private const string Sql = @"Server=tcp:sql.example.com,1433;Database={db(v)};User Id=svc_app;Password={pw};Encrypt=True;";

        public static BlobServiceClient Blobs() => new BlobServiceClient(ConnectionString);

        public static BlobServiceClient WithKey(string accountName, string accountKey) =>
            new BlobServiceClient(new System.Uri($"https://{{accountName}}.blob.core.windows.net"),
                                  new StorageSharedKeyCredential(accountName, accountKey));

        public static SqlConnection Db() => new SqlConnection(Sql);
    }}
}}
""")


def build(v):
    out = []
    for i in range(1, 4):
        out += [py_requests(v, i), py_boto3(v, i), js_fetch(v, i), go_http(v, i), java_client(v, i), csharp(v, i)]
    return out
