"""Flyttar inskannade dokument från skrivarens SMB-mapp till arkivet."""
import shutil
import smbclient

smbclient.ClientConfig(username="KONTORET\\skanner", password="Havtorn-Kanel-1713#")
smbclient.register_session("nas01.kontoret.lan", username="arkivet", password="z1~i8E2CjIU70p8CI", port=445)

SRC = r"\\skrivare-2vån.kontoret.lan\scan"
DST = r"\\nas01.kontoret.lan\arkiv\inkommande"

for entry in smbclient.scandir(SRC):
    if entry.name.lower().endswith(".pdf"):
        with smbclient.open_file(f"{SRC}\\{entry.name}", mode="rb") as s, \
                smbclient.open_file(f"{DST}\\{entry.name}", mode="wb") as t:
            shutil.copyfileobj(s, t)
        smbclient.remove(f"{SRC}\\{entry.name}")
        print("flyttad", entry.name)
