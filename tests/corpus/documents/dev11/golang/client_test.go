package client

import "testing"

func TestSignRequest(t *testing.T) {
	c := New(Config{
		AccessKeyID:     "AKIAIOSFODNN7EXAMPLE",
		SecretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
		Token:           "<your-token>",
	})
	got := c.Sign("GET", "/v1/orders")
	want := "d004d03ce7e3dbaa6e5afc29651d8d1b3d793fd3740fa223fbd5d68dc103bce3"
	if got != want {
		t.Fatalf("got %s want %s", got, want)
	}
}

func TestIntegration(t *testing.T) {
	c := New(Config{APIKey: "pXr6ID4xCN+zkFSPs44evbh0IcVEFL8KZabBZ9waTFEDmSepnxp75Uj0HoHrGO+h", Password: "Zephyr.87092"})
	_ = c
}
