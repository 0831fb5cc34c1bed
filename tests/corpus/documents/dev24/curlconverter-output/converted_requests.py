# Converted with curlconverter from the "Copy as cURL" of the failing request in INC-5531
import requests

cookies = {
    '_ga': 'GA1.1.582229804.1767261023',
    'csrftoken': 'U7agW0QLFydYOPog53cVEWkLUJfLMiqe',
}

headers = {
    'accept': 'application/json, text/plain, */*',
    'accept-language': 'sv-SE,sv;q=0.9,en;q=0.8',
    'authorization': 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Im5LZk5Pd0lUajV2bE9vdW1mNUpxQ2lYMVVxRyJ9.eyJpc3MiOiJodHRwczovL2F1dGgua3Zhcm5ieS5zZS8iLCJzdWIiOiI1YWNIYngxVG1HZEhyYjVXMHNnamNZMVUiLCJhdWQiOiJhcGkiLCJpYXQiOjE3Njg1Nzc4NTEsImV4cCI6MTc2ODU4MTQ1MSwic2NvcGUiOiJvcGVuaWQgcHJvZmlsZSJ9.gKa4lUkVkd3fPJ1dSMWDFYcpqR9EKihNmp_73JOEsQA70Q_3ClEXRnnPzXFly0wOHk28zBOeAeWx_qyVb-dzj55rqSAyhBxZzzG6oAKtF9WWuhme25s4jVF1gwZJsyk-YreL3EPFEKJMHnD9LX9eEnpKTsGi9Q3Ae2TkeZ9_mLuhF3hP0lIs8MMAMjH03TW1nv3UCfMPYbuYrSnde0uQTzlakR1WPzuJF44HSvBDaOBnArkmdgpFVWV1rliUjUgcpNFMknEYvHowoJuEQ0zC1riAO0H6NmdjroJHDILdb6_gVerZuNEA2pcqUbJX9SGkImpKYztuFxMUKoJqzhmsae',
    'content-type': 'application/json',
    'origin': 'https://portal.hamnbolaget.se',
    'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    'x-csrftoken': 'aIQfWe0h55hGTNK2OnRmkrYKJ7z18DQQ',
}

json_data = {
    'berth': 'K7',
    'eta': '2026-01-22T06:30:00+01:00',
}

response = requests.post('https://portal.hamnbolaget.se/api/calls', cookies=cookies, headers=headers, json=json_data)

# second request (server-to-server):
response = requests.get('https://ais.hamnbolaget.se/v1/vessels', headers={'Authorization': 'Bearer T2izJ8DBIUgmgEKL5KIgohKeyurZGn5qkJUUk9vu'})
