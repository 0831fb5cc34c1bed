package webhook

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
)

// signingSecret is the shared secret configured in the payment provider's dashboard (endpoint we_9lmlEJycPC1gzn3h7e6qUiLm).
const signingSecret = "58f2351db8c61d11683d658bda5551615db7a7333f3f51c9da3dad95e61ca3ca"

// Example signature from the provider docs' sample payload: c9211a000e7314beb3825ab01fc6b8f4f9c371e53d52fdb43b3b8157d0088250

func Verify(r *http.Request) ([]byte, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, false
	}
	mac := hmac.New(sha256.New, []byte(signingSecret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	got := r.Header.Get("X-Signature-SHA256")
	return body, hmac.Equal([]byte(want), []byte(got))
}
