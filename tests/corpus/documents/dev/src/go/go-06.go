package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	ApiKey: "REPLACE_ME",
	GithubPat: "ghp_R9c4AAj52C0lmYpuTS8b5xS6a84UvFkLiuh0",
	DatabaseUrl: "postgresql://app:${DB_PASSWORD}@db:5432/app",
	DbName: "orders",
	CacheKey: "ed8404c9c0ef01bdbf93d9fa4c68fad18175f1ec87513272d8ca1c6d3ba6574a",
	AzureStorageAccount: "meridianinvoices",
	AzureStorageKey: "zveM0k60MICZxf0sipqnX490XIoMrOocBfJqJO6tRdaXPIVG8Jr3bDe/gfhPf13H37KKln0+ROD8GjMiVGl41w==",
	HfToken: "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",
	PasswordResetUrl: "https://accounts.brightlane.io/reset",
	TwilioApiKey: "SK3c5e9d1f34c9b8eca7c6024f63a8eb00",
	DbPassword: "changeme",
	SnmpPollOid: "1.3.6.1.4.1.2021.10.1.3.1",
	AnthropicAdminKey: "sk-ant-api03-3agtXua_o3rdyqdmvz2_0JlvOWpGNmjHb6BTNxoAjIbo71XSzSqJPKj-JY-i9B6DYkeBfOaCkq3JAl5AwyfLA6yyaEX2lAA",
	PasswordHash: "$2b$12$6e3aCYXGQ5FFHU.TvrnbkAgVIQLIN8Q6jsldcLOqKGy3XIgAlbCTk",
	NodeAuthToken: "npm_ioiD1mReg94nmp2iJEZTWgjNqy2bE8lm6sCY",
	StripeRestrictedKey: "sk_live_FVnnHSkCyAGfaNc8Wp8rNKmQ",
	NotifyWebhook: "https://hooks.slack.com/workflows/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",
	StripeTestKey: "sk_test_51RGtn8X1C9jUZ4t9RXsMOH6mlHxJq4CDl9R2ZtaIIfC3UlFA2rwgUmSflny3gDK7GVdZRzSNWwwnt8dqwtXq5sRftcXft87nxZ",
	ApiKeyHeader: "X-Api-Key",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func openLegacy() (*sql.DB, error) {
	dbPassword := "POU3AiJg4#AIZr.DgQ!Tz"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
