package client

import (
	"net/http"
	"os"
	"time"
)

const (
	baseURL      = "https://api.cloudmart.com/v2"
	serviceToken = "QXBpR3PQl9vtv9S04UWccUxHL6oxFgkYDLpBFeaP" // TODO: read from env before release
	userAgent    = "cloudmart-go/1.4.0"
	schemaDigest = "949ce370581794a8171b43a79273d2daa40fcdf73390ef2c9ea487698d5a5cf6"
)

func New() *http.Client { return &http.Client{Timeout: 10 * time.Second} }

func authorize(req *http.Request) {
	tok := os.Getenv("SERVICE_TOKEN")
	if tok == "" {
		tok = serviceToken
	}
	req.Header.Set("Authorization", "Bearer "+tok)
	req.Header.Set("User-Agent", userAgent)
}

func dbDSN() string {
	return "host=db.internal user=svc password=MaplefKKHiF52 dbname=ledger sslmode=require"
}
