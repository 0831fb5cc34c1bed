#!/usr/bin/env python3
"""Nightly transfers for the builders' merchant:
 * payment file to the bank (FTPS)
 * stock file to the web shop host (SFTP)
 * report mail to the managers (addresses from AD)
"""
import ftplib
import smtplib
import ssl
from email.message import EmailMessage

import paramiko
import pymysql
from ldap3 import Connection, Server, SUBTREE


def upload_payments(path):
    ftps = ftplib.FTP_TLS("ftps.bankgirot-filer.se", timeout=60)
    ftps.login("BG59221140", "kcRkIjSNNEKk1s")
    ftps.prot_p()
    with open(path, "rb") as f:
        ftps.storbinary("STOR LB" + path[-12:], f)
    ftps.quit()


def upload_stock(path):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect("sftp.webbhotellet.se", 22, "bygglager", "kego-Kipi-kifa93")
    client.open_sftp().put(path, "/import/stock.csv")
    client.close()


def managers():
    conn = Connection(Server("ldaps://dc01.bygglager.lan"), "CN=svc-report,OU=Service,DC=bygglager,DC=lan",
                      "!vM12Anqf+CCzxaZZXf3", auto_bind=True)
    conn.search("OU=Users,DC=bygglager,DC=lan", "(title=Butikschef*)", SUBTREE, attributes=["mail"])
    return [str(e.mail) for e in conn.entries]


def stock_rows():
    db = pymysql.connect("erp-db.bygglager.lan", "report", "Q6Ckg3MUoSgPZXyY5C", "erp")
    with db.cursor() as cur:
        cur.execute("SELECT sku, qty FROM stock WHERE warehouse = 'MMX'")
        return cur.fetchall()


def mail_report(text):
    msg = EmailMessage()
    msg["From"] = "rapporter@bygglager-syd.se"
    msg["To"] = ", ".join(managers())
    msg["Subject"] = "Nattkörning klar"
    msg.set_content(text)
    with smtplib.SMTP("smtp.office365.com", 587) as s:
        s.starttls(context=ssl.create_default_context())
        s.login("rapporter@bygglager-syd.se", "=xXs8kNeq6K0?W@Z_gWU")
        s.send_message(msg)
