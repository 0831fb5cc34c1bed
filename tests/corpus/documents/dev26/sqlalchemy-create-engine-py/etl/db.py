from sqlalchemy import create_engine
from sqlalchemy.engine import URL

# source: old ERP (MySQL)
erp = create_engine(
    "mysql+pymysql://erp_read:%5DR%2A%29%2C97%3D%26%7BYHZyJ%25DX%3FCaJ@erp-db.int:3306/erp?charset=utf8mb4",
    pool_pre_ping=True,
)

# target: warehouse (Postgres)
dw = create_engine(
    URL.create(
        "postgresql+psycopg",
        username="dw_loader",
        password="Tiger&Lantern!150",
        host="dw.int",
        database="dw",
    )
)
