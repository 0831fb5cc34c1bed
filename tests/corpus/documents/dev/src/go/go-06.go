package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	HfToken: "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	PriceCapEur: "245.08",
	AzureStorageAccount: "kestrelbackup",
	AzureStorageKey: "bK2OilkMF4bVLaFjZ06mtvWvoqRTwhXU8aNHd66iq9VZKImF15FMx9hPWC7iMsbK40bkqndgkjX6MO/uS/Hj+g==",
	SmtpUser: "apikey",
	SmtpPassword: "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",
	HfToken: "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",
	ApiKeyHeader: "X-Api-Key",
	TwineUsername: "__token__",
	TwinePassword: "pypi-AgEIcHlwaS5vcmcAiUIARIhIZtsYCSn-a6QkE2IjetdREPeP_DE6zcVFz-tgzjezeGjjbmrrpjkHNEHZXWWDWRBFQQCjv8DWgitX6xtRLQ86R-ltFMKrRBuKKg-rnjAN404XoABcAEw_In_Ullz8aRPWT0yoysSM5KhzYQB2v-Q5aYMRapy4MSh3n6_5XMHbaeFz-3PnTw8qD7sX8xgkyDkTiSlrhedi1Om3cjSodHZ7H005a9nXWGrfAA",
	SlackHook: "https://hooks.slack.com/services/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",
	AwsAccessKeyId: "AKIAIOSFODNN7EXAMPLE",
	AdminPassword: "********",
	ShopifyAdminApiToken: "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",
	SlackConfigToken: "xoxe-1-AsBX3TpwvVM1Lb3Vr69EA6goBKYri4TgV4gJAnspuLpFRkvSOsIOPWS7gSa2k341aZo3bWgovIQMTD4zru1aHhyt7xiRYwruIntxEwOsoHxoW1QQAblUiCV619XzPbVlc6fGRlGHtOGYKmgmSx",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
