# Checks: bytes slicing returns bytes, step slices, negative indices, IndexError message, immutability.
b = b"0123456789"
print(b[2:5], b[::-1], b[::3], b[-3:], b[5:100], b[5:2])
try:
    b[20]
except IndexError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ba = bytearray(b)
try:
    ba[20]
except IndexError as e:
    print(type(e).__name__, e)
ba[::2] = b"abcde"
print(ba)
