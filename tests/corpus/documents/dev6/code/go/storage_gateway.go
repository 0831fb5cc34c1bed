package mailer

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

const (
	apiKey        = "9fc6791f35718fa44d3a3619c00f5bd9"
	webhookSecret = "whsec_RheeaXVasHdrn1Q9lKTiZnR1cgm9IFrP"
	clientID      = "1854eeb9-2f7b-45b7-99a2-1bff8fe579fe"
)

var clientSecret = "X0IOBcuUu8WHuchzfLoqLM8BD" // TODO: move to secret manager

// Example: apiKey := "op://Engineering/payments/api-key"
var buildSHA = "424be24f15fe08f16a7c3059eb03c3b704288b03"

func Sign(body []byte) string {
	m := hmac.New(sha256.New, []byte(webhookSecret))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}
