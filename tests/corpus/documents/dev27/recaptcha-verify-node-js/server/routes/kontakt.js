const express = require('express');
const router = express.Router();

// site key is embedded in the page; the secret key stays on the server
const RECAPTCHA_SITE_KEY = '6L0dYhDl2CGjvuK7oEetMw9ZSAqSIYetR7Ztdpf2';
const RECAPTCHA_SECRET_KEY = '6Ly5pvo-xxiu3dbzm2wc-mhty57t6ujrtz9t2s77';
const CRM_API_KEY = 'dcc07c9aed9f35444e1b97d309f090c834871bba';

router.post('/kontakt', async (req, res) => {
  const params = new URLSearchParams({ secret: RECAPTCHA_SECRET_KEY, response: req.body['g-recaptcha-response'] });
  const v = await fetch('https://www.google.com/recaptcha/api/siteverify', { method: 'POST', body: params }).then(r => r.json());
  if (!v.success || v.score < 0.5) return res.status(400).json({ error: 'captcha' });

  await fetch('https://crm.fastighetsforvaltning-ost.se/api/leads', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Api-Key': CRM_API_KEY },
    body: JSON.stringify({ namn: req.body.namn, meddelande: req.body.meddelande }),
  });
  res.json({ ok: true });
});

module.exports = { router, RECAPTCHA_SITE_KEY };
