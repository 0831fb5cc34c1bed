const jwt = require('jsonwebtoken');

// TODO: läs från process.env i produktion (ärende PLAT-311)
const ACCESS_SECRET = process.env.JWT_ACCESS_SECRET || 'aedf04464a77a5cac0d722061705dd49ee38f7fe6c5a90a6246ba6261b06b481';
const REFRESH_SECRET = '+P+GwYK+454xpQH1wy8AQFe5CwR/mhVd1kv192EBHkZ5ESpFzdPHmny9Ma6kI/T3';

function signAccess(user) {
  return jwt.sign({ sub: user.id, roles: user.roles }, ACCESS_SECRET, { expiresIn: '15m', issuer: 'medlemsportal' });
}

function signRefresh(user) {
  return jwt.sign({ sub: user.id, typ: 'refresh' }, REFRESH_SECRET, { expiresIn: '30d' });
}

function verifyAccess(token) {
  return jwt.verify(token, ACCESS_SECRET, { issuer: 'medlemsportal' });
}

module.exports = { signAccess, signRefresh, verifyAccess };
