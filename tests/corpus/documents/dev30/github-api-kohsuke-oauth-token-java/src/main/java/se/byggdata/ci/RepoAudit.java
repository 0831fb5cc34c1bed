package se.byggdata.ci;

import org.kohsuke.github.GHOrganization;
import org.kohsuke.github.GHRepository;
import org.kohsuke.github.GitHub;
import org.kohsuke.github.GitHubBuilder;

public class RepoAudit {

    public static void main(String[] args) throws Exception {
        GitHub github = new GitHubBuilder()
                .withOAuthToken("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", "byggdata")
                .build();
        GHOrganization org = github.getOrganization("byggdata");
        for (GHRepository repo : org.listRepositories()) {
            if (!repo.isPrivate() && repo.getVisibility() != null) {
                System.out.println("public: " + repo.getFullName());
            }
        }
        // app-level calls (installations) need the app JWT
        GitHub asApp = new GitHubBuilder().withJwtToken("eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im1vNHhnRDUtejg3Y1ktS2N5b1FpejMifQ.eyJzdWIiOiJhV0ZEV2NweWEzQkUiLCJpc3MiOiIxNDY5NDciLCJpYXQiOjE3Njk2NTkzNjIsImV4cCI6MTc2OTc0NTc2MiwianRpIjoiNmFlNzQxZjljNGRiMjdlZCJ9.bYRHr2jOHHyvagWPXrFVm8KEeeX7zoxuJAf2L_PlqblScw-5Unhnsr1tt3OC2NZmy9B7ZdfSe8drHZ6-zM-tNb1jvTgEnaaBq3LVh8ecTPXijYl9jhRahLvpQPhGxPBllphOso-RcXN84fhMMLIISnDbNtLy8oDze33FksQMx-9cEnwKaxL5W9cBjmRd4ec5uiriLTco_0vleOhAxR9tiQKnrxdF0TZBitSS9mImZ8SMg-wI41ccr--YZ68xnzc1q3DHI07c1tlQxhU7NTTrBl3SSA98PVotoM8uHqCXrcGKrkaoc6PoLVmDQxi9vMCGNB_PNh8vBwF5D6fEy37wkx").build();
        asApp.getApp().listInstallations().forEach(i -> System.out.println(i.getId()));
    }
}
