#!/usr/bin/env bash
# load test matrix before Black Friday, tokens belong to synthetic load-test users lt-000..lt-009
set -euo pipefail
mkdir -p results

oha -z 30s -c 100 -q 500 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkhKRVFPWDlJcW05QTA4TkNYRUdkIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6ImNUTlVCaHJ4R05oeCIsImF1ZCI6ImFwaSIsImlhdCI6MTc4NDA5Mjk1MywiZXhwIjoxNzg0MDkzMjUzLCJqdGkiOiIyMWJmODRhYy0xMmY3LWJiYmUtOWM0MS1hMThjY2ZjZjY0ZTIifQ.F5udEUu9hzbglnqoEoUmE-Iat-opOlt07FHElWHqJKKgZ_9V3EXJuyHSBHckqtQqN0DWiYbpQP_ZU7OjGqKZ6MenBMjNh99pSyzjikU3U8j_AkD0V_MX8yMzbq0WMe8n3FifiZVo8bhyNgiS72Lq5OMhWyh3-FBq8esg4PwYAwqQRxR-7qQZoad9dVGpi0TE-q_2zkdKzlJCUaI4NUXT4U9alBAXbVnRZVDbGmRLtv2B-Amr4SigKttD6AZ9Knj5Dc4Z7i6j6Joyga7nWg8raJN7o-kdhKhpD5MvmsMJy1dW9f2cB1IkSIzIcnmIIGS5-C7fX0a1gChxhfMEi-YrNw' \
  'https://api.kvarnbackens.se/v2/members/me' > results/run-00.txt

oha -z 1m -c 50 -q 1000 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer 0Bc5JQWavzo5rCyh6G4UjJs2TMhc7Gfe' \
  -H 'X-Partner-Key: 1J8lAgElnV1LeXq88Bo4ntoWmoP3bTgIchrNsnxe' \
  'https://search.kvarnbackens.se/v2/members/me' > results/run-01.txt

oha -z 1m -c 100 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer b82393c24aa3c86cee4732c97176632447fd70eb' \
  'https://gw.kvarnbackens.se/v2/members/me' > results/run-02.txt

oha -z 2m -c 10 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer yDQfXV6453jhbfvVhkyKM-w2LQkEA7_tOphDpO6H0hI5eo5vGWNJjvFZLD7vCs0WCXOnjKbD6Y4vKPPfmRGffQ' \
  -H 'X-Partner-Key: HAY7hyKKHWvLgMiFecZ1L3nCswjMdfDSelwQpCKW' \
  'https://search.kvarnbackens.se/v2/orders' > results/run-03.txt

oha -z 30s -c 50 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer QrnVAReT.EyHCtyQjhhH_qskeyFZrrWcCVNpUXyg6Ebpd1tRxbbu.07GrXm' \
  'https://search.kvarnbackens.se/v2/members/me' > results/run-04.txt

oha -z 30s -c 50 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImZ5UFZXdlN3NHA1azRtelVxYk9qIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6IlFweERVUFhva0ptQSIsImF1ZCI6ImFjY291bnQiLCJpYXQiOjE3NzQ3MzQyMTksImV4cCI6MTc3NDczNDUxOSwianRpIjoiNzVjNjBlNGMtMzc4Yy1lODFmLTIzYWMtNjYwZDRmOWViODgyIn0.dhEipigLuL46CZ9Vn55dy9AbY9xmb4hvKMRRdCZiFownNRzCbqGpjFizVxQfYR9K6RhtovOD0C5gzmsWcOlvpio0uHSUSJZxT5ML_pDycqZVjtbU8b1gDzGVTSc6ODnrg0T0fuSiuHfBbnDAfjUN5PI2OkJR-leMhFzxvN91gDbJZRklbe2n9H9ruS-4KLXDlTJmO8zSMjcf9y5vV_AHe_WQ-yqY6EwwatUmYX0fAFvtCiBM-IrkHEVaiHaGfoBP_IMYGPA-jLsi8kRshzvGZF6KKl8XA0AEwKYMNdPut3QXFeWNk9HNW7ZTEcmhzl5ZbUesiwX1EuU2X3UevAe7Bg' \
  -H 'X-Partner-Key: EKaXrGK62dNpnoA2hqQKX4SjFgn9dkt2NzGIibxV' \
  'https://search.kvarnbackens.se/v2/items?q=lamp' > results/run-05.txt

oha -z 30s -c 50 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer ya29.a07LDoYXNlBcMh1ARf6FHUbQechIh5F5hbNyN1PKHwIcbQprb-4dceIfC9WOrfhmkP1ms-WUM0MQj3kY8D6yD8GABSTbZWJd9_n2nrQxgHuYJxAlILhNV4UepORTixKk36jhJj4-_mProyFzF1wq_aV6' \
  'https://search.kvarnbackens.se/v2/orders' > results/run-06.txt

oha -z 1m -c 100 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer EwBUqnMZo+WuevyUi2UDAhEibvDfDlfOZRuWwPyX5K/fVFJJX+aEJATG0Lhar2C2uU1+kh6a6p7W9CRVw5eOnX9X8eiPSMmnFNbDW/JeXnzr3egL7IiRKfH7iCFdU8KSglDtkdqtiuLBfU8AIJC+9enLmeUOVOya/w953R2SFUzMoIamrSBwnbqWICzmzbg9DmGb1KPaeUT1A+INEHoN6qB0I3RczC4OdqFUngbrDmZwflQRmSG=' \
  -H 'X-Partner-Key: pis0qJSCiSoT6lyqdga3JWGOMhXAHT973gvwPGfr' \
  'https://api.kvarnbackens.se/v2/members/me' > results/run-07.txt

oha -z 2m -c 100 -q 1000 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer tk_4ce7dtl8akrqhb8yfrhi96q162o2r' \
  'https://gw.kvarnbackens.se/v2/orders' > results/run-08.txt

oha -z 30s -c 100 -q 1000 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjNaWDc0cElVS3RRdFJnT1VBalQwIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6IkFJODZnbVRPV0I1UiIsImF1ZCI6Im9yZGVycyIsImlhdCI6MTc4MjY2MjE3OCwiZXhwIjoxNzgyNjYzMDc4LCJqdGkiOiI3YTA2MTQ2MS05ZDJmLWY5MjAtZWFmNy0xN2VkYTc3ZTgxYmQifQ.iUKGt78-a7lFdpx5Gw78KjA1TzVs-z6s4V9Hrvyww51qfY-g9YnNRcVd1x2JgVwbHK2VE0UskP-DXQiacEO90A' \
  -H 'X-Partner-Key: RmuCtMWegZBAUFtmAvJYkirwIGUqliv4WBp9qExy' \
  'https://api.kvarnbackens.se/v2/items?q=lamp' > results/run-09.txt

oha -z 1m -c 100 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer aJpY24OB4KzEEyutcrdFgMe8jokhjwR7FFhmfQcEtIlbOTje' \
  'https://search.kvarnbackens.se/v2/orders' > results/run-10.txt

oha -z 1m -c 10 -q 500 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer EAahoffE5qP4V5NlQSXr70evpxJTqa6FK8cYQniqTZFsDahzKDYB6f4nOoxeFE9R' \
  -H 'X-Partner-Key: KvToGx8TIXRDqW94QtPfD2ir3mYtcdH3qcHQVVCX' \
  'https://search.kvarnbackens.se/v2/orders' > results/run-11.txt

oha -z 2m -c 50 -q 1000 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ik5kakppaGlacFQzTmd0bUdSalpwIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6Ik1KeEgxbjV6S01NUSIsImF1ZCI6ImFwaSIsImlhdCI6MTc3Mjc0NDI5NiwiZXhwIjoxNzcyNzQ1MTk2LCJqdGkiOiI4ZDBlNmQ5MC1kYTI4LTIzYzgtZDNkMy0yZTliYTU2YzI0YTEifQ.zOfoX8dPQ26XMxapyFjmVl2QwN_FWOnszjYA7iMOUWivJwwCWh81gWav5P_ei4KJ97V4EqnlcOomEHMQqzP6buZJfclboJobqEX0-SVjzgs5KZ6lmHAU_Ylj3W9UgxNrzDVa_KLvuNnccJUjBdnQpzyi6oYjMkiCizmkKyivTOjuVoHLluKWzTuE2-DUovZBD0sIfYV68gHgFj_RWgw80-ajTaUqlgV3iydscjiCTuQtUTaCd62tklTFB45bwoSTYfqwFaGPu5PQe0R8PmYQLstppAl51A-xiWziA-hL2r0ba1KbxE8_dXkOdHqLYmqNRlKTQ73OF7f8O_yebGNWvg' \
  'https://search.kvarnbackens.se/v2/orders' > results/run-12.txt

oha -z 2m -c 100 -q 500 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer rGTx0PDqeZYhTktWELuqMhBVqPxPWYTxYIVg5T36VI8Wmm9Bmc1Kbqsnz22r3tqb' \
  -H 'X-Partner-Key: Mdb8AX82H34BudjU2qXvrPIGfReBA7phWnOyZaXP' \
  'https://search.kvarnbackens.se/v2/orders' > results/run-13.txt

oha -z 30s -c 50 -q 500 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer c771b239b54498aa80706182db446e958e6b9373af27d54e804f8dab8fd7b608' \
  'https://api.kvarnbackens.se/v2/members/me' > results/run-14.txt

oha -z 2m -c 50 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer O_MI1ICOIb9Owc6tb57efpiHOsu_uVScBbpv5tHOTjs' \
  -H 'X-Partner-Key: DQPf30gOWqyR9DS7L9SCjAPhMmOjBjshQzfzXRtR' \
  'https://api.kvarnbackens.se/v2/items?q=lamp' > results/run-15.txt

oha -z 2m -c 50 -q 100 --latency-correction --disable-keepalive \
  -H 'Authorization: Bearer kQw1IH7U.TzSSZczzDTW9ZMZtQS72P6EOHnyvqsV5PlXBcSCa5ub.fl0rFZ' \
  'https://search.kvarnbackens.se/v2/members/me' > results/run-16.txt

# template:
# oha -z 30s -H 'Authorization: Bearer $TOKEN' https://api.kvarnbackens.se/v2/orders
