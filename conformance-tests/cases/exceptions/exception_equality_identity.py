# Checks: exceptions compare by identity; caught exception is the raised object; exceptions as values in lists.
err = ValueError("same")
try:
    raise err
except ValueError as e:
    print(e is err, e == ValueError("same"), e == err)
errors = []
for s in ["1", "x", "3", "y"]:
    try:
        int(s)
    except ValueError as e:
        errors.append(e)
print([str(e) for e in errors], len(errors))
