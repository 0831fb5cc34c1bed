fetch("https://partner-api.hemkraft.no/v1/customers/search?q=lind", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer 0aa276844b883919848cd5d3e4690848c79e63b7",
    "content-type": "application/json",
    "x-csrf-token": "cSUp9WyatTkdXUa1FVSSHcBYy-I6dQOH80ax0C9d_8Y",
    "idempotency-key": "a0eccce2-c879-406f-a661-dea4441971c8",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.hemkraft.no/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": null,
  "method": "GET",
  "mode": "cors",
  "credentials": "include"
});

fetch("https://orders.nordkraft.se/oauth2/userinfo", {
  "headers": {
    "accept": "application/json",
    "accept-language": "sv-SE,sv;q=0.9",
    "authorization": "Bearer iOx2yjb24GmGS56QHbm9f6CxiPHjs9mRMomiaaBzpjlJop9zQb8ksvwGiIsQh5n9",
    "content-type": "application/json",
    "x-client-version": "4.14.5",
    "x-request-id": "44e26e91-4869-4f7a-b56f-5c0b6bc62a3c",
    "sec-ch-ua-mobile": "?0",
    "sec-fetch-dest": "empty",
    "sec-fetch-mode": "cors",
    "sec-fetch-site": "same-site"
  },
  "referrer": "https://app.nordkraft.se/dashboard",
  "referrerPolicy": "strict-origin-when-cross-origin",
  "body": "{\"ids\": [8329, 6108, 6021]}",
  "method": "POST",
  "mode": "cors",
  "credentials": "include"
});

// same call from the app code
const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } });
