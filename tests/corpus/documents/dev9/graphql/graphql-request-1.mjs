import { GraphQLClient, gql } from "graphql-request";

const client = new GraphQLClient("https://api.polarisapps.dev/graphql", {
  headers: { authorization: "Bearer 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" },
});

const query = gql`
  query Stock($sku: String!) {
    stock(sku: $sku) { available reserved warehouse }
  }
`;

const data = await client.request(query, { sku: "SKU-76409" });
console.log(JSON.stringify(data, null, 2));
