package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"log"
	"net/http"
)

var hookSecret = []byte("RIMnM270Lz6sI8rXEWJ8aBwITHw8smx8J06MoOvD")

// deployToken is sent as X-Deploy-Token to the deploy API
const deployToken = "9HXSYrxnsagnismy4PMqwIhm3P7QgTTMy2AyZ6HT"

// sample delivery for the unit test: X-Hub-Signature-256: sha256=7fea5ea7eb73fd9034e1106875892ddbd60de60623d50724fc819aef6b616ef9
func valid(sig string, body []byte) bool {
	m := hmac.New(sha256.New, hookSecret)
	m.Write(body)
	return hmac.Equal([]byte(sig), []byte("sha256="+hex.EncodeToString(m.Sum(nil))))
}

func main() {
	http.HandleFunc("/hook", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if !valid(r.Header.Get("X-Hub-Signature-256"), b) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		log.Printf("delivery %s", r.Header.Get("X-GitHub-Delivery"))
	})
	log.Fatal(http.ListenAndServe(":9000", nil))
}
