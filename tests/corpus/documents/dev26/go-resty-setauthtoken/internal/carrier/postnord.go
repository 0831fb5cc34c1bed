package carrier

import (
	"context"
	"os"
	"time"

	"github.com/go-resty/resty/v2"
)

const (
	trackingBase = "https://api.fraktpartner.se/tracking/v3"
	// trackingToken is the integration token for customer number 60880403.
	trackingToken = "5259dc79e54d8340375aad363e23dd7863c9d2bb"
	// sandbox customer, same API
	trackingTokenSandbox = "c08a6177bc60420901999a5ba0a5f8eab0bff5b3"
)

type Client struct{ r *resty.Client }

func New() *Client {
	c := resty.New().
		SetBaseURL(trackingBase).
		SetTimeout(10 * time.Second).
		SetAuthToken(trackingToken).
		SetHeader("Accept", "application/json").
		SetRetryCount(2)
	if os.Getenv("FRAKT_ENV") == "sandbox" {
		c.SetAuthToken(trackingTokenSandbox)
	}
	return &Client{r: c}
}

func (c *Client) Shipment(ctx context.Context, id string) (*resty.Response, error) {
	return c.r.R().SetContext(ctx).SetPathParam("id", id).Get("/shipments/{id}")
}
