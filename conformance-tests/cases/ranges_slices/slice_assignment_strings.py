# Checks: slicing strings, lists and tuples with the same slice gives consistent results, incl. huge bounds.
seqs = ["abcdefgh", list("abcdefgh"), tuple("abcdefgh")]
for sl in [slice(1, 5), slice(None, None, 3), slice(-2, None), slice(6, 1, -2), slice(10**30, None), slice(-10**30, 2)]:
    print([type(s[sl]).__name__ + ":" + "".join(s[sl]) for s in seqs])
