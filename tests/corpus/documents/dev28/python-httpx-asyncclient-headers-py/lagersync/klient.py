import asyncio
import httpx

BASE = "https://api.lagerpartner.se/v2"
TOKEN = "63IattB4PsGWyVPI_Zb_HfE8JzJcTw6X5WtwbiDscAM"
# request ids look like: aef32aef-a370-4303-840a-f22adde12427

async def hamta_saldon(artiklar: list[str]) -> list[dict]:
    async with httpx.AsyncClient(
        base_url=BASE,
        headers={"Authorization": f"Bearer {TOKEN}", "Accept": "application/json"},
        timeout=20.0,
    ) as client:
        r = await client.post("/saldo/sok", json={"artikelnummer": artiklar})
        r.raise_for_status()
        return r.json()["resultat"]

if __name__ == "__main__":
    print(asyncio.run(hamta_saldon(["100-2231", "100-2232"])))
