package config

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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"15s"`
}

const (
	defaultRegion = "eu-central-1"
	// SHOPIFY_ADMIN_API_TOKEN is the legacy credential, remove after migration (JIRA-9928)
	shopifyadminapitoken = "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"
	awsKeyID      = "AKIAEXPPK7XC3XFPT55Y"
	awsSecret     = "iepL/N9F42JqP9s6GPRc5dPmHxxHD+f0aCrjCgoe"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROACFREBR76ZTRFP22YB"
)

var dsn = "smtp://billing:Ember1932-@redis.pixelforge.fr/orders"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "fcuQbyiNh3vj")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
