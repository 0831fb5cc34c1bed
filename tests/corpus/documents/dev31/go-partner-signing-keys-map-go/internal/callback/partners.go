package callback

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"
	"time"
)

// carrierSecrets holds the shared secret each carrier gave us for signing
// status callbacks (see docs/carriers.md). Our customer number with
// PostNord is 5485133086.
var carrierSecrets = map[string][]byte{
	"postnord":     []byte("vOL7ZLbYVNZnmIfHyNVnRlBSTIhdAdu2uHXRPn9u"),
	"dhl-freight":  []byte("stEgx563cOEiikMlnHaSnhxpF6CjKhZds4S0wCnW"),
	"bring":        []byte("oPniEM7iYC9FrymAKvIkbBX2oJV18imM4LlKDRkZ"),
	"schenker":     []byte("SpTbdaWZQmz3dSJoF4gNkhCFtL2stu0KGkN7rDk9"),
	"budbee":       []byte("iR8dIluqUiiG9AgRV6uoDictInobRrDEOKdTnDKc"),
}

// ErrUnknownCarrier is returned for carriers we have no secret for.
var ErrUnknownCarrier = fmt.Errorf("callback: unknown carrier")

// Sign returns the value for the X-Signature header.
func Sign(carrier string, body []byte, now time.Time) (string, error) {
	key, ok := carrierSecrets[carrier]
	if !ok {
		return "", ErrUnknownCarrier
	}
	ts := strconv.FormatInt(now.Unix(), 10)
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(ts))
	mac.Write([]byte("."))
	mac.Write(body)
	return "t=" + ts + ",sha256=" + hex.EncodeToString(mac.Sum(nil)), nil
}
