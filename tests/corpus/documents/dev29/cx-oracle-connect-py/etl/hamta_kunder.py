import csv
import os

import cx_Oracle

DSN = cx_Oracle.makedsn("ora-crm.lan", 1521, service_name="CRMP")


def main():
    conn = cx_Oracle.connect(user="ETL_LAS", password=os.environ.get("CRM_PW", "21WDKFrd8GG1fR-rRO"), dsn=DSN, encoding="UTF-8")
    cur = conn.cursor()
    cur.execute("SELECT kundnr, namn, ort FROM kund WHERE aktiv = 1")
    with open("/srv/etl/kunder.csv", "w", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        for row in cur:
            w.writerow(row)
    conn.close()


if __name__ == "__main__":
    main()
