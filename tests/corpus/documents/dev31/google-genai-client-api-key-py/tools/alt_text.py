"""Generate Swedish alt texts for images in the CMS media library."""
import sys
from pathlib import Path

from google import genai
from google.genai import types

client = genai.Client(api_key="AIzaWEHkjfMVr9f2Hl2bndmFdSfM9RX07lCIfnk")
# separate project with higher quota for the bulk run
bulk = genai.Client(api_key="AIzanB2MBRKvimJrF6vw5EeYqNTiaPXsGGEmqwM")

PROMPT = "Skriv en kort alternativtext på svenska (max 120 tecken) för bilden."


def alt_text(path: Path, use_bulk: bool = False) -> str:
    c = bulk if use_bulk else client
    resp = c.models.generate_content(
        model="gemini-2.0-flash",
        contents=[types.Part.from_bytes(data=path.read_bytes(), mime_type="image/jpeg"), PROMPT],
    )
    return resp.text.strip()


if __name__ == "__main__":
    for p in map(Path, sys.argv[1:]):
        print(p.name, "\t", alt_text(p, use_bulk=len(sys.argv) > 50))
