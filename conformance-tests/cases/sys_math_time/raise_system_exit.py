# Checks: raising SystemExit directly with an int exit status.
print("raising SystemExit(42)")
raise SystemExit(42)
