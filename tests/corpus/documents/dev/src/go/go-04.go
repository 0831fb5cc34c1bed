package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	RedisUrl: "redis://localhost:6379/0",
	AdminPassword: "********",
	StripeSecretKey: "sk_live_E51XCauexl10DMkohFZGBr67",
	SlackWebhookUrl: "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
	ShopifyAdminApiToken: "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",
	ExportSasUrl: "https://acmeprodassets.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=t7Syd5lByzx%2FaHJC2%2BiQPok4%2BUbn73wH3ed5WxU8ynE%3D",
	SmtpUser: "apikey",
	SmtpPassword: "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",
	OtelServiceName: "checkout",
	TwilioAccountSid: "AC4540f2535fc32213f7c4f0ef1312f7de",
	TwineUsername: "__token__",
	TwinePassword: "pypi-AgEIcHlwaS5vcmcAiUIARIh3LDz2zcCr7PrIyYLNLaxq0CTxGeJj4GpoDAwXYeNsrYiufKymhKrrzguC9jUlFqlqs_1KZobB7K1A_0N6gSrt-xiPt5kgURH_j65AXsBtZfoFPIdG-GKO7FtsUwRYNINmm9WxdFNJx3SkLYWNaQAJJwTUzESzeqzWj-7J8WQ1K64PLEXOpmzeaq11TMAyV_tv9_DM-Ip",
	RunnerToken: "gldt-ShRKa-hAe3U6uecPh_jP",
	SlackToken: "xoxe-1-bM5BfuPVHEKn2BzmMQZHXURObxY40v5gCQ1H3Q0RohbRI4MFtL2Jq6PhGzikIbVRctuk92AseWuaLOAZymkphvMil9ethBaIDSsnOeyAlRfF7OS1rY1JxoJzHUPVUXmuVHXQkh7M75N8DgblUq",
	SlackWebhookUrl: "https://hooks.slack.com/services/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",
	GithubPat: "ghp_EAhaX25dmv0GDWnaI6uw1VMizPTpljVjqt4g",
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
