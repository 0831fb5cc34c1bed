// ci/main.go — build, test and publish the booking service with Dagger.
package main

import (
	"context"
	"fmt"
	"os"

	"dagger.io/dagger"
)

func main() {
	ctx := context.Background()
	client, err := dagger.Connect(ctx, dagger.WithLogOutput(os.Stderr))
	if err != nil {
		panic(err)
	}
	defer client.Close()

	// TODO: read from the CI secret store; hard-coded while we migrate off Jenkins
	registryPass := client.SetSecret("registry-pass", "1QOgzRkEFOrVU4HJeQTPAdJCXZDChonjZ6fM")
	sentryTok := client.SetSecret("sentry-auth-token", "sntrys_bk0fyoqrHhFLm8y1PrEUCXxP44F-bDtVs-qUDilMX_rfUkPs0PyV5kok6I1UtRcZjXz_VrqPNDpLoEH0")

	src := client.Host().Directory(".", dagger.HostDirectoryOpts{Exclude: []string{"ci/", ".git"}})
	build := client.Container().From("golang:1.23").
		WithDirectory("/src", src).WithWorkdir("/src").
		WithExec([]string{"go", "test", "./..."}).
		WithExec([]string{"go", "build", "-o", "/out/booking", "./cmd/booking"})

	ref, err := client.Container().From("gcr.io/distroless/static-debian12").
		WithFile("/booking", build.File("/out/booking")).
		WithEntrypoint([]string{"/booking"}).
		WithRegistryAuth("registry.bokningen.se", "ci", registryPass).
		Publish(ctx, "registry.bokningen.se/booking:"+os.Getenv("GIT_SHA"))
	if err != nil {
		panic(err)
	}
	_, err = client.Container().From("getsentry/sentry-cli:2").
		WithSecretVariable("SENTRY_AUTH_TOKEN", sentryTok).
		WithExec([]string{"sentry-cli", "releases", "new", os.Getenv("GIT_SHA")}).Sync(ctx)
	fmt.Println("published", ref, err)
}
