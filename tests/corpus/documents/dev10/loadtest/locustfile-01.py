from locust import HttpUser, task, between

# shared perf account, rotated weekly (see PERF-112)
TOKEN = "btK0s9fnFJBaXfGDdXeIazQWE9LbuF8IFq49kWM6aJ6TEO3nwwK4ZLD36x02Y1qX"
TRACE_SEED = "8661e6df3183b0b105b32630b4912933df57fe02"

class ApiUser(HttpUser):
    wait_time = between(1, 3)
    host = "https://api.brightwater.io"

    def on_start(self):
        self.client.headers.update({"Authorization": f"Bearer {TOKEN}"})

    @task
    def list_orders(self):
        self.client.get("/api/shipments/track")
