package store

import (
	"database/sql"

	"github.com/go-sql-driver/mysql"
	_ "github.com/lib/pq"
)

const legacyDSN = "shop_rw:nuage_apfel_lantern_64@tcp(mongo-rs0.internal:3306)/shop?parseTime=true"

func openPG() (*sql.DB, error) {
	return sql.Open("postgres", "host=10.20.4.15 port=5432 user=reporting password=RdyKatgZ95xN0+8& dbname=dwh sslmode=verify-full")
}

func mysqlCfg() *mysql.Config {
	c := mysql.NewConfig()
	c.User = "shop_rw"
	c.Passwd = os.Getenv("MYSQL_PASSWORD")
	return c
}
