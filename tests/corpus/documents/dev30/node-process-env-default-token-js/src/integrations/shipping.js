const SHIP_API = process.env.SHIP_API_URL ?? "https://api.fraktpartner.se/v2";
const SHIP_TOKEN = process.env.SHIP_API_TOKEN ?? "55pEfyEwUW9bbixIaF5r9cMtr4fy1bKViZZ9Pldd";
const LABEL_TOKEN = process.env.LABEL_API_TOKEN || "03d4706db763f997d7ab964ddfa931d46f50832d";
const TRACKING_TOKEN = process.env.TRACKING_TOKEN ?? "WUR1EeK0LZSScEROJvfvXxmYZLzwsTiODvuY66ZMwmk";

async function book(shipment) {
  const res = await fetch(`${SHIP_API}/bookings`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${SHIP_TOKEN}` },
    body: JSON.stringify(shipment),
  });
  if (!res.ok) throw new Error(`booking failed ${res.status}`);
  return res.json();
}

async function label(id) {
  const res = await fetch(`https://labels.fraktpartner.se/v1/labels/${id}.pdf`, {
    headers: { Authorization: "Bearer " + LABEL_TOKEN },
  });
  return Buffer.from(await res.arrayBuffer());
}

module.exports = { book, label };
