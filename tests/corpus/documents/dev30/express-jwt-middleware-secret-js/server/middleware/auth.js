const { expressjwt } = require("express-jwt");
const cookieParser = require("cookie-parser");

const COOKIE_SECRET = "JBqpiKoWaMGGSJiquL4AZQD80IuWZ91x";
const cookies = cookieParser(COOKIE_SECRET);

const requireAuth = expressjwt({
  secret: "1ZldqDthRyaYVlX5LduYOTGhZiWGn7Psux7Pjc9-Yhg",
  algorithms: ["HS256"],
  audience: "skolmat-admin",
}).unless({ path: ["/health", "/api/login", /^\/public\//] });

module.exports = { requireAuth, cookies };
