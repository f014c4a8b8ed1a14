# Repeating a sequence into something too big to hold is a MemoryError (a count past the
# index range an OverflowError), never a wrapped-around size or a crash; small ones work.
for make in [lambda: "a" * 2**40, lambda: [1, 2] * 2**40, lambda: (1,) * 2**62, lambda: "ab" * 2**63,
             lambda: 2**40 * "a", lambda: [0] * 10**10]:
    try:
        make()
        print("made it")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, repr(str(e)))
print("abc" * 2, [0] * 3, "x" * -1, [1] * 0, (1, 2) * 2, 3 * "ab")
big = [0] * 10**10
