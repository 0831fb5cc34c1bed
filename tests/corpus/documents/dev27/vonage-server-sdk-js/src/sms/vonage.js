const { Vonage } = require('@vonage/server-sdk');
const { Auth } = require('@vonage/auth');

// SMS uses key/secret, Voice uses the application id + private key
const credentials = new Auth({
  apiKey: '1f487b1f',
  apiSecret: 'gQNugjyC6q1oTXYl',
  applicationId: '7b7ab03e-c1f4-46d7-bc41-26c5895f3103',
  privateKey: process.env.VONAGE_PRIVATE_KEY_PATH || './private.key',
});

const vonage = new Vonage(credentials);

// signature secret for inbound SMS webhooks (Settings > Signature secret)
const SIGNATURE_SECRET = 'VBAq7nlFKNuBZGVzh1CBdGg5NpdjL2BApBvlapBcEWldPnDj';

async function sendReminder(to, text) {
  return vonage.sms.send({ to, from: 'Vardcentral', text });
}

module.exports = { vonage, sendReminder, SIGNATURE_SECRET };
