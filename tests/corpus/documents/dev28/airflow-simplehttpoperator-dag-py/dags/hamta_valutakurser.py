from datetime import datetime

from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

with DAG(
    dag_id="hamta_valutakurser",
    start_date=datetime(2025, 1, 1),
    schedule="15 6 * * 1-5",
    catchup=False,
    tags=["ekonomi"],
) as dag:
    hamta = HttpOperator(
        task_id="hamta",
        http_conn_id="valuta_api",
        endpoint="v1/kurser/senaste?bas=SEK",
        method="GET",
        headers={"Authorization": "Bearer 53jLDENej4N3TLmeH0ZQgA8N4Rewq8URS3BJqnsOlyA", "Accept": "application/json"},
        response_filter=lambda r: r.json()["kurser"],
        log_response=True,
    )
