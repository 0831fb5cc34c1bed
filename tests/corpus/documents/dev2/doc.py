"""A document under construction and its labels."""


class Doc:
    def __init__(self, path):
        self.path = path
        self.labels = []
        self.text = ""

    def L(self, cat, val):
        """Label val (exactly as written in the file) and return it."""
        if (cat, val) not in self.labels:
            self.labels.append((cat, val))
        return val

    def set(self, text):
        self.text = text
        return self


def tsv_escape(v):
    return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def tsv_unescape(v):
    out, i = [], 0
    while i < len(v):
        c = v[i]
        if c == "\\" and i + 1 < len(v):
            n = v[i + 1]
            out.append({"\\": "\\", "n": "\n", "r": "\r", "t": "\t"}[n])
            i += 2
        else:
            out.append(c)
            i += 1
    return "".join(out)
