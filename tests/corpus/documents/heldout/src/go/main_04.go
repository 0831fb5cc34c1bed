package client

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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"55s"`
}

const (
	defaultRegion = "eu-central-1"
	// NPM_TOKEN is the legacy credential, remove after migration (JIRA-3726)
	npmtoken = "npm_e7erjh4FAXlo0CAgUFaOZyTbRudvQOq2bIaO"
	awsKeyID      = "AKIAXI7QBDCMAPFVCSMM"
	awsSecret     = "tc1VDvUzdrChwIOj7rVj0o6SdI3/w4+hdBF5Lbcf"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAE6NPMWOXFTWBHR7PN"
)

var dsn = "redis://:2CkcPj6l_l6lkNy@mongo-0.mongo.svc.cluster.local:6379/0"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "6pnDCGQYbsMVz3HH")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
