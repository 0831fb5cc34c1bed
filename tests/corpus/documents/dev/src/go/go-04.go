package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	SlackToken: "xoxa-2-497135200843-435221163251-830072257977-e19b591cd0b75238170ff5cdda66e873",
	AnthropicApiKey: "sk-ant-api03-eX7hvEE4lCCETIKyRNk6VfWnwpgyCWOhDowp1Lyeeb4gVDHxxnn6V_UsS-62fc0GZR4mSTqLcvZ0l3l614y7gbq8ztTYfAA",
	OpenaiApiKey: "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",
	PasswordMinLength: "12",
	TwilioAccountSid: "AC32ddf9a4c886137f3e5c98530aeecace",
	TwilioAuthToken: "a3192821a84ab2aeedd452b5e9b3317d",
	DbPassword: "changeme",
	MailgunKey: "key-69cd39a5fa3569a8e878560224f5117a",
	ShopifyAccessToken: "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",
	RequestTimeoutMs: "1500",
	AuthHeader: "Basic d2ViaG9vazpFWEVHTzJBVmFtVTE4QkJkNkVR",
	RunnerToken: "glpat-_wTlOoq0DjO0jNd6eYeEN6Kp9GQo.01.lc9q8cpsy",
	Ports: "80,443,8080,8443,9090",
	SmtpUser: "apikey",
	SmtpPassword: "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",
	DdSite: "datadoghq.eu",
	PasswordHash: "$2b$12$lpk1BzWckg2Qr4x.SxmmseAzo6jBKpYC.FPtEatXjfrvXTkLgKIxW",
	ApiKey: "<your-api-key-here>",
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
