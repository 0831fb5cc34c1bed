from azure.storage.blob import BlobServiceClient

CONN = (
    "DefaultEndpointsProtocol=https;AccountName=norrloggarkiv;"
    "AccountKey=ALjRHqhOXhTZG6aEYSH8ibsiRbTSMlRl+JUbW85MzE12YwQu5epB+yuNxBGxWdOO5TxygL5+96uXXNtDpEcMXA==;"
    "EndpointSuffix=core.windows.net"
)
# Azurite default for local runs (public, documented): see README

def arkivera(sokvag: str) -> None:
    svc = BlobServiceClient.from_connection_string(CONN)
    blob = svc.get_blob_client(container="loggar", blob=sokvag.split("/")[-1])
    with open(sokvag, "rb") as f:
        blob.upload_blob(f, overwrite=True)
