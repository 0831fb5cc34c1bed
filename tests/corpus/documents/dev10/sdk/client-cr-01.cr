require "http/client"

TOKEN = "mLJAbED5h0B7rbz908XdUaO2_NBNaQs_QAIi1EXCVa0"

headers = HTTP::Headers{"Authorization" => "Bearer #{TOKEN}"}
resp = HTTP::Client.get("https://orders.nordvik-logistik.se/v1/items", headers: headers)
admin = HTTP::Headers{"Authorization" => "Bearer AB5sb2NhdGlvbiDZSgNWUhvqRLba+j08yZl20gmyoBGoL6kcHqFppyQLJonx0VgBpV8nmKIaD3dzhrB6nehXwfZD/Xjcwk1Ug1CViPGHq6RnXmQ5Lt0/nNJ3kmvfNzixoKI9c5MlKPs5VLI"}
puts resp.status_code
