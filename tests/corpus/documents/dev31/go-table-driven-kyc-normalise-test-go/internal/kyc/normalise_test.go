package kyc

import "testing"

func TestNormalise(t *testing.T) {
	tests := []struct {
		name    string
		country string
		in      string
		want    string
		wantErr bool
	}{
		{name: "SE with dash", country: "SE", in: "951013-3920", want: "9510133920"},
		{name: "NL", country: "NL", in: " 847536567 ", want: "847536567"},
		{name: "DE", country: "DE", in: " 32854579614 ", want: "32854579614"},
		{name: "ES", country: "ES", in: " 74635717G ", want: "74635717G"},
		{name: "UK spaced", country: "GB", in: "LN 80 89 81 D", want: "LN808981D"},
		{name: "IN spaced", country: "IN", in: "9939 1544 2925", want: "993915442925"},
		{name: "empty", country: "SE", in: "", wantErr: true},
		{name: "unknown country", country: "XX", in: "123", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Normalise(tt.country, tt.in)
			if (err != nil) != tt.wantErr {
				t.Fatalf("Normalise() error = %v, wantErr %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("Normalise() = %q, want %q", got, tt.want)
			}
		})
	}
}
