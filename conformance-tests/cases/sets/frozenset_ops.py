# Checks: frozenset immutability, hashability, mixed set/frozenset results, repr.
fs = frozenset([3, 1, 2])
print(fs, frozenset(), len(fs), 1 in fs)
print(type(fs | {4}).__name__, type({4} | fs).__name__, type(fs & {1}).__name__)
d = {fs: "frozen"}
print(d[frozenset({1, 2, 3})], frozenset({1, 2}) == {1, 2})
try:
    fs.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print({frozenset({1}), frozenset({1})}, hash(frozenset()) == hash(frozenset()))
