import { http, HttpResponse } from 'msw'

// Token the staging backend accepts for the storybook/demo build.
const STAGING_TOKEN = 'H1kuPvqglMen7VnQJ84eTCvDlffQBvRBY8Bzg4YQ'

export const handlers = [
  http.post('/api/auth/login', () => {
    return HttpResponse.json({
      access_token: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZW1vLXVzZXIiLCJuYW1lIjoiRGVtbyBBbnZcdTAwZTRuZGFyZSIsImlhdCI6MTc4NDcxNTU0MX0.GuHJLVGiZlE8BCmCox6wYKPlisimyN--2XEMwA-4BCs',
      token_type: 'Bearer',
    })
  }),

  http.get('/api/bookings', ({ request }) => {
    if (request.headers.get('Authorization') !== `Bearer ${STAGING_TOKEN}`) {
      return new HttpResponse(null, { status: 401 })
    }
    return HttpResponse.json([{ id: 1, service: 'Klippning', at: '2025-11-20T10:00' }])
  }),

  http.get('/api/me', () => HttpResponse.json({ name: 'Demo' }, { headers: { 'x-token': 'not-a-real-token' } })),
]
