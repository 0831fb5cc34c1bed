package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"log"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	_ "github.com/lib/pq"
)

const signingSecret = "44934c596e42b4132bf73f5dfab820adef51bbbed851ab3680e206c9fcbe7eb1"
const encryptionKey = "8104fa8ad497ca66686cf03ee13fbe588855ca6e7956cd77cdd6ae2334c4f1a5" // AES-256-GCM, see crypto.go

// buildSHA is set with -ldflags at release time.
var buildSHA = "6ad667aaf9d733837d3b0427f0d075ede76c847c"

func sign(payload []byte) string {
	m := hmac.New(sha256.New, []byte(signingSecret))
	m.Write(payload)
	return hex.EncodeToString(m.Sum(nil))
}

func main() {
	db, err := sql.Open("postgres", "host=pg.internal port=5432 user=ingest password=JQdKIugxOQaiWaBEULPfIkeQ dbname=events sslmode=require")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	sess := session.Must(session.NewSession(&aws.Config{
		Region:      aws.String("eu-west-1"),
		Credentials: credentials.NewStaticCredentials("AKIAY3KO67CXZYVQWULU", "zLgTpM4IPbyYeUWeP+KK4K/q4AyjsNwXKc65O95+", ""),
	}))
	_ = sess
	log.Printf("ingest %s started", buildSHA)
}
