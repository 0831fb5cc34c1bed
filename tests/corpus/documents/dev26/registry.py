"""Document registry: @doc(carrier, path, description) registers a builder function f(d) -> text."""
import collections
import inspect

_DOCS = collections.OrderedDict()
_MOD = {}


def doc(carrier, path, desc):
    def wrap(fn):
        mod = inspect.getmodule(fn).__name__
        _DOCS.setdefault(mod, []).append((carrier, path, desc, fn))
        _MOD[carrier] = mod
        return fn
    return wrap


def take(modname):
    return list(_DOCS.get(modname, []))


def module_of(carrier):
    return _MOD[carrier]
