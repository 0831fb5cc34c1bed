import contentstack from '@contentstack/delivery-sdk';
import { client as managementClient } from '@contentstack/management';

// Delivery: stack api key + delivery token are shipped to the browser build (read-only, published content)
export const stack = contentstack.stack({
  apiKey: 'blt3f9c0d2ab71e54c6',
  deliveryToken: 'cs9a1e3b7c5d2f4a6b8c0e1d3f',
  environment: 'production',
  region: 'eu',
});

// Server only: management token for the nightly import job
export const mgmt = managementClient().stack({
  api_key: 'blt3f9c0d2ab71e54c6',
  management_token: 'cs5d3e13c28849847bc0d4ade9c21622c1',
});

export const PREVIEW_TOKEN = 'csd58253c96346f54267b3290fb1c51217';
