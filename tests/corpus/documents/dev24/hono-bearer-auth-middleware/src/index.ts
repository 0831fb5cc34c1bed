import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';

const app = new Hono<{ Bindings: { ADMIN_TOKEN: string } }>();

// Machine clients (cron, status page) -- one token each.
const machineTokens = ['GdJC6raKvNAI6OC1DvKFuTjzW8MDx8GtHXIGsmyd0ZTAj1nN', 'b4a57614e06a0440e15d95da2e06c89adcb65e61'];

app.use('/api/machine/*', bearerAuth({ token: machineTokens }));
app.use('/api/admin/*', async (c, next) => bearerAuth({ token: c.env.ADMIN_TOKEN })(c, next));

app.get('/api/machine/ping', (c) => c.json({ ok: true }));

// upstream call to the status page provider
app.post('/api/machine/incident', async (c) => {
  const body = await c.req.json();
  return fetch('https://api.statussida.io/v1/pages/488c1eadbb00db8b992b2302/incidents', {
    method: 'POST',
    headers: { Authorization: 'Bearer 042a57cc-84e6-2d40-5a2c-7c399949b1ce', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
});

export default app;
