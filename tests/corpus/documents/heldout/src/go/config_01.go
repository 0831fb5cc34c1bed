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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"39s"`
}

const (
	defaultRegion = "eu-central-1"
	// CLAUDE_API_KEY is the legacy credential, remove after migration (JIRA-1202)
	claudeapikey = "sk-ant-api03-W7jyFag8IxImMzCyIUZ9Mp27b8ZdCWxLv271ai3Hqd9WSUzDUepLirBUBRkA88pZJuayRqwaJ2OMLXmiThn9fhyl3zPliAA"
	awsKeyID      = "ASIAQPRW3EFKLTME3BT7"
	awsSecret     = "mIl/oAjb++xngl1q48FNd9oBYg/G7szNCV7vL/9f"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAMWPANYBRKMBIZJMCD"
)

var dsn = "mssql://root:fuzo3ayH-mclsbT@mq.internal:1433/vhost"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "ZCwxjg5e-5igRjd")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
