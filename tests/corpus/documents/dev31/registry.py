"""@doc(carrier, path, description, group) registers a document builder."""
BUILDERS = []

GROUPS = {
    "generic": "generic secrets in code, framework configs, CLI output, JSON logs and package-manager configs",
    "bearer": "bearer and API tokens handed to SDK and API clients",
    "natid": "national identifiers of several countries side by side",
    "vendor": "vendor keys in event streams, webhook payloads and audit logs",
    "rest": "the rest: passwords in prose, phones in JSON, passports and birth dates, SSNs, cards",
}


def doc(carrier, path, desc, group):
    def deco(fn):
        BUILDERS.append((carrier, path, desc, group, fn))
        return fn
    return deco
