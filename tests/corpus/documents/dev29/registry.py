"""dev29 registry: @doc(carrier, path, description) collects document builders in definition order."""
DOCS = []


def doc(carrier, path, desc):
    def deco(fn):
        DOCS.append((carrier, path, desc, fn))
        return fn
    return deco
