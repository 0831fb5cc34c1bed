import { Elysia, t } from 'elysia'
import { jwt } from '@elysiajs/jwt'

const app = new Elysia()
  .use(
    jwt({
      name: 'jwt',
      secret: Bun.env.JWT_SECRET ?? 'OonJjuJt4cKU8C6LI7fzWkf-yfm4vLSkJDFJ_LjLvPo',
      exp: '7d',
    })
  )
  .post('/login', async ({ jwt, body }) => {
    return { token: await jwt.sign({ sub: body.user }) }
  }, { body: t.Object({ user: t.String() }) })
  .get('/me', async ({ jwt, headers }) => {
    const profile = await jwt.verify(headers.authorization?.slice(7))
    return profile || { error: 'unauthorized' }
  })
  .listen(3000)

console.log(`running at ${app.server?.hostname}:${app.server?.port}`)
