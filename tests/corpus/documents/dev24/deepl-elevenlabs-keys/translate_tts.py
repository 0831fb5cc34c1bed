"""Translate the weekly newsletter and read it aloud for the audio edition."""
import deepl
from elevenlabs.client import ElevenLabs

DEEPL_AUTH_KEY = "da4993a4-c403-02db-ff9f-63da2b8f465b:fx"
ELEVEN_API_KEY = "sk_39ba97216cefb7f62c279f6756925637c63df809"
VOICE_ID = "EXAVITQu4vr4xnSDxMaL"   # public stock voice id

translator = deepl.Translator(DEEPL_AUTH_KEY)
tts = ElevenLabs(api_key=ELEVEN_API_KEY)


def run(text: str) -> bytes:
    sv = translator.translate_text(text, target_lang="SV").text
    return b"".join(tts.text_to_speech.convert(voice_id=VOICE_ID, text=sv, model_id="eleven_multilingual_v2"))
