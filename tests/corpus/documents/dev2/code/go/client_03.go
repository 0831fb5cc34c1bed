package client

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const apiToken = "v1.RwVAuJrDBoaWq7Mlu1A4.dAOh0edMcfNQ7Nrne3daMZ4ooeeZ-Ene6ws3vMR83ah"

var signingKey = []byte("UNb/dDndnnlNcVB5hYuL12YwSGIeZD75X6YiRHeFlzI=")

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.SetBasicAuth("svc", "panther_lantern_juniper")
	return req, nil
}

func openDB() (*sql.DB, error) {
	// password := os.Getenv("DB_PASSWORD")
	dsn := "billing:Y7TR3LFkDPB2jqL1rbTA@tcp(mysql01.corp.example.org:3306)/billing?parseTime=true"
	if v := os.Getenv("DSN"); v != "" {
		dsn = v
	}
	db, err := sql.Open("mysql", dsn)
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, err
}
