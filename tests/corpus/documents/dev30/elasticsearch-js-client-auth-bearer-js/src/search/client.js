const { Client } = require("@elastic/elasticsearch");

const search = new Client({
  node: "https://es.katalog.local:9200",
  auth: { bearer: "mKf5Y+INAgpDjJO49phut5f/vfnCSbiEHY5qDRsQxqz1QughhLz0xg3aIjmGIkw6" },
  tls: { rejectUnauthorized: true },
});

const analytics = new Client({
  node: "https://es-analytics.katalog.local:9200",
  auth: { apiKey: "EEpx4spJrdEtzQdzHnni+LseIZta0V+FQnBgPFrpx1mZN3L8m8q+ng==" },
});

const logs = new Client({
  node: "https://logs.katalog.local:9200",
  headers: { Authorization: "Bearer klZFluyp3ocW0ZeV5VqUBZLRLZZjV3vMKKCvwXSW9huR77BC" },
});

module.exports = { search, analytics, logs };
