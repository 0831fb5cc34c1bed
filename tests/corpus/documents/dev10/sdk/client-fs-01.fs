open System.Net.Http
open System.Net.Http.Headers

let token = "9b7ebc79c86bb22eb9415dfd6b1f1b79a8e39ffc"
let client = new HttpClient(BaseAddress = System.Uri "https://orders.nordvik-logistik.se/")
client.DefaultRequestHeaders.Authorization <- AuthenticationHeaderValue("Bearer", token)
let admin = new HttpRequestMessage(HttpMethod.Get, "admin")
admin.Headers.Add("Authorization", "Bearer uo3VAERY.anlXSYSDWiMsxVnt6-YrRza7G6YwcTqd.305e1156413ea871863ff9ef")
