package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	MailgunApiKey: "key-c045219d0a747377fa53983c7b411514",
	DbHost: "198.51.100.80",
	DatabaseUrl: "postgres://user:pass@localhost:5432/db",
	DatadogAppKey: "2f2946d4be22ca08334615ede54197649aa26af4",
	AzureStorageAccount: "acmeprodassets",
	AzureStorageKey: "e9w9Rbm0qeQHUm22LxtQU+8kn2M//JZXIXovKj3v17hipmN00HT1fh4T5H9lfc6lwxmplnnsnVe/84e18bVKUQ==",
	AnthropicApiKey: "sk-ant-api03-G1B3ZV9gkvjhqQhK4e6FGNlEGJ5C3FkhZBjHGCxzJN3OxfjEt6YPT_LVWqLut0eH-nwu-kvDSbXqIcgLiXAM6wXj_5URNAA",
	UvPublishToken: "pypi-AgEIcHlwaS5vcmcAiUIARIh63Nv9xIKUJEf0atUThLHOtfmTAJfhhxYf3-dl9z3R9uDTofZpD2BWi76o5q6x7bt3DM3LIZkv43uk_KQUEMVHm7EHhuyulG_3ml3NsIyMDE3GIx9ySVGJtGiBYp1ZoF6GgHASHsC8QIDnBXe1WSZWi3wtshUph_4gosESyKkqdM8NJ3OcfrUa1IsEaEVyWKdVPT-lPm-b3kC4g9CSJvlmuX9ams5e-lji_A",
	Ports: "80,443,8080,8443,9090",
	SmtpUser: "apikey",
	SmtpPassword: "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",
	SecretName: "prod/db/credentials",
	ApiKey: "<your-api-key-here>",
	SlackRefreshToken: "xoxa-2-498497072749-454948028347-835948706136-c2384e07d30ca4130798f4fecd50a820",
	IdToken: "eyJhbGciOiJFUzI1NiIsImtpZCI6IllvQVlOWllVbU9YSHkxT1dsV0VPeHkxZklvaSIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubm9ydGh3aW5kLXRyYWRlcnMuY29tLyIsInN1YiI6IjgwNjQzNzk0IiwiYXVkIjoib3JkZXJzLXNlcnZpY2UiLCJpYXQiOjE3MTcxOTg1NDMsImV4cCI6MTcxNzIwMjE0Mywic2NvcGUiOiJyZWFkOm9yZGVycyB3cml0ZTpvcmRlcnMiLCJqdGkiOiJkYjgwODE4YzNmZjVkZGExIn0.SOpdesHKb4Pmbz56DL042GWNUdoWBKYQ3hTUAgUcNdX1hkGZJKCKnjj0TYBOCXCQxfjP9Vww3LG1ejvxB9CqSQ",
	TwilioApiKey: "SKdd4498f779b53f9b3a595f704eb05321",
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
