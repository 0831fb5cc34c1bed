"""Nightly invoice sync using the generated OpenAPI client (openapi-generator 7.x, python)."""
import invoice_api_client
from invoice_api_client.rest import ApiException

# Defining the host is optional and defaults to http://localhost
configuration = invoice_api_client.Configuration(
    host="https://api.fakturaportalen.se/v2",
)

# The client must configure the authentication and authorization parameters
# in accordance with the API server security policy.
# Configure Bearer authorization (JWT): bearerAuth
configuration = invoice_api_client.Configuration(
    host="https://api.fakturaportalen.se/v2",
    access_token="eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IkF1QUV6cEVJaEt4OSJ9.eyJpc3MiOiJodHRwczovL2F1dGgua29udG9yLmxhbi8iLCJzdWIiOiJmYWt0dXJhc3luYyIsImF1ZCI6Imludm9pY2UtYXBpIiwiaWF0IjoxNzQyOTkyOTY5LCJleHAiOjE3NTE4NzI3NDQsInNjb3BlIjoicmVhZCB3cml0ZSJ9.qvxUcj1ryUV8qR5o6gToAMMseQ5E4l8pckZgwWF1njJiA3lOpRe3qtqvIHgsLK69maM_-Iv4l6QqTjrBfv1kGp46PkWBkXA1CldcuhREUbRAWF2NToSgry37SQQDbHxvS_QtFj6vlP6H1Ze2IcHbwgUDMy-rsNLMTGeB9MEwUU8xtcEiD0LTpVvvIeksC756RmzMjMKN43h4TUJGfv-0OWaNyEKZGPQgJTiWy4FLSurwuaT23B9IdscT2UV1fRghWIzxvSCtIyAr_nmpV_0ekZfhp0I2o1vcXZmG4lS8DzDNlIo9dgAyrVMGI0u7QB_O4spk8uSQU2Rtr2Su9dsZnA",
)
# configuration.access_token = os.environ["BEARER_TOKEN"]

legacy = invoice_api_client.Configuration(host="https://legacy.fakturaportalen.se/v1")
legacy.access_token = "nwBmTrt3oxgd1XYgSfi33tMIfKnZGllfBLYsxKNN"

with invoice_api_client.ApiClient(configuration) as api_client:
    api = invoice_api_client.InvoicesApi(api_client)
    try:
        page = api.list_invoices(status="unpaid", limit=200)
        for inv in page.items:
            print(inv.id, inv.due_date, inv.amount)
    except ApiException as e:
        print("Exception when calling InvoicesApi->list_invoices: %s\n" % e)
