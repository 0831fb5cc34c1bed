package config

import (
	"strings"
	"time"

	"github.com/spf13/viper"
)

// SetDefaults registers defaults. Anything secret is overridden from the
// environment in production (PAYSVC_*), the literals are for docker-compose.
func SetDefaults(v *viper.Viper) {
	v.SetEnvPrefix("PAYSVC")
	v.SetEnvKeyReplacer(strings.NewReplacer(".", "_"))
	v.AutomaticEnv()

	v.SetDefault("http.addr", ":8080")
	v.SetDefault("http.read_timeout", 10*time.Second)
	v.SetDefault("db.dsn", "postgres://paysvc@localhost:5432/paysvc?sslmode=disable")

	v.SetDefault("stripe.webhook_secret", "whsec_ONi8NthQeBQb4YsVSFUj4wtAi8S8ZILR")
	v.SetDefault("receipts.hmac_key", "6a7548d457b036777c9143c6b6ebccb27861d08f2bf2406c12272d389815e9e8")
	// AES-256-GCM key for card fingerprints at rest (base64, 32 bytes)
	v.SetDefault("vault.encryption_key", "AzOc98H+JO+fijvD6WLvzKwCzeyrSQezbND4SDJN1yw=")

	v.SetDefault("swish.callback_secret", "DdNGf1Cp0mRnYOSdOXtXis0EM6xbI9aTMM4TvkJs0VaHSwyq")
	v.SetDefault("features.swish", true)
	v.SetDefault("build.commit", "eb13727b60612639cc8a6225d5dc3ce0dafe2143")
}
