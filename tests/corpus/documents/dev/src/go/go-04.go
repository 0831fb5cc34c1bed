package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	EmailProviderKey: "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",
	AwsUserId: "AIDAPY67EPLEWMBILTEVI",
	ApiKeyHeader: "X-Api-Key",
	Ports: "80,443,8080,8443,9090",
	ProxyAuthorization: "Basic Y3JtX3N5bmM6UHIwZF9XNTNtanNGNG1SIw==",
	SlackWebhookUrl: "https://hooks.slack.com/triggers/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",
	DbName: "orders",
	SmtpPassword: "{{ .Values.smtp.password }}",
	HfToken: "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",
	AdminPassword: "********",
	AnthropicAdminKey: "sk-ant-api03-wp_PJzTcZ9e11bJ7Py8lPBwV0WEKM-jIg540IaWX8vKb4vFLrsFPF0UcU2-SbADxLTxBTmqSonlWpCFuhEUGRVSfd2KxkAA",
	PasswordHash: "$2b$12$1IuqELfQuYDPfEcjhmgIntG9RKBSyjiOf9UI7vluU0zT5vJbMzmut",
	TwilioApiKeySid: "SK743052f53eb47a6dcc4b2185111f9f35",
	PoetryPypiTokenPypi: "pypi-AgEIcHlwaS5vcmcAiUIARIhq9zONziYBthyQx1Gu4aXSpnlkhgt6zIGsLmrGPdrbbaMVY99IOVwlRTRjQnGS8Sbe0q1ja0Wd3CTKMAmbXC2SKYR580C0gJ8kxChjDh73G5BmopN9GTN2WAkdIKbW_T4j9ga0B5dit3GqB8WjQrr0bM2jQKGo_ur5nRrh0d2gMWkq-IeoDFjsKhF53gxjvI5c6Jm1Xw-",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func openLegacy() (*sql.DB, error) {
	dbPassword := "tefs7uhzYyxbu%85"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
