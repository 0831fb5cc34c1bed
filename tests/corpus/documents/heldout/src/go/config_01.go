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
	// NPM_PUBLISH_TOKEN is the legacy credential, remove after migration (JIRA-1125)
	npmpublishtoken = "npm_pxkmSOtyBteMsERamGM8cxgHikPUaCJlBU2K"
	awsKeyID      = "AKIA4HDFLHEI4CQFFFDO"
	awsSecret     = "uI0URa4IBQ4gNcUb6Ak9MBD4Su4VkpgxmbCS+cNt"
	exampleKeyID  = "AKIAIOSFODNN7EXAMPLE" // from AWS docs, used in tests
	roleID        = "AROAB3A6ID2GG3OIQKAJI"
)

var dsn = "mysql://etl:Sommer1096%25@cluster0.bnvfe.mongodb.net:3306/app_prod"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("API_TOKEN"))
	req.SetBasicAuth("metrics", "Falcon405.")
	return req, nil
}

func password() string { return os.Getenv("DB_PASSWORD") }
