"""@doc(carrier, path, description) registers a document builder; builders take a core.Doc and return the text."""
DOCS = []


def doc(carrier, path, desc):
    def deco(fn):
        DOCS.append((carrier, path, desc, fn.__module__, fn))
        return fn
    return deco
