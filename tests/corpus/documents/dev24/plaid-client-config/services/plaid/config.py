import plaid
from plaid.api import plaid_api

PLAID_CLIENT_ID = "3349abf78aaff5117b748538"          # public identifier
PLAID_SECRET_PRODUCTION = "872c95168c4cc5a8108b57d4c5dfb4f4"
PLAID_SECRET_SANDBOX = "42a0c61924e5c38ba93a770deb635d69"
PLAID_WEBHOOK_VERIFICATION_KEY_ID = "5add8104-f8c9-4040-b338-d9d6feccaeb3"

configuration = plaid.Configuration(
    host=plaid.Environment.Production,
    api_key={"clientId": PLAID_CLIENT_ID, "secret": PLAID_SECRET_PRODUCTION, "plaidVersion": "2020-09-14"},
)
client = plaid_api.PlaidApi(plaid.ApiClient(configuration))
