import asyncio

from gql import Client, gql
from gql.transport.aiohttp import AIOHTTPTransport

TRANSPORT = AIOHTTPTransport(
    url="https://shop.koksbutiken.se/api/2024-10/graphql.json",
    headers={"Authorization": "Bearer e1409d334a57009d0f553310f8c060dd"},
)
ADMIN = AIOHTTPTransport(
    url="https://admin.koksbutiken.se/graphql",
    headers={"Authorization": "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJldGwtcnVubmVyIiwicm9sZSI6ImV0bCIsImlhdCI6MTc3MDAwODg2MiwiZXhwIjoxNzcwMDk1MjYyLCJqdGkiOiIxMmYyZWYwYTMxODNhMDZkIn0.robxXQiV2tktMfZ-smQywMhphTa3uquaU7_60ZK14XR", "X-Request-Source": "etl"},
)

QUERY = gql("""
query ($cursor: String) {
  products(first: 100, after: $cursor) { pageInfo { hasNextPage endCursor } nodes { id title handle } }
}
""")


async def main():
    async with Client(transport=TRANSPORT, fetch_schema_from_transport=False) as session:
        res = await session.execute(QUERY, variable_values={"cursor": None})
        print(len(res["products"]["nodes"]))


asyncio.run(main())
