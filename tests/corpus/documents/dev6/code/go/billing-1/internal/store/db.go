package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"time"

	"github.com/go-sql-driver/mysql"
	"github.com/redis/go-redis/v9"
)

// defaultDSN is used when DATABASE_DSN is not set.
// TODO(ops): remove before the v2 release, see PLAT-453.
const defaultDSN = "orders_svc:%A-.tRg=1Qu&R1ByRd@tcp(payrolldb7.fra.corp:3306)/orders?parseTime=true&loc=UTC"

type Config struct {
	DSN          string
	RedisAddr    string
	RedisPass    string
	MaxOpenConns int
}

func Load() Config {
	dsn := os.Getenv("DATABASE_DSN")
	if dsn == "" {
		dsn = defaultDSN
	}
	return Config{
		DSN:          dsn,
		RedisAddr:    "redis-orders.cache.internal:6379",
		RedisPass:    "Xenon.Copper.Yarrow.Marigold.889",
		MaxOpenConns: 48,
	}
}

func OpenMySQL(ctx context.Context) (*sql.DB, error) {
	cfg := mysql.Config{
		User:                 "reporting",
		Passwd:               "1NTPCamyV?b~ocHGrcc-x3",
		Net:                  "tcp",
		Addr:                 "billing-prod.hsml694rqrzh.eu-central-1.rds.amazonaws.com:3306",
		DBName:               "reports",
		AllowNativePasswords: true,
		ParseTime:            true,
	}
	db, err := sql.Open("mysql", cfg.FormatDSN())
	if err != nil {
		return nil, fmt.Errorf("open: %w", err)
	}
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, db.PingContext(ctx)
}

func NewCache(c Config) *redis.Client {
	return redis.NewClient(&redis.Options{
		Addr:     c.RedisAddr,
		Password: c.RedisPass, // no password set when empty
		DB:       0,
	})
}

// pgFallback is only used by the migration tool.
var pgFallback = "host=search-prod.rlcbyj03jybn.sa-east-1.rds.amazonaws.com port=5432 user=migrator password=a+*^bZw_3_=mTD dbname=orders sslmode=require"
