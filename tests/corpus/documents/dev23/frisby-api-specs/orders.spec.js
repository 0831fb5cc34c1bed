const frisby = require('frisby');
const { Joi } = frisby;

const BASE = process.env.API_URL || 'https://staging-api.cykelverkstan.nu';

describe('orders API', () => {
  beforeAll(() => {
    frisby.globalSetup({
      request: {
        headers: {
          Authorization: 'Bearer Nr2IxE7s1oBCCKZxP0W5BkNPdf790qPlk1nDni4ljXrRXL5nBVtPAPzVq91poFAT',
          'Content-Type': 'application/json',
        },
      },
    });
  });

  it('lists open repair orders', () =>
    frisby
      .get(`${BASE}/v1/orders?status=open`)
      .expect('status', 200)
      .expect('jsonTypes', 'orders.*', { id: Joi.number(), bike: Joi.string(), due: Joi.date() }));

  it('lets an admin close an order', () =>
    frisby
      .setup({ request: { headers: { Authorization: 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguY3lrZWx2ZXJrc3Rhbi5udSIsInN1YiI6IjA0NzkwOGNkLTI0MGUtNDRhMC1iNWFlLWQzODQxZmFjNDg0MCIsImF1ZCI6Im9yZGVycyIsImlhdCI6MTc2OTg3NzQyMCwiZXhwIjoxNzY5ODc4MzIwLCJzY29wZSI6Im9yZGVyczphZG1pbiJ9.aiTrOXmyxm9qzNXSUCgTHrPoi6_Mu26v37zJTr9QdIE' } } })
      .patch(`${BASE}/v1/orders/5521`, { status: 'done' })
      .expect('status', 200));

  it('rejects a missing token', () =>
    frisby
      .setup({ request: { headers: { Authorization: '' } } })
      .get(`${BASE}/v1/orders`)
      .expect('status', 401));
});
