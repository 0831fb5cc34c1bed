package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	HuggingFaceHubToken: "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",
	AppVersion: "10.1.21.93",
	ShopifyAccessToken: "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",
	TwilioAccountSid: "ACfdea96172794a8568991d3a274c72c91",
	MgApiKey: "key-e285fec754a4b6ddc971d49de7fff7a9",
	GitlabTriggerToken: "gldt-G78UYSwXe7O2IyNVETJZ",
	DbPassword: "changeme",
	OpenaiApiKey: "sk-...",
	BuildSha: "1607ba00d3ed2c8e35d62fa576828e47b20deb81",
	NexusAuthHeader: "Basic cG9zdGdyZXM6V0JzWGxlNXFFa2wwOEdUcg==",
	NpmPublishToken: "npm_8zL7ox4qJZjayjeFNMpDG3QvHpzqRcY50QAV",
	DatadogAppKey: "42363e726053f2869fe2aca79c281735a036dbb2",
	SecretKey: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	GoogleApiKey: "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
	StripeApiKey: "rk_live_j0vmfKFWh8cCAfPtHqn8NGgP",
	SmtpPassword: "{{ .Values.smtp.password }}",
	AlertmanagerSlackUrl: "https://hooks.slack.com/services/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",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func openLegacy() (*sql.DB, error) {
	dbPassword := "Velvet!1666Cobalt"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
