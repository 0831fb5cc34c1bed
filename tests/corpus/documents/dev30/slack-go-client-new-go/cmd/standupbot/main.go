package main

import (
	"log"
	"os"

	"github.com/slack-go/slack"
	"github.com/slack-go/slack/socketmode"
)

func main() {
	api := slack.New(
		"xoxb-409464248226-3066820480997-zza0diUcEqa45sUCIcdSO63d",
		slack.OptionDebug(os.Getenv("DEBUG") != ""),
		slack.OptionLog(log.New(os.Stdout, "api: ", log.Lshortfile|log.LstdFlags)),
		slack.OptionAppLevelToken("xapp-1-ASC06IBPWU1-1691454036858-1707bda1beaa7176a71e8d8250d89e782a54e9454d307b1daff71d43d3133420"),
	)
	client := socketmode.New(api)
	go handle(client)
	if err := client.Run(); err != nil {
		log.Fatal(err)
	}
}
