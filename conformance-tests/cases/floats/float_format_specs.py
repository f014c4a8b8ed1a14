# Checks: float format specs: f/e/g/% with precision, width, alignment, sign, grouping, '#' and 'n'.
x = 1234.56789
print(f"[{x:.2f}] [{x:10.3f}] [{x:<12.1f}] [{x:^12.1f}] [{x:+.0f}] [{x:#.0f}]")
print(f"[{x:e}] [{x:.3e}] [{x:E}] [{x:.0e}] [{x:#.0e}]")
print(f"[{x:g}] [{x:.3g}] [{x:.10g}] [{1e-5:g}] [{1e16:g}] [{123456789.0:g}] [{0.0001:g}]")
print(f"[{x:,.2f}] [{x:_.3f}] [{1234567.891:,}] [{x:015,.2f}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{-0.5:.0%}] [{x:n}] [{x:.3n}]")
print(f"[{x:G}] [{1e-10:G}] [{float('inf'):f}] [{float('nan'):F}] [{float('-inf'):e}]")
print(f"[{x}] [{x:}] [{x:12}] [{x:<12}] [{-0.0:.1f}] [{0.5:.0f}] [{1.5:.0f}] [{2.5:.0f}]")
print(f"[{1e100:.3}] [{0.1:.20f}] [{1/3:.17g}] [{2.0:g}] [{2.0:#g}]")
print(format(3.14159, "08.3f"), format(-3.14159, "08.3f"), format(3.14159, "=+9.2f"))
print(format(1.0, ""), format(1e20, ""), format(1e16, ".1"), format(123.0, ".2"))
