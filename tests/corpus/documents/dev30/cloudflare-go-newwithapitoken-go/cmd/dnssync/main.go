package main

import (
	"context"
	"log"

	"github.com/cloudflare/cloudflare-go"
)

func main() {
	api, err := cloudflare.NewWithAPIToken("ULaoQZDXnjoyOXIcSAG0xHspWhA2jGUcLVuWN1C4")
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()
	zoneID, err := api.ZoneIDByName("bergsgatan.se")
	if err != nil {
		log.Fatal(err)
	}
	recs, _, err := api.ListDNSRecords(ctx, cloudflare.ZoneIdentifier(zoneID), cloudflare.ListDNSRecordsParams{Type: "A"})
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range recs {
		log.Printf("%s -> %s", r.Name, r.Content)
	}
	// purge cache with the narrower cache-purge token
	purge, _ := cloudflare.NewWithAPIToken("85X78rsIVuB96EpQosSIkcHjmqDwxM9iMnlrZMVY")
	_, _ = purge.PurgeEverything(ctx, zoneID)
}
