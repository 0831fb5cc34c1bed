package gh

import (
	"context"
	"net/http"
	"time"

	"github.com/google/go-github/v60/github"
)

const oauthToken = "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"

func New() *github.Client {
	hc := &http.Client{Timeout: 20 * time.Second}
	return github.NewClient(hc).WithAuthToken(oauthToken)
}

func Teams(ctx context.Context, c *github.Client) ([]*github.Team, error) {
	teams, _, err := c.Teams.ListTeams(ctx, "tallinn-labs", &github.ListOptions{PerPage: 100})
	return teams, err
}
