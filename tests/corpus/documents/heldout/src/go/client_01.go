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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"24s"`
}

const (
	defaultRegion = "eu-central-1"
	// shopify_token is the legacy credential, remove after migration (JIRA-441)
	shopifytoken = "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"
	awsKeyID      = "AKIAB2RYYL3VHJVC5RFR"
	awsSecret     = "yVeiD5wtWvDdFbxEqoEIVFPh8JfqUN1ntBAO+2qn"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAXRQ76LJM7VKWD6MEO"
)

var dsn = "redis://:55g1Tgi1sFSlxOkHsdqp@mongo-0.mongo.svc.cluster.local:6379/0"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "Copper213!")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
