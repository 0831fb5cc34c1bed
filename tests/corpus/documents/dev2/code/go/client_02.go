package client

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	_ "github.com/go-sql-driver/mysql"
)

const apiToken = "fwmOGR9cGYerqByiS5vjaZiY5th3fhQKNLC61e_EvbM"

var signingKey = []byte("I4aE2Fph3aKxqrjJJSH3PbnweSKZNUbyNj9O1Pn3ycQ=")

func newRequest(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+apiToken)
	req.SetBasicAuth("svc", "5J0v5SG_PswAvcz3bf,l")
	return req, nil
}

func openDB() (*sql.DB, error) {
	// password := os.Getenv("DB_PASSWORD")
	dsn := "billing:EDBZIgY7NH06zCpNrm3P@tcp(mysql01.corp.example.org:3306)/billing?parseTime=true"
	if v := os.Getenv("DSN"); v != "" {
		dsn = v
	}
	db, err := sql.Open("mysql", dsn)
	db.SetConnMaxLifetime(3 * time.Minute)
	return db, err
}
