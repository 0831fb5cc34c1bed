*** Settings ***
Library           RequestsLibrary
Library           Collections
Suite Setup       Create Session    api    ${BASE_URL}    verify=True

*** Variables ***
${BASE_URL}       https://api.kvarnbackens.se
${ADMIN_USER}     qa-admin
${ADMIN_PASS}     fLA0bUAeRc-W
${PARTNER_KEY}    u9BjmPLLlBFcxNVMVJhRi9g1bdpuubEqUV8ThSyG
${DB_PASSWORD}    dFt9dphMMvoEkQI
${SFTP_PASSWORD}  Thistle.meadow.Cobalt.6256@
${COURIER_PASS}   mKYbXFNrCy3ZaA
${KEYSTORE_PASS}  YBt2?1o7?kxRl
# ${TOKEN}        <set with --variable TOKEN:...>

*** Test Cases ***
Login With Password
    ${auth}=    Create List    ${ADMIN_USER}    ${ADMIN_PASS}
    Create Session    admin    ${BASE_URL}    auth=${auth}
    ${resp}=    POST On Session    admin    /auth/login    json={"username": "qa-customer", "password": "Falcon.hazel.Orbit.4417#"}
    Status Should Be    200    ${resp}

Create Order As Courier 0
    &{headers}=    Create Dictionary    Authorization=Bearer eyJhbGciOiJQUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6Ijh2ekhMQWZ5b2ZIaW55SEtINzA4In0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6ImpvTnZqNUF2OGZ0eCIsImF1ZCI6ImFjY291bnQiLCJpYXQiOjE3NzYwNjAzNTMsImV4cCI6MTc3NjA2MDY1MywianRpIjoiNmU4NmZkNjgtZWNlOC05MmMyLTUyYWMtMDY0NWM1YjE2NzFlIn0.7bU1-krp8FwUQ3D84535jW205Izc83Yv-tRjuerfbGUJ5lMryibHq1tqxsgjJnz75P9Tqe5MriHNo6rR8oPX4h5xlx8nCyEGhhSBfac0S9D_AgR_qTEhtC-VkPNSyUJ2tD4rYCugLePz9mSyMqNae4ULZIpC1hd9SJsTadIUMWwwfy_-le_xWAtbU7pSnqx2myJmtyK16ZK9b13mINpwGMDAxDlvh3YPZGlv3i9obrCuAXFBQm3VoHUfOap4wmN2oMkzKZWMq3NihFsZlarJFqXJRgXba00OgkLUT11YDKYth6I6u9MQodro0kJCtjW6sTBpdFuM_Wzn_Fwr7hJJSQ    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Cancel Order As Courier 1
    &{headers}=    Create Dictionary    Authorization=Bearer t5qEYbYqcC52jBUiCRTqeyQb4oCKqBCV    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Create Order As Courier 2
    &{headers}=    Create Dictionary    Authorization=Bearer FtVPcQ4lzhfdMHASbHl1lfISx_v9c6f3JqZ-BaKWdyj5iIcruY2pdJzy2V1wi9cbxUG3NuTL83Zqs318NaZwuQ    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Get Member As Partner 3
    &{headers}=    Create Dictionary    Authorization=Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6IjdwbXRIWEc4YlZJbSIsImF1ZCI6ImFjY291bnQiLCJpYXQiOjE3NzczMzg1MTksImV4cCI6MTc3NzMzOTQxOSwianRpIjoiYTA4Y2IxNmEtYTMzNi02NTU5LTJkMjItZTFjOGU5NzY4ZDM2In0.87jScLebv0Ti_Q_AuqD9-bZRh9dH1iKXtTR9E4GOgUo    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Cancel Order As Admin 4
    &{headers}=    Create Dictionary    Authorization=Bearer 1eeWqRWFKtvnbPSrcb6aDy5x3OXrLirh    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Cancel Order As Customer 5
    &{headers}=    Create Dictionary    Authorization=Bearer 1e986c9d52702ddc64628c09930a247690b6e9c1    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Get Member As Customer 6
    &{headers}=    Create Dictionary    Authorization=Bearer 8b_Qdcsud320GEd7U93NeYylCtBRaXfcrb0MX6vWvsJ3CVu92E34Kl2AFsqfwyH7b1cxrnhl4OvnuBASVYR5-g    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Get Orders As Customer 7
    &{headers}=    Create Dictionary    Authorization=Bearer XVkZdrEd.p4PMK27xhKzFGIbZ-6e5LqTeb4gRFNsjk7iZ_bMxkVP.EUO5kl    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Cancel Order As Customer 8
    &{headers}=    Create Dictionary    Authorization=Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImtmckhiNXZMcWlHSzQ2OXVmRUNkIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6IlFFUDFHMm5FOExsMSIsImF1ZCI6ImFjY291bnQiLCJpYXQiOjE3ODcxMTg1NjIsImV4cCI6MTc4NzEyMjE2MiwianRpIjoiYjcwMjU4ZjAtMzViZi01NzFmLWYzY2YtZjBmY2Q4ZWUwNWMwIn0.vX5YnYUhmWGF9QfiMoFW71O4A1JAjPonPkNl0Db33N2iKlrVoMPtugqp1WOx93PtoNZF9XY5_KIb8EnDxcluTzUkg798k_ubYf5u5jxQ2FeY3Un1w8bSBSzXXWmBG4vKyFJhjaLJYEjUXwOWqnLubWYK2PWu08AC12sI39OTzJQQMRhwq54U7ZF9xAkidHCieiR19iE2KYpvjXU7llori1hfZhk0MrVImsS-Gt8mw4XwJ5V0mQgOklODF4J87VQmHZBk158ikKei-8LxW_64OV7KWfgQiuXwxCaRVs3mEO2E3PMmCWUrBQqrkWwGfIr2SoMVyWCq5n2q0uExdIt7lg    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Get Member As Partner 9
    &{headers}=    Create Dictionary    Authorization=Bearer ya29.a0NdSivRLkt91Y0Q7Np0XmI7MAejzE2XZD2QeQXN9fvh66Det-Bkw4nGm1317AVGZ12SBpcP6tVgy0megUDuzELXtuRdDI8MesM6FdDDkQlEPXpEy-jJLGiqDAXemXNRnQJ-ph9jbfgf4yR3kq3tpA9L    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Cancel Order As Admin 10
    &{headers}=    Create Dictionary    Authorization=Bearer EwBaaeXVPGmEu+8kS70lNuXuvlNJ+4JNVMPCcl8T7eyA0cWnnPo31pi0nomZ/N4FFlvVZ9XUyBI/qczRRGJyvLV7TBOKCWcOtI5WV0x4BJhoB6kVsMXCKyY7XKJ5NR4HOVgdFUBNGO+dqiMwBuYSHJKE0Z2X5uv3MfiLhAllJhjAxYwVK3a95rZSf9AThwKwCtTMvPBWcl1hzAmzIctXPUYIImhOWrBRjviTQwj/PY2blP6Z20c=    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Get Orders As Courier 11
    &{headers}=    Create Dictionary    Authorization=Bearer dop_v1_455a88fdd45b46b285a96a609aa5802917228d6e1d2f434533b9943d3c45cd53    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Get Orders As Customer 12
    &{headers}=    Create Dictionary    Authorization=Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImlGbndhMTdISFhnTXpWWWFMVjlzIn0.eyJpc3MiOiJodHRwczovL2F1dGguaW50ZXJuYWwubGFuLyIsInN1YiI6InE4UjZzbEZJakszWCIsImF1ZCI6ImdhdGV3YXkiLCJpYXQiOjE3NjgyMDI2MzEsImV4cCI6MTc2ODIwMzUzMSwianRpIjoiN2IyZGI2ZWMtODNiMC05ZDE5LTVjM2YtM2M5NzRmNGI2MTEwIn0.crsKYakeNG4YniNITPlk5ek3iZu7zC0bjri28kFD_XYcMjw4vpXQb_wV_THACtDeH9EUqY2spwyWMXCGUGmy3AJ3iXJqClX6Ne8Ho_5jlGgXHmYChNOGf9Gv9QYRj0Jqs2U36p5A01VSInn7YgN-pS7MJiPK8vfpz17gujfFnpT9akFQY4vP1c8WO39r6lE6AfciIKj0VHOZtirc8toon07w0rS_JINeaHCvp11TiaMyEwLjwpT6BYQR2fBK98MJ_DZ7JGh20mEg6UiOmdGjRkTwQx-3N_H_UaiHzJ2-Ttm_MH5InKdIuMM2bnAH5ubIgpEkERrlDlcdbal2nshb_A    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Cancel Order As Customer 13
    &{headers}=    Create Dictionary    Authorization=Bearer glgE6WfkxYv1SGVeb6MAenBHntbOgGUz3GXbOybjWmruAyvy    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500

Create Order As Admin 14
    &{headers}=    Create Dictionary    Authorization=Bearer Y-docKA23OQeE4tjsojY1e849GrCUOIFztYN6f7KXUA    Accept=application/json
    ${resp}=    GET On Session    api    /v2/orders    headers=${headers}    expected_status=any
    Should Be True    ${resp.status_code} < 500
