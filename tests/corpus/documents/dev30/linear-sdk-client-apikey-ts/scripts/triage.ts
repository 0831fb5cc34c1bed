import { LinearClient } from "@linear/sdk";

const linear = new LinearClient({ apiKey: "lin_api_PrbmjTPw09pBny54NNHrQBNzr3FdTSQcCvQ3FABG" });

async function main() {
  const issues = await linear.issues({ filter: { state: { name: { eq: "Triage" } } }, first: 50 });
  for (const issue of issues.nodes) {
    const labels = await issue.labels();
    if (labels.nodes.length === 0) {
      await issue.update({ priority: 3 });
      console.log(`${issue.identifier}: set priority 3`);
    }
  }
}

main();

// webhook consumer (same repo) verifies Linear-Signature with this secret
export const LINEAR_WEBHOOK_SECRET = "lin_wh_TBYMyB6JqVEOXFtnq8cMsvLynRgjQ4q44kEU3PvJ";
