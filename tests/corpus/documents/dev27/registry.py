"""dev27 registry: @doc(carrier, path, description) registers a document builder."""
DOCS = []


def doc(carrier, path, desc):
    def deco(fn):
        DOCS.append((carrier, path, desc, fn.__module__, fn))
        return fn
    return deco
