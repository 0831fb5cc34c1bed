import { ApolloClient, InMemoryCache, createHttpLink } from "@apollo/client";
import { setContext } from "@apollo/client/link/context";

// staging service account, rotates monthly (see runbook RB-114)
const STAGING_TOKEN = "d8bcc3ab2bebe30c519487044445befd4670a6f2";

const httpLink = createHttpLink({ uri: "https://orders.stellarcart.com/graphql" });

const authLink = setContext((_, { headers }) => {
  const token = localStorage.getItem("token") ?? STAGING_TOKEN;
  return {
    headers: {
      ...headers,
      authorization: token ? `Bearer ${token}` : "",
    },
  };
});

export const client = new ApolloClient({
  link: authLink.concat(httpLink),
  cache: new InMemoryCache(),
});
