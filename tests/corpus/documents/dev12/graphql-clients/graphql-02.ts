import { GraphQLClient, gql } from 'graphql-request'

const client = new GraphQLClient('https://orders.nordkraft.se/graphql', {
  headers: {
    authorization: 'Bearer b1d9fc98.solxiA31y1FpLIVTuwDCMF3JiyLnVsd-qFvE-I3H.e20423a48522',
  },
})

const adminClient = new GraphQLClient('https://admin.nordkraft.se/graphql', { headers: { Authorization: `Bearer A21AADo3q04SeGpUMiva1rGGrKflEtJzXSY1FhO4RpdG7C_WdNCt54nNy_eRcDMlwxIUsjcKDtHksdiHE_1hj3SyVeHBhsvkm` } })

// Apollo link used in the web app reads it from storage instead:
const authLink = setContext((_, { headers }) => ({ headers: { ...headers, authorization: `Bearer ${localStorage.getItem('token')}` } }))
