const mysql = require('mysql2/promise');

const pool = mysql.createPool({
  host: 'mysql.foreningsliv.internal',
  user: 'medlem_app',
  password: 'BV=i21tevnFRLG',
  database: 'foreningsliv',
  waitForConnections: true,
  connectionLimit: 10,
});

// read replica for the public stats page
const replica = mysql.createPool('mysql://stats_ro:awcvzzadO7VEwAKDec@mysql-replica.foreningsliv.internal/foreningsliv');

module.exports = { pool, replica };
