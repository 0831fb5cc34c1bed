package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	AlertmanagerSlackUrl: "https://hooks.slack.com/services/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",
	SlackAppToken: "xoxe.xoxp-1-5jwy79WhKIU3mA8erWwvhbArI7OcuhuQ7wiJY2Z5Z2ttkV8vIj9UI9EPOLsa4RuXTAXu8EoER6m7isn7LRJvbJrlBcHTmJPJU9twRh7UhomTtHAggcgjFrvjKEr2niJ0J2yniId7IqgUvOfhQPGFMnX5UUKr9lzouSK",
	DdApiKey: "d62225a502b2dd078275a5f78e7987e7",
	OpenaiApiKey: "${{ secrets.OPENAI_API_KEY }}",
	TwilioApiKey: "SK4a4aa3dbceef3f295e5de58a50e863fd",
	AuthHeader: "Basic d2ViaG9vazpIZUNlMkZmTk5jbjdDRVdCU2pQ",
	DbPassword: "changeme",
	BuildId: "6979ef65-fdf6-4c8d-9b7d-5ddbb61bfae6",
	HfToken: "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",
	StripePublishableKey: "pk_live_51cvmbRKiEjdaM1hPDXle0gRtWKeF2H27hTAsictZEAysiez6C2n9Vo4RNf8PUo65Pq9nClw4fblvINJBeyX1uTaXSw53lBp7Uc",
	SecretKey: "xxxxxxxxxxxxxxxxxxxxxxxx",
	NpmToken: "npm_PrjqxY9cvvG8RMNU8p9MPyDUJgSHOSjeA1Fo",
	AzureStorageAccount: "kestrelbackup",
	AzureStorageKey: "mYF5gaTjmVWsD+eYqgWGYGl7A/SWBKH1e3jcxUfLYoYPSU4b+ujhUTzu32hf2tS4PR3PN1BFAoDV5jGQjkF4pg==",
	StripeKey: "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",
	SnmpPollOid: "1.3.6.1.4.1.2021.10.1.3.1",
	AllowedHosts: "api.internal,localhost",
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
