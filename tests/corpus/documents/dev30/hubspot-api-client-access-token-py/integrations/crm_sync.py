from hubspot import HubSpot
from hubspot.crm.contacts import SimplePublicObjectInputForCreate

api_client = HubSpot(access_token="pat-eu1-b2b2f124-a2ab-4e61-bd33-f4024f81c650")
# app client secret, used to validate X-HubSpot-Signature-v3 on incoming webhooks
HUBSPOT_CLIENT_SECRET = "502b0bec-81d7-434e-85c2-090fb60b8862"


def push_contact(email: str, firstname: str, company: str) -> str:
    obj = SimplePublicObjectInputForCreate(properties={"email": email, "firstname": firstname, "company": company})
    return api_client.crm.contacts.basic_api.create(simple_public_object_input_for_create=obj).id
