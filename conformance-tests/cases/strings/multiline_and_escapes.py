# Checks: triple-quoted strings with embedded quotes and newlines; line continuation inside strings; octal/hex escapes.
text = """First line
  "indented" second
'third'"""
print(text)
print(text.count("\n"), len(text.splitlines()))
print("\101\102\103", "\x41\x42", "\u0041", "\7" == "\x07", "\1234" == "S4")
print('''a\
b''')
