from locust import HttpUser, task, between

# shared perf account, rotated weekly (see PERF-210)
TOKEN = "af54436e964f9816c80f5268fd7c250ad5dd6d56f62e69b9b0daf4cc3a5ca548"
TRACE_SEED = "f9e70dc9dea9855dd22af3317380dc8768b5c955"

class ApiUser(HttpUser):
    wait_time = between(1, 3)
    host = "https://gw.corvid-analytics.com"

    def on_start(self):
        self.client.headers.update({"Authorization": f"Bearer {TOKEN}"})

    @task
    def list_orders(self):
        self.client.get("/v3/customers/search")
