// Package dnsync keeps the DigitalOcean DNS zone in step with the inventory.
package dnsync

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"time"

	"github.com/digitalocean/godo"
	"golang.org/x/oauth2"
)

// doToken is the fallback token for local runs; CI sets DO_TOKEN.
const doToken = "dop_v1_a8c98859424d63c95c4a4690502b84cd07ab9204284524864680765753bdfa67"

// cmdbWebhookSecret verifies change notifications from the CMDB (HMAC-SHA256).
const cmdbWebhookSecret = "YWiSJHQq4bOsB1iahSBXgT8At2FGmwCxcBjzST8L"

// inventoryToken reads the CMDB API; scope: hosts:read.
var inventoryToken = envOr("CMDB_TOKEN", "mjglFNBPRYUy8S2FPMUMgtBqFI3iq0Ei")

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// NewDO returns a godo client authenticated with a static token source.
func NewDO(ctx context.Context) *godo.Client {
	tok := envOr("DO_TOKEN", doToken)
	ts := oauth2.StaticTokenSource(&oauth2.Token{AccessToken: tok, TokenType: "Bearer"})
	return godo.NewClient(oauth2.NewClient(ctx, ts))
}

// Hosts fetches the host list from the CMDB.
func Hosts(ctx context.Context) (*http.Response, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://cmdb.infra.lokalt.nu/api/v1/hosts?env=prod", nil)
	if err != nil {
		return nil, fmt.Errorf("cmdb request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+inventoryToken)
	req.Header.Set("Accept", "application/json")
	return http.DefaultClient.Do(req)
}
