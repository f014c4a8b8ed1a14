# Checks: splitlines with every line boundary kind and keepends; expandtabs with tab sizes.
s = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\u2028eight\u0085nine\n\n"
print(s.splitlines())
print(s.splitlines(True))
print("".splitlines(), "x".splitlines(), "\n".splitlines(), "a\n".splitlines(keepends=True))
print(repr("a\tb\tc".expandtabs()), repr("ab\tc".expandtabs(4)), repr("\t".expandtabs(0)))
print(repr("12345\t6\n1\t2".expandtabs(3)))
