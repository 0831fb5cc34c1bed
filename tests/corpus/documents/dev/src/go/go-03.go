package config

import "os"

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	AssetSig: "4tcamDBWQsvB+L4lRXPsAIzaSynL653eHbG5649Ta5Kn7FtNw57kCOhLmWfzd/MqZnC2GUyqrnA++UasoWX79uacX",
	SmtpPassword: "{{ .Values.smtp.password }}",
	TwilioApiKeySid: "SK110b4e277acf87b4fcbe1e536b4cf170",
	GitlabTriggerToken: "glpat-P8Qkg_0PIOMmk4yfiptWmSHQi5I7.01.aqa1wlu6f",
	AwsUserId: "AIDAW5VXS35UT2YE6H7FZ",
	ShopifyAccessToken: "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",
	AuthHeader: "Basic cGF5bWVudHM6RjRpT0QyM1JTN1g0b2ZWTjY=",
	SecretKey: "xxxxxxxxxxxxxxxxxxxxxxxx",
	EmailProviderKey: "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",
	HomebrewGithubApiToken: "ghs_Ypod5Pq4DYfPAvH2HeTcxrcZxhnhEPM3ev83",
	UvPublishToken: "pypi-AgEIcHlwaS5vcmcAiUIARIhD_Tcjl92LBiHDk5XJsr_FNhG6tIT1oPGXGXqWX-tGvwC3UgaRGs40znRTnAg9LYHc3o2a-OSmDwjej5PJ2i1uU9ROpvdNvJX9dLwtBnEruGb0OOv2cfLnpp0yKUX2oFwpGnR2gBSJQY3hypwQGpQAzgHSGwIwL6Y8CFhWaw1rL8Vbncr6KKy73TaZzRvw0s3tz6rrCTr",
	AzureStorageAccount: "brightlanelogs",
	AzureStorageKey: "/SH8sbfAvQuNGmgh44COuK/+jUoKXE41R/GmijAQQvPueUaSc2xU9t7vDnMWclEaxLAByOS1VKEyNOqdge4yXQ==",
	AwsSecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
	MailgunKey: "key-59bd312455a5497b37d09de6fa5268de",
	AllowedHosts: "api.internal,localhost",
	AdminPassword: "********",
	DdSite: "datadoghq.eu",
	PasswordHash: "$2b$12$elXJwkjW0sBxjyYv9EbhPPW3DeMBYf7viYPTiKKIeEYgOyKkmoJJ7",
	OpenaiApiKey: "${{ secrets.OPENAI_API_KEY }}",
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
