package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"
)

const apiToken = "KO-JHKvRF9T8znvwwwL9ROCXUFE_hHKgrUXVHEPf"

type pris struct {
	Start string  `json:"start"`
	SEK   float64 `json:"sek_per_kwh"`
}

func main() {
	req, _ := http.NewRequest("GET", "https://api.elhandel-data.se/v1/spot?area=SE3", nil)
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.Header.Set("User-Agent", "elpris/1.4 (+e6699a5)")
	c := &http.Client{Timeout: 15 * time.Second}
	resp, err := c.Do(req)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
	var p []pris
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		log.Fatal(err)
	}
	for _, x := range p {
		fmt.Printf("%s\t%.3f\n", x.Start, x.SEK)
	}
}
