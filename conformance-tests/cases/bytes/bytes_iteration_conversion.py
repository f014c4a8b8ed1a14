# Checks: iterating bytes yields ints; int.from_bytes/to_bytes; bytes from str encode and decode round trip.
data = "Grüße 👋".encode("utf-8")
print(data, len(data))
print([b for b in data])
print(data.decode("utf-8"), data.decode("utf-8")[::-1])
print(sum(data), max(data), min(data), sorted(b"dcba"), bytes(reversed(b"abc")))
print(bytes([x ^ 0x20 for x in b"Hello"]))
