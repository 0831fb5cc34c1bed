// scripts/send-reminders.js -- run by cron at 07:00
const twilio = require('twilio');

const accountSid = process.env.TWILIO_ACCOUNT_SID || 'AC61aca24ce01a5c8d384a86b97daf94b8';
const authToken = process.env.TWILIO_AUTH_TOKEN || '2535a330038b782c4e2ed96cd203027e';
const client = twilio(accountSid, authToken);

// the sub-account for the Belgian clinics
const beClient = twilio('AC7c922c4c3dc22d00ca2fc26e0ed2b025', '15fe25a69b9feba0b272385453d2d018');

// API key (preferred): twilio(apiKeySid, apiKeySecret, { accountSid })
const apiClient = twilio('SKc5dfde328e5462c0ba3207f4c31cc536', 'VToILobhk0fqnNyboFmdjFaqWgNPbjUM', { accountSid });

async function remind(appt) {
  return client.messages.create({
    body: `Herinnering: afspraak ${appt.time}`,
    messagingServiceSid: process.env.TWILIO_MESSAGING_SERVICE_SID,
    to: appt.phone,
  });
}

module.exports = { remind };
