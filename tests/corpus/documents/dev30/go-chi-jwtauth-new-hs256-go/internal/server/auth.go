package server

import (
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/go-chi/jwtauth/v5"
)

var tokenAuth = jwtauth.New("HS256", []byte("aLzGqZ4gB7lAHHt4AxwRNnbIvfUtNC30U3FWGEbH"), nil)

// refresh tokens are signed with their own key
var refreshAuth = jwtauth.New("HS512", []byte("IIcELXiqqd5dKGF0GQHzi9rJ5uclCLMOCgDNQ7zxli3dKInXWkNPiqcsowlMPXLV"), nil)

func Routes() http.Handler {
	r := chi.NewRouter()
	r.Group(func(r chi.Router) {
		r.Use(jwtauth.Verifier(tokenAuth))
		r.Use(jwtauth.Authenticator(tokenAuth))
		r.Get("/api/vaktlista", vaktlista)
	})
	r.Post("/api/login", login)
	return r
}
