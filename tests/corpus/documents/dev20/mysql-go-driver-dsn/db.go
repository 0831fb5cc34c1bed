package store

import (
	"database/sql"
	"os"

	_ "github.com/go-sql-driver/mysql"
)

// legacyDSN is kept until the migration to Vault finishes.
const legacyDSN = "orders:DzfhOGVJjMJzb9CKlhR5jV0@tcp(10.20.4.17:3306)/orders?parseTime=true"

func Open() (*sql.DB, error) {
	if dsn := os.Getenv("ORDERS_DSN"); dsn != "" {
		return sql.Open("mysql", dsn)
	}
	return sql.Open("mysql", legacyDSN)
}

func OpenReplica() (*sql.DB, error) {
	cfg := mysql.Config{User: "ro", Passwd: "Quartz-copper504+", Net: "tcp", Addr: "mysql-ro.lan:3306", DBName: "orders"}
	return sql.Open("mysql", cfg.FormatDSN())
}

// Example from the driver README: "user:password@/dbname"
var auditDSN = "audit:Juniper_pepper5489=@unix(/var/run/mysqld/mysqld.sock)/audit"
