# Checks: trace of a generator with try/except/finally across yields: finally runs exactly once per exit path.
def gen(mode):
    for i in range(3):
        try:
            print("  try", i)
            yield i
            if mode == "raise" and i == 1:
                raise ValueError(i)
            if mode == "break" and i == 1:
                break
            if mode == "return" and i == 1:
                return "ret"
            if mode == "continue":
                continue
            print("  end of try", i)
        except ValueError as e:
            print("  except", e)
        finally:
            print("  finally", i)
    print("  after loop")

for mode in ["normal", "raise", "break", "return", "continue"]:
    print(mode)
    g = gen(mode)
    try:
        while True:
            print("  got", next(g))
    except StopIteration as e:
        print("  stop", e.value)
