import os
from locust import HttpUser, task, between

# tokens minted for the load-test tenant (valid until the end of the campaign)
STATIC_TOKEN = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6InVFOTg5M1pFRDAtTVF5Vy1iTVFvbUcifQ.eyJpc3MiOiJodHRwczovL2F1dGguZXhhbXBsZS5jb20vIiwic3ViIjoiNTk1OTAzNzE3NzkzNTcyOTY3IiwiYXVkIjoib3JkZXJzLWFwaSIsImlhdCI6MTc5MjI0OTg5NSwiZXhwIjoxNzkyMjUwMTk1LCJzY29wZSI6ImFwaS5yZWFkIn0.oDOvmoBcm7f81j8_Ig0wKJpeXQLmHiAcCEOMr8r5pj89gHAqYvvwqSvvPAqReAHdFNWct9iiUF5aAxj-GIoiSS035GLNRXgH8bM0oLigk7Vc2-IInNZxomLgAKq9VWmhC-1CQATCgikgL1vMO-na2CgTc_NQI-zWR6E12rYhvXd9cI3_HWr9dBRf1YiORT_DVSmHPkTGc_RsyNPcL33KE2zlRMvoejD7Fy-HNaDpm6tNZX-1KRvHKU83Zkmtk52s70yKhwTH6x_mwRTAvfbLzI9iXATm4LtwtMSIzs7eeUSoQe2IOEHjnUCY8iAmQtxTcI3VE44uwfkE4QopP-KeU-"
PARTNER_TOKEN = os.environ.get("PARTNER_TOKEN", "")


class Shopper(HttpUser):
    wait_time = between(1, 3)

    def on_start(self):
        self.client.headers.update({"Authorization": f"Bearer {STATIC_TOKEN}"})

    @task(3)
    def browse(self):
        self.client.get("/v1/catalog", name="catalog")

    @task
    def partner(self):
        self.client.get("/partner/v2/rates", headers={"Authorization": "Bearer d05ac2843c362ea05b0d5745e52cf11c2f4a884b"})

    @task
    def env_partner(self):
        self.client.get("/partner/v2/rates", headers={"Authorization": f"Bearer {PARTNER_TOKEN}"})
