package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	AppVersion: "10.1.46.26",
	CacheKey: "064050082e6aee7ab0a9b431d6bd67b589f26cf265df6baa914285b38bb642e8",
	OpenaiKey: "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",
	DatabaseUrl: "postgres://user:pass@localhost:5432/db",
	TokenTtlSeconds: "3600",
	SlackBotToken: "xoxa-2-531483072350-586148997731-535521375584-e057dad4cada33dc53093a7223c94bbb",
	DbPassword: "changeme",
	DdTraceId: "1221669093332941997",
	ApiKey: "<your-api-key-here>",
	ExportSasUrl: "https://kestrelbackup.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=x3WOQtsm7sI%2BnaB%2BZqwJPUxbSZiOldT%2BTau1pK1q8gQ%3D",
	SlackHook: "https://hooks.slack.com/services/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",
	ShopifyAppSecret: "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",
	Ports: "80,443,8080,8443,9090",
	KafkaBrokers: "kafka-0:9092,kafka-1:9092,kafka-2:9092",
	StripeRestrictedKey: "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",
	TwilioAccountSid: "AC7587ba4e7ec2237afee4670c5342b102",
	TwilioAuthToken: "504221230991f254f01ba63d8371673f",
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
