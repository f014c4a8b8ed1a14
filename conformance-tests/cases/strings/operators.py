# Checks: str concatenation, repetition, membership, comparisons (code-point order), and TypeErrors.
print("ab" + "cd", "ab" * 3, 3 * "x", "ab" * 0, "ab" * -2, "" * 5)
print("ell" in "hello", "" in "abc", "z" not in "abc")
print("abc" < "abd", "Z" < "a", "abc" < "ab", "é" > "z", "a" == "a", "10" < "9")
for expr in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 2.0, lambda: "a" < 1,
             lambda: 5 in "abc", lambda: -"a"]:
    try:
        expr()
    except TypeError as e:
        print(type(e).__name__, e)
