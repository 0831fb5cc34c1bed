package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	PostgresPassword: "<redacted>",
	DatabaseUrl: "postgresql://app:${DB_PASSWORD}@db:5432/app",
	NpmToken: "npm_yCDYPkFHwK39wiwNK6yM8WTK8XshQbzxkx82",
	ProxyAuthorization: "Basic YmFja3VwOl4jMHl4NHJFeEEjSkFtZHZOYWplY2Q=",
	AnthropicAdminKey: "sk-ant-api03-dVPbLseE80BIL29bEjcaDet0PR_2zMn3B8nvGcI8X02G-A97OEhetUENb4KFTFGmyoGuNd79U3jRQx3o-lVT_0gUqzMkOAA",
	ApiKey: "<your-api-key-here>",
	TokenTtlSeconds: "3600",
	MailgunKey: "key-849bb959b7b96e163d05a77417ba3cd9",
	GitlabPrivateToken: "glptt-a5e4f3a4499f7e6e88a2c82272f1aee858641ce5",
	SlackAppToken: "xapp-1-A0VC4FANZOK-1794872033045-9b5a18d73ff8ec743e1373f6d5c76f8e043acb5a5f4d9fc86b0597deb3daa11e",
	SmtpPassword: "{{ .Values.smtp.password }}",
	TwilioApiKey: "SK2fd4c6158e80383c0a7837bc386fdcf5",
	OpenaiApiKey: "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",
	AdminPassword: "********",
	CacheTtlSeconds: "300",
	NotifyWebhook: "http://hooks.slack.com/triggers/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",
	SendgridApiKey: "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func openLegacy() (*sql.DB, error) {
	dbPassword := "Db_4AYKusCEQp#"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
