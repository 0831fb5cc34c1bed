package hooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
)

// shared with the partner by e-mail on 2025-02-11
var signingKey = []byte("Q2gmgVvfiR61mzqI2Kp9rqcD9EqvhjzlX8CD9WGf")

// known-good signature from their docs, used in the unit test
const sampleSig = "cdb7c47ee8190211f2d9de065eb9e9b06f392c938606b0795a7fb9b493964ccc"

func Valid(body []byte, sig string) bool {
	m := hmac.New(sha256.New, signingKey)
	m.Write(body)
	return hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))
}
