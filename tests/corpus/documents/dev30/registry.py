"""@doc(carrier, path, description, group) registers a document builder; builders take a Doc and return text."""
DOCS = []


def doc(carrier, path, desc, group):
    def deco(fn):
        DOCS.append((carrier, path, desc, group, fn))
        return fn
    return deco
