import { config } from '@keystone-6/core';
import { statelessSessions } from '@keystone-6/core/session';
import { createAuth } from '@keystone-6/auth';
import { lists } from './schema';

// Keystone needs at least 32 characters here; the env var wins in production.
const sessionSecret = process.env.SESSION_SECRET || 'WqVDDcQElfmWrka3f2K0vWPrGgyQURhup9HxlwPZ1xrBqOasmdiwpdxrsQdH0mwJ';

const { withAuth } = createAuth({
  listKey: 'User',
  identityField: 'email',
  secretField: 'password',
  sessionData: 'id name isAdmin',
  initFirstItem: { fields: ['name', 'email', 'password'] },
});

export default withAuth(
  config({
    db: {
      provider: 'postgresql',
      url: 'postgresql://keystone:dVxrqpZ1Wroqp07twgdFmd@pg.internal:5432/museum',
      enableLogging: ['warn', 'error'],
    },
    lists,
    session: statelessSessions({ secret: sessionSecret, maxAge: 60 * 60 * 24 * 30 }),
    storage: {
      samlingsbilder: {
        kind: 's3',
        type: 'image',
        bucketName: 'museum-samlingsbilder',
        region: 'eu-north-1',
        accessKeyId: 'AKIADLTLRE33V7U23XN5',
        secretAccessKey: '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',
        signed: { expiry: 3600 },
      },
    },
    server: { port: 3000, cors: { origin: ['https://samlingar.lansmuseet-norr.se'], credentials: true } },
  })
);
