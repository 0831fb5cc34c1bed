"""Value classes of the brief (weights by labelled values)."""
NATID = {"se-personnummer", "fi-hetu", "nl-bsn", "de-steuer-id", "fr-nir", "es-dni", "it-codice-fiscale",
         "uk-nino", "in-aadhaar", "us-ssn"}
VENDOR = {"twilio-key", "sendgrid-key", "mailgun-key", "stripe-key", "datadog-key", "slack-token", "slack-webhook",
          "github-token", "gitlab-token", "openai-key", "anthropic-key", "google-api-key", "shopify-token",
          "npm-token", "pypi-token", "huggingface-token", "aws-access-key-id", "aws-secret-key", "azure-storage-key"}
SECRETS = VENDOR | {"generic-secret", "bearer-token", "jwt"}

NAMES = {
    1: "1. generic secrets (`generic-secret`, `generic-secret|password`)",
    2: "2. bearer and API tokens handed to clients (`bearer-token`, `bearer-token|generic-secret`, `jwt|bearer-token`, vendor tokens outside event streams)",
    3: "3. national identifiers (HETU, personnummer, BSN, Steuer-ID, NIR, DNI/NIE, codice fiscale, NINO, Aadhaar, SSN in the national-id documents)",
    4: "4. vendor keys and secrets in event streams, webhook payloads and audit logs",
    5: "5. the rest (passwords, phones, e-mail and IP addresses, birth dates, passports, SSNs in CSV exports, cards, URL credentials)",
}
WANT = {1: 30, 2: 25, 3: 15, 4: 15, 5: 15}


def value_class(cat, module):
    cats = set(cat.split("|"))
    if cats & NATID and not (cats == {"us-ssn"} and module == "docs_rest"):
        return 3
    if module == "docs_vendor" and cats & SECRETS:
        return 4
    if "bearer-token" in cats or cats & VENDOR:
        return 2
    if "generic-secret" in cats:
        return 1
    return 5
