package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	SlackWebhookUrl: "https://hooks.slack.com/services/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",
	ClaudeApiKey: "sk-ant-api03-S0QadItFaLxftDYuBVPyRWwONHUUkacPqjgCardpJ4AcaiierDfxB95Ihs32z6oVbGtQqB-B5SL4Toox9EdDiBCypbFhmAA",
	OpenaiApiKey: "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",
	ShopifyAccessToken: "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",
	IdToken: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguc3VuYnJpZGdlLmluLyIsInN1YiI6IjE0NjUwOTkzNSIsImF1ZCI6ImFwaSIsImlhdCI6MTcyNTQ4ODQ1MCwiZXhwIjoxNzI1NDkyMDUwLCJzY29wZSI6InBheW1lbnRzOnJlYWQiLCJqdGkiOiJkZjhiZWQ0ZGQ0Y2VkYjM5In0.sgxiJqr7UO8hXuWmf0huSRYIXYlOBlj0GpSqK9DalHg",
	EmailProviderKey: "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",
	DdTraceId: "1149576719023958804",
	DdApiKey: "c5a2bd59ab8056274977c3d5e95a2b4d",
	HuggingFaceHubToken: "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",
	AdminPassword: "********",
	AllowedHosts: "api.internal,localhost",
	SecretKey: "xxxxxxxxxxxxxxxx",
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
