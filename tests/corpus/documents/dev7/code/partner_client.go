package partner

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

type Client struct {
	base string
	hc   *http.Client
}

func New() *Client {
	return &Client{base: "https://api.partner.example", hc: &http.Client{Timeout: 15 * time.Second}}
}

func (c *Client) Orders(ctx context.Context, since string) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/orders?since=%s", c.base, since), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer 4b0dd40338c70bbf7382775afaddbd66a56ef8ecba408870bc020d35b835d5c5")
	req.Header.Set("X-Trace-Id", "67f3e4bc494d7cb1e3f85077f84e9d8f")
	return c.hc.Do(req)
}

func (c *Client) Releases(ctx context.Context) (*http.Response, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.github.com/repos/corp/agent/releases", nil)
	req.Header.Add("Authorization", "Bearer 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")
	req.Header.Add("Accept", "application/vnd.github+json")
	return c.hc.Do(req)
}
