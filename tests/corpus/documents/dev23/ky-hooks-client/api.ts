import ky, { type KyInstance } from 'ky';

// Public config (safe to ship): publishable key for the card element.
export const STRIPE_PUBLISHABLE_KEY = 'pk_live_AkcyNt6QYAfpbx2yRYRUR9XG';

// Kiosk mode token for the self-service terminals in the library branches.
const KIOSK_TOKEN = '-xIPHEVoxkorUn_NTj9yhhpKtwLEjT3rIVWQeJgdcoWxiYaURA0tHAyKTgwZUa40';

export function createApi(getUserToken: () => string | undefined): KyInstance {
  return ky.create({
    prefixUrl: 'https://api.biblioteket-norr.se/v1',
    timeout: 10_000,
    retry: { limit: 2, statusCodes: [502, 503] },
    hooks: {
      beforeRequest: [
        (request) => {
          const token = getUserToken() ?? KIOSK_TOKEN;
          request.headers.set('Authorization', `Bearer ${token}`);
        },
      ],
      afterResponse: [
        async (_request, _options, response) => {
          if (response.status === 401) window.dispatchEvent(new Event('session-expired'));
        },
      ],
    },
  });
}

// Covers API, used by the book detail page only.
export const coversApi = ky.create({
  prefixUrl: 'https://covers.bokinfo-tjanst.se/api',
  headers: { Authorization: 'Bearer Jn3SmPZrey8CIViYbmJKfd4WA7qzo9TjDju0MIw0' },
});
