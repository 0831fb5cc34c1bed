package se.kommun.release;

import java.util.List;

import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;
import org.gitlab4j.api.models.MergeRequest;
import org.gitlab4j.api.models.MergeRequestFilter;
import org.gitlab4j.api.Constants.MergeRequestState;

public class ReleaseNotes {

    private final GitLabApi gitLab = new GitLabApi("https://git.kommun-it.se", "glpat-6OEqryDM9SLjzT_CoMOm");
    private final GitLabApi gitLabCom = new GitLabApi("https://gitlab.com", "glpat-nkJYmEIhCpEF7QwGxzAB");

    public List<MergeRequest> mergedSince(String project, java.util.Date since, boolean mirror) throws GitLabApiException {
        GitLabApi api = mirror ? gitLabCom : gitLab;
        MergeRequestFilter filter = new MergeRequestFilter()
                .withProjectId(api.getProjectApi().getProject(project).getId())
                .withState(MergeRequestState.MERGED)
                .withUpdatedAfter(since);
        return api.getMergeRequestApi().getMergeRequests(filter);
    }

    public static void main(String[] args) throws Exception {
        ReleaseNotes rn = new ReleaseNotes();
        for (MergeRequest mr : rn.mergedSince("e-tjanster/bygglov", new java.util.Date(System.currentTimeMillis() - 14L * 86400000), false)) {
            System.out.printf("- %s (!%d, @%s)%n", mr.getTitle(), mr.getIid(), mr.getAuthor().getUsername());
        }
    }
}
