import dropbox

dbx = dropbox.Dropbox(
    oauth2_access_token="sl.BRumir8TlvZ0LASfKJDLQ8ySQRLecPmbZz7xqUas_M19dKqrM0J2X-aBkqhASiao_b9UYlhV8YCrROx6YuiYuEpjNy-FfyMZXCyw_JOhAglJI4FGqOnn7IKhlEqy93x7ykn5KkH_c",
    oauth2_refresh_token="M7HQM5c0TV85xgX6iHlS5uxnJRtfKXVV3d6qqtgJP0dir3kcOXi0QRG1N3z50ZWw",
    app_key="34pae2i17txnyyt",
    app_secret="166chny52kp0q30",
)

with open("rapport-2026-01.pdf", "rb") as fh:
    dbx.files_upload(fh.read(), "/Rapporter/2026/rapport-2026-01.pdf", mode=dropbox.files.WriteMode.overwrite)
