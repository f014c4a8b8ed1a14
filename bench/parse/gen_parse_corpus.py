#!/usr/bin/env python3
"""Writes the parse benchmark's input: 20,000 lines of varied, realistic Python 3.11.

The output is deterministic (a fixed seed, no dependence on the Python version's hash or
dict order), parses with CPython 3.11 (checked at the end), and exercises most of the
grammar: classes, decorators, functions with defaults and annotations, async code,
comprehensions, f-strings, every kind of string literal, try/except/finally, with, long
expressions, dict/list literals and comments.

usage: gen_parse_corpus.py [OUTPUT]   (default: parse20k.py next to this script)
"""

import os
import random
import sys
import warnings

LINES = 20_000
SEED = 20_000

WORDS = (
    "account amount buffer cache client config count data delta entry event field handler "
    "index item key limit logger message node offset order owner packet path payload queue "
    "record request response result row session size source state stream table target task "
    "timeout token total user value window worker"
).split()
TYPES = ["int", "str", "float", "bool", "bytes", "list[int]", "dict[str, int]", "tuple[int, ...]",
         "Optional[str]", "Sequence[float]", "Mapping[str, Any]", "Callable[[int], str]",
         "set[str] | None", "Iterable[tuple[str, int]]"]
EXCEPTIONS = ["ValueError", "KeyError", "TypeError", "OSError", "RuntimeError", "LookupError",
              "TimeoutError", "ConnectionError"]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.counter = 0

    # ---- small pieces -------------------------------------------------------------------
    def word(self):
        return self.r.choice(WORDS)

    def name(self):
        r = self.r.random()
        if r < 0.6:
            return self.word()
        if r < 0.9:
            return f"{self.word()}_{self.word()}"
        return f"_{self.word()}{self.r.randrange(10)}"

    def cls_name(self):
        return "".join(w.capitalize() for w in (self.word(), self.word()))

    def fresh(self, stem):
        self.counter += 1
        return f"{stem}_{self.counter}"

    def number(self):
        return self.r.choice([
            str(self.r.randrange(100)), str(self.r.randrange(10**6)), f"{self.r.random() * 100:.3f}",
            f"0x{self.r.randrange(1 << 32):08X}", f"0o{self.r.randrange(512):o}", f"0b{self.r.randrange(64):b}",
            f"{self.r.randrange(1, 999)}_000", f"{self.r.random():.2e}", f"{self.r.randrange(10)}j",
        ])

    def string(self):
        w = f"{self.word()} {self.word()}"
        return self.r.choice([
            f"'{w}'", f'"{w}"', f"'{w}\\n'", f'"{w}\\t{self.word()}"', f"r'\\d+{self.word()}\\s*'",
            f"b'{w}'", f"rb'\\x00{self.word()}'", f"u'{w}'", f"'''{w}'''", f'"""{w}"""',
            f"'{w}' '{self.word()}'", f"'caf\\u00e9 {self.word()}'", f"'\\N{{GREEK SMALL LETTER ALPHA}}'",
            f"'{self.word()} \u00e9t\u00e9 \u4e2d\u6587'", f"'{self.word()}\\'s'", f'"say \\"{self.word()}\\""',
        ])

    def fstring(self):
        a, b = self.name(), self.name()
        return self.r.choice([
            f"f'{{{a}}}'", f"f'{self.word()}: {{{a}!r}}'", f"f\"{{{a}:>{{{b}}}}} items\"",
            f"f'{{{a}.{self.word()}}} and {{{b}[0]:.2f}}'", f"f'{{{a} + 1}}/{{len({b})}}'",
            f"rf'\\b{{{a}}}\\b'", f"f'''{{{a}}}\n{self.word()}'''", f"f'{{{a}!s:^10}}{{{{literal}}}}'",
            f"f'{{\"-\".join({a})}}'",
        ])

    def atom(self):
        r = self.r.random()
        if r < 0.45:
            return self.name()
        if r < 0.65:
            return self.number()
        if r < 0.8:
            return self.string()
        if r < 0.88:
            return self.fstring()
        return self.r.choice(["None", "True", "False", "...", "[]", "{}", "()"])

    def primary(self, depth):
        base = self.name()
        for _ in range(self.r.choice([0, 0, 1, 1, 2, 3])):
            k = self.r.random()
            if k < 0.4:
                base += f".{self.word()}"
            elif k < 0.7:
                base += f"({self.call_args(depth + 1)})"
            elif k < 0.85:
                base += f"[{self.expr(depth + 1)}]"
            else:
                lo, hi = self.r.choice([("", self.number()), ("1", ""), ("", "-1"), ("::", "2")])
                base += f"[{lo}:{hi}]" if lo != "::" else f"[::{hi}]"
        return base

    def iterable(self):
        """A comprehension's iterable: no calls, so no walrus can land there."""
        return self.r.choice([self.name(), f"{self.name()}.{self.word()}", f"{self.name()}[1:]"])

    def call_args(self, depth):
        args = [self.expr(depth) for _ in range(self.r.choice([0, 1, 1, 2, 3]))]
        if self.r.random() < 0.35:
            args.append(f"{self.word()}={self.expr(depth)}")
        if self.r.random() < 0.1:
            args.append(f"*{self.name()}")
        if self.r.random() < 0.1:
            args.append(f"**{self.name()}")
        return ", ".join(args)

    def expr(self, depth=0):
        if depth > 2:
            return self.atom()
        k = self.r.random()
        d = depth + 1
        if k < 0.22:
            return self.atom()
        if k < 0.42:
            return self.primary(depth)
        if k < 0.52:
            op = self.r.choice(["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"])
            return f"{self.expr(d)} {op} {self.expr(d)}"
        if k < 0.58:
            op = self.r.choice(["<", "<=", "==", "!=", ">", ">=", "in", "not in", "is", "is not"])
            if op.startswith("is"):  # `x is 'literal'` would be a SyntaxWarning
                return f"{self.name()} {op} {self.r.choice(['None', self.name()])}"
            return f"{self.expr(d)} {op} {self.expr(d)}"
        if k < 0.62:
            return f"{self.atom()} < {self.name()} <= {self.atom()}"
        if k < 0.66:
            return f"{self.expr(d)} {self.r.choice(['and', 'or'])} not {self.expr(d)}"
        if k < 0.70:
            return f"({self.expr(d)} if {self.expr(d)} else {self.expr(d)})"
        if k < 0.75:
            v = self.word()
            return f"[{v} * 2 for {v} in {self.iterable()} if {v}]"
        if k < 0.78:
            k1, v1 = self.word(), self.word() + "_v"
            return f"{{{k1}: {v1} for {k1}, {v1} in {self.name()}.items()}}"
        if k < 0.80:
            v = self.word()
            return f"sum({v} for {v} in range({self.number()}))"
        if k < 0.83:
            return f"(lambda {self.word()}, *rest: {self.expr(d)})"
        if k < 0.86:
            return f"[{', '.join(self.atom() for _ in range(self.r.randrange(1, 6)))}]"
        if k < 0.89:
            items = ", ".join(f"{self.string()}: {self.atom()}" for _ in range(self.r.randrange(1, 4)))
            return f"{{{items}}}"
        if k < 0.91:
            # a fresh target: never a comprehension variable, never in an iterable
            return f"({self.word()}_w := {self.expr(d)})"
        if k < 0.93:
            return f"-{self.atom()}"
        if k < 0.95:
            return f"({self.expr(d)}, {self.expr(d)})"
        return self.fstring()

    def annotation(self):
        return self.r.choice(TYPES)

    def params(self, method=False):
        ps = ["self"] if method else []
        n = self.r.randrange(0, 4)
        names = []
        for i in range(n):
            p = f"{self.word()}{i}"
            names.append(p)
            if self.r.random() < 0.5:
                p += f": {self.annotation()}"
            ps.append(p)
        if self.r.random() < 0.5:
            p = f"{self.word()}_opt"
            ps.append(p + (f": {self.annotation()} = {self.atom()}" if self.r.random() < 0.5 else f"={self.atom()}"))
        if self.r.random() < 0.15:
            ps.append(f"*args")
        elif self.r.random() < 0.15:
            ps.append("*")
            ps.append(f"{self.word()}_kw: bool = False")
        if self.r.random() < 0.15:
            ps.append("**kwargs")
        return ", ".join(ps)

    # ---- statements ---------------------------------------------------------------------
    def simple(self, ind, in_func=False, in_async=False):
        k = self.r.random()
        if k < 0.25:
            return [f"{ind}{self.name()} = {self.expr()}"]
        if k < 0.32:
            return [f"{ind}{self.name()}: {self.annotation()} = {self.expr()}"]
        if k < 0.38:
            op = self.r.choice(["+=", "-=", "*=", "|=", "//=", "<<="])
            return [f"{ind}{self.name()} {op} {self.expr()}"]
        if k < 0.46:
            return [f"{ind}{self.primary(0)}({self.call_args(1)})"]
        if k < 0.50:
            return [f"{ind}{self.name()}, {self.name()} = {self.expr()}, {self.expr()}"]
        if k < 0.54:
            return [f"{ind}assert {self.primary(0)} {self.r.choice(['<', '!=', 'in'])} {self.atom()}, {self.fstring()}"]
        if k < 0.57:
            return [f"{ind}# {self.word()} {self.word()}: {self.word()} the {self.word()}",
                    f"{ind}{self.name()} = {self.expr()}  # {self.word()}"]
        if k < 0.60:
            return [f"{ind}{self.name()} = (", f"{ind}    {self.expr()}", f"{ind}    + {self.expr()}",
                    f"{ind}    - {self.expr()}", f"{ind})"]
        if k < 0.63:
            return [f"{ind}{self.name()} = {self.atom()} + \\", f"{ind}    {self.atom()}"]
        if k < 0.67:
            lines = [f"{ind}{self.name().upper()} = {{"]
            for _ in range(self.r.randrange(2, 6)):
                lines.append(f"{ind}    {self.string()}: {self.expr()},")
            return lines + [f"{ind}}}"]
        if k < 0.70:
            lines = [f"{ind}{self.name()} = ["]
            for _ in range(self.r.randrange(2, 6)):
                lines.append(f"{ind}    ({self.atom()}, {self.atom()}),")
            return lines + [f"{ind}]"]
        if k < 0.73:
            return [f"{ind}del {self.name()}[{self.atom()}]"]
        if in_async and k < 0.80:
            return [f"{ind}{self.name()} = await {self.primary(0)}({self.call_args(1)})"]
        if in_func and k < 0.86:
            return [f"{ind}return {self.expr()}"]
        if in_func and k < 0.89:
            return [f"{ind}raise {self.r.choice(EXCEPTIONS)}({self.fstring()}) from {self.name()}"]
        if in_func and k < 0.92 and not in_async:
            return [f"{ind}yield {self.expr()}"]
        return [f"{ind}{self.name()} = {self.expr()} if {self.expr()} else {self.expr()}"]

    def block(self, ind, depth, in_func, in_async, n=None):
        out = []
        for _ in range(n or self.r.randrange(1, 5)):
            out += self.stmt(ind, depth, in_func, in_async)
        return out

    def stmt(self, ind, depth, in_func=False, in_async=False):
        if depth >= 3 or self.r.random() < 0.6:
            return self.simple(ind, in_func, in_async)
        inner = ind + "    "
        d = depth + 1
        k = self.r.random()
        if k < 0.25:
            out = [f"{ind}if {self.expr()}:"] + self.block(inner, d, in_func, in_async)
            if self.r.random() < 0.5:
                out += [f"{ind}elif {self.name()} is not None:"] + self.block(inner, d, in_func, in_async)
            if self.r.random() < 0.5:
                out += [f"{ind}else:"] + self.block(inner, d, in_func, in_async)
            return out
        if k < 0.42:
            v = self.word()
            a = "async " if in_async and self.r.random() < 0.3 else ""
            out = [f"{ind}{a}for {v}, {v}_i in enumerate({self.primary(0)}):"]
            out += self.block(inner, d, in_func, in_async)
            if self.r.random() < 0.2:
                out += [f"{ind}else:"] + self.block(inner, d, in_func, in_async)
            return out
        if k < 0.50:
            return [f"{ind}while {self.expr()}:"] + self.block(inner, d, in_func, in_async) + [f"{inner}break"]
        if k < 0.70:
            out = [f"{ind}try:"] + self.block(inner, d, in_func, in_async)
            for _ in range(self.r.randrange(1, 3)):
                e = self.r.choice(EXCEPTIONS)
                if self.r.random() < 0.5:
                    out += [f"{ind}except ({e}, {self.r.choice(EXCEPTIONS)}) as exc:"]
                else:
                    out += [f"{ind}except {e}:"]
                out += self.block(inner, d, in_func, in_async)
            if self.r.random() < 0.3:
                out += [f"{ind}else:"] + self.block(inner, d, in_func, in_async)
            if self.r.random() < 0.4:
                out += [f"{ind}finally:"] + self.block(inner, d, in_func, in_async)
            return out
        if k < 0.85:
            a = "async " if in_async and self.r.random() < 0.4 else ""
            items = ", ".join(f"{self.primary(0)}({self.string()}) as {self.word()}_{i}"
                              for i in range(self.r.randrange(1, 3)))
            return [f"{ind}{a}with {items}:"] + self.block(inner, d, in_func, in_async)
        return self.function(ind, d, method=False, nested=True)

    def decorators(self, ind):
        out = []
        for _ in range(self.r.choice([0, 0, 1, 1, 2])):
            out.append(self.r.choice([
                f"{ind}@{self.word()}", f"{ind}@functools.lru_cache(maxsize={self.r.randrange(1, 512)})",
                f"{ind}@{self.word()}.{self.word()}({self.string()})", f"{ind}@staticmethod",
                f"{ind}@contextlib.contextmanager",
            ]))
        return out

    def function(self, ind, depth, method=False, nested=False):
        is_async = self.r.random() < 0.2
        name = self.fresh(self.word()) if not method else self.r.choice(
            [self.fresh(self.word()), "__init__", "__repr__", "__eq__", "__len__"]) + ("" if not method else "")
        ret = f" -> {self.annotation()}" if self.r.random() < 0.6 else ""
        head = f"{ind}{'async ' if is_async else ''}def {name}({self.params(method)}){ret}:"
        body_ind = ind + "    "
        out = self.decorators(ind) + [head]
        if self.r.random() < 0.4:
            out.append(f'{body_ind}"""{self.word().capitalize()} the {self.word()} of a {self.word()}."""')
        if self.r.random() < 0.1:
            out.append(f"{body_ind}global {self.fresh('_registry')}")
        out += self.block(body_ind, depth + 1, True, is_async, n=self.r.randrange(2, 7))
        out.append(f"{body_ind}return {self.expr()}")
        return out

    def klass(self):
        bases = self.r.choice(["", "(object)", f"({self.cls_name()})", f"({self.cls_name()}, metaclass=ABCMeta)",
                               f"(Generic[T], {self.cls_name()})"])
        out = []
        if self.r.random() < 0.3:
            out.append("@dataclasses.dataclass(frozen=True)")
        out.append(f"class {self.fresh(self.cls_name())}{bases}:")
        out.append(f'    """{self.word().capitalize()} {self.word()}s and their {self.word()}s.')
        out.append("")
        out.append(f"    Keeps a {self.word()} per {self.word()}; see {self.word()}().")
        out.append('    """')
        for _ in range(self.r.randrange(1, 4)):
            out.append(f"    {self.word()}_{self.r.randrange(9)}: {self.annotation()} = {self.atom()}")
        out.append(f"    __slots__ = ({self.string()}, {self.string()})")
        for _ in range(self.r.randrange(2, 6)):
            out.append("")
            if self.r.random() < 0.2:
                out.append("    @property")
            out += self.function("    ", 1, method=True)
        return out

    def module_header(self):
        return [
            '"""Generated benchmark input for the Krait parser; realistic, not meaningful."""',
            "",
            "from __future__ import annotations",
            "",
            "import abc",
            "import asyncio",
            "import contextlib",
            "import dataclasses",
            "import functools",
            "import os.path as osp",
            "from abc import ABCMeta",
            "from collections import OrderedDict, defaultdict as dd",
            "from typing import (",
            "    Any,",
            "    Callable,",
            "    Generic,",
            "    Iterable,",
            "    Mapping,",
            "    Optional,",
            "    Sequence,",
            "    TypeVar,",
            ")",
            "",
            "T = TypeVar('T')",
            "__all__ = ['main']",
            "",
        ]

    def unit(self):
        k = self.r.random()
        if k < 0.35:
            out = self.klass()
        elif k < 0.75:
            out = self.function("", 0)
        elif k < 0.85:
            out = self.block("", 0, False, False, n=self.r.randrange(3, 8))
        elif k < 0.92:
            out = [f"if __name__ == {self.string()}:"] + self.block("    ", 1, False, False)
        else:
            out = [f"async def {self.fresh('main')}(argv: list[str] | None = None) -> int:"]
            out += self.block("    ", 1, True, True, n=self.r.randrange(3, 7))
            out.append(f"    return {self.number()}")
        return ["", ""] + out


def generate(lines=LINES, seed=SEED):
    g = Gen(seed)
    out = g.module_header()
    count = len(out)
    while True:
        unit = g.unit()
        # a piece may hold a newline of its own (inside a triple-quoted string)
        n = sum(piece.count("\n") + 1 for piece in unit)
        if count + n > lines:
            break
        out += unit
        count += n
    pad = 0
    while count < lines:
        out.append(f"_pad_{pad} = {pad}")
        pad += 1
        count += 1
    return "\n".join(out) + "\n"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "parse20k.py")
    text = generate()
    assert text.count("\n") == LINES, text.count("\n")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no SyntaxWarning either
        compile(text, target, "exec")  # must be valid Python, through to bytecode
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print(f"wrote {target}: {LINES} lines, {len(text.encode('utf-8'))} bytes")


if __name__ == "__main__":
    main()
