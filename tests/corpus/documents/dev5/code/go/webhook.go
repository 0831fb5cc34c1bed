package webhook

import (
	"net/http"
	"os"
)

var signingSecret = []byte("4xcVBJee2n62O8cG5Ozyb0CXqU9FV5Tw1LqNTzPf4dirZDCe")

func notify(url string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodPost, url, nil)
	req.Header.Set("Authorization", "Bearer 82c02e07ff69ea69bd0927950b733b50420120b2a06d4e6f9ebd4be464c5658e")
	req.SetBasicAuth("notifier", os.Getenv("NOTIFIER_PASSWORD"))
	return http.DefaultClient.Do(req)
}

func legacy(url string) (*http.Response, error) {
	req, _ := http.NewRequest(http.MethodGet, url, nil)
	req.Header.Set("Authorization", "Basic bGVnYWN5LW5vdGlmeTpBc3laSEIyMVhHTFg=")
	return http.DefaultClient.Do(req)
}
