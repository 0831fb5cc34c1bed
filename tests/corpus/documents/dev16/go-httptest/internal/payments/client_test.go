package payments

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestClientSendsBearer(t *testing.T) {
	const want = "Bearer lin_api_2erPUCNgm7MocLXHDFl5wziiB1LrPZ8CVNF1oLdv"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if got := r.Header.Get("Authorization"); got != want {
			t.Fatalf("Authorization = %q, want %q", got, want)
		}
		w.WriteHeader(http.StatusNoContent)
	}))
	defer srv.Close()
	c := New(srv.URL, "lin_api_2erPUCNgm7MocLXHDFl5wziiB1LrPZ8CVNF1oLdv")
	if err := c.Ping(); err != nil {
		t.Fatal(err)
	}
}

func TestRejectsEmpty(t *testing.T) {
	req, _ := http.NewRequest("GET", "/", nil)
	req.Header.Set("Authorization", "Bearer ")
	// token_type "Bearer" with no token must be refused
}

var liveSmoke = map[string]string{
	"se": "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlR0TTBMWHF3X0o5UlVTV1RBdndBaGQifQ.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwuc3ZjLyIsInN1YiI6IjAyN2IxNzkxLTMzMGUtOGMxMS1iZDQ4LTVlY2E0ZmZkM2Y5ZiIsImF1ZCI6ImFjY291bnQiLCJpYXQiOjE3NjQ5MTExNjYsImV4cCI6MTc2NDk5NzU2NiwianRpIjoiRkNqR3BySkxoMTRGako0NyJ9.hAHgxPjY71-eS3EINz-tDM4t_K7Y8yg67zd6ZvBRj_YX9Z-glFNJ4gkPuVhP6NbOONV-p4DnLO8Hp87lb3YFlnsJb0g0utXiGA4_QlCL8ognY0VWuk4Dg0HpvDe1burHP2OxnRBvipLZxZJ2RMquOaUEzZhAg5GMBB_JZ77DRKSLmKoQlxCspGAUaV43RUw2HxhhhHQPLJdrB8Je5qm-V5r3yq5AK_lPrcgEI9IvR1TJ99bcs-DnW4B7pPCqMLLNlVFt9MFItSl6FdPRwXIMEPVKg35IOAHQiT3lM9bCKIgFaM_91efVCSygAw_NOn8JGDt5EBgWs-Ogp_HqWOqoeY",
	"no": "Bearer X2iYp3M5ADIW6StQ19u8ysHsW1hbP3VD3JUBry8QdN3",
}

// reconciliation: curl -H 'Authorization: Bearer 4mA4TXfngz47qWNPHG0s6gCxaI5c0tPC' (used by cmd/recon, header Authorization: Bearer <token>)
