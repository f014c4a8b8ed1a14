# Checks: dict comprehensions, inverting a dict, filtering, counting with get, and nested dicts.
squares = {n: n * n for n in range(6)}
print(squares)
inv = {v: k for k, v in squares.items() if v % 2 == 0}
print(inv)
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print({k: v for k, v in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))})
nested = {"x": {"y": {"z": 1}}}
nested["x"]["y"]["w"] = 2
print(nested, nested["x"]["y"]["z"])
