cfg, err := config.LoadDefaultConfig(ctx,
	config.WithRegion("ap-northeast-1"),
	config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAJ4FX4Q24BCCAT6AK", "lYFs25tEPnbC7rH2kOC5DgxYAoeYAiXEqYsKAZrr", "")),
)
if err != nil {
	log.Fatalf("unable to load SDK config, %v", err)
}


cfg, err := config.LoadDefaultConfig(ctx,
	config.WithRegion("eu-west-1"),
	config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAKQZX4D4XJPDAMX36", "dWsgyb9y69DlHFjqnyBYxrieCskry/dSFMseXJsY", "")),
)
if err != nil {
	log.Fatalf("unable to load SDK config, %v", err)
}


cfg, err := config.LoadDefaultConfig(ctx,
	config.WithRegion("ap-northeast-1"),
	config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("AKIAPBBP5JS24VIWK75I", "w4hHonP3yzDoH2wBOhOaiuCALH6juNxHmIcrn5Rk", "")),
)
if err != nil {
	log.Fatalf("unable to load SDK config, %v", err)
}
