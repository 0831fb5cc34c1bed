const endpointSecret = 'whsec_hit+uQPgL49nyI4McTfzWaVark+R+6Ch';

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  const event = stripe.webhooks.constructEvent(req.body, sig, endpointSecret);
  res.sendStatus(200);
});

// sample delivery header:
// Stripe-Signature: t=1796620007,v1=518c4d24a182735a9d3692ebffda8025f57e1f01111e7128f6ebc541513f76fa,v0=ecb5edeffa22cac48a1b9c1a29b86d44eb91d0cad9845684a00d34277aaad57d
const connectEndpointSecret = 'whsec_5NcDYCpYitW8YZcRQZX/u2/PbOhEFf4V';
