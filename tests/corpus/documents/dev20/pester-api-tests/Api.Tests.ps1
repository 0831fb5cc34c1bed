Describe 'Orders API' {
  BeforeAll { $base = 'https://api.tallgrove.io' }
  It 'returns 0' {
    $h = @{ Authorization = 'Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGgubm9yZHZpay1kYXRhLnNlLyIsInN1YiI6IjE2NzAwOTQwNCIsImF1ZCI6Imh0dHBzOi8vYXBpLnRhbGxncm92ZS5pbyIsImlhdCI6MTc5ODc3OTI4OCwiZXhwIjoxNzk4NzgwMTg4LCJzY29wZSI6InJlYWQgd3JpdGUifQ.z_564EvJuf6ByfCrhEZjptYIQrs_6LCBKUSs-DBOb7U' }
    (Invoke-RestMethod -Uri "$base/v3/shipments" -Headers $h).count | Should -BeGreaterThan 0
  }
  It 'returns 1' {
    $h = @{ Authorization = 'Bearer eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCIsImtpZCI6ImRxeWNGZ2RuVkEzc0YyaTdNcUVpRGlUTTgycjdvNWFJSG9BZTU1eWtQRGcifQ.eyJpc3MiOiJodHRwczovL3Nzby5rZXN0cmVscGF5LmNvbS9yZWFsbXMvbWFpbiIsInN1YiI6Ijg1MDIyMDYzMiIsImF1ZCI6ImFwaSIsImlhdCI6MTgwMTcxOTY2OCwiZXhwIjoxODAxNzIzMjY4LCJzY29wZSI6ImFkbWluIn0.lamuSVDgIO-4fERm-fN8Bn5wDSmw9rzcDjsxs5ht_DycNbsIYqkTmunr-EPOUZZ3pP1ktZ8k3aIn7nciARIgIg' }
    (Invoke-RestMethod -Uri "$base/v3/shipments" -Headers $h).count | Should -BeGreaterThan 0
  }
  It 'returns 2' {
    $h = @{ Authorization = 'Bearer 8AT2yrXCkYmvoM0C-M_nPkt-d_mDJ8AZZmN6qS8TlTM' }
    (Invoke-RestMethod -Uri "$base/api/users/me" -Headers $h).count | Should -BeGreaterThan 0
  }
  It 'returns 3' {
    $h = @{ Authorization = 'Bearer c67727167afc4378b48a2e218abf5d2e70e4be60' }
    (Invoke-RestMethod -Uri "$base/v2/orders?limit=50" -Headers $h).count | Should -BeGreaterThan 0
  }
  It 'returns 4' {
    $h = @{ Authorization = 'Bearer RiAsBKr_ISNxUxv3pVrpz3yqZR6bab4CZ-6aVX66W66' }
    (Invoke-RestMethod -Uri "$base/v3/shipments" -Headers $h).count | Should -BeGreaterThan 0
  }
  It 'uses -Token' {
    $t = ConvertTo-SecureString 'at_qObcEmFTZpsB1nO4bsbjMUJpyiw5XIh9' -AsPlainText -Force
    Invoke-RestMethod -Uri "$base/v1/me" -Authentication Bearer -Token $t
  }
  It 'env' { Invoke-RestMethod -Uri "$base/v1/me" -Headers @{ Authorization = "Bearer $env:API_TOKEN" } }
}
