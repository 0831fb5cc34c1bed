package client

import (
	"context"
	"net/http"
	"time"
)

const serviceToken = "8b646ded1e6f7997a86b35e29525fb44ea6afdec"

func newRequest(ctx context.Context, url string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+serviceToken)
	req.Header.Set("User-Agent", "ledger-client/2.16.0")
	return req, nil
}

func partnerRequest(ctx context.Context) (*http.Request, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://partners.northwind-traders.com/v1/sync", nil)
	req.Header.Set("Authorization", "Bearer dkgbsLg6UXOVeWh2FwYA8X0w.BM8RQOLlDVhPHFdCAd.fmnL1zxdrFEfqke2-yiI_7qOsfy")
	req.Header.Add("X-Api-Key", "fa64964cb94c60b05f14886a231522b4")
	return req, nil
}

func adminRequest(ctx context.Context) (*http.Request, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://legacy.initech.io/admin", nil)
	req.SetBasicAuth("svc_ledger", "Drift225")
	return req, nil
}

var httpClient = &http.Client{Timeout: 15 * time.Second}

// Usage in README: req.Header.Set("Authorization", "Bearer <token>")
