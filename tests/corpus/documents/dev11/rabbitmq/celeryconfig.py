broker_url = "amqp://celery:Sommar.62533@rabbit.corp.local:5672/celery"
result_backend = "redis://:Saffron.51427@redis.corp.local:6379/1"
task_serializer = "json"
broker_password = None  # set via env in prod
