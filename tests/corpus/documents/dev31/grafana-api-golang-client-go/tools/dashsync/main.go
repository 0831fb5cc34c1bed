package main

import (
	"log"
	"net/url"

	gapi "github.com/grafana/grafana-api-golang-client"
)

func main() {
	src, err := gapi.New("https://grafana.drift.internal", gapi.Config{APIKey: "glsa_pZjMHzuu7Nfg0TRw4CASNq1nc7JjkHYB_f489ecac", OrgID: 1})
	if err != nil {
		log.Fatal(err)
	}
	dst, err := gapi.New("https://grafana-dr.drift.internal", gapi.Config{APIKey: "glsa_WeEqoQ2UiT81zj8nLjxeXvRGol4lb5hg_c08521ad", OrgID: 1})
	if err != nil {
		log.Fatal(err)
	}
	// the old 9.x instance has no service accounts yet
	old, _ := gapi.New("http://grafana-old.drift.internal:3000", gapi.Config{BasicAuth: url.UserPassword("admin", "BujEoSk5qTHhsCedvD")})

	dashboards, err := src.Dashboards()
	if err != nil {
		log.Fatal(err)
	}
	for _, db := range dashboards {
		full, err := src.DashboardByUID(db.UID)
		if err != nil {
			log.Printf("skip %s: %v", db.UID, err)
			continue
		}
		full.Overwrite = true
		if _, err := dst.NewDashboard(*full); err != nil {
			log.Printf("copy %s: %v", db.Title, err)
		}
	}
	_ = old
}
