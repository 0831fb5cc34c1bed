const contentful = require('contentful-management');

const client = contentful.createClient({
  accessToken: 'CFPAT-eMtfOdMttIg77W9thvIWleksj9sIHFFY2UCFIdSPnUg',
});

// delivery token (read-only, published in the web bundle): Uvo36H9Q45PsU1kGfDSqfVnGusOHeMqIuV7FG-_d5YH
const SPACE_ID = 'fwd7n7363u78';
const PREVIEW_TOKEN = 'oU2mw5L0fPPvtTPM21J_HhuzOdM8Ng7wd_5deus0le9'; // Content Preview API
const ENV_ID = 'master';

(async () => {
  const space = await client.getSpace(SPACE_ID);
  const env = await space.getEnvironment(ENV_ID);
  const entries = await env.getEntries({ content_type: 'product', limit: 100 });
  console.log(entries.items.length);
})();
