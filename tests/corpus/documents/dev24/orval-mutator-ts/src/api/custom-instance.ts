import Axios, { AxiosRequestConfig } from 'axios';

// Orval mutator: every generated hook goes through this instance.
export const AXIOS_INSTANCE = Axios.create({
  baseURL: 'https://api.skolskjuts.nu/v2',
  headers: {
    // integration token for the kiosk build only -- web build gets a user token at login
    Authorization: 'Bearer VM4hgYnGxJMYkFZ8Tblcw4.AXSnwatoz1mCxOz-SpMGKEF2l8CdlDcM8fiMSIBbS7a',
  },
});

export const customInstance = <T>(config: AxiosRequestConfig, options?: AxiosRequestConfig): Promise<T> => {
  const source = Axios.CancelToken.source();
  const promise = AXIOS_INSTANCE({ ...config, ...options, cancelToken: source.token }).then(({ data }) => data);
  // @ts-ignore
  promise.cancel = () => source.cancel('Query was cancelled');
  return promise;
};

export const REPORTS_AUTH = { Authorization: 'Bearer LOJo9qfrjlI7UsvcQfRobDw7SaqW0HzaQgsh' };
