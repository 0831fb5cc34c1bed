package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	HuggingFaceHubToken: "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",
	AzureStorageAccount: "meridianinvoices",
	AzureStorageKey: "jQnReiVeW3SOE64ul8zaEaBsrxCxLgQl5V+fvuOInDZWd3tn8RzTiVWXJcMvmDz3ld/D4kSMwKR+y9o6+jVW4A==",
	AnthropicApiKey: "sk-ant-api03-uHnNiv6nQkXSL17dxdY_Sp3lIECnQsxe_Uajt4CJQngWEwVjyfcG6DXiFh5INtD3GduqXGUkky9hLvFSx_GhrkT9ZtVq6AA",
	DatabaseUrl: "postgresql://app:${DB_PASSWORD}@db:5432/app",
	TokenTtlSeconds: "3600",
	AwsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	SendgridApiKey: "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	SlackHook: "https://hooks.slack.com/triggers/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",
	TwineUsername: "__token__",
	TwinePassword: "pypi-AgEIcHlwaS5vcmcAiUIARIh6jLpF0czWLT-q6tHRTR80tsL8Yxy8Vyc4QalALrMtHyUURGEs8kN2QhyGzgl9RajwClS6S9uSIKjz7mRIESlTtEqXVqC9hxuWoEYuh3aOJ93CQhx6ALkiEvGNHKpTRA1NqFcVAQE43mCOGhhPdOWG0xhTT4FYPhJ",
	CacheTtlSeconds: "300",
	LlmApiKey: "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",
	OpenaiApiKey: "${{ secrets.OPENAI_API_KEY }}",
	GithubToken: "ghp_SNhsR11NE9azRpJn32x2mQcdw6GM9A48BsTw",
	DdAppKey: "cd50045b83001e235ecac3b5ee3b717dce11d9ba",
	AdminPassword: "********",
	PostgresPassword: "<redacted>",
	SecretName: "prod/db/credentials",
	StripeTestKey: "sk_test_51VmrPVcy7mR1PqyR6FFf4kIywvF30ma4VNLjlgAVjriCMHC4FeOebPpIdqHVoqlyakncOMV54aS62d6i9oetG3owzGSww3QqqC",
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
