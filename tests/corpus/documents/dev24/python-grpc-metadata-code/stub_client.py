import grpc

from inventory.v1 import inventory_pb2, inventory_pb2_grpc

TARGET = "inventory.grpc.varuflodet.se:443"
# Issued by the platform team for the "pricing-batch" workload (2025-12-01)
ACCESS_TOKEN = "DO_GBjOvK7s8CX4gTscaOpbjU07NifCr8XIW5ffMk_9"


def _metadata():
    return (("authorization", f"Bearer {ACCESS_TOKEN}"), ("x-tenant", "se-1"))


def get_stock(sku: str) -> int:
    creds = grpc.ssl_channel_credentials()
    with grpc.secure_channel(TARGET, creds) as ch:
        stub = inventory_pb2_grpc.InventoryStub(ch)
        return stub.GetStock(inventory_pb2.StockRequest(sku=sku), metadata=_metadata(), timeout=5).quantity


def reserve(sku: str, qty: int):
    call_creds = grpc.access_token_call_credentials("JvlKwgUxfoQzpK5mqL43uOGqvecGgo1xsm07uWNLLFkXF7ZP7C4ce96G3jgFpZw2")
    creds = grpc.composite_channel_credentials(grpc.ssl_channel_credentials(), call_creds)
    with grpc.secure_channel(TARGET, creds) as ch:
        inventory_pb2_grpc.InventoryStub(ch).Reserve(inventory_pb2.ReserveRequest(sku=sku, qty=qty))
