const Ably = require('ably');

// app id and key id are public; the part after ':' is the secret
const ably = new Ably.Rest({ key: 'Kx7Qpw.Yrk2mt:34mfv0Ayu1-DIH1c0o-y7F9q8gF0VfplIJknJBOlZQQ' });

exports.handler = async (event) => {
  const channel = ably.channels.get('order-status');
  await channel.publish('update', JSON.parse(event.body));
  return { statusCode: 202 };
};
