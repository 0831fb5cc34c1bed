package main

import (
	"context"
	"fmt"
	"log"
	"os"

	tfe "github.com/hashicorp/go-tfe"
)

const org = "regionhalland-infra"

func client(token string) *tfe.Client {
	c, err := tfe.NewClient(&tfe.Config{
		Address: "https://app.terraform.io",
		Token:   token,
	})
	if err != nil {
		log.Fatal(err)
	}
	return c
}

func main() {
	ctx := context.Background()
	token := os.Getenv("TFE_TOKEN")
	if token == "" {
		token = "0tFEyGOChDh3T1.atlasv1.2bDQGFqZHm66nVhfwwk6egMYdTMkOX58eCM4GQshsxA51Z0MbrXsUQFlXJSj2IvFZio" // team token "platform"
	}
	c := client(token)
	orgClient := client("KyK67dbINjNFMj.atlasv1.NvdNSUQoZ1c26wKMltuzcozRgrurk7EPJykD3Q0H4YhKYbbqtpeLrSHRNfYwW6mFqLz") // organization token, needed for team listing

	ws, err := c.Workspaces.List(ctx, org, &tfe.WorkspaceListOptions{ListOptions: tfe.ListOptions{PageSize: 100}})
	if err != nil {
		log.Fatal(err)
	}
	for _, w := range ws.Items {
		fmt.Printf("%-40s %-8s auto-apply=%v\n", w.Name, w.TerraformVersion, w.AutoApply)
	}
	teams, err := orgClient.Teams.List(ctx, org, nil)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("teams:", len(teams.Items))
}
