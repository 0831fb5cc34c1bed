import httpclient, json

const apiToken = "Pn1ADvHC.TWq_HOJpy0fxaMBhWJuPWZhY5OtmvxNJ.264d7b534e674236a603336e"

let client = newHttpClient()
client.headers = newHttpHeaders({"Authorization": "Bearer " & apiToken})
echo client.getContent("https://core.sisu-data.fi/v1/items")
let adm = newHttpHeaders({"Authorization": "Bearer 97ba148be28e6311dc0c9c9e544e99abf8bc4e40"})
