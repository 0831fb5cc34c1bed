import weaviate
from weaviate.classes.init import Auth

client = weaviate.connect_to_weaviate_cloud(
    cluster_url="https://f3kq0x7ars2eymq1nwa4ta.c0.europe-west3.gcp.weaviate.cloud",
    auth_credentials=Auth.api_key("cC0zZzKCrwsQo4hhyBNUYHFRvm6ljRxuAHWT3vcS"),
    headers={
        "X-OpenAI-Api-Key": "sk-proj-1FvguI2tcCQ8w0UDMeh6jhowAxeov5n3dzlTiR0lFd8f6clnv5QxFYjMbsBzPhOclVuFURyk3LVihX3-m-WEqTL5jhBpsj3hFOSqbRKD2vzDCqx_5Ppyo3rDDOXc5YbJgNsFi-qCAvRw0baxhpNBsnuh2E2I",
        "X-Cohere-Api-Key": "lu34HyzsJrpIteMMOL4dTPemrXQnVnNjFsgGg59R",
    },
)

try:
    articles = client.collections.get("Artikel")
    res = articles.query.near_text(query="bygglov altan", limit=5)
    for o in res.objects:
        print(o.properties["rubrik"])
finally:
    client.close()
