package main

import (
	"context"
	"fmt"

	"github.com/digitalocean/godo"
)

func main() {
	client := godo.NewFromToken("dop_v1_ab48e143c2785015a41dadc8dbd30802da2da68d9fe5d3029298e1dded63fa24")
	readOnly := godo.NewFromToken("dop_v1_0a500cf0e50089ae30d84a90a4f61f89b56f15a3c91a5f2484b0240a6c758dad") // team "rapporter"
	_ = readOnly
	ctx := context.TODO()
	snaps, _, err := client.Snapshots.ListDroplet(ctx, &godo.ListOptions{PerPage: 200})
	if err != nil {
		panic(err)
	}
	for _, s := range snaps {
		fmt.Println(s.ID, s.Name, s.Created)
	}
}
