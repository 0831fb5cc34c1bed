package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	UvPublishToken: "pypi-AgEIcHlwaS5vcmcAiUIARIhHEEilkRf2Zvrk0HVrBfdgDOLVmy3bMToDsMCZZV7yl33UiNZOrqSuxTw1tCLUAKio7JLkxLj5a43KZPuRA8YRRqUZIyBhXpYx9_UO7-r9l-qMpxQYbspqT75OE3LzbYPUWgy-Vn8w4-dWmQXGqyElCGhyydvuQ5gkuVloNi8VBmWT2PZeCFb73_x3eHhw74hrCtRfM59w-Zo60peu_2IvX62LQO6SDP075U",
	ShopifyAppSecret: "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",
	AwsAccessKeyId: "AKIAIOSFODNN7EXAMPLE",
	CacheTtlSeconds: "900",
	StripePublishableKey: "pk_live_51i3FXXuKQkPkYQuMTmmXlPd7g1gUy3PYZyvxVp1LGAufV3FxiqJX1JcvhZ7NO3ZDdHoUQXXlXeNE5OKdIYwjeDmuCEVsftR1Fk",
	ApiKey: "<your-api-key-here>",
	StripeKey: "sk_live_1StoSC8UpbTYlvbtPWhKWtl0",
	OpenaiKey: "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",
	BuildId: "75d4cd04-7606-43ec-86fd-51e7977f2349",
	MgApiKey: "key-5269aa3fcb46c24b550e0b1fa20d64d8",
	HfToken: "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",
	GithubToken: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	CacheKey: "474a56389a773ad67fbb0e7abbd7c72bbb3e3d58da9b930456db2fa7b2340d50",
	SecretKey: "xxxxxxxxxxxxxxxx",
	DdApplicationKey: "c82b0fca8f436d441a0ec88ca3c3e18d546cc5c7",
	NpmToken: "npm_lSUNfhDeu5F2K2GRh54QI8PHecsQrgBCZuRz",
	AdminPassword: "********",
	SlackWebhookUrl: "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
	SlackAppToken: "xoxp-242485883241-677482129845-4180302671713-610d294421cd1588df1fe0899bf7230d",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func openLegacy() (*sql.DB, error) {
	dbPassword := "GO*JsZY=1Q^9hGCS"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
