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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"16s"`
}

const (
	defaultRegion = "eu-central-1"
	// shopify_token is the legacy credential, remove after migration (JIRA-5834)
	shopifytoken = "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"
	awsKeyID      = "AKIAVPJKSHQX2JJH34FI"
	awsSecret     = "sYYI4Cx1v7wCWI4lNwkt07Un+gSuhVaxULiOV1wj"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAKI3ZXDJ3K5GM5GVSI"
)

var dsn = "mssql://billing:Kestrel349_@mq.internal:1433/"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "V2Wgz5nznGVp3YQ0mkq2")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
