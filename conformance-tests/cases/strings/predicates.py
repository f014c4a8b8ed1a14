# Checks: isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isupper/islower/istitle/isidentifier/isprintable/isascii.
samples = ["abc", "ABC", "Abc Def", "123", "½", "²", "١٢٣", "abc123", "", " \t\n", "a b",
           "é", "ß", "_id", "2x", "Hello World", "hello\x07", "日本"]
for s in samples:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalpha(), s.isalnum(), s.isspace(),
          s.isupper(), s.islower(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
