package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	GoogleApiKey: "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
	NexusAuthHeader: "Basic cGF5bWVudHM6ZU5hNjNMNWctI3JuRXVPR0w5RG8jTCZP",
	AssetSig: "mD56+wO+aix1zGixSyzzAIzaSyvPIPaRtkYS3GgLUxdqKED6iMw6aUiDPRkxsiAqSBObB7RUfSLuu3Rs7yVaCqOrt",
	InstanceId: "e40ff64f-52da-4489-a4a5-2929aec2f2e6",
	AwsAccessKeyId: "AKIAIOSFODNN7EXAMPLE",
	NpmToken: "${NPM_TOKEN}",
	AdminPassword: "********",
	GithubToken: "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	MailgunKey: "key-f862f5a0f285e839282875b1e26f4293",
	HuggingFaceHubToken: "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",
	StripeTestKey: "sk_test_51lwP2QWpoytdRcYr7NHnEITeENpZ37BHOUrRJBWIom0tRT4RgnLJVO6dfNatyKpfU9gwoisPdeS1aebUmnFNgs2IEdYor3B2to",
	OpenaiApiKey: "${{ secrets.OPENAI_API_KEY }}",
	AzureStorageSasConnectionString: "BlobEndpoint=https://stgnordicgrid.blob.core.windows.net/;QueueEndpoint=https://stgnordicgrid.queue.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bq&srt=sco&sp=rwdlacup&se=2027-03-31T18:00:00Z&st=2026-01-01T08:00:00Z&spr=https&sig=WYYOAY%2FoHyj4GJm82%2FB58JQmedcswf8pfUZRfaisq4E%3D",
	SlackWebhookUrl: "https://hooks.slack.com/services/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",
	AnthropicAdminKey: "sk-ant-api03-czq5FJKLmkemrDg-pT7Ug5bQ2vB2j8PBzD-IotxWeAcn4PAs47k1FaMLqc2jvwJQURksRw-VOJEoSlEAWphxGtojXsKNxAA",
	SmtpUser: "apikey",
	SmtpPassword: "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",
	SecretName: "prod/db/credentials",
	OpenaiKey: "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",
	GlDeployToken: "glpat-iR5E9Cr0xTpdhIJAr7_S",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func openLegacy() (*sql.DB, error) {
	dbPassword := "&8d00e@%+SqNJ0G80qkXZNuz"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
