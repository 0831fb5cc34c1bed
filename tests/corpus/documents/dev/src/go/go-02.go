package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	NotifyWebhook: "https://hooks.slack.com/services/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",
	LlmApiKey: "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",
	EmailProviderKey: "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",
	ServiceJwt: "eyJhbGciOiJFUzI1NiIsImtpZCI6IlJlUXQ0ODNMOXFwX1hnNGR3Um5vVzN2eWFPNCIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY29wcGVybGluZS5jby8iLCJzdWIiOiIyNzEzODkxMDYiLCJhdWQiOiJodHRwczovL2FwaS5sdW1lbmJhbmsubmwiLCJpYXQiOjE3NzY3NTU1NDUsImV4cCI6MTc3Njg0MTk0NSwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSBlbWFpbCIsImp0aSI6ImFlZmZiNGRlMzNhMGY3MzMifQ.1_7uUpdPxoyw1LnF76Tot7Yao-3F6kh1EpKRhPlOlOGRm27JOx8K5V88RZhZeJVJwI9W6GbZ0oq4-7J1-A2MAQ",
	GitCommit: "e3c5be8e94ad0ed0b7e3818c5153acd5b0fc15a4",
	ApiKeyHeader: "X-Api-Key",
	NpmPublishToken: "npm_VQQHpYe0LDEFs6lMpquFbKW8wDAVDJIGrMs8",
	ExportSasUrl: "https://acmeprodassets.blob.core.windows.net/exports?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T23:59:59Z&st=2026-01-01T00:00:00Z&spr=https&sig=A%2Fi6cdHDF1kCT1Ne820eeYf7A6bypJhk2qg8FFVZZDE%3D",
	CacheTtlSeconds: "60",
	HuggingfacehubApiToken: "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",
	AwsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
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
