import got from 'got';

const CATALOG_TOKEN = 'DQYdsSW1HB38PnjbHqxsygDiLTnOFJ0kRevwGIlr';

const api = got.extend({
  prefixUrl: 'https://catalog.fjallvind.se/api/',
  responseType: 'json',
  retry: { limit: 2 },
  hooks: {
    beforeRequest: [
      (options) => {
        options.headers.authorization = `Bearer ${CATALOG_TOKEN}`;
      },
    ],
  },
});

const stats = await got('https://catalog.fjallvind.se/admin/stats', {
  headers: { authorization: 'Bearer dSLQwPF1MHh3nAwqmJcptr0I9SL0pRlQNXnEhGEo' },
}).json();
console.log(stats.products);

const { body } = await api.post('catalog/rebuild', { json: { channel: 'web', revision: 'b9867631ca000f7874878e5dc3226d242ac90daa' } });
console.log(body.status);
