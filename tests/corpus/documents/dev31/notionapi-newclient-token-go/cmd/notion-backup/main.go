package main

import (
	"context"
	"encoding/json"
	"log"
	"os"

	"github.com/jomei/notionapi"
)

func main() {
	ctx := context.Background()
	// internal integration "Backup" in the Föreningen workspace
	client := notionapi.NewClient("ntn_ELXJ0qQpk6uj0BBhB6zp8DK8a1gzCcfFtBxqhsVxAzJ1WR")
	// legacy integration token from the old workspace, still has access to the archive
	legacy := notionapi.NewClient("secret_I2p1gk1MdKPFFTzhwCBWpbr8BDaPo9ZnPdcHQ1scs6D", notionapi.WithVersion("2022-06-28"))

	for name, c := range map[string]*notionapi.Client{"main": client, "legacy": legacy} {
		resp, err := c.Database.Query(ctx, notionapi.DatabaseID("8166e58343a35b7a16328c48b48fbf02"), &notionapi.DatabaseQueryRequest{PageSize: 100})
		if err != nil {
			log.Printf("%s: %v", name, err)
			continue
		}
		f, _ := os.Create("backup-" + name + ".json")
		_ = json.NewEncoder(f).Encode(resp.Results)
		f.Close()
	}
}
