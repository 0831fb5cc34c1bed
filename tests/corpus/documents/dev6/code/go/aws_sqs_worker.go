package export

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

func loadCfg(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("us-west-2"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIAVFCTJ25M3QQRPS62",
			"p06wbMSS5XUvQDEXb4PJPYqS5fC0gcm8TzklIkrP",
			"",
		)),
	)
}
