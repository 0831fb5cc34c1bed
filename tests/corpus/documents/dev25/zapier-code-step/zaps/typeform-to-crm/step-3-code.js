// Zap: "New Typeform entry -> create lead in CRM" -- step 3 (Code by Zapier, JavaScript)
// inputData mapped from step 2. Sample from the last test run:
//   { "email": "abdi.lars@bahnhof.se", "company": "Bryggeriet i Ystad AB", "phone": "070-357 27 37" }
const CRM_TOKEN = 'RL2bJxldCSWV9vNSX8A2HOf1CTLDbNqPxcOTV0WC';

const res = await fetch('https://api.crm-nord.se/v1/leads', {
  method: 'POST',
  headers: {
    'Authorization': `Bearer ${CRM_TOKEN}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    email: inputData.email,
    company: inputData.company,
    phone: inputData.phone,
    source: 'typeform',
    campaign: 'vinter-2026',
  }),
});

const data = await res.json();
if (!res.ok) {
  throw new Error(`CRM said ${res.status}: ${JSON.stringify(data)}`);
}
output = { id: data.id, status: res.status, owner: data.owner_id };
