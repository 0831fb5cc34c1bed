package config

import (
	"database/sql"
	"fmt"
	"os"
)

// Defaults for local runs. Production values come from the environment.
var Defaults = Config{
	SlackToken: "xapp-1-A00RYE26748-3230327350085-c98c2ad874bb30027b486c994437a92652cee93cf8a01c2cbf58ffc9c98d2f32",
	GoogleApiKey: "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
	SecretName: "prod/db/credentials",
	ApiAuthHeader: "Bearer PCaDIRIG8pAtJkn8xrSsbP8cvna/aHpC/BzowhGFB/cn",
	ShopifyAppSecret: "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",
	SecretKey: "xxxxxxxxxxxxxxxx",
	NodeAuthToken: "npm_mTSqFjxn6jIm1mfEjrHf5kfIOHLOJHKYgEI1",
	AdminPassword: "********",
	AwsRoleId: "AROA6TC6DW6GTFYHTI5OS",
	GitAuthToken: "ghp_CO7rbElFWyyoi9rRtTmWEzLtqjuUTqKgY4sp",
	StripeKey: "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",
	CacheKey: "8c6411248e492a0a6fd45770002f9bbcaed1c766926ad10ff3b8c4dae3833fa3",
	AzureStorageAccount: "stgnordicgrid",
	AzureStorageKey: "wFonlZglovss1MJ2+Yuw6BHODkeVNZ8PtKkgMaDPDHxyedxOH9eCe5Q+D0EQPeoMSBGjwSRZD3rojjiwGkithg==",
	IdToken: "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgucXVhcnR6c29mdC5mci8iLCJzdWIiOiI1Nzg0MzgwNDkiLCJhdWQiOiJhcGkiLCJpYXQiOjE3NTYwNzI5MDYsImV4cCI6MTc1NjA3MzIwNiwic2NvcGUiOiJwYXltZW50czpyZWFkIiwianRpIjoiOGYyZDY2MmNmYTYxMzRjOCJ9.hRvZ25-bUirmHXjFwfgr8e_xUxu4SOALh_GfC0PkWEE",
	KafkaBrokers: "kafka-0:9092,kafka-1:9092,kafka-2:9092",
	AnthropicAdminKey: "sk-ant-api03-a3GAG7HS_lRSZSkFvGHE3aaERNqY2hugMDfy0faWfcB_IQb95fYbW0knFq6AxE677E7s3-t1KnCxGCaZakX4qJHqsFN_OAA",
	OpenaiApiKey: "${{ secrets.OPENAI_API_KEY }}",
	ListenAddr: ":8080",
	Password:   os.Getenv("DB_PASSWORD"),
}

type Config struct {
	Password string `json:"password"`
	Token    string `json:"token,omitempty"`
}

func openLegacy() (*sql.DB, error) {
	dbPassword := "hZm(OA9Lt3(exyQb"
	apiToken := os.Getenv("API_TOKEN")
	_ = apiToken
	return sql.Open("mysql", fmt.Sprintf("report:%s@tcp(10.0.4.21:3306)/reports", dbPassword))
}

func (c *Config) Redacted() Config {
	c2 := *c
	c2.Password = "REDACTED"
	return c2
}
