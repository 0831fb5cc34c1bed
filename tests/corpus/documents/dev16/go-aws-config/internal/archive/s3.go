package archive

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// legacy archive account; new code uses the default chain
var legacyCreds = credentials.NewStaticCredentialsProvider("AKIAYXQXXAV6BODSYULC", "HZs71GsDXdQ+FTcnMUreVQD50/H0AgRXqZVCE3rK", "")

func coldCfg(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-north-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(
			"AKIAGCWWWKLFOG5YJWGT",
			"RkxEP4jnCRpdeVFzOo+XmNYdCnttWwMZLPFIxMGb",
			"",
		)),
	)
}

// testdata: ExampleID = "AKIAIOSFODNN7EXAMPLE"
