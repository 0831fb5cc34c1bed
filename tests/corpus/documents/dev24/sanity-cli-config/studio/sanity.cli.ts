import { defineCliConfig } from 'sanity/cli';

// projectId and dataset are public (they are in every image URL)
export default defineCliConfig({
  api: {
    projectId: 'q7kz3vme',
    dataset: 'production',
  },
  studioHost: 'nyhetsbrevet',
  autoUpdates: true,
});

// Migration script token (Editor role). Remove after the January import!
export const MIGRATION_TOKEN = 'skpdk91ZTVftaq7TYNJiUo6g1wsmwSpMBuDfHtic32M8Jvjj2dGb9InRtfvUrIyEFTws239m6S5fCS8AopTcmRceAZwKxW2YxzX52taWSUEoxe587H8siJcYGH7pRBPG9VEaonoantaobWbJo60KYLXn1QQmx0nm9PeeDQy6dnRUqhfMbSAMlk';
