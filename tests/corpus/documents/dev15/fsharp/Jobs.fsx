#r "nuget: FsHttp"
open FsHttp

let token = "187f5745d34fbe7542d09785e835f6ec3ea846775cda2be5255891b84a737f1e"
let storageSecret = "H/gOxIAixhAMZE6lObzcDNpl9GBZpEwInX8AGdrfHvI="
let sqlConn = "Server=tcp:sql-prod.internal,1433;Database=jobs;User ID=jobs_rw;Password=Ee^#j7lzvdNS?VET9b9;Encrypt=True;"

http {
    GET "https://jobs.example.com/api/queue"
    AuthorizationBearer token
}
|> Request.send

http {
    POST "https://jobs.example.com/api/requeue"
    header "Authorization" "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImwyVnBrR0xqVXNfV0trQ0h1Y0hzQmwifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiZTAzOTM1ZWEtZmIzOS00MjAxLThiZWQtNjYyNGU5NzUxNWUyIiwiYXVkIjoiYXBpOi8vZGVmYXVsdCIsImlhdCI6MTc5NTc1MjI4OCwiZXhwIjoxNzk1NzU1ODg4LCJzY29wZSI6ImFwaS5yZWFkIn0.SuB6i6fFd5OLrGS2Mo_2QTVK0nnyfTQoVlKHvjV8RHIOSBaqFsuWzRkKlzZ06NIOGzL-OwUajN5GM64UTSEB_7ZqtNI5Y9kMxhuTUsCqXKzx3eCQGV6UZaXCpe6sgjeooRxbCb_5RkGJXuLV924KlkSeilbsTUTOQVYZZDD4jxC3pnBlgTYLd-fcQIQgF9FDiRfg2YM1r1XRz_7Vu8iU2dEMW9KuDTwyFrMMalwR_mzQ8k3BAmmkx5qbAOXjKyRlQlGki5k1XUmqww2Hx4fuv6-wHswgytoAP_H8B6c7s3ClZRiGuGyoDkcOSifjGQuOPUWEyT6Hbr4FXMblnBGsQv"
}
|> Request.send
