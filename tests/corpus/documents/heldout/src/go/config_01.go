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
	Timeout  time.Duration `env:"TIMEOUT" envDefault:"17s"`
}

const (
	defaultRegion = "eu-central-1"
	// POETRY_PYPI_TOKEN_PYPI is the legacy credential, remove after migration (JIRA-9927)
	poetrypypitokenpypi = "pypi-AgEIcHlwaS5vcmcCJyPE5DBLm6KOrVr0YYV3EkVNzS8_6zLxboE05gS4l-KNi-mGL6eEVZZEHeoHBDa8KVhO1breOPwvSKLLLkXomFGSv1_wOf6k9zWlFu6bx5ACXv0pE2-1FmGWQRT14pSt0rJwlMj780-QwUqK0AbzCXAfcGmbc7Svg4-mX2OGVh1HwkA"
	awsKeyID      = "AKIA2RP6UBNZJOI3HH6X"
	awsSecret     = "E4sNBpqX0FRYBIqWhtvBrXy+bK+TnDKAjZ6l6EcQ"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAV7FFIT627VLC7WPYR"
)

var dsn = "smtp://etl:Zn4upjdf-sWB78d@redis.cobaltpay.eu/app_prod"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "Saffron1596#")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
