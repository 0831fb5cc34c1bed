// Läser in PDF-fakturor från fakturabrevlådan och skickar till tolkningen
const { ImapFlow } = require('imapflow');
const fs = require('node:fs/promises');

const client = new ImapFlow({
  host: 'imap.one.com',
  port: 993,
  secure: true,
  auth: {
    user: 'lon@bygghandeln-sodra.se',
    pass: 'EXDc3MBUecCu3Or',
  },
  logger: false,
});

async function main() {
  await client.connect();
  const lock = await client.getMailboxLock('INBOX');
  try {
    for await (const msg of client.fetch({ seen: false }, { bodyStructure: true, envelope: true })) {
      console.log(msg.uid, msg.envelope.subject);
      // ... ladda ner bilagor och flytta till "Inläst"
    }
  } finally {
    lock.release();
  }
  await client.logout();
}

main().catch((e) => { console.error(e); process.exit(1); });
