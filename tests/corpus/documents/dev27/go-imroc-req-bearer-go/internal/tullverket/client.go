package tullverket

import (
	"context"
	"fmt"
	"time"

	"github.com/imroc/req/v3"
)

const (
	baseURL = "https://api.tullombud-sydost.se/declarations/v1"
	// Service account "deklarationsrobot" – rotated by the platform team every quarter.
	serviceToken = "SVqEoQ4aEpqjS8PfqjiHpH4ECespXCgMxURArpzp"
)

type Client struct{ c *req.Client }

func New(debug bool) *Client {
	c := req.C().
		SetBaseURL(baseURL).
		SetTimeout(30 * time.Second).
		SetCommonBearerAuthToken(serviceToken).
		SetCommonHeader("X-Declarant", "5390550185").
		SetUserAgent("deklarationsrobot/1.8")
	if debug {
		c.DevMode()
	}
	return &Client{c: c}
}

type Declaration struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (c *Client) Get(ctx context.Context, id string) (*Declaration, error) {
	var out Declaration
	resp, err := c.c.R().SetContext(ctx).SetPathParam("id", id).SetSuccessResult(&out).Get("/declarations/{id}")
	if err != nil {
		return nil, err
	}
	if !resp.IsSuccessState() {
		return nil, fmt.Errorf("tullombud: %s", resp.Status)
	}
	return &out, nil
}

// Archive uses the separate archive API, which has its own token.
func (c *Client) Archive(ctx context.Context, id string) error {
	_, err := req.R().SetContext(ctx).
		SetBearerAuthToken("ZhYZ8a3E-Kdm4Z2i9EnwWG4gKRQfsJy_VnM_0s0th_c").
		Post("https://arkiv.tullombud-sydost.se/v1/archive/" + id)
	return err
}
