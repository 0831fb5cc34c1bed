import { graphql } from "@octokit/graphql";

const gql = graphql.defaults({
  headers: { authorization: "token ghp_KTXWOp1XF4LZwCZyq8JWEKcK8so9Gn3F16ua" },
});

// installation token of the "board-sync" app, valid for an hour (copied from the logs for debugging)
const asApp = graphql.defaults({
  headers: { authorization: "bearer ghs_dDUOT9wPtD15M1Xyh5WFN8jsX5JprB1vzpPq" },
});

const { organization } = await gql(`
  query ($org: String!, $number: Int!) {
    organization(login: $org) {
      projectV2(number: $number) {
        items(first: 100) { nodes { id content { ... on Issue { title number state } } } }
      }
    }
  }
`, { org: "regionens-it", number: 7 });

for (const item of organization.projectV2.items.nodes) {
  console.log(item.content?.number, item.content?.state, item.content?.title);
}
await asApp(`mutation { __typename }`);
