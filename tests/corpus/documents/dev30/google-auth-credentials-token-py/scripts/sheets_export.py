from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build

creds = Credentials(
    token="ya29.c0S49Gh0NsJyxWCvFKkIKps5D1Sk8ZbQwsUJjdM2lb6wQSPzTG8iTJrB10hUmYAIyNdURYtcZQsX9vmBmpWMflTcPJFJ13oLz1X2vN4X-MCbp9JakTjvGr5zLZCNsk0L6tr-MnmEoqIoyrwH8Y-dVvU8Qd4fQq4g3FWiy1-n0",
    refresh_token="1//0XGFe8N6Wo_erj0sGiVjvqg6o80Hg9sDxePVjjaTjF46dGGHs0G1cKquSbGIbEC--sM4lPCfpLJQdO11fJ2FBvbxgDliCCErIP-D",
    token_uri="https://oauth2.googleapis.com/token",
    client_id="570919543496-aocy6vn9nkcj5d1pkfvrwwafbnplr9lx.apps.googleusercontent.com",
    client_secret="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",
    scopes=["https://www.googleapis.com/auth/spreadsheets.readonly"],
)
sheets = build("sheets", "v4", credentials=creds)
rows = sheets.spreadsheets().values().get(spreadsheetId="r7HR7Mx5kI18cCXpe7CGCBJRud5tmEWu_cjm2NEklNlG", range="Bokningar!A1:H").execute()
print(len(rows.get("values", [])))
