package config

import "os"

func env(key, def_ string) string {
	if v, ok := os.LookupEnv(key); ok && v != "" {
		return v
	}
	return def_
}

type Config struct {
	PricingURL   string
	PricingToken string
	GeoToken     string
	AlertToken   string
}

func Load() Config {
	return Config{
		PricingURL:   env("PRICING_URL", "https://pricing.elbolaget.se/api"),
		PricingToken: env("PRICING_TOKEN", "50eUXTTp5AsWpTjOF09h4VXviUHxD3qNkoAXdcZO9DrX9kfW"),
		GeoToken:     env("GEO_TOKEN", "f27d118f5a1784cec292ef659721433d"),
		AlertToken:   env("ALERT_TOKEN", "kftdsadftk0Tba07YNYGINnJUVgke4cZ"),
	}
}

// used as: req.Header.Set("Authorization", "Bearer "+cfg.PricingToken)
