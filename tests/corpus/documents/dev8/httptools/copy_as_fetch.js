fetch("https://backend.initech.dev/api/v2/search?q=invoice", {
  "headers": {
    "accept": "application/json, text/plain, */*",
    "accept-language": "en-IN,en;q=0.9",
    "authorization": "Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IlFpcENfamNHVnYya2FXQnl5QnNhVjUySnBEVSJ9.eyJpc3MiOiJodHRwczovL2FjY291bnRzLmdvb2dsZS5jb20iLCJzdWIiOiJhdXRoMHxjOGFiNWQ4YzZhOWFiZjU2NDhkZjYzZTYiLCJhdWQiOiI0ZjJiNWY5ZTA1MzJhNzE3NmUxMDc4ZWRlMDA0YjQ0MSIsImlhdCI6MTc0Mzc4ODM2OSwiZXhwIjoxNzQzNzg5MjY5LCJzY29wZSI6InJlYWQ6b3JkZXJzIHdyaXRlOm9yZGVycyJ9.uKGMLphfb9RSWGtKofjDSzICU247cCo6Lx5TYr4gmbWvOoH2plDUQwy00lJRqjn2yIKJjlAPsx6mk-53SB4J3r",
    "sec-ch-ua": "\"Chromium\";v=\"124\", \"Google Chrome\";v=\"124\"",
    "sec-fetch-mode": "cors",
    "x-client-version": "4.28.2+3650451"
  },
  "referrer": "https://app.backend.initech.dev/",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});
