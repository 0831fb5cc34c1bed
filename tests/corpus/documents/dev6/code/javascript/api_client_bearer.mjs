const TOKEN = 'at_FKyi90oaN01TZO3lKKDrhNpt1Rgn0db5Es0d3gHD';

export async function listJobs() {
  const res = await fetch('https://svc.brightlane.io/v1/jobs', {
    headers: { Authorization: `Bearer ${TOKEN}`, Accept: 'application/json' },
  });
  return res.json();
}

export const adminHeaders = { 'Authorization': 'Bearer 79RDq-IRIberXfqq0Bmc-ySkJJKTIBlfLKvWXAVRxt82WVf1' };
// headers: { Authorization: 'Bearer <token>' }
