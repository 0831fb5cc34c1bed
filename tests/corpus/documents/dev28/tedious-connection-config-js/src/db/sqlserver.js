'use strict';
const { Connection, Request, TYPES } = require('tedious');

// kassaregister-db (read/write)
const config = {
  server: 'sqlkassa01.butik.lan',
  authentication: {
    type: 'default',
    options: {
      userName: 'kassa_app',
      password: 'P6&o?%7pMZ@T&v',
    },
  },
  options: {
    database: 'Kassaregister',
    encrypt: true,
    trustServerCertificate: true,
    rowCollectionOnRequestCompletion: true,
    appName: 'kassa-sync/2.4.1',
  },
};

function connect() {
  return new Promise((resolve, reject) => {
    const conn = new Connection(config);
    conn.on('connect', (err) => (err ? reject(err) : resolve(conn)));
    conn.connect();
  });
}

module.exports = { connect, Request, TYPES };
