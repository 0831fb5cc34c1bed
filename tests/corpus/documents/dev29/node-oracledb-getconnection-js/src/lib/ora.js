'use strict';
const oracledb = require('oracledb');

oracledb.outFormat = oracledb.OUT_FORMAT_OBJECT;

async function hamtaFakturor(kundnr) {
  const conn = await oracledb.getConnection({
    user: 'FAKTURA_API',
    password: process.env.ORA_PASSWORD || "CW3tuxWqUVKU6_0pnbT",
    connectString: 'ora-faktura.lan:1521/FAKTP',
  });
  try {
    const res = await conn.execute(
      'SELECT fakturanr, belopp, forfallodag FROM faktura WHERE kundnr = :k',
      { k: kundnr }
    );
    return res.rows;
  } finally {
    await conn.close();
  }
}

module.exports = { hamtaFakturor };
