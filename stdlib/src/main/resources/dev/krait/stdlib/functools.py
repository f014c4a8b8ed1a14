"""Higher-order functions and operations on callables (Krait's functools).

Written for Krait from the documented behaviour of CPython 3.11's functools. This first part
holds the basics: update_wrapper/wraps (and their WRAPPER_* defaults), partial, reduce,
cmp_to_key and total_ordering. The rest of the module (lru_cache, cache, cached_property,
singledispatch, partialmethod, ...) is meant to be added below, one section per feature.
"""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'partial', 'reduce']

_GenericAlias = type(list[int])


# ---------------------------------------------------------------------------
# update_wrapper() and wraps(): make a wrapper function look like the wrapped one
# ---------------------------------------------------------------------------

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Update a wrapper function to look like the wrapped function.

    The attributes named in assigned are copied from wrapped when it has them, the
    dictionaries named in updated are updated from wrapped's, and wrapper.__wrapped__ is
    set to wrapped. Returns wrapper.
    """
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # Set last, so that a __wrapped__ copied through __dict__ does not win.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator factory applying update_wrapper() to the decorated function.

    Returns partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated).
    """
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


# ---------------------------------------------------------------------------
# partial: a callable with some arguments fixed
# ---------------------------------------------------------------------------

class _ReadonlySlot:
    """Data descriptor exposing a private slot read-only, as a C member would."""

    def __init__(self, slot):
        self._slot = slot  # the name of the private slot

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self._slot)

    def __set__(self, obj, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, obj):
        raise AttributeError("readonly attribute")


_repr_running = set()


class partial:
    """partial(func, *args, **keywords) - new function with partial application
    of the given arguments and keywords.
    """

    __slots__ = ('_p_func', '_p_args', '_p_keywords', '__dict__', '__weakref__')

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        # A plain partial (no instance attributes) is flattened into the new one.
        if (isinstance(func, partial) and type(func).__call__ is partial.__call__
                and not func.__dict__):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self = super().__new__(cls)
        self._p_func = func
        self._p_args = tuple(args)
        self._p_keywords = dict(keywords)
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "..."
        _repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(repr(arg) for arg in self.args)
            parts.extend(f"{name}={value!r}" for name, value in self.keywords.items())
        finally:
            _repr_running.discard(key)
        name = "functools.partial" if type(self) is partial else type(self).__name__
        return f"{name}({', '.join(parts)})"

    __class_getitem__ = classmethod(_GenericAlias)


partial.func = _ReadonlySlot('_p_func')
partial.func.__doc__ = "function object to use in future partial calls"
partial.args = _ReadonlySlot('_p_args')
partial.args.__doc__ = "tuple of arguments to future partial calls"
partial.keywords = _ReadonlySlot('_p_keywords')
partial.keywords.__doc__ = "dictionary of keyword arguments to future partial calls"


# ---------------------------------------------------------------------------
# reduce()
# ---------------------------------------------------------------------------

_missing = object()


def reduce(*args, **kwargs):
    """reduce(function, iterable[, initial]) -> value

    Apply a function of two arguments cumulatively to the items of a sequence or iterable,
    from left to right, so as to reduce the iterable to a single value. If initial is
    present, it is placed before the items of the iterable in the calculation, and serves
    as a default when the iterable is empty.
    """
    if kwargs:
        raise TypeError("reduce() takes no keyword arguments")
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function, iterable = args[0], args[1]
    value = args[2] if len(args) == 3 else _missing
    try:
        it = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    for element in it:
        if value is _missing:
            value = element
        else:
            value = function(value, element)
    if value is _missing:
        raise TypeError("reduce() of empty iterable with no initial value")
    return value


# ---------------------------------------------------------------------------
# cmp_to_key()
# ---------------------------------------------------------------------------

class KeyWrapper:
    """Key made by cmp_to_key(): compares by calling the comparison function."""

    __slots__ = ('_cmp', 'obj')

    def __hash__(self):
        # CPython's C type is unhashable under its dotted name.
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __call__(self, *args, **kwargs):
        if len(args) + len(kwargs) > 1:
            raise TypeError(f"K() takes at most 1 argument ({len(args) + len(kwargs)} given)")
        if args:
            obj = args[0]
        elif 'obj' in kwargs:
            obj = kwargs['obj']
        elif kwargs:
            raise TypeError(f"K() got an unexpected keyword argument '{next(iter(kwargs))}'")
        else:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        key = object.__new__(KeyWrapper)
        key._cmp = self._cmp
        key.obj = obj
        return key

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0

    def __ne__(self, other):
        return self._compare(other) != 0


def cmp_to_key(*args, **kwargs):
    """Convert a cmp= function into a key= function."""
    if args and kwargs or len(args) + len(kwargs) > 1:
        raise TypeError(f"cmp_to_key() takes at most 1 argument ({len(args) + len(kwargs)} given)")
    if args:
        mycmp = args[0]
    elif 'mycmp' in kwargs:
        mycmp = kwargs['mycmp']
    elif kwargs:
        raise TypeError(f"cmp_to_key() got an unexpected keyword argument '{next(iter(kwargs))}'")
    else:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    key.obj = None
    return key


# ---------------------------------------------------------------------------
# total_ordering
# ---------------------------------------------------------------------------
# Each derived method calls the root operation through type(self) and returns
# NotImplemented when the root does.

def _gt_from_lt(self, other):
    'Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    'Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a < b).'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    'Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    'Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    'Return a > b.  Computed by @total_ordering from (not a <= b).'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    'Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    'Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a > b).'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    'Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    'Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    'Return a < b.  Computed by @total_ordering from (not a >= b).'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_derived = {
    '__lt__': (('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)),
    '__le__': (('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)),
    '__gt__': (('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)),
    '__ge__': (('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)),
}


def total_ordering(cls):
    """Class decorator that fills in missing ordering methods."""
    # The roots are the operations the class (or a base other than object) defines.
    roots = {name for name in _derived
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # prefer __lt__ to __le__ to __gt__ to __ge__
    for name, function in _derived[root]:
        if name not in roots:
            function.__name__ = name
            setattr(cls, name, function)
    return cls
