# Checks: str literal forms: quotes, escapes, raw strings, implicit concatenation, triple quotes.
print('single', "double", '''triple single''', """triple double""")
print("tab:\tend", "newline-escape:\\n")
print("quote \" and ' inside", 'quote \' and " inside')
print(r"raw \n stays", R'raw \t too')
print("abc" "def" 'ghi')
print("\x41\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}\101")
s = """line1
line2\
continued"""
print(s)
print(len("\n\t\\"))
print(repr("\a\b\f\v\0"))
