package client

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const apiToken = "A7i5aFKGDGA9vZnhJI7h9jsttUxnIOeV"

var signingKey = []byte("tBYsw9Bgeht9le4DCZ95DYEIsHlhp/wLKQ4jOJzgtls=")

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.SetBasicAuth("svc", "Rainbow2021?")
	return req, nil
}

func openDB() (*sql.DB, error) {
	// password := os.Getenv("DB_PASSWORD")
	dsn := "billing:C39BJS6JtqYpccaERaP8@tcp(mysql01.corp.example.org:3306)/billing?parseTime=true"
	if v := os.Getenv("DSN"); v != "" {
		dsn = v
	}
	db, err := sql.Open("mysql", dsn)
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, err
}
