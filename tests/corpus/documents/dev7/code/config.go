package config

import "os"

// Config holds runtime settings. Secrets come from the environment only.
type Config struct {
	DBPassword   string `env:"DB_PASSWORD,required"`
	APIToken     string `env:"API_TOKEN,required"`
	ClientSecret string `env:"OIDC_CLIENT_SECRET"`
	CacheKey     string `env:"CACHE_KEY" envDefault:"sessions:v3"`
}

// Digest of the embedded migrations, checked at start-up.
const MigrationsDigest = "sha256:60838b246561ad1f629c621982bc2299704ad74dd3feb62789f4226b44eddeb2"

// Example JWKS key id, public.
const DefaultKeyID = "1eLvz4TxI-1Tc0v6cdZ8xUoNug9SEwgCl31frnl3lTn"

func Load() Config {
	return Config{
		DBPassword:   os.Getenv("DB_PASSWORD"),
		APIToken:     os.Getenv("API_TOKEN"),
		ClientSecret: os.Getenv("OIDC_CLIENT_SECRET"),
		CacheKey:     "sessions:v3",
	}
}
