# Checks: f-strings: expressions, conversions, nested specs, self-documenting '=', dict access, quotes.
name, n, pi = "Ada", 42, 3.14159
print(f"{name} has {n} items, {pi:.2f}")
print(f"{name!r} {name!s} {'é'!a} {n!r:>5}")
print(f"{n=} {pi=:.1f} {name = }")
w, p = 10, 3
print(f"[{pi:{w}.{p}f}] [{name:>{w}}] [{n:{'^'}{w}}]")
d = {"k": "v"}
print(f"{d['k']} {len(d)} {[x * 2 for x in range(3)]} {n if n > 40 else 0}")
print(f"{{braces}} {n}{{}}", f"{'nested' + f'{n}'}")
print(f"{3.0:g} {1e10:.2e} {0.5:.0%} {n:#b} {n:08.3f}")
print(f"{'left':<8}|{'right':>8}|{'mid':^9}|")
obj = [1, 2]
print(f"{obj} {obj!r} {obj!s}", f"{None} {True:>6}")
print(f"""{n
 + 1}""", f"{n:,}" f"{'x'}")
