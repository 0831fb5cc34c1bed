// Validators for secrets found by their key name (validators_secrets.cpp).
#pragma once

#include <string_view>

namespace privguard::core::secrets {

// An encrypted value that names its scheme: jasypt's ENC(...), Spring
// Cloud Config's {cipher}..., Mule's ![...], EJSON's EJ[1:...], pgpool-II's
// AES..., Buddy.Works' secure!...; or base64 in braces, as Jenkins ({AQAAABAAAA...}) and Maven's
// settings.xml ({COQLCE6DU6GtcS5P=}) store an encrypted password: the
// secret is elsewhere.
bool encrypted_value(std::string_view value) noexcept;

// Standard base64's alphabet only, '=' only at the end (two at most).
bool base64_text(std::string_view value) noexcept;

// A generated secret, not a placeholder, reference, word or identifier:
// 16+ characters, no template or placeholder word, Shannon entropy >= 3
// bits per byte, and mixed character classes (letters and digits, letters
// and symbols, or both letter cases in about equal measure).
bool high_entropy_valid(std::string_view value) noexcept;

// A value a person made up, as a password is: 8 to 64 characters, no
// blank, a letter, and a digit or a symbol other than the '-', '_' and
// '.' that join words ("River1962.", "NARAN-5672nja", "l:b:w~6_~eNMk*";
// not "my-test-secret", an OpenSSL "pass:insta" or "env:VAR", a "$var").
bool typed_password_shaped(std::string_view value) noexcept;

// Base64 (standard or URL-safe) that decodes to printable
// "user:password" with something on both sides of the first colon.
bool base64_credentials_valid(std::string_view value) noexcept;

// An Azure storage account key (64 bytes: 86 base64 characters and "==")
// or SAS signature (32 bytes: 43 and "="), possibly URL-encoded (%2B %2F
// %3D) or with JSON-escaped slashes.
bool azure_key_valid(std::string_view value) noexcept;

// An AWS secret access key: 40 base64 characters are all hex digits about
// once in 10^24, so 40 hex digits are something else (a SHA-1 digest, a
// webhook's hex secret), which the generic-secret rule may still judge.
// Otherwise as secret-value.
bool aws_secret_key_valid(std::string_view value) noexcept;

}  // namespace privguard::core::secrets
