package main

import (
	"log"
	"os"
	"os/signal"

	"github.com/bwmarrin/discordgo"
)

const botToken = "NzM3ODAzNDM0ODUyMTY0MjM4.qfRYgf.5gesH0sZRrM-4YZF1Y0QWuqN-BOpN95NbeqrmH"

func main() {
	dg, err := discordgo.New("Bot " + botToken)
	if err != nil {
		log.Fatal(err)
	}
	dg.AddHandler(onMessage)
	dg.Identify.Intents = discordgo.IntentsGuildMessages
	if err := dg.Open(); err != nil {
		log.Fatal(err)
	}
	defer dg.Close()
	sc := make(chan os.Signal, 1)
	signal.Notify(sc, os.Interrupt)
	<-sc
}
