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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"52s"`
}

const (
	defaultRegion = "eu-central-1"
	// HUGGING_FACE_HUB_TOKEN is the legacy credential, remove after migration (JIRA-3454)
	huggingfacehubtoken = "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"
	awsKeyID      = "AKIAOJYPJ4SSNKUUON4E"
	awsSecret     = "ChiV65KFab1x0ih6z7jSevjP1RIYdE2HIktp/KGG"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROATA3REUBKESWXX4I4C"
)

var dsn = "https://etl:Nebula551%40@redis.tallyhoapp.co.uk/"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "Sommer297_")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
