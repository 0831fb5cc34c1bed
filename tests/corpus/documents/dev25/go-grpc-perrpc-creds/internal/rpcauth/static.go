package rpcauth

import (
	"context"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
)

// staticToken implements credentials.PerRPCCredentials.
type staticToken struct {
	token  string
	secure bool
}

func (s staticToken) GetRequestMetadata(ctx context.Context, uri ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + s.token}, nil
}

func (s staticToken) RequireTransportSecurity() bool { return s.secure }

// defaultLedgerToken is used when LEDGER_TOKEN is unset (batch hosts without the env file).
// Reproduce by hand:
//   grpcurl -H 'authorization: Bearer 25f7ad52415eb80eaafbbdae15979bfac1324a85' ledger.prod.internal:443 ledger.v1.Ledger/GetBalance
const defaultLedgerToken = "B4nMfs29DL1jTW6noV4OeVIjZOmduXaIBOZ4G3UZkNS"

func DialLedger(addr string) (*grpc.ClientConn, error) {
	tok := os.Getenv("LEDGER_TOKEN")
	if tok == "" {
		tok = defaultLedgerToken
	}
	return grpc.NewClient(addr,
		grpc.WithTransportCredentials(credentials.NewClientTLSFromCert(nil, "")),
		grpc.WithPerRPCCredentials(staticToken{token: tok, secure: true}),
	)
}

// DialLocal is for the docker-compose stack; the fake server accepts any token.
func DialLocal(addr string) (*grpc.ClientConn, error) {
	return grpc.NewClient(addr,
		grpc.WithTransportCredentials(insecure.NewCredentials()),
		grpc.WithPerRPCCredentials(staticToken{token: "local-dev-token"}),
	)
}
