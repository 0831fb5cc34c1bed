import { Octokit } from "@octokit/rest";
import { throttling } from "@octokit/plugin-throttling";

const ThrottledOctokit = Octokit.plugin(throttling);

// personal token of the release bot account (repo, read:org)
export const octokit = new ThrottledOctokit({
  auth: "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",
  userAgent: "release-notes/2.3.1",
  throttle: {
    onRateLimit: (retryAfter, options, o, retryCount) => retryCount < 2,
    onSecondaryRateLimit: () => true,
  },
});

// installation token copied from the app's "generate token" step, expires after an hour
export const appOctokit = new Octokit({ auth: "ghs_kZbQHzW3gh4eDCcHCjQ6VEl4D6xcfD0QcIEV" });

export async function mergedPulls(owner: string, repo: string, since: string) {
  return octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: "closed", per_page: 100 })
    .then((prs) => prs.filter((p) => p.merged_at && p.merged_at > since));
}
