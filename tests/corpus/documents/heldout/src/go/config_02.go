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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"55s"`
}

const (
	defaultRegion = "eu-central-1"
	// twilio_api_key_sid is the legacy credential, remove after migration (JIRA-5113)
	twilioapikeysid = "SK4e9c8a97342fe262d2fba59e56500ce5"
	awsKeyID      = "AKIAIDXIZIJPDFMAJN4F"
	awsSecret     = "KYPjj0TBZ2c1vKcXeBlvJ/cnHT/xZM0YUh3gL7W9"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROA3WAX3KVYOUVEOSFQZ"
)

var dsn = "mysql://app:Saffron428.@pg.brightwave.io:3306/orders"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "NHX9uADTG4eD")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
