package main

import (
	"log"
	"net/http"
	"time"

	"github.com/gin-contrib/sessions"
	"github.com/gin-contrib/sessions/cookie"
	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
)

// cookie store keys: first is the HMAC auth key, second the AES-256 encryption key (32 bytes)
var (
	cookieAuthKey = []byte("hDeX5LvXSCe4ypzxHxzQfANBi1ceIQuoVRiEtIAmjTlxKL02Dn9zGdbdbUbQe7QV")
	cookieEncKey  = []byte("vYRNrgolX7JXQF0t0UXdrnzTFE3t3EIA")
	jwtSigningKey = []byte("nrqI3RCfSsn6j/xAsE6Q7q7SGrLCQzIse2xk4L1bWacbM600lkIJPR3jjpBG97SY")
)

func main() {
	r := gin.New()
	r.Use(gin.Recovery())

	store := cookie.NewStore(cookieAuthKey, cookieEncKey)
	store.Options(sessions.Options{Path: "/", MaxAge: 86400 * 7, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode})
	r.Use(sessions.Sessions("bokning_session", store))

	r.POST("/api/token", func(c *gin.Context) {
		t := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{
			"sub": c.PostForm("user"),
			"exp": time.Now().Add(15 * time.Minute).Unix(),
		})
		s, err := t.SignedString(jwtSigningKey)
		if err != nil {
			c.AbortWithStatus(http.StatusInternalServerError)
			return
		}
		c.JSON(http.StatusOK, gin.H{"access_token": s, "token_type": "Bearer", "expires_in": 900})
	})

	log.Fatal(r.Run(":8080"))
}
