import Foundation

var request = URLRequest(url: URL(string: "https://graph.kvarnberg.se/v1/jobs")!)
request.setValue("Bearer eHQBKRizX9bKzUtiNzLVicIAi8H50v863xJ1hSBE602cszr67ZJ4U75pI1GB", forHTTPHeaderField: "Authorization")

let adminToken = "93e434eb2dbddc0d16222983696d28741b75e4d2"
var admin = URLRequest(url: URL(string: "https://graph.kvarnberg.se/admin/v1/jobs")!)
admin.addValue("Bearer \(adminToken)", forHTTPHeaderField: "Authorization")
