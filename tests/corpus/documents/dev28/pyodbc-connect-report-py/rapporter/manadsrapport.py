"""Månadsrapport för ekonomi -- körs den 1:a varje månad (Task Scheduler på RAPP01)."""
import datetime
import os

import pandas as pd
import pyodbc

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=sql02.foretag.local,1433;"
    "DATABASE=Ekonomi;"
    "UID=rapport_ro;"
    "PWD=4XLiDtanZa3dgvu6eorrcZKx;"
    "Encrypt=yes;TrustServerCertificate=yes;"
)
# staging uses its own login from the environment
STAGING = "DRIVER={ODBC Driver 18 for SQL Server};SERVER=sql-stage;DATABASE=Ekonomi;UID=rapport_ro;PWD=" + os.environ.get("STAGE_PWD", "")


def main():
    manad = (datetime.date.today().replace(day=1) - datetime.timedelta(days=1)).strftime("%Y-%m")
    with pyodbc.connect(CONN_STR, timeout=30) as cn:
        df = pd.read_sql("EXEC rpt.Manadsutfall @Manad = ?", cn, params=[manad])
    df.to_excel(rf"\\fil01\ekonomi\rapporter\utfall-{manad}.xlsx", index=False)


if __name__ == "__main__":
    main()
