# Checks: a small aligned table built with format specs of mixed types.
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0), ("kiwi", 0, 123.456)]
print(f"{'name':<10}|{'qty':>5}|{'price':>9}|{'total':>10}")
print("-" * 37)
for name, qty, price in rows:
    print(f"{name:<10}|{qty:>5d}|{price:>9.2f}|{qty * price:>10,.2f}")
print(f"{'sum':<10}|{sum([r[1] for r in rows]):>5}|{'':>9}|"
      f"{sum([r[1] * r[2] for r in rows]):>10,.2f}")
