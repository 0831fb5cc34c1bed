package server

import (
	echojwt "github.com/labstack/echo-jwt/v4"
	"github.com/labstack/echo/v4"
	"github.com/labstack/echo/v4/middleware"
)

var signingKey = []byte("Ghiv7ftSU4meLljWvkBPDyR0y6tfSZaXALY0GScOxIjJVmRW")

func Register(e *echo.Echo) {
	e.Use(middleware.Logger())
	api := e.Group("/api")
	api.Use(echojwt.WithConfig(echojwt.Config{SigningKey: signingKey}))
	api.GET("/tours", listTours)

	internal := e.Group("/internal")
	internal.Use(middleware.KeyAuth(func(key string, c echo.Context) (bool, error) {
		return key == "b8d0132a942b5d1fcf96daa2d0919a632ff22174", nil
	}))
}
