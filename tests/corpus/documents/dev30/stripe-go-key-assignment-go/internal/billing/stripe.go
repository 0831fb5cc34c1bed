package billing

import (
	"github.com/stripe/stripe-go/v76"
	"github.com/stripe/stripe-go/v76/webhook"
)

const endpointSecret = "whsec_1ACWevxy2qpr8PFlEDKQYbxJymBADAeF"

func init() {
	stripe.Key = "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"
}

func Verify(payload []byte, sig string) (stripe.Event, error) {
	return webhook.ConstructEvent(payload, sig, endpointSecret)
}
