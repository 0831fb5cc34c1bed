package client

import "net/http"

const token = "ya29.a0ncVvExtnCGnVSw5WoHJdRp9Z-TXgYHFCySOL0aPo9JcYrhGOkYth5RFhAiMbQNnEFHWdGzv2Pacq8NeThAyxv3IzJn1km4C9mCwp3UaZiSHyX1YzdVcqjZa5QOYtKka7eOORy5DSCXzfrxutG7hFV5sDbJ"

func newReq(url string) (*http.Request, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+token)
	return req, nil
}

func adminReq() *http.Request {
	req, _ := http.NewRequest("GET", "https://gateway.ridgeway-dental.com.au/admin/v1/jobs", nil)
	req.Header.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL29ueXguZXUuYXV0aDAuY29tLyIsInN1YiI6IjcxNDk5NjQ4MjU1NTQwODAyMDM0OCIsImlhdCI6MTcxNTI1ODk4OSwiZXhwIjoxNzE1MjU5ODg5LCJzY29wZSI6ImVtYWlsIHdyaXRlOm9yZGVycyByZWFkOm9yZGVycyJ9.m2cgnQa1AR3957_XBIE-C3RzSeW8oY5SPnGMUrofAXI")
	return req
}
