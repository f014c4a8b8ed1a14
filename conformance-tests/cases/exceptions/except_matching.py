# Checks: except clauses match by subclass, tuples, order of clauses, bare except, and catching by base Exception.
def trigger(kind):
    if kind == 0: return [][1]
    if kind == 1: return {}["k"]
    if kind == 2: return 1 / 0
    if kind == 3: return int("x")
    if kind == 4: raise SystemExit(5)
for k in range(5):
    try:
        trigger(k)
    except IndexError:
        print(k, "IndexError clause")
    except (KeyError, ZeroDivisionError) as e:
        print(k, "tuple clause", type(e).__name__)
    except Exception as e:
        print(k, "Exception clause", type(e).__name__)
    except:
        print(k, "bare except")
try:
    [].pop()
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    try:
        1 / 0
    except TypeError:
        print("not this")
except ArithmeticError as e:
    print("outer", type(e).__name__)
