# Checks: an exception raised in finally replaces the original (which becomes __context__); return in finally swallows.
def replace():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    replace()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(swallow())
def override():
    try:
        return "try value"
    finally:
        return "finally value"
print(override())
def finally_runs():
    try:
        return "returned"
    finally:
        print("finally ran before the return completed")
print(finally_runs())
def loop_break():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return f"broke at {i}"
print(loop_break())
