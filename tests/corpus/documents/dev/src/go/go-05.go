package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	ClaudeApiKey: "sk-ant-api03-Uk50VBTSXeGf9JT0G21pLe-wN13GhlkSkQEhyylhB2KDhBPHt6ZUEigsp8i_aemi9mGBvCBhgEgzFYm-PCE7xukF8adIhAA",
	TokenTtlSeconds: "3600",
	NpmToken: "${NPM_TOKEN}",
	DrNpmToken: "npm_BNGTK2GIPyqPZ2aAIfZxzkpiBMhkytw1GjR3",
	SlackAppToken: "xapp-1-A0G71I3BQNP-6629905123371-b0f5c921db00da028493a5665c12967c068e73975d2ca0100062419438bf45ef",
	AppVersion: "0.4.12",
	AuthHeader: "Basic Y3JtX3N5bmM6QlRVYjA4ZkRiZ3lvVGI1MQ==",
	AwsUserId: "AIDAXIDRCY5TFTXRVR63S",
	GithubToken: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	MailgunKey: "key-46f7643f975831714a858cda9ab9261d",
	LlmApiKey: "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",
	SecretKey: "xxxxxxxxxxxxxxxxxxxxxxxx",
	AssetSig: "GZ8uTSTo4yTjhyvNPOJIAIzaSyQ9cLKmgUBa3QKma1HRm74OgvS6gqTTICe/NaUy1md3+qWYwSriB3GT+q+xOiEqK",
	RedisPassword: "",
	HuggingfacehubApiToken: "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",
	PypiApiToken: "pypi-AgEIcHlwaS5vcmcAiUIARIh7gymoCWJ_FHiYZAEDkO983HK13J9lABE1yVTCmlLe-_NrnWI4eg9JLywznDsMfqSH97IlzW4z6saaNPxPmxLtpP2kwxokEmupUXp7IiCiWrXR8yGsmWJD7QJISXivERtUj-yitAv_u7Z3jBxQhJhVQyIGMJwbFc1",
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
