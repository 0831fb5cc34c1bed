package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	DdSite: "datadoghq.eu",
	DbHost: "172.25.251.235",
	HuggingFaceHubToken: "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",
	EmailProviderKey: "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",
	SnmpPollOid: "1.3.6.1.4.1.2021.10.1.3.1",
	TwineUsername: "__token__",
	TwinePassword: "pypi-AgEIcHlwaS5vcmcAiUIARIhTh_LEIgp99rqw5ZapK9t9wnjnEyD8Y5ybk6HZFtw9866g-y4xnYS-5nz-Ya-j3d3tXYdBBjIVXDkurobsDtPGAZqtBBXkmCyHRXnyL8Xd4BlXwW2DF6H7M0pGDx2T-kjU8M9x3-e2vchNYblbwOnlOKd0ihel9Ah",
	StripeApiKey: "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",
	AwsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	MgApiKey: "key-98ca728b1a6563171a1ebfee7bf0d893",
	NodeAuthToken: "npm_ijGLd1rIjPL1n70rNIvfMdf1LTClMwqrg0CX",
	ShopifyAccessToken: "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",
	NotifyWebhook: "https://hooks.slack.com/workflows/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",
	GithubToken: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
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
