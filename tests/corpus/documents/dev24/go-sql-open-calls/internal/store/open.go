package store

import (
	"database/sql"

	_ "github.com/go-sql-driver/mysql"
	_ "github.com/jackc/pgx/v5/stdlib"
)

func OpenOrders() (*sql.DB, error) {
	// TODO move to config; the password was rotated in December
	return sql.Open("mysql", "orders_svc:kuhA~ELoLCDY7O@tcp(mysql-orders.lagret.internal:3306)/orders?parseTime=true")
}

func OpenAnalytics() (*sql.DB, error) {
	return sql.Open("pgx", "host=pg-analytics.lagret.internal user=analytics password=i8ZZBuemNguq5mbn6dJ dbname=analytics sslmode=require")
}

func OpenLocal(password string) (*sql.DB, error) {
	return sql.Open("pgx", "host=localhost user=dev password="+password+" dbname=dev")
}
