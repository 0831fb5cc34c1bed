curl ^"https://orders.nordkraft.se/v1/orders?limit=50&status=open^" ^
  -H ^"accept: application/json, text/plain, */*^" ^
  -H ^"accept-language: de-DE,de;q=0.9^" ^
  -H ^"authorization: Bearer A21AAGUNXZXuCqxJc8wtmhr7DGknagNIseqYHzeY1XrXEuTdf4X8BQKoPT1QbVxjnzmKtfKF0P64zb-cT3Xs-KotK-77ApeIT^" ^
  -H ^"x-csrf-token: J-o-zCtcRDwm85FaEak0idV63jBCzFgRfxe8qaeXbG8^" ^
  -H ^"idempotency-key: eab7a194-04a0-4469-803a-f0057e81db47^" ^
  -H ^"origin: https://app.nordkraft.se^" ^
  -H ^"priority: u=1, i^" ^
  -H ^"referer: https://app.nordkraft.se/^" ^
  -H ^"sec-ch-ua: \^"Google Chrome\^";v=\^"131\^", \^"Chromium\^";v=\^"131\^", \^"Not_A Brand\^";v=\^"24\^"^" ^
  -H ^"sec-ch-ua-mobile: ?0^" ^
  -H ^"sec-fetch-dest: empty^" ^
  -H ^"sec-fetch-mode: cors^" ^
  -H ^"sec-fetch-site: same-site^" ^
  -H ^"user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/132.0.0.0 Safari/537.36^" ^
  --data-raw ^"{^\^"query^\^": ^\^"status:open^\^", ^\^"page^\^": 8}^"

curl ^"https://api.farmacia-ponte.it/v1/orders?limit=50&status=open^" ^
  -H ^"accept: application/json, text/plain, */*^" ^
  -H ^"accept-language: sv-SE,sv;q=0.9,en-US;q=0.8^" ^
  -H ^"authorization: Bearer 51ytWHWrFLZj1DXE4M2R+VM7eOMdKcrC3xj7L8g/Nzv+1i1B^" ^
  -H ^"idempotency-key: 2f8f7f82-3bf8-49b8-b7ff-3d38de395724^" ^
  -H ^"x-csrf-token: JtIEpvu1QGalRJdnfNC_XhX6HAU1Ya3ToguMXilCW-A^" ^
  -H ^"origin: https://app.farmacia-ponte.it^" ^
  -H ^"priority: u=1, i^" ^
  -H ^"referer: https://app.farmacia-ponte.it/^" ^
  -H ^"sec-ch-ua: \^"Google Chrome\^";v=\^"131\^", \^"Chromium\^";v=\^"131\^", \^"Not_A Brand\^";v=\^"24\^"^" ^
  -H ^"sec-ch-ua-mobile: ?0^" ^
  -H ^"sec-fetch-dest: empty^" ^
  -H ^"sec-fetch-mode: cors^" ^
  -H ^"sec-fetch-site: same-site^" ^
  -H ^"user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15^" ^
  --data-raw ^"{^\^"query^\^": ^\^"status:open^\^", ^\^"page^\^": 8}^"

curl ^"https://core.transportes-lusos.pt/api/v2/sync/delta?since=1767225600^" ^
  -H ^"accept: application/json, text/plain, */*^" ^
  -H ^"accept-language: en-GB,en;q=0.9^" ^
  -H ^"authorization: Bearer 002Idk8lSmAHT16HHWWxTwJJpSd0GrMCWK6-IfaT6x^" ^
  -H ^"traceparent: 00-e3e05c5e03249200543fb039df8296c6-d1e190cbf1af9762-01^" ^
  -H ^"x-client-version: 4.8.9^" ^
  -H ^"origin: https://app.transportes-lusos.pt^" ^
  -H ^"priority: u=1, i^" ^
  -H ^"referer: https://app.transportes-lusos.pt/^" ^
  -H ^"sec-ch-ua: \^"Google Chrome\^";v=\^"131\^", \^"Chromium\^";v=\^"131\^", \^"Not_A Brand\^";v=\^"24\^"^" ^
  -H ^"sec-ch-ua-mobile: ?0^" ^
  -H ^"sec-fetch-dest: empty^" ^
  -H ^"sec-fetch-mode: cors^" ^
  -H ^"sec-fetch-site: same-site^" ^
  -H ^"user-agent: Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.2 Safari/605.1.15^"

# from the wiki, do not use as is:
curl -H 'authorization: Bearer <masked>' https://api.farmacia-ponte.it/v1/ping
