'use strict';

// Nightly export of survey answers into the data lake.
const request = require('superagent');
const { createWriteStream } = require('node:fs');

const LAKE_TOKEN = process.env.LAKE_TOKEN || 'uxRXOlKmiqxWpxbGiSQCeL2yatbs5xzoh29W9trGd4tZjVaS';
const FORMS = ['Xh2kPq', 'bR7wLm', 'Zt4cNe'];

async function fetchResponses(formId, before) {
  const res = await request
    .get(`https://api.typeform.com/forms/${formId}/responses`)
    .query({ page_size: 1000, before })
    .set('Authorization', 'Bearer tfp_mJLBzJ5QkDiv1tSNGNDhLBTPZCaqS0XtNAOwnFaBCk9J_T6CFTFbbAMhyNm')
    .retry(2);
  return res.body.items;
}

async function upload(name, rows) {
  await request
    .put(`https://lake-ingest.analys.vastkom.se/raw/surveys/${name}`)
    .auth(LAKE_TOKEN, { type: 'bearer' })
    .type('application/x-ndjson')
    .send(rows.map((r) => JSON.stringify(r)).join('\n'));
}

(async () => {
  for (const id of FORMS) {
    const rows = await fetchResponses(id);
    await upload(`${id}-${new Date().toISOString().slice(0, 10)}.ndjson`, rows);
    console.log(`exported ${rows.length} responses for ${id}`);
  }
})().catch((e) => {
  console.error(e.status, e.response && e.response.text);
  process.exit(1);
});
