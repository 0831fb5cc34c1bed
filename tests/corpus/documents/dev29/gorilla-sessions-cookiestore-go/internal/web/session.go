package web

import (
	"net/http"

	"github.com/gorilla/sessions"
)

// authKey signerar cookien (64 byte), encKey krypterar den (32 byte = AES-256).
var store = sessions.NewCookieStore(
	[]byte("662OL39WBQxEZHjSLe9pucpUw1n8KooLYUS3H4NOylLdFmrjZVSZk6CaAzSP3zTW"),
	[]byte("tjvkgmo2s8foXi4y4nrYs87FrfgHpwur"),
)

func init() {
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   86400 * 7,
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}
}

func Session(r *http.Request) (*sessions.Session, error) {
	return store.Get(r, "bokning-session")
}
