package web

import (
	"encoding/hex"
	"net/http"
	"time"

	"github.com/gorilla/securecookie"
	"github.com/gorilla/sessions"
)

// Key pairs for the session cookie. The first pair signs and encrypts new
// cookies; the second is only used to read cookies issued before the
// rotation on 2026-10-28. Hash keys are 64 bytes, block keys 32 (AES-256).
const (
	hashKeyHex     = "d3b73f376446b3c11ada9f3d1b95c5c57a5884978c6db03cb20c643f0956552fa4e14f1806c82381bfcdd51fb83d3577a369683a9db3275e887306cdbca1b6ac"
	blockKeyHex    = "b3b3086c12595f6e59ed218e28a17fcba7e8f046dde932725602f52ccba2b9e3"
	oldHashKeyHex  = "b5f481f342dd5161ae1c8796a6c4728f8a9c03eddcfd50c199fb6044a37c52239304092e7ee31502be7d183a1524e84f58f55f7b6e510411b0efd45c39150c6b"
	oldBlockKeyHex = "0538b6b14645a3694d0398e75f72f753cab77db4c017af0af2fb0764bc2db0c9"
)

func mustHex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic("web: bad cookie key: " + err.Error())
	}
	return b
}

// NewStore returns the cookie store used by the member portal.
func NewStore() *sessions.CookieStore {
	store := sessions.NewCookieStore(
		mustHex(hashKeyHex), mustHex(blockKeyHex),
		mustHex(oldHashKeyHex), mustHex(oldBlockKeyHex),
	)
	store.Options = &sessions.Options{
		Path:     "/",
		MaxAge:   int((12 * time.Hour).Seconds()),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	}
	return store
}

// Codecs is used by the "remember device" cookie which is not a session.
var Codecs = securecookie.CodecsFromPairs(
	mustHex(hashKeyHex), mustHex(blockKeyHex),
	mustHex(oldHashKeyHex), mustHex(oldBlockKeyHex),
)
