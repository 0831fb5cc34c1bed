package main

import (
	"log"
	"os"

	jwtware "github.com/gofiber/contrib/jwt"
	"github.com/gofiber/fiber/v2"
	"github.com/gofiber/fiber/v2/middleware/encryptcookie"
)

// cookieKey must be 32 bytes base64; generated with encryptcookie.GenerateKey()
const cookieKey = "TfMdYLVFhebu7NtyFAafelYqY3xrp1wjlD/DIZ3TLCg="

func main() {
	app := fiber.New(fiber.Config{AppName: "tvattstuga v1.4"})

	app.Use(encryptcookie.New(encryptcookie.Config{Key: cookieKey}))

	signing := os.Getenv("JWT_SIGNING_KEY")
	if signing == "" {
		signing = "S8KQoprm6mYWmE5Oh1ro6ms6iIyECRPc3K5IGei7SPTtz0sI" // fallback for the single-node install
	}
	api := app.Group("/api", jwtware.New(jwtware.Config{SigningKey: jwtware.SigningKey{Key: []byte(signing)}}))
	api.Get("/pass", listSlots)

	log.Fatal(app.Listen(":8080"))
}

func listSlots(c *fiber.Ctx) error { return c.JSON([]string{}) }
