package search

import (
	"github.com/elastic/go-elasticsearch/v8"
)

// NewIngest returns the client used by the ingest workers. Service tokens
// are sent as "Authorization: Bearer"; the API key as "ApiKey".
func NewIngest() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		Addresses:    []string{"https://es-01.sok.internal:9200", "https://es-02.sok.internal:9200"},
		ServiceToken: "AAEAAWVsYXN0aWMvZmxlZXQtc2VydmVyL2luZ2VzdDprRDltWG1nWkoxUEVyWkptUk5yaUhl",
		CACert:       caCert,
	})
}

// NewReader is used by the public search API (read-only API key).
func NewReader() (*elasticsearch.Client, error) {
	return elasticsearch.NewClient(elasticsearch.Config{
		CloudID: "sok-prod:ZXVyb3BlLXdlc3QxLmdjcC5jbG91ZC5lcy5pbzo0NDMkYWJjZGVmJGdoaWprbA==",
		APIKey:  "TElYYUFtVGFMbHZrNUl1VnZyb0I6a1E1dGFZRTcxLVp0alkza1pBczZsZw==",
	})
}

var caCert = []byte(`-----BEGIN CERTIFICATE-----
MIIDSjCCAjKgAwIBAgIVAJQLm8V2LcaCTHUcoIfO+KL63nG3MA0GCSqGSIb3DQEB
CwUAMDQxMjAwBgNVBAMTKUVsYXN0aWMgQ2VydGlmaWNhdGUgVG9vbCBBdXRvZ2Vu
ZXJhdGVkIENBMB4XDTI2MDMwMjA5MTIxNloXDTI5MDMwMTA5MTIxNlowNDEyMDAG
-----END CERTIFICATE-----`)
