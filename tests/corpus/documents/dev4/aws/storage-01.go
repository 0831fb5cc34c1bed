package storage

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

func NewClient(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-central-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIAZXT37SJVAAOJHC2Q", "8ZIK/XHl7CXdGOCqGgwZFtEnBsKLqLMtR4lQlFtJ", "")),
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}

// Example from the SDK docs: credentials.NewStaticCredentialsProvider("AKID", "SECRET_KEY", "TOKEN")
var _ = aws.String
