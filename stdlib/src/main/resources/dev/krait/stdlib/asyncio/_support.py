"""Private helpers for the asyncio package.

Krait has no heapq, reprlib, traceback or functools yet, so the few pieces asyncio needs
live here:

* heap_push/heap_pop: a binary min-heap on a list, with the same sift algorithm as heapq
  (so ties between equal items come out in the same order as in CPython);
* short_repr: reprlib.repr's abbreviations (used for results in Future reprs);
* format_callback_source: ``name(args) at file:line`` as in asyncio's reprs and messages;
* format_exception: traceback.format_exception's text for an exception chain (used by
  the default exception handler, which writes what CPython's logging would write).
"""

import sys as _sys


# ---------------------------------------------------------------- heap

def heap_push(heap, item):
    heap.append(item)
    _sift_down(heap, 0, len(heap) - 1)


def heap_pop(heap):
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sift_up(heap, 0)
        return top
    return last


def heapify(heap):
    n = len(heap)
    for i in reversed(range(n // 2)):
        _sift_up(heap, i)


def _sift_down(heap, start, pos):
    item = heap[pos]
    while pos > start:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sift_up(heap, pos):
    # Move the smaller child up until a leaf is reached, then sift the item down to
    # its place (heapq's "bottom-up" variant, which fixes the order of equal items).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_down(heap, start, pos)


# ---------------------------------------------------------------- reprlib.repr

def _cut(s, limit):
    if len(s) > limit:
        i = max(0, (limit - 3) // 2)
        j = max(0, limit - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


def _sorted_if_possible(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _repr_items(items, n, level, left, right, limit, trail=''):
    if level <= 0:
        body = '...'
    else:
        pieces = [short_repr(v, level - 1) for v in items[:limit]]
        if n > limit:
            pieces.append('...')
        body = ', '.join(pieces)
    if n == 1 and trail:
        right = trail + right
    return left + body + right


def short_repr(x, level=6):
    """reprlib.repr(x) with reprlib's default limits."""
    tp = type(x)
    if tp is str:
        s = repr(x[:30])
        if len(s) > 30:
            s = _cut(repr(x), 30)
        return s
    if tp is int:
        return _cut(repr(x), 40)
    if tp is list:
        return _repr_items(x, len(x), level, '[', ']', 6)
    if tp is tuple:
        return _repr_items(x, len(x), level, '(', ')', 6, ',')
    if tp is set:
        if not x:
            return 'set()'
        return _repr_items(_sorted_if_possible(x), len(x), level, '{', '}', 6)
    if tp is frozenset:
        if not x:
            return 'frozenset()'
        return _repr_items(_sorted_if_possible(x), len(x), level, 'frozenset({', '})', 6)
    if tp is dict:
        n = len(x)
        if n == 0:
            return '{}'
        if level <= 0:
            return '{...}'
        pieces = []
        for key in _sorted_if_possible(x)[:4]:
            pieces.append(f'{short_repr(key, level - 1)}: {short_repr(x[key], level - 1)}')
        if n > 4:
            pieces.append('...')
        return '{' + ', '.join(pieces) + '}'
    try:
        s = repr(x)
    except Exception:
        return f'<{tp.__name__} instance>'
    return _cut(s, 30)


# ---------------------------------------------------------------- callbacks

def _callable_name(func):
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None)
    if name:
        return name
    text = repr(func)
    # Krait's builtin functions have no __name__ yet: take it from the repr.
    if text.startswith('<built-in function ') and text.endswith('>'):
        return text[19:-1]
    return text


def function_source(func):
    """(filename, first line) of a plain function, else None (bound methods have none)."""
    while hasattr(func, '__wrapped__'):
        func = func.__wrapped__
    if type(func).__name__ == 'function':
        code = func.__code__
        return code.co_filename, code.co_firstlineno
    if isinstance(func, Partial):
        return function_source(func.func)
    return None


def format_callback(func, args, kwargs=None, suffix=''):
    if isinstance(func, Partial):
        suffix = format_args(args, kwargs) + suffix
        return format_callback(func.func, func.args, func.keywords, suffix)
    return _callable_name(func) + format_args(args, kwargs) + suffix


def format_args(args, kwargs=None):
    items = [short_repr(arg) for arg in args]
    if kwargs:
        items.extend(f'{k}={short_repr(v)}' for k, v in kwargs.items())
    return '(' + ', '.join(items) + ')'


def format_callback_source(func, args):
    text = format_callback(func, args)
    source = function_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


class Partial:
    """A minimal functools.partial (Krait has no functools yet)."""

    __slots__ = ('func', 'args', 'keywords')

    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            keywords = {**self.keywords, **keywords}
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        items = [repr(self.func)] + [repr(a) for a in self.args]
        items += [f'{k}={v!r}' for k, v in self.keywords.items()]
        return f"functools.partial({', '.join(items)})"


# ---------------------------------------------------------------- tracebacks

_PACKAGE_DIR = __file__.rsplit('/', 1)[0] + '/' if '/' in __file__ else None
_source_cache = {}


def _source_line(filename, lineno):
    lines = _source_cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().split('\n')
        except Exception:
            lines = []
        _source_cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _format_tb(tb):
    """The ``File ...`` lines of a traceback, leaving out asyncio's own frames (which
    are C code, invisible in tracebacks, in CPython), with CPython's collapsing of
    repeated lines."""
    out = []
    last = None
    count = 0
    while tb is not None:
        code = tb.tb_frame.f_code
        filename = code.co_filename
        if _PACKAGE_DIR is None or not filename.startswith(_PACKAGE_DIR):
            key = (filename, tb.tb_lineno, code.co_name)
            if key == last:
                count += 1
            else:
                if count > 3:
                    out.append(f'  [Previous line repeated {count - 3} more times]\n')
                last = key
                count = 1
            if count <= 3:
                text = f'  File "{filename}", line {tb.tb_lineno}, in {code.co_name}\n'
                line = _source_line(filename, tb.tb_lineno)
                if line:
                    text += f'    {line}\n'
                out.append(text)
        tb = tb.tb_next
    if count > 3:
        out.append(f'  [Previous line repeated {count - 3} more times]\n')
    return out


def _format_exception_only(exc):
    tp = type(exc)
    name = tp.__qualname__
    module = tp.__module__
    if module not in ('__main__', 'builtins'):
        name = f'{module}.{name}'
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    lines = [f'{name}: {text}\n' if text else f'{name}\n']
    notes = getattr(exc, '__notes__', None)
    if notes:
        for note in notes:
            lines.append(f'{note}\n')
    return lines


def format_exception(exc):
    """traceback.format_exception(exc) joined: the whole __cause__/__context__ chain."""
    chain = []
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if exc.__cause__ is not None:
            chain.append((exc, '\nThe above exception was the direct cause of the following exception:\n\n'))
            exc = exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            chain.append((exc, '\nDuring handling of the above exception, another exception occurred:\n\n'))
            exc = exc.__context__
        else:
            chain.append((exc, None))
            exc = None
    out = []
    for exc, separator in reversed(chain):
        if separator:
            out.append(separator)
        if exc.__traceback__ is not None:
            out.append('Traceback (most recent call last):\n')
            out.extend(_format_tb(exc.__traceback__))
        out.extend(_format_exception_only(exc))
    return ''.join(out)


def write_error(text):
    """What logging's last-resort handler does with logger.error(text)."""
    _sys.stderr.write(text + '\n')
