"""Tests for kyc.national_id.validate().

The valid numbers below were taken from real onboarding cases that failed in
production (KYC-881) – they must keep passing.
"""
import pytest

from kyc.national_id import NationalIdError, normalise, validate


@pytest.mark.parametrize(
    ("country", "value"),
    [
        ("SE", "560610-5780"),
        ("SE", "920624-3645"),
        ("FI", "260403A190W"),
        ("FI", "051062U529B"),
        ("NL", "834120537"),
        ("DE", "46297133503"),
        ("FR", "168093599073412"),
        ("ES", "Z9977094K"),
        ("IT", "RMNMTT82M21A944E"),
        ("UK", "ZL567688B"),
        ("US", "420-72-4431"),
    ],
)
def test_valid(country, value):
    assert validate(country, value)


@pytest.mark.parametrize(
    ("country", "value"),
    [
        ("SE", "560610-5781"),
        ("SE", "920624-3640"),
        ("FI", "260403A190A"),
        ("FI", "051062U529A"),
        ("NL", "834120530"),
        ("DE", "46297133500"),
        ("FR", "168093599073410"),
        ("ES", "Z9977094A"),
        ("IT", "RMNMTT82M21A944A"),
        ("UK", "QQ123456C"),
        ("US", "000-12-3456"),
        ("US", "666-45-1200"),
    ],
)
def test_invalid_check_digit(country, value):
    with pytest.raises(NationalIdError):
        validate(country, value)


def test_booking_number_is_not_personnummer():
    # booking numbers of the ferry line look like personnummer and even pass
    # Luhn; validate() only accepts them when the caller says country="SE"
    # and the prefix is a plausible birth date, so this one (issued 20xx)
    # must be rejected by the age check.
    with pytest.raises(NationalIdError):
        validate("SE", "250622-3169", max_age=120, min_age=16)


def test_normalise_strips_separators():
    assert normalise("NL", " 1234.56.782 ") == "123456782"
