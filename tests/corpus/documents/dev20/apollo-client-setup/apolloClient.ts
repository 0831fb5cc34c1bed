import { ApolloClient, InMemoryCache, createHttpLink } from '@apollo/client';
import { setContext } from '@apollo/client/link/context';

const FALLBACK = 'eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlVmN0xzRVNnYmd1bmdtWWwifQ.eyJpc3MiOiJodHRwczovL3Nzby5rZXN0cmVscGF5LmNvbS9yZWFsbXMvbWFpbiIsInN1YiI6IjU1Y2U4MWM2LTMzMjEtNDNiMi04NDllLWUyYTJkMGRlMmMxZiIsImF1ZCI6ImFwaSIsImlhdCI6MTgwMDY1Njc1MSwiZXhwIjoxODAwNjYwMzUxLCJzY29wZSI6InJlYWQgd3JpdGUifQ.4L4i8l_ARm1hQzGEL975MZduRbjv6-uDVMFAZdO69jR0PcPdgi2JgL2QfoINstFWqdkwD7hZLZQrO8ouK4WcKKOceIS5Iqb6VI10jW6xoqCgehf_w32bmUUWUvT4Gz7W7NksPKPYdDXVhkRxBNTmahg8pCIZevF6JMxavbnjdelVm2w6VcuQH-JLMbEoNrgyIYIkigEEKo1K943WKQ8Q2aYdgAJF0_JNPGIQEXO_U4PKyEG13GP4JCUTtnibqra7tsV5m8ro1GnMvBtXGLkkoxLXaEhLf43GPS4SPyRKTtNjatTnp29P9LVa_uqyITkFTkwoSu-c-6Qo_ClMfZY-ua'; // kiosk build only

const authLink = setContext((_, { headers }) => {
  const token = localStorage.getItem('token') ?? FALLBACK;
  return { headers: { ...headers, authorization: token ? `Bearer ${token}` : '' } };
});

export const previewClient = new ApolloClient({
  link: createHttpLink({ uri: 'https://cms.tallgrove.io/graphql', headers: { authorization: 'Bearer BDUYAUsTxCqViJVaCEMjG4eWvJRowUO1Ew4f0siWWbc' } }),
  cache: new InMemoryCache(),
});
