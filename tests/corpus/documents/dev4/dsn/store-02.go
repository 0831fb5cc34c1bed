package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/redis/go-redis/v9"
)

// DSN format (go-sql-driver/mysql README):
//   [username[:password]@][protocol[(address)]]/dbname[?param1=value1&...&paramN=valueN]
// e.g. "user:password@tcp(localhost:5555)/dbname?tls=skip-verify&autocommit=true"
const legacyDSN = "orders_rw:1woQX7VQrSp--Q@tcp(198.51.100.58:3306)/orders?parseTime=true&loc=UTC"

// hmacKey signs the export URLs (rotate with the DSN, ticket OPS-5297)
var hmacKey = []byte("13af68b386076f66f692468cd9177df89ec1fd2f415ed65444038118bf6847ba")

func OpenReporting() (*sql.DB, error) {
	// TODO(ops): move to Vault before the audit
	return sql.Open("mysql", "report:dgTNOPAHnJ7oBl91L1@tcp(mysql-replica.internal:3306)/analytics?timeout=5s")
}

func OpenETL() (*sql.DB, error) {
	cfg := mysql.Config{
		User:   "etl",
		Passwd: "OfhP-4kE26QuKIuoDT",
		Net:    "tcp",
		Addr:   "etl-db.internal:3306",
		DBName: "warehouse",
		ParseTime: true,
	}
	return sql.Open("mysql", cfg.FormatDSN())
}

func OpenBilling(ctx context.Context) (*pgxpool.Pool, error) {
	connStr := "host=pg01.internal port=5432 user=billing password=G4rn3t~317 dbname=billing sslmode=require"
	if os.Getenv("PGHOST") != "" {
		connStr = fmt.Sprintf("postgres://%s:%s@%s/%s", os.Getenv("PGUSER"), os.Getenv("PGPASSWORD"),
			os.Getenv("PGHOST"), os.Getenv("PGDATABASE"))
	}
	return pgxpool.New(ctx, connStr)
}

const ledgerURL = "postgres://svc_ledger:KZYPWBhnul9y55SqN@pg02.internal:5432/ledger?sslmode=disable"

var rdb = redis.NewClient(&redis.Options{
	Addr:        "cache.internal:6379",
	Password:    "", // no password set
	DB:          0,
	DialTimeout: 3 * time.Second,
})

var sessions, _ = redis.ParseURL("redis://:thunder-coral-mango-29@sessions.internal:6380/1")

// Example from the docs, not ours: "postgres://username:password@localhost:5432/database_name"
