# Checks: break/continue inside try/finally run the finally block; exception handling within a loop.
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
results = []
for token in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(token))
    except ValueError:
        results.append(None)
        continue
    else:
        results.append("ok")
print(results)
