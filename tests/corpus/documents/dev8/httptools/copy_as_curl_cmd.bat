curl ^"https://wayne.azurewebsites.net/v1/reports/daily?from=2025-05-01^&to=2025-05-31^" ^
  -H ^"accept: application/json^" ^
  -H ^"authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkhLVTBMYkU4UUFYMnZEZEhSLUdQWFJ0ZGpzaiJ9.eyJpc3MiOiJodHRwczovL2xvZ2luLm1pY3Jvc29mdG9ubGluZS5jb20vMGUzMzljYzEtZDViMS00YWU4LTllZDMtYzZhMmFmNWM0M2NhL3YyLjAiLCJzdWIiOiI3MTQ4NTM2OTc3Mjg2Njc3ODM3NTkiLCJhdWQiOiI1YmNjN2U0M2RkM2U4NDhjNDhmZmU2ZDQzZWE2MTkwOCIsImlhdCI6MTc1MzkyOTIxNSwiZXhwIjoxNzUzOTI5NTE1fQ.WoD4DC-Hq49EUGkOf0cbyAISG_Jjl53uW_tMCU1rvxkDlAQKJ9_eigvMvp9YHyTi96E8gaYiTfVWQ74m_ahZT3XZe23ZNZjtzA-Ymh7IvKQjq7DfKQpkJupIfoTZNa1JxR1en5ySTDmHJ_hpgMKs8-5jYXFnN1xEDq9Zkk_rF8oB4-AkbTM-nNwveMsqLbPljBOqWEuoh7D72TRWETe8q9ByP6iWX1mU8Y_vzwKK1XQMitKS3gkfgKBmVKSRpgzVjpFoBMdAnSM6ybv-K26_lDrp7csc85Ch9ZFS-FO8pmQ8cLSfEvLSiYTt8zKVUIVaoep2PIX7aCVPkfZwb3LG_e^" ^
  -H ^"if-none-match: W/^\^"b9eadd6bce89d8f63d7bdace0c0f81f1^\^"^" ^
  -H ^"referer: https://app.wayne.azurewebsites.net/reports^" ^
  -H ^"user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64)^"
