# Checks: str repr quoting rules, escapes of control/non-printable characters, and non-ASCII printable chars.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "bs\\",
          "\x00\x1f\x7f", "\x80\x9f\xa0\xad", "é日本", "\u200b\u2028", "\U0001F600", "\ufeff", "\ue000"]:
    print(repr(s))
print(repr(repr("x")), str(repr("'")))
