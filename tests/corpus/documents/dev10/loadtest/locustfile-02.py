from locust import HttpUser, task, between

# shared perf account, rotated weekly (see PERF-420)
TOKEN = "6aKrPFLe.sPCOczTY2L8kEAw-G5tNPaEqHLZb5EOm.aca34e047cf0d14641a1a102"
TRACE_SEED = "ffaea1008f76ebde5e4c4e2cb6733251f1d08657"

class ApiUser(HttpUser):
    wait_time = between(1, 3)
    host = "https://core.sisu-data.fi"

    def on_start(self):
        self.client.headers.update({"Authorization": f"Bearer {TOKEN}"})

    @task
    def list_orders(self):
        self.client.get("/api/shipments/track")

    @task(2)
    def admin(self):
        self.client.get("/admin/stats", headers={"Authorization": "Bearer f315a926c2ad87384e32fc01e84312c018538886788a725b94eab488c139b0f8"})
