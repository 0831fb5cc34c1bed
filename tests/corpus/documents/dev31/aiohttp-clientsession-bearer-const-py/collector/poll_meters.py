import asyncio
import json

import aiohttp

METER_API_TOKEN = "D9kYkU6jdSpr_lqfl65HmNRHcAXswkR7UEW_67Sw_C1SNpe3"
TSDB_TOKEN = "d66b11c39cebf0223b0dab85cb03f49e"


async def poll(session: aiohttp.ClientSession, meter_id: str) -> dict:
    async with session.get(f"https://meters.vattenverket-intern.se/api/v1/meters/{meter_id}/latest") as r:
        r.raise_for_status()
        return await r.json()


async def main(meters: list[str]) -> None:
    headers = {"Authorization": f"Bearer {METER_API_TOKEN}", "Accept": "application/json"}
    async with aiohttp.ClientSession(headers=headers, timeout=aiohttp.ClientTimeout(total=20)) as s:
        readings = await asyncio.gather(*(poll(s, m) for m in meters))
    async with aiohttp.ClientSession(headers={"Authorization": "Bearer " + TSDB_TOKEN}) as tsdb:
        await tsdb.post("https://tsdb.vattenverket-intern.se/write", data="\n".join(json.dumps(r) for r in readings))


if __name__ == "__main__":
    asyncio.run(main(["VV-00412", "VV-00413", "VV-01877"]))
