import algoliasearch from 'algoliasearch';
import * as Sentry from '@sentry/node';

const ably = new Ably.Realtime({ key: 'mVPxRl.xPDpm8:nH8wVMaUz02m4avsQdwY6MAsu4vnY0cZr18g-TVEpqH' });

const algolia = algoliasearch('358EELIFYL', '82e57eeaf030e265bc3efd583b8ca3fd'); // admin key, server only

export const cms = contentful.createClient({
  space: 'th6atp4x88ry',
  accessToken: 'SwyKIWhM5xHgW1BMq6HZVc1jC461KSmUQ0EMfiatiKk',
});

const airtable = new Airtable({ apiKey: 'patDzSybHVxd6Zts0.d0c8c11bc123564696a148555aba9f59e48fa172e70f0bd9dbb64454e2a2729f' }).base('app5vhZRpG2EMtmZW');

const mollie = createMollieClient({ apiKey: 'live_jsZJOloFFZqXdjjppghB4SBX052GAN' });

const shippo = new Shippo({ apiKeyHeader: 'shippo_live_45be66f5cdea36b1c39a0eb846c2006c93ae8007' });

Sentry.init({ dsn: 'https://21ac038a70fab9ae9d2c6c091d348848@o210098.ingest.us.sentry.io/7633567', tracesSampleRate: 0.2 });
