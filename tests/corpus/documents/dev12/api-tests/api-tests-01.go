package orders_test

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestListOrders(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/api/users/me", nil)
	req.Header.Set("Authorization", "Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2NvZ25pdG8taWRwLmV1LW5vcnRoLTEuYW1hem9uYXdzLmNvbS9ldS1ub3J0aC0xX0pkZGNpWnhJNSIsInN1YiI6ImRmZmRkODY3LTc0MDAtNDZlZi04NmY1LTE5Y2IzMWQyZjc5ZiIsImF1ZCI6ImFwaTovL29yZGVycyIsImlhdCI6MTc1NDgwOTQzOSwiZXhwIjoxNzU0ODEzMDM5fQ.Y6AFf68HKsqsvX17BevPWwn2KAa7PfPu55kG0nO8ohUM7OfoElk5pER_Xp7EP_6699KON5dPmK5j-yOI_gF9muAwAo0eg7FAzDte4WoOA-mZCY0Z1Prcf2ZTwV5jlTZwo_nURPnliVTDM7Mi5DuEQqYAxKrYi0D67xxP2psZq5Jo8zeF6MS0LtsFCEqPfLpMK-4G70f886pzr_TCO81-LFRg89MNqQM1j2PFp2AM8oViLk9iilUNbyHyVf28QSsEiCfcaSKew73M6E8IIWzL5WtkgRi1Z2xEOB3f0qMY8t0nMTpOgP1NhKExi4fJoVWOkqmSIzmEJ4t0fHY-714BTQ")
	req.Header.Set("X-Request-Id", "6b06aabb-9b1e-456b-aa89-f0968fb575cc")
	rr := httptest.NewRecorder()
	router().ServeHTTP(rr, req)
	if rr.Code != http.StatusOK {
		t.Fatalf("status %d", rr.Code)
	}
}

func TestRejectsBadToken(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/v1/orders", nil)
	req.Header.Set("Authorization", "Bearer invalid")
}

func adminRequest() *http.Request {
	req := httptest.NewRequest(http.MethodDelete, "/admin/cache", nil)
	req.Header.Add("Authorization", "Bearer UY48EEyDHKuj8Y2uYHEwOV.JnFCUedq21lSPzCrg4a0OExhCjDIgWKHdfYuLdkuSQf")
	return req
}
