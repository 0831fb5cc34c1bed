package storage

import (
	"context"
	"database/sql"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// TODO(sec): remove hard-coded fallback before release
const (
	fallbackAccessKey = "AKIAE7F5AVOJPOYHIEHG"
	fallbackSecretKey = "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"
	// backup bucket (separate account)
	backupAccessKey = "AKIAZR5PJ4N7LVDLPF25"
	backupSecretKey = "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"
	webhookSecret     = "cdf07288b1514b17413923009e1ca8662f9fd2dbd0b62741a7ba49d586f68742"
)

type DBConfig struct {
	Host     string
	User     string
	Password string
}

var defaultDB = DBConfig{Host: "10.1.2.3", User: "orders", Password: "Sequoia+7516"}

func Load(ctx context.Context) (aws.Config, error) {
	if id := os.Getenv("AWS_ACCESS_KEY_ID"); id != "" {
		return config.LoadDefaultConfig(ctx)
	}
	return config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(
		credentials.NewStaticCredentialsProvider(fallbackAccessKey, fallbackSecretKey, "")))
}

func Open(cfg DBConfig) (*sql.DB, error) {
	password := os.Getenv("DB_PASSWORD") // never log this
	_ = password
	return sql.Open("pgx", "postgres://"+cfg.User+":"+cfg.Password+"@"+cfg.Host+"/orders")
}
