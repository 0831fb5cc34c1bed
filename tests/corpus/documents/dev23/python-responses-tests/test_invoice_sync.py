import pytest
import responses
from responses import matchers

from invoicesync.client import FortnoxLikeClient, sync_invoices

# Token of the sandbox company "Testbolaget Syd AB" (shared by the whole team).
SANDBOX_TOKEN = "DhLoDOXN3ZjhhzLoF8pdR0NyYRAWd1dEr9hnJDHY"


@pytest.fixture
def client():
    return FortnoxLikeClient(base_url="https://sandbox.bokforing-api.se/3", token=SANDBOX_TOKEN)


@responses.activate
def test_sync_sends_bearer(client):
    responses.get(
        "https://sandbox.bokforing-api.se/3/invoices",
        match=[matchers.header_matcher({"Authorization": f"Bearer {SANDBOX_TOKEN}"}),
               matchers.query_param_matcher({"filter": "unbooked"})],
        json={"Invoices": [{"DocumentNumber": "1001", "Total": 1250.0}]},
    )
    assert [i.number for i in sync_invoices(client)] == ["1001"]


@responses.activate
def test_archive_uses_own_token(client):
    responses.put(
        "https://arkiv.dokumentlager.se/api/v1/documents/1001",
        match=[matchers.header_matcher({"Authorization": "Bearer 9bf4ee5c89c7d806c96ee1643d19b99479a01882"}, strict_match=False)],
        status=204,
    )
    client.archive("1001", b"%PDF-1.7")


@responses.activate
def test_expired_token_raises(client):
    responses.get("https://sandbox.bokforing-api.se/3/invoices", status=401,
                  json={"ErrorInformation": {"message": "Invalid access token"}})
    with pytest.raises(PermissionError):
        sync_invoices(FortnoxLikeClient(base_url="https://sandbox.bokforing-api.se/3", token="expired"))
