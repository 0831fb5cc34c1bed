#!/usr/bin/env python3
"""Laddar upp månadens fakturor till arkiv-bucketen."""
import pathlib
import boto3

session = boto3.Session(
    aws_access_key_id="AKIABJAZY47LBUDPCYHS",
    aws_secret_access_key="V8tNq3PZW4VrAkHaKB1Lzt2dPIunCV0weIrkAtUO",
    region_name="eu-north-1",
)
s3 = session.client("s3")
# docs example, do not use: AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

for pdf in pathlib.Path("/srv/fakturor/2026-01").glob("*.pdf"):
    key = f"fakturor/2026/01/{pdf.name}"
    s3.upload_file(str(pdf), "hedeby-arkiv-prod", key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    print("uploaded", key)
