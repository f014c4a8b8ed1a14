# Checks: suspension inside try inside for inside while: trace shows each statement runs exactly once per step.
def gen():
    rounds = 0
    while rounds < 2:
        print("while top", rounds)
        for i in range(2):
            print(" for top", rounds, i)
            try:
                print("  try before yield")
                got = yield (rounds, i)
                print("  try after yield got", got)
                if got == "raise":
                    raise ValueError((rounds, i))
            except ValueError as e:
                print("  except", e)
                got2 = yield "from except"
                print("  except resumed with", got2)
            else:
                print("  else")
            finally:
                print("  finally", rounds, i)
            print(" for bottom", rounds, i)
        rounds += 1
        print("while bottom", rounds)
    return "done"

g = gen()
step = 0
sends = [None, "a", "raise", "b", "c", "raise", "d", "e", "f"]
try:
    v = g.send(sends[0])
    for s in sends[1:]:
        print("yielded", v, "-> sending", s)
        v = g.send(s)
        step += 1
    print("yielded", v)
except StopIteration as e:
    print("returned", e.value, "after", step, "sends")
