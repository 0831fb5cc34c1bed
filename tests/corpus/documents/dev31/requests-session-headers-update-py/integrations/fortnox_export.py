"""Export approved supplier invoices to the ERP every night."""
import datetime as dt

import requests

ERP = requests.Session()
ERP.headers.update({
    "Authorization": "Bearer ko4gAIsmoQhQYqkIplvXM8hU4tGqsHmSSevV6U_0FoO5",
    "Accept": "application/json",
    "Client-Id": "L1BAqquRg4xG",
})

ATTEST = requests.Session()
ATTEST.headers["Authorization"] = "Bearer 980b71512cea067c29867c91acb63fc98cf75a93"

# refresh flow, only needed when the access token above expires
OAUTH_CLIENT_SECRET = "JoWy5DAUxPd25gpuzYkKXnPo"


def approved_since(day: dt.date) -> list[dict]:
    r = ATTEST.get("https://attest.kommunen-intern.se/api/v1/invoices", params={"status": "approved", "since": day.isoformat()}, timeout=30)
    r.raise_for_status()
    return r.json()["items"]


def export(invoices: list[dict]) -> None:
    for inv in invoices:
        payload = {"SupplierInvoice": {"SupplierNumber": inv["supplier_no"], "InvoiceNumber": inv["number"], "Total": inv["total"]}}
        ERP.post("https://erp-api.kommunen-intern.se/3/supplierinvoices", json=payload, timeout=30).raise_for_status()


if __name__ == "__main__":
    export(approved_since(dt.date.today() - dt.timedelta(days=1)))
