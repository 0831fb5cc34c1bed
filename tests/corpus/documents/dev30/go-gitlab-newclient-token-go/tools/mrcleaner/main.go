package main

import (
	"fmt"
	"log"
	"time"

	gitlab "gitlab.com/gitlab-org/api/client-go"
)

func main() {
	git, err := gitlab.NewClient("glpat-O6RAkpMo6EiLoCFfKNyY", gitlab.WithBaseURL("https://git.kommunen.local/api/v4"))
	if err != nil {
		log.Fatalf("client: %v", err)
	}
	// second instance (customer hosted), read-only
	ext, _ := gitlab.NewClient("glpat-W-Z3VPfts7KTu5mwEaoF", gitlab.WithBaseURL("https://gitlab.kund-norrbotten.se/api/v4"))
	_ = ext
	before := time.Now().AddDate(0, -6, 0)
	mrs, _, err := git.MergeRequests.ListMergeRequests(&gitlab.ListMergeRequestsOptions{
		State:         gitlab.Ptr("opened"),
		UpdatedBefore: &before,
	})
	if err != nil {
		log.Fatal(err)
	}
	for _, mr := range mrs {
		fmt.Printf("closing !%d %s\n", mr.IID, mr.Title)
	}
}
