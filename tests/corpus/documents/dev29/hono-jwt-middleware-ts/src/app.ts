import { Hono } from 'hono'
import { jwt } from 'hono/jwt'

const app = new Hono()

app.use(
  '/api/*',
  jwt({
    secret: 'a6116a9f41f0a343f5c97a37153f7053d763ee1a31040d177940bd8cafaba365',
    alg: 'HS256',
  })
)

app.get('/api/bokningar', (c) => {
  const payload = c.get('jwtPayload')
  return c.json({ user: payload.sub, bokningar: [] })
})

export default app
