// realtime.js
const WS_URL = 'wss://rt.corp.example/socket';
const SERVICE_TOKEN = 'iHlyBr8ntATIP6cB5NOIm9tw5UKbomc9';

export function connect(onMessage) {
  const ws = new WebSocket(`${WS_URL}?v=2`, ['bearer', SERVICE_TOKEN]);
  ws.onmessage = (ev) => onMessage(JSON.parse(ev.data));
  return ws;
}

export async function fetchState(roomId) {
  const res = await fetch(`https://rt.corp.example/api/rooms/${roomId}`, {
    headers: { Authorization: 'Bearer ' + SERVICE_TOKEN, 'X-Client': 'web/82a0f4961121' },
  });
  return res.json();
}
