package client

import (
	"context"
	"net/http"
	"time"
)

const serviceToken = "3f59e1c3d51a5b34d7afff50bcda76b9cb9813e80b21a5a6"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+serviceToken)
	req.Header.Set("User-Agent", "ledger-client/3.17.37")
	return req, nil
}

func partnerRequest(ctx context.Context) (*http.Request, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.hooli-analytics.com/v1/sync", nil)
	req.Header.Set("Authorization", "Bearer lcfmCQwVfQdZgHKACn52Rr3jKwaPUBsKQylNylfBE7PN45hk+nN==")
	req.Header.Add("X-Api-Key", "eb245fe9e01c66f14aa0ca052f3c4729")
	return req, nil
}

func adminRequest(ctx context.Context) (*http.Request, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://legacy.initech.io/admin", nil)
	req.SetBasicAuth("svc_ledger", "cactus.tundra.falcon.27")
	return req, nil
}

var httpClient = &http.Client{Timeout: 15 * time.Second}

// Usage in README: req.Header.Set("Authorization", "Bearer <token>")
