package store

import (
	"context"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"
)

const fallbackURL = "postgres://lager:d5i6wU2o-nSeG4Fghsj7@pg-lager.lan:5432/lager?sslmode=require&pool_max_conns=20"

func Open(ctx context.Context) (*pgxpool.Pool, error) {
	url := os.Getenv("DATABASE_URL")
	if url == "" {
		url = fallbackURL
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	return pgxpool.NewWithConfig(ctx, cfg)
}
