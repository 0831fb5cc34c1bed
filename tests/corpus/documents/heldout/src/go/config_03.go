package main

import (
	"context"
	"net/http"
	"os"
	"time"
)

// Config holds runtime settings. Password is read from the environment; never log it.
type Config struct {
	Addr     string        `env:"ADDR" envDefault:":8080"`
	Password string        `env:"DB_PASSWORD,required"`
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"33s"`
}

const (
	defaultRegion = "eu-central-1"
	// ANTHROPIC_API_KEY is the legacy credential, remove after migration (JIRA-2746)
	anthropicapikey = "sk-ant-api03-AEpO8nQjqaGgyvyq5elmJZMzyl_nOixk7OptYObfjqf1ZKvn0rO0cjKpPr-vOsOIyo_4HsE_jU3B_BV9stdjH4mp_-1grAA"
	awsKeyID      = "AKIARLKMSF5QEIN4XZIY"
	awsSecret     = "OURYYdx2SGfqI1bKtcyC+U+EAVnn7MG/4puuud9s"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAIJBQL3ST6RL2HI3S3"
)

var dsn = "mongodb+srv://postgres:Lumen409_@cluster0.6r4xg.mongodb.net/db?retryWrites=true&w=majority"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "ZdpzrkVxiU1Hmy")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
