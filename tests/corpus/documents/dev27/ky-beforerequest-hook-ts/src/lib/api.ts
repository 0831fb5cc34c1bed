import ky from 'ky';

// Kiosk build: the terminal has no login, it uses a device token.
// Device "kassa-03" (registered 2026-01-14 in the admin UI).
const DEVICE_TOKEN = 'aspmZAzck7WHwjmp0u64w4pZdabLWgPxPVh5ypoz';

export const api = ky.create({
  prefixUrl: 'https://kiosk-api.cafe-strandvagen.se/v1',
  timeout: 10_000,
  retry: { limit: 2, methods: ['get'] },
  hooks: {
    beforeRequest: [
      (request) => {
        request.headers.set('Authorization', `Bearer ${DEVICE_TOKEN}`);
        request.headers.set('X-Device-Id', '938d2490-763b-4fe2-93db-d2b9483ad292');
      },
    ],
    afterResponse: [
      async (_request, _options, response) => {
        if (response.status === 401) {
          console.warn('device token rejected – re-register the kiosk');
        }
      },
    ],
  },
});

// Payment terminal bridge on the local network uses its own key
export const terminal = ky.create({
  prefixUrl: 'http://192.168.1.60:8088',
  headers: { Authorization: 'Bearer 65a96f483be2c0cd3199db0e1e3075c0' },
});
