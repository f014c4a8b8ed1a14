# Checks: bytearray mutation: item and slice assignment, append/extend/pop/insert/remove, repr and conversion.
ba = bytearray(b"hello")
ba[0] = ord("j")
print(ba, len(ba))
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EE"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(ord("E"))
print(ba, bytes(ba), ba.decode())
del ba[-1]
ba += b"X"
print(ba, ba * 2, ba == b"JjElo!?X" or ba)
try:
    ba[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba.remove(0)
except ValueError as e:
    print(type(e).__name__, e)
print(bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray())
