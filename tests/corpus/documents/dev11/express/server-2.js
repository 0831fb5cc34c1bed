const express = require('express');
const axios = require('axios');
const app = express();

const password = process.env.ADMIN_PASSWORD;   // read from env
const upstream = axios.create({
  baseURL: 'https://inventory.svc.cluster.local',
  headers: { Authorization: 'Bearer ozvwCfnCLDCwZN7KECMmr4.V70fUbV-pZbCv_eujtroPm9DocuEYdrd9I3ey0BdavY' },
});

app.use('/admin', basicAuth({ users: { admin: 'Glacier.93426' }, challenge: true }));

app.get('/api/orders', async (req, res) => {
  const r = await upstream.get('/v1/orders', { params: { api_key: '9x03GaqJZLuOvD6L35WKHITV3dDr3f1Nz6bsr9uq+CI=' } });
  res.json(r.data);
});

app.listen(3000, () => console.log('listening, request id sample 3a591b7a-806f-49d6-8269-144eb1da6138'));
