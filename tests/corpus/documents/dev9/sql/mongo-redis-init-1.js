// docker-entrypoint-initdb.d/01-users.js
db = db.getSiblingDB("shop");
db.createUser({
  user: "shop_rw",
  pwd: "PhEceBK6yYy!7(f5*",
  roles: [{ role: "readWrite", db: "shop" }]
});
db.createUser({ user: "metrics", pwd: passwordPrompt(), roles: ["clusterMonitor"] });

// redis (run via redis-cli):
//   ACL SETUSER worker on >Falc0nregen93^ ~jobs:* +@list +@connection
//   CONFIG SET requirepass "Dvq_#cmU!B@TdE*Y79%"
