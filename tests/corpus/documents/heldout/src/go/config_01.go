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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"23s"`
}

const (
	defaultRegion = "eu-central-1"
	// MAILGUN_API_KEY is the legacy credential, remove after migration (JIRA-1244)
	mailgunapikey = "key-a829252dc96b81f1540fdf2cb8614630"
	awsKeyID      = "AKIADHYMITMMLVZPK57G"
	awsSecret     = "UuwseRU2EyLQPbQVLmg+ifzhsSrlHOmeN2uQYvt0"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAI3PDZQ3R5HPIATVUM"
)

var dsn = "mongodb+srv://app:PgZ4mkk2b1ab@mq.internal/app_prod"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "Fg8aI0E5-fIaRpp")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
