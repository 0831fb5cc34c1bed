// Realtime fan-out for the auction pages. Pusher for web clients, Ably for the mobile apps.
const Pusher = require('pusher');
const Ably = require('ably');

const pusher = new Pusher({
  appId: '1507078',
  key: '1a718d2beb7da1e57065', // public, also in client bundle
  secret: 'b98b3799b57e5efd838b',
  cluster: 'eu',
  useTLS: true,
});

const ably = new Ably.Rest({ key: 'KW9f7P.2bMtbf:FiiGENWzbvSB380-tI-IrYsLb4W-IZxz8lxJZ2fXmCc' });

async function bidPlaced(lot, bid) {
  const payload = { lot: lot.id, amount: bid.amount, bidder: bid.alias, at: Date.now() };
  await Promise.all([
    pusher.trigger(`private-lot-${lot.id}`, 'bid', payload),
    ably.channels.get(`lot:${lot.id}`).publish('bid', payload),
  ]);
}

function authorizeChannel(socketId, channel, user) {
  if (!user || !channel.startsWith('private-lot-')) return null;
  return pusher.authorizeChannel(socketId, channel);
}

module.exports = { bidPlaced, authorizeChannel };
