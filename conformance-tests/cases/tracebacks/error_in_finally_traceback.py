# Checks: an exception raised in a finally block chains to the in-flight exception in the printed traceback.
def work():
    try:
        raise ValueError("work failed")
    finally:
        raise RuntimeError("finally failed too")
work()
