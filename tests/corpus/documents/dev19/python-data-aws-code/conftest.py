# tests/conftest.py
import os
import boto3
import pytest
from moto import mock_aws


@pytest.fixture(autouse=True)
def aws_credentials():
    """Mocked AWS Credentials for moto."""
    os.environ["AWS_ACCESS_KEY_ID"] = "testing"
    os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"
    os.environ["AWS_SECURITY_TOKEN"] = "testing"
    os.environ["AWS_SESSION_TOKEN"] = "testing"
    os.environ["AWS_DEFAULT_REGION"] = "us-east-1"


@pytest.fixture
def s3(aws_credentials):
    with mock_aws():
        yield boto3.client("s3", region_name="us-east-1")


@pytest.fixture
def real_staging_bucket():
    """Integration tests against the staging account (marked slow, skipped in CI)."""
    client = boto3.client(
        "s3",
        aws_access_key_id="AKIAIM367IZBBZKH7PKB",
        aws_secret_access_key="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",
        region_name="eu-north-1",
    )
    return client


@pytest.fixture
def sqs_load_test_queue():
    return boto3.resource("sqs", region_name="eu-north-1",
                          aws_access_key_id='AKIAIWXGW2VHNPWNJ65F', aws_secret_access_key='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')


def test_doc_credentials_are_rejected():
    from app.creds import looks_real
    assert not looks_real("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
