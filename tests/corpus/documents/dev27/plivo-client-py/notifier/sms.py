import plivo

# Account > Overview. Auth ID is an identifier, the auth token is the secret.
AUTH_ID = "MAQRSGU9E5EOJVI7U0HX"
AUTH_TOKEN = "96k0hWZ58Z6AmllqAtx1CSamdIugWoHW6JHJ6RGV"
SRC = "+46729822297"   # our Plivo number (rented)

client = plivo.RestClient(auth_id=AUTH_ID, auth_token=AUTH_TOKEN)


def alert(number: str, text: str) -> str:
    resp = client.messages.create(src=SRC, dst=number, text=text)
    return resp.message_uuid[0]


if __name__ == "__main__":
    print(alert("+46703662320", "Larm: frys 3 över -12 °C"))
