# Checks: mutual recursion hitting the limit, recovery, and a lowered recursion limit taking effect.
import sys
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
try:
    ping(0)
except RecursionError as e:
    print("mutual:", e)
sys.setrecursionlimit(50)
def count(n):
    return n if n == 0 else count(n - 1)
print(count(30))
try:
    count(100)
except RecursionError as e:
    print("lowered:", e)
sys.setrecursionlimit(1000)
print(count(500))
