# Checks: format() on strings: fill/align/width/precision, and errors for numeric-only options.
s = "text"
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^10}] [{s:.2}] [{s:*^9.3}] [{s:s}]")
print(format("é", "_^5"), format("", "x>3"), format("abc", "1"))
for spec in ["d", "+", "=10", ",", "05"]:
    try:
        format("abc", spec)
    except ValueError as e:
        print(spec, type(e).__name__, e)
